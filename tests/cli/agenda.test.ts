// `office-hours agenda DIR [--json] [--days N]`: the plugin's agenda from the command
// line, for a daily CI job that posts what is overdue. Run in process on a small vault
// made for the test, plus the real notes (whose items have no dates of their own).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { AgendaJson } from "../../src/core/deadlines/agenda-report";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const REAL_NOTES = join(REPO, "tests/fixtures/real-notes");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(realNotes = false): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-agenda-"));
  made.push(root);
  mkdirSync(join(root, "Shows"));
  writeFileSync(
    join(root, "Shows/OH 07 - Tracing.md"),
    ["---", "date: 2026-11-27", "---", "Guest:: Ann", "## Checklist", "- [ ] Invite the guest 📅 2026-11-06", "- [x] Old 📅 2026-11-01", "- [ ] Slack 📅 2026-11-20", "- [ ] Chapters 📅 2026-12-15"].join("\n"),
  );
  writeFileSync(join(root, "Shows/OH 08 - Same slot.md"), ["---", "date: 2026-11-27", "---", "Guest:: Bo", "## Checklist", "- [ ] Book the studio 📅 2026-11-21"].join("\n"));
  if (realNotes) for (const name of readdirSync(REAL_NOTES)) if (name.endsWith(".md") && name !== "SOURCE.md") copyFileSync(join(REAL_NOTES, name), join(root, name));
  return root;
}

function agenda(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["agenda", ...args], {
    out: (text) => out.push(text),
    error: (text) => err.push(text),
    now: () => new Date("2026-11-20T12:00:00Z"),
    timeZone: "UTC",
    cwd: tmpdir(),
    projectRoot: REPO,
  });
  return { code, out: out.join("\n"), err };
}

describe("office-hours agenda", () => {
  const root = vault();

  it("lists every open item by its group in JSON, with the two episodes' shared slot as conflicts", () => {
    const result = agenda(root, "--json");
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    const json = JSON.parse(result.out) as AgendaJson;
    const byGroup = Object.fromEntries(json.groups.map((g) => [g.name, g.items.map((i) => `${i.episode}: ${i.text} ${i.due ?? ""} (${i.daysUntil ?? ""})`)]));
    expect(byGroup).toEqual({
      overdue: ["OH 07 · Tracing: Invite the guest 2026-11-06 (-14)"],
      today: ["OH 07 · Tracing: Slack 2026-11-20 (0)"],
      week: ["OH 08 · Same slot: Book the studio 2026-11-21 (1)"],
      later: ["OH 07 · Tracing: Chapters 2026-12-15 (25)"],
      undated: [],
    });
    expect(json.groups[0]?.items[0]).toMatchObject({ path: "Shows/OH 07 - Tracing.md", line: 6, source: "date", phase: "prep" });
    expect(json.conflicts.map((c) => c.path)).toEqual(["Shows/OH 07 - Tracing.md", "Shows/OH 08 - Same slot.md"]);
  });

  it("keeps to --days (late items always in) and prints a plain list", () => {
    const result = agenda(root, "--days", "1", "--today", "2026-11-20");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Overdue (1)");
    expect(result.out).toContain("2026-11-06  14 days late");
    expect(result.out).toContain("This week (1)");
    expect(result.out).not.toContain("Chapters");
    expect(result.out).toContain("Schedule conflicts (2)");
  });

  it("lists no item of the real notes long after they aired (archived), and only after-show items a week after GOH 25", () => {
    const later = JSON.parse(agenda(vault(true), "--json", "--today", "2026-11-20").out) as AgendaJson;
    expect(later.groups.flatMap((g) => g.items.filter((i) => !i.path.startsWith("Shows/")))).toEqual([]);
    // GOH 25 aired on Friday 5 January 2024: its prep and just-before items are moot, its
    // after-show items were due by their phase a week later.
    const week = JSON.parse(agenda(vault(true), "--json", "--today", "2024-01-15").out) as AgendaJson;
    const goh25 = week.groups.flatMap((g) => g.items.filter((i) => i.path.includes("GOH 25")).map((i) => [g.name, i.source, i.phase]));
    expect(goh25.length).toBeGreaterThan(0);
    expect(goh25.every(([group, source, phase]) => group === "overdue" && source === "phase" && phase === "after")).toBe(true);
  });

  it("refuses bad arguments with a reason and exit code 2", () => {
    for (const args of [["--days", "soon", root], ["--today", "2026-02-30", root], [root, "--colour"], []]) {
      const result = agenda(...args);
      expect(result.code).toBe(2);
      expect(result.err.join("\n")).toMatch(/office-hours: /);
      expect(result.out).toBe("");
    }
    expect(agenda(join(root, "nope")).err).toEqual([`office-hours: no folder at ${join(root, "nope")}`]);
  });
});
