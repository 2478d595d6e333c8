// `detect --write` merges onto data.json as it is when writing, not as it was when detection
// began (mends5): Obsidian may save the settings while the notes are read. The change comes
// in between through io.out, which the command calls after detecting and before writing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../../src/cli/main";
import type { CliIo } from "../../../src/cli/io";
import type { OfficeHoursSettings } from "../../../src/core/settings/settings";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");
const DATA = ".obsidian/plugins/office-hours/data.json";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(data: unknown): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-reread-"));
  made.push(root);
  for (const folder of ["projects", "templates", "processes"]) cpSync(join(FIVE_SHOWS, folder), join(root, folder), { recursive: true });
  if (data !== null) {
    mkdirSync(dirname(join(root, DATA)), { recursive: true });
    writeFileSync(join(root, DATA), JSON.stringify(data));
  }
  return root;
}

/** `detect --write`, with `meanwhile` run once the report is out and before the write. */
function writeWith(root: string, meanwhile: () => void): { code: number; err: string[] } {
  const err: string[] = [];
  const io: CliIo = { out: () => meanwhile(), error: (t) => err.push(t), now: () => new Date("2026-01-15T12:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: REPO };
  return { code: run(["detect", root, "--write"], io), err };
}

function stored(root: string): OfficeHoursSettings & Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, DATA), "utf8")) as OfficeHoursSettings & Record<string, unknown>;
}

const GOH = { id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md" };

describe("detect --write reads data.json again before writing", () => {
  it("keeps what Obsidian saved meanwhile into a vault that had no settings", () => {
    const root = vault(null);
    const result = writeWith(root, () => {
      mkdirSync(dirname(join(root, DATA)), { recursive: true });
      writeFileSync(join(root, DATA), JSON.stringify({ version: 1, warnDaysBefore: 9, snippetsFolder: "Snips", laterKey: "kept" }));
    });
    expect(result.code).toBe(0);
    const after = stored(root);
    expect([after.warnDaysBefore, after.snippetsFolder, after.laterKey]).toEqual([9, "Snips", "kept"]);
    expect(after.shows.length).toBe(5);
  });

  it("keeps a field the user changed meanwhile in the show Detect corrects, and says so", () => {
    const root = vault({ version: 1, shows: [GOH] });
    const result = writeWith(root, () => writeFileSync(join(root, DATA), JSON.stringify({ version: 1, shows: [{ ...GOH, template: "templates/mine.md" }] })));
    expect(result.code).toBe(0);
    expect(stored(root).shows.find((s) => s.id === "goh")?.template).toBe("templates/mine.md");
    expect(result.err.join("\n")).toMatch(/kept GOH live's template as it is now/);
  });

  it("writes nothing when the file stopped being JSON meanwhile", () => {
    const root = vault({ version: 1, shows: [GOH] });
    const result = writeWith(root, () => writeFileSync(join(root, DATA), "{ half"));
    expect(result.code).toBe(1);
    expect(readFileSync(join(root, DATA), "utf8")).toBe("{ half");
    expect(result.err.join("\n")).toContain("nothing was written");
  });
});

describe("detect --write and the guests folder", () => {
  it("moves the untouched default beside the shows it adds, and says so", () => {
    const root = vault(null);
    const result = writeWith(root, () => undefined);
    expect(stored(root).guestsFolder).toBe("projects/Guests");
    expect(result.err.join("\n")).toContain("guest notes will go in “projects/Guests”");
  });
});
