// `detect --write` on the power user's vault (tests/fixtures/walk10-vault): one show, its folder
// Shows, the archive's notes its episodes after writing (quiet, no warnings), and the guests
// folder People/ where the guest links lead. Then the same vault with the person notes moved
// into a folder of other notes: the links no longer say where guest notes live, and the
// guests folder follows the shows as before.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";
import { walk10Vault } from "../../fixtures/walk10-vault/generate.mjs";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function write(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-detect8-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const NOW = "2025-03-03T09:00:00Z";
const stored = (root: string) => JSON.parse(readFileSync(join(root, ".obsidian/plugins/office-hours/data.json"), "utf8")) as { guestsFolder: string; shows: { code: string; folder: string }[] };

interface EpisodeJson {
  path: string;
  show: string | null;
  warnings: string[];
  archived: boolean;
}

describe("detect --write on a vault with an archive", () => {
  const root = write(walk10Vault());
  const written = runCli(["detect", "--write", root], NOW);

  it("writes one show, PH in Shows, and the guests folder People, and says why", () => {
    expect(written.code).toBe(0);
    const settings = stored(root);
    expect(settings.shows.map((s) => [s.code, s.folder])).toEqual([["PH", "Shows"]]);
    expect(settings.guestsFolder).toBe("People");
    expect(written.err.join("\n")).toContain("guest notes will go in “People” (where the episodes' guest links lead: 3 of 3 linked notes)");
  });

  it("the archive's 40 notes are then the show's episodes, archived, with no warning", () => {
    const result = runCli(["status", "--json", "--today", "2025-03-03", root], NOW);
    const archive = (JSON.parse(result.out) as { episodes: EpisodeJson[] }).episodes.filter((e) => e.path.startsWith("Archive/2022/"));
    expect(archive.length).toBe(40);
    expect(archive.filter((e) => e.show !== "Platform Hour" || !e.archived || e.warnings.length > 0)).toEqual([]);
  });
});

describe("detect --write when the linked people are a few among other notes", () => {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(walk10Vault())) files[path.replace(/^People\//, "Notes/")] = text;
  for (let i = 1; i <= 10; i++) files[`Notes/Reading list ${i}.md`] = `# Reading list ${i}\n\n- a book\n`;
  const root = write(files);

  it("leaves the links out and follows the shows: “Guests”", () => {
    expect(runCli(["detect", "--write", root], NOW).code).toBe(0);
    expect(stored(root).guestsFolder).toBe("Guests");
  });
});
