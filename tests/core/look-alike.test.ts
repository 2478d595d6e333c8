// Look-alike note names, found before a note is created: paths that differ only by
// case, folder case, Unicode normalisation (NFC/NFD) or trailing spaces and dots name
// the same file on macOS, Windows or in Sync. Also: generated file names carry no lone
// surrogates and no bidirectional controls.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { existingFolderSpelling, lookAlikeFiles, lookAlikeKey, type FolderEntry, type ListFolder } from "../../src/core/new-episode/look-alike";
import { episodePath, safeFileName } from "../../src/core/new-episode/naming";

/** A vault listing built from file paths (folders implied). */
function vault(paths: readonly string[]): ListFolder {
  const folders = new Map<string, FolderEntry[]>([["", []]]);
  for (const path of paths) {
    const parts = path.split("/");
    let parent = "";
    parts.forEach((name, i) => {
      const isFolder = i < parts.length - 1;
      const here = parent === "" ? name : `${parent}/${name}`;
      const entries = folders.get(parent) ?? [];
      if (!entries.some((e) => e.name === name)) entries.push({ name, isFolder });
      folders.set(parent, entries);
      if (isFolder && !folders.has(here)) folders.set(here, []);
      parent = here;
    });
  }
  return (folder) => folders.get(folder) ?? null;
}

describe("lookAlikeKey", () => {
  it("folds case, Unicode form and trailing spaces and dots, and nothing else", () => {
    expect(lookAlikeKey("Café Talk")).toBe(lookAlikeKey("CAFE\u0301 TALK"));
    expect(lookAlikeKey("Topic. . ")).toBe(lookAlikeKey("topic"));
    expect(lookAlikeKey(" Topic")).not.toBe(lookAlikeKey("Topic"));
    expect(lookAlikeKey("Topic 2")).not.toBe(lookAlikeKey("Topic"));
  });
});

describe("lookAlikeFiles", () => {
  const existing = "Office Hours/OH 12 - Loki basics, with Ann.md";
  const list = vault([existing, "Office Hours/OH 13 - Other.md", "Elsewhere/OH 12 - Loki basics, with Ann.md"]);

  it.each([
    ["the same path", existing],
    ["case only", "Office Hours/oh 12 - LOKI BASICS, with ann.md"],
    ["folder case only", "office hours/OH 12 - Loki basics, with Ann.md"],
    ["a trailing space or dot", "Office Hours /OH 12 - Loki basics, with Ann .md"],
    ["the extension's case", "Office Hours/OH 12 - Loki basics, with Ann.MD"],
  ])("finds the note for %s", (_what, path) => {
    expect(lookAlikeFiles(path, list)).toEqual([existing]);
  });

  it("finds a decomposed (NFD) name for a composed one, and the other way round", () => {
    const nfd = "Office Hours/OH 14 - Cafe\u0301 talk.md";
    const nfc = "Office Hours/OH 14 - Caf\u00e9 talk.md";
    expect(lookAlikeFiles(nfc, vault([nfd]))).toEqual([nfd]);
    expect(lookAlikeFiles(nfd, vault([nfc]))).toEqual([nfc]);
  });

  it("finds nothing for a name that really differs, or a folder of that name", () => {
    expect(lookAlikeFiles("Office Hours/OH 12 - Loki basics.md", list)).toEqual([]);
    expect(lookAlikeFiles("Office Hours/OH 12 - Loki basics, with Ann.md", vault(["office hours/OH 12 - Loki basics, with Ann.md/inside.md"]))).toEqual([]);
    expect(lookAlikeFiles("Nowhere/x.md", list)).toEqual([]);
  });

  it("looks in every folder that looks like the one asked for", () => {
    const both = vault(["Office Hours/a.md", "office hours/A.md"]);
    expect(lookAlikeFiles("OFFICE HOURS/a.md", both).sort()).toEqual(["Office Hours/a.md", "office hours/A.md"]);
  });

  it("finds every variant of any name", () => {
    // No "ß": its upper case is "SS", a different name on every file system.
    const letter = fc.constantFrom("a", "B", "é", "e\u0301", "Ü", "ç", "Ω", " ", "-", "1");
    const name = fc.string({ unit: letter, minLength: 1, maxLength: 10 }).map((s) => `x${s}`);
    const variant = fc.constantFrom(
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => s.normalize("NFD"),
      (s: string) => s.normalize("NFC"),
      (s: string) => `${s} .`,
    );
    fc.assert(
      fc.property(name, name, variant, variant, (folder, file, inFolder, inFile) => {
        const path = `${folder}/${file}.md`;
        const list = vault([path]);
        expect(lookAlikeFiles(`${inFolder(folder)}/${inFile(file)}.md`, list)).toEqual([path]);
        expect(lookAlikeFiles(`${folder}/${file}-other.md`, list)).toEqual([]);
      }),
    );
  });
});

describe("existingFolderSpelling", () => {
  it("uses the folder that is there when only its spelling differs", () => {
    const list = vault(["office hours/Season 2/a.md"]);
    expect(existingFolderSpelling("Office Hours/season 2", list)).toBe("office hours/Season 2");
    expect(existingFolderSpelling("Office Hours/Season 3", list)).toBe("Office Hours/Season 3");
    expect(existingFolderSpelling("New", list)).toBe("New");
  });

  it("keeps the folder asked for when it exists as written", () => {
    expect(existingFolderSpelling("Office Hours", vault(["office hours/a.md", "Office Hours/b.md"]))).toBe("Office Hours");
  });
});

describe("safeFileName leaves out what shows one name and is another", () => {
  it.each([
    ["invoice\u202efdp", "invoicefdp"],
    ["a\u202ab\u202bc\u202cd\u202de", "abcde"],
    ["x\u2066y\u2067z\u2068w\u2069", "xyzw"],
    ["left\u200emark\u200f\u061c", "leftmark"],
    ["lone \ud800 high and \udc00 low", "lone high and low"],
    ["emoji 😀 stays", "emoji 😀 stays"],
  ])("%j → %j", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it("in folders too", () => {
    expect(episodePath("Shows\u202e/2025", "Topic\ud800")).toBe("Shows/2025/Topic.md");
  });
});
