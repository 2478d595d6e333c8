// The guests table shares its width by need: on the five-show vault at 80 columns, two
// rows' long list of shows no longer cuts every row's "no guest note", and a table wider
// than the terminal is what `bin.ts` asks for when stdout is a terminal.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { formatGuestTable } from "../../src/core/guests/report";
import type { GuestPerson } from "../../src/core/guests/summary";

const REPO = join(import.meta.dirname, "../..");

function guests(args: string[]): string[] {
  const out: string[] = [];
  run(["guests", "tests/fixtures/five-shows", ...args], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2026-12-07T10:00:00Z"), timeZone: "UTC", cwd: REPO, projectRoot: REPO });
  return out.join("\n").split("\n");
}

describe("the guests table at 80 columns", () => {
  it("keeps each Missing cell whole: the room comes from where a cut hides least", () => {
    const lines = guests([]);
    const rows = lines.slice(2, lines.findIndex((l) => l.trim() === ""));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.endsWith("no guest note"))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    // Shows are named as the vault report's Show column names them, so none is cut.
    expect(rows.find((r) => r.startsWith("Ed Welch "))).toContain("  GOCC, LCC  ");
    expect(rows.filter((r) => r.includes("…"))).toEqual([expect.stringContaining("Paschalis Tsili…")]);
  });

  it("names each show as the vault report names it", () => {
    const table = guests([]).join("\n");
    const status: string[] = [];
    run(["status", "tests/fixtures/five-shows"], { out: (t) => status.push(t), error: () => undefined, now: () => new Date("2026-12-07T10:00:00Z"), timeZone: "UTC", cwd: REPO, projectRoot: REPO });
    const statusShows = new Set(status.join("\n").split("\n").slice(2, 11).map((r) => r.slice(0, 4).trim()));
    expect([...statusShows].sort()).toEqual(["A&A", "GOCC", "GOH", "LCC"]);
    for (const show of statusShows) expect(table).toContain(`  ${show}`);
    expect(table).not.toContain("Grafana OTel");
  });

  it("with no column above 12 left to give room, still fits 80", () => {
    // In June 2025 two guests have a next episode: the Next column takes ten more columns.
    const lines = guests(["--today", "2025-06-02"]);
    const rows = lines.slice(2, lines.findIndex((l) => l.trim() === ""));
    expect(rows.some((r) => r.includes("2025-06-24"))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(rows.every((r) => r.endsWith("no guest no…"))).toBe(true);
  });

  it("gives the room by the characters a cut hides: long show names do not cut every guest's name", () => {
    const person = (name: string, show: string) => ({ name, status: "appeared", shows: [show], episodes: [], last: null, next: null, note: null, missing: [], problems: [] }) as unknown as GuestPerson;
    const people = [person("Abby Bangser", "Adobo and Avocados"), person("Andrii Kovalov", "Grafana Office Hours"), ...Array.from({ length: 8 }, (_, i) => person(`Guest ${i}`, "Grafana Office Hours"))];
    const lines = formatGuestTable(people, [], 74).split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(74);
    // The names give two columns (one name cut), the nine long show names the other seven.
    expect(lines[2]).toMatch(/^Abby Bangser {2}appeared {2}Adobo and Av… /);
    expect(lines[3]).toMatch(/^Andrii Kova… {2}appeared {2}Grafana Off/);
    expect(lines.slice(2).every((l) => l.endsWith("no guest note"))).toBe(true);
  });

  it("given room, cuts nothing", () => {
    const lines = guests(["--width", "200"]);
    expect(lines.join("\n")).not.toContain("…");
  });
});

describe("the width of a terminal", () => {
  // `script` gives the tool a terminal 120 columns wide; piped, the same run stays at 80.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("is the table's width when stdout is a terminal, 80 when piped", () => {
    const command = "stty cols 120; node scripts/cli.mjs status tests/fixtures/five-shows";
    const tty = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: REPO, env: { ...process.env, INIT_CWD: REPO }, encoding: "utf8", timeout: 120_000 });
    const piped = spawnSync("bash", ["-c", `${command} | cat`], { cwd: REPO, env: { ...process.env, INIT_CWD: REPO }, encoding: "utf8", timeout: 120_000 });
    const widest = (text: string) => Math.max(...text.split(/\r?\n/).map((l) => l.length));
    expect(tty.stdout).toContain("Navigating through unemployment");
    expect(widest(tty.stdout)).toBeGreaterThan(80);
    expect(widest(tty.stdout)).toBeLessThanOrEqual(120);
    expect(widest(piped.stdout)).toBeLessThanOrEqual(80);
    expect(piped.stdout).toContain("Navigating th…");
  });
});
