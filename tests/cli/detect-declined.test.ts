// `office-hours detect` with a show whose settings hold a declined value (detect4): the
// report lists it as held, not applied; --json says so; --write applies the rest, leaves
// the declined link empty and keeps the decline; a show with nothing else to change is
// written as it was. On a copy of the five-show vault.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");
const DATA = ".obsidian/plugins/office-hours/data.json";
const CHANNEL = "https://www.youtube.com/@grafana";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vaultWith(goh: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-declined-"));
  made.push(root);
  for (const folder of ["projects", "templates", "processes"]) cpSync(join(FIVE_SHOWS, folder), join(root, folder), { recursive: true });
  mkdirSync(dirname(join(root, DATA)), { recursive: true });
  const show = { id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md", declined: [{ field: "channel", value: CHANNEL }], ...goh };
  writeFileSync(join(root, DATA), JSON.stringify({ version: 1, shows: [show] }));
  return root;
}

function runCli(args: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), error: (t) => err.push(t), now: () => new Date("2026-01-15T12:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: REPO };
  return { code: run(args, io), out: out.join("\n"), err };
}

describe("detect with a declined value", () => {
  it("lists it as held, says why, and --json names it", () => {
    const root = vaultWith({});
    const text = runCli(["detect", root]);
    expect(text.out).toMatch(/~ Channel link\s+https:\/\/www\.youtube\.com\/@grafana \(not applied\)/);
    expect(text.out).toContain(`You declined ${CHANNEL} before`);
    const json = JSON.parse(runCli(["detect", root, "--json"]).out) as { evidence: { id: string; changes: string[]; held?: unknown[] }[] };
    const goh = json.evidence.find((e) => e.id === "goh");
    expect(goh?.changes).not.toContain("channel");
    expect(goh?.held).toEqual([{ field: "channel", why: "declined", values: [CHANNEL] }]);
  });

  it("--write applies the rest and keeps the decline; the link stays empty", () => {
    const root = vaultWith({});
    expect(runCli(["detect", root, "--write"]).code).toBe(0);
    const stored = JSON.parse(readFileSync(join(root, DATA), "utf8")) as OfficeHoursSettings;
    const goh = stored.shows.find((s) => s.id === "goh");
    expect(goh?.template).toBe("templates/GOH checklist.md");
    expect(goh?.links.channel).toBe("");
    expect(goh?.declined).toEqual([{ field: "channel", value: CHANNEL }]);
  });

  it("--write leaves a show whose only difference is held as it is, and says it stays declined", () => {
    // Every other value as the notes say: only the declined channel differs.
    const first = vaultWith({});
    runCli(["detect", first, "--write"]);
    const settled = readFileSync(join(first, DATA), "utf8");
    const again = runCli(["detect", first, "--write"]);
    expect(again.out).toContain(`Declined before, not proposed again`);
    expect(again.out).toContain(`GOH live: Channel link ${CHANNEL}`);
    expect(again.err.join("\n")).toContain("nothing to write");
    expect(readFileSync(join(first, DATA), "utf8")).toBe(settled);
  });

  it("--write does not apply a podcast format offered unticked to a show set up as a live stream, nor write for it", () => {
    const root = mkdtempSync(join(tmpdir(), "office-hours-declined-"));
    made.push(root);
    cpSync(join(REPO, "tests/fixtures/podcast-vault"), root, { recursive: true });
    runCli(["detect", root, "--write"]);
    const stored = JSON.parse(readFileSync(join(root, DATA), "utf8")) as OfficeHoursSettings;
    expect(stored.shows[0]?.format).toBe("podcast");
    // Set up as a live stream by hand: the notes' podcast is offered, not applied.
    delete stored.shows[0]?.format;
    const live = JSON.stringify(stored);
    writeFileSync(join(root, DATA), live);
    const again = runCli(["detect", root, "--write"]);
    expect(again.out).toMatch(/~ Format\s+Recorded podcast \(not applied\)/);
    expect(again.err.join("\n")).toContain("nothing to write");
    expect(readFileSync(join(root, DATA), "utf8")).toBe(live);
  });
});
