// Sync tools' conflict marks, told by the name alone (src/core/vault/conflict-copy.ts):
// the marks Dropbox, Nextcloud, Syncthing and the older ownCloud clients write (each as
// its source shows it), the names that only look like them, and how long names cost.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conflictOriginals, lookalikeSuffix, noteName, syncCopyMessage, withoutConflictMark } from "../../../src/core/vault/conflict-copy";
import { bestGrowth, whole } from "../../support/growth";

describe("a sync tool's conflict mark", () => {
  it.each([
    // Dropbox, without and with the editor's name (help.dropbox.com/syncing-uploads/conflicted-copy)
    ["THL 42 - Tempo (conflicted copy 2025-03-01)", "THL 42 - Tempo"],
    ["THL 42 - Tempo (Tom's conflicted copy 2025-03-01)", "THL 42 - Tempo"],
    ["THL 42 - Tempo (Tom Smith’s conflicted copy 2025-03-01)", "THL 42 - Tempo"],
    // Nextcloud desktop 3.x (nextcloud/desktop#2467)
    ["Warren2 (conflicted copy 2021-06-16 143218)", "Warren2"],
    // Syncthing, with and without the device (its FAQ)
    ["THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123", "THL 42 - Tempo"],
    ["THL 42 - Tempo.sync-conflict-20250301-101500", "THL 42 - Tempo"],
    // ownCloud / Nextcloud before 2.5 (owncloud/client#5965, #6365)
    ["THL 42 - Tempo_conflict-20180220-141213", "THL 42 - Tempo"],
  ])("%s is a copy of %s", (name, original) => {
    expect(withoutConflictMark(name)).toBe(original);
  });

  it.each([
    // A user's own names: a copy number, a topic about conflicts, a mark inside the title.
    "THL 41 - Alert fatigue (1)",
    "THL 40 - Loki labels 1",
    "THL 45 - Why Dropbox makes a conflicted copy",
    "THL 45 - Resolving conflicts (conflicted copy) in Obsidian vaults",
    "THL 46 - (conflicted copy 2025-03-01) is a file name",
    "THL 47 - Conflicted copy",
    "(conflicted copy 2025-03-01)",
    // Almost Syncthing's: a date too short, a device id in lower case, nothing before it.
    "Notes.sync-conflict-2025031-101500-ABCD123",
    "Notes.sync-conflict-20250301-101500-abcd123",
    ".sync-conflict-20250301-101500-ABCD123",
    "Notes_conflict-2018-02-20",
  ])("%s carries no mark", (name) => {
    expect(withoutConflictMark(name)).toBeNull();
  });

  it("any name with any mark added comes back as the name", () => {
    const marks = [" (conflicted copy 2025-03-01)", " (Ann's conflicted copy 2024-12-31)", ".sync-conflict-20250301-101500-ABCD123", "_conflict-20180220-141213"];
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(...marks), (name, mark) => {
        expect(withoutConflictMark(name + mark)).toBe(name);
      }),
    );
  });

  it("the candidates of a path: same folder and extension, nearest first, a conflict of a conflict twice", () => {
    expect(conflictOriginals("Shows/THL/THL 42 - Tempo (conflicted copy 2025-03-01).md")).toEqual(["Shows/THL/THL 42 - Tempo.md"]);
    expect(conflictOriginals("A.sync-conflict-20250301-101500-ABCD123.sync-conflict-20250302-090000-EFGH456.md")).toEqual([
      "A.sync-conflict-20250301-101500-ABCD123.md",
      "A.md",
    ]);
    expect(conflictOriginals("Shows/THL/THL 42 - Tempo.md")).toEqual([]);
    expect(conflictOriginals("Shows/THL/THL 41 - Alert fatigue (1).md")).toEqual([]);
  });

  it("long names cost one pass, whatever repeats in them", () => {
    const names = [
      (n: number) => "a (".repeat(n) + "conflicted copy)",
      (n: number) => " (Tom's ".repeat(n) + "conflicted copy x)",
      (n: number) => "x (" + "Tom's ".repeat(n) + "conflicted copy)",
      (n: number) => ".sync-conflict-".repeat(n) + "1",
      (n: number) => "_conflict-".repeat(n) + "20180220-141213x",
      (n: number) => "a".repeat(n) + " (conflicted copy " + "2".repeat(n) + ")",
    ];
    for (const make of names) expect(bestGrowth((name) => conflictOriginals(`F/${name}.md`), whole(make), 2000, 8)).toBeLessThan(8);
  });
});

describe("a copy's name that is no sync tool's mark", () => {
  it("is told for messages: “ (1)” and “ 1” after the same name, same folder", () => {
    expect(lookalikeSuffix("S/THL 41 - Alert fatigue (1).md", "S/THL 41 - Alert fatigue.md")).toBe(" (1)");
    expect(lookalikeSuffix("S/THL 40 - Loki labels 1.md", "S/THL 40 - Loki labels.md")).toBe(" 1");
    expect(lookalikeSuffix("S/THL 40 - Loki labels.md", "S/THL 40 - Loki labels 1.md")).toBeNull();
    expect(lookalikeSuffix("S/THL 40 - Loki labelsx.md", "S/THL 40 - Loki labels.md")).toBeNull();
    expect(lookalikeSuffix("T/THL 40 - Loki labels 1.md", "S/THL 40 - Loki labels.md")).toBeNull();
  });

  it("messages name a note by its name in its folder, by its path elsewhere", () => {
    expect(noteName("S/A.md", "S/B.md")).toBe("A");
    expect(noteName("T/A.md", "S/B.md")).toBe("T/A");
    expect(syncCopyMessage("S/A.md", ["S/A (conflicted copy 2025-03-01).md", "S/A.sync-conflict-20250301-101500-ABCD123.md"])).toBe(
      "Sync conflict copies: “A (conflicted copy 2025-03-01)”, “A.sync-conflict-20250301-101500-ABCD123”. Compare them with this note, keep what you need here, delete the copies.",
    );
  });
});
