// probe12: `detect --write` and `status` on vaults with folder names that are awkward to
// compare: NFD accents (macOS writes "é" as "e" + U+0301), "#", "[", emoji, a folder named
// like a code. Promises (README, "Setting up your shows"): `--write` "saves every proposal
// ... merged exactly as the review screen merges, onto data.json as it is at the moment of
// writing"; ("The vault report") each show "whose folder is not in the vault" gets a line.
// Obsidian's own normalizePath normalises every path to NFC; "Café" typed on any keyboard
// is NFC.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../support/cli-status";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(args, "2025-06-02T10:00:00Z", REPO);
const CONFIG = ".obsidian/plugins/office-hours";

function episode(date: string): string {
  return `---\ndate: ${date}\n---\nGuest:: Ann Lee\n\n## Prep\n- [ ] Invite guest\n- [x] Book studio\n\n## After the show\n- [ ] Upload\n`;
}

/** Three episodes `CODE 0n - Topic n.md` in each folder, as written (bytes kept: NFD stays NFD). */
function vault(folders: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-probe12-"));
  made.push(root);
  for (const [folder, code] of Object.entries(folders)) {
    mkdirSync(join(root, folder), { recursive: true });
    ["2024-01-05", "2024-01-12", "2024-01-19"].forEach((date, i) => writeFileSync(join(root, folder, `${code} 0${i + 1} - Topic ${i + 1}.md`), episode(date)));
  }
  return root;
}

function writeData(root: string, shows: Record<string, unknown>[]): void {
  mkdirSync(join(root, CONFIG), { recursive: true });
  writeFileSync(join(root, CONFIG, "data.json"), JSON.stringify({ version: 1, shows, episodesOnlyInShowFolders: true }, null, 2));
}

/** The rows of `status` whose show column is `code`. */
function rowsOf(out: string, code: string): string[] {
  return out.split("\n").filter((line) => line.startsWith(`${code} `));
}

const NFD = "Café Chat".normalize("NFD");
const NFC = "Café Chat".normalize("NFC");

describe("a show folder whose accent is written another way than the setting's", () => {
  // FIXED (lead, this stop: paths and folder settings compared in NFC). Was:
  // DEFECT (src/cli/read-folder.ts / src/cli/show-folders.ts and src/core/vault/classify.ts
  // compare folder names byte for byte): the folder on disk is NFD (made on a Mac), the
  // setting NFC (typed, or saved by Obsidian, whose normalizePath gives NFC). The report
  // says the folder "is not in this vault" and drops the show's three episodes (12
  // episodes in 15 notes instead of 15). The plugin's own settings page already treats
  // "in any spelling" as the same folder (plugin/settings/show-identity-rows.ts).
  // Rule: folder and note paths are compared in one Unicode form (NFC), read from disk and
  // from data.json alike.
  it("NFD on disk, NFC in data.json: the show's episodes are its own, and no 'not in this vault' line", () => {
    const root = vault({ [NFD]: "CC", Other: "OT" });
    writeData(root, [
      { id: "cc", name: "Café Chat", code: "CC", folder: NFC },
      { id: "ot", name: "Other", code: "OT", folder: "Other" },
    ]);
    const { out, err } = cli(["status", root]);
    expect(err.join("\n")).not.toContain("not in this vault");
    expect(rowsOf(out, "CC")).toHaveLength(3);
  });

  it("NFC on disk, NFD in data.json (written by detect on a Mac-made copy, then the folder renamed by Obsidian): the same", () => {
    const root = vault({ [NFC]: "CC", Other: "OT" });
    writeData(root, [
      { id: "cc", name: "Café Chat", code: "CC", folder: NFD },
      { id: "ot", name: "Other", code: "OT", folder: "Other" },
    ]);
    const { out, err } = cli(["status", root]);
    expect(err.join("\n")).not.toContain("not in this vault");
    expect(rowsOf(out, "CC")).toHaveLength(3);
  });

  it("the same form on both sides (detect --write on an NFD vault): every episode is found", () => {
    const root = vault({ [NFD]: "CC", Other: "OT" });
    expect(cli(["detect", root, "--write"]).code).toBe(0);
    const { out } = cli(["status", root]);
    expect(rowsOf(out, "CC")).toHaveLength(3);
    expect(out).toContain("6 episodes in 6 notes.");
  });
});

describe("folders named with #, [, emoji, or like a code", () => {
  const folders = { "Show #1": "SH", "[Brackets] Show": "BR", "🎙️ Pod": "POD", Code: "XYZ", "ABC": "ABC" };

  it("detect --write sets each up with its folder as written; status then finds all 15 episodes, and no folder is called missing", () => {
    const root = vault(folders);
    const wrote = cli(["detect", root, "--write"]);
    expect(wrote.code).toBe(0);
    const data = JSON.parse(readFileSync(join(root, CONFIG, "data.json"), "utf8")) as { shows: { id: string; folder: string; code: string }[] };
    expect(data.shows.map((s) => s.folder).sort()).toEqual(Object.keys(folders).sort());
    expect(new Set(data.shows.map((s) => s.id)).size).toBe(5);
    expect(Object.fromEntries(data.shows.map((s) => [s.folder, s.code]))).toEqual(folders);
    const { out, err } = cli(["status", root]);
    expect(err.join("\n")).not.toContain("not in this vault");
    expect(out).toContain("15 episodes in 15 notes.");
  });

  it("detect --write twice: the second run writes nothing, keeps the bytes, and makes no backup", () => {
    const root = vault(folders);
    cli(["detect", root, "--write"]);
    const path = join(root, CONFIG, "data.json");
    const first = readFileSync(path, "utf8");
    const files = readdirSync(join(root, CONFIG));
    const again = cli(["detect", root, "--write"]);
    expect(again.code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(first);
    expect(readdirSync(join(root, CONFIG))).toEqual(files);
    expect(existsSync(path)).toBe(true);
  });
});
