// review5: the index note's record of the guest names the plugin wrote
// (src/core/index-note/own-guests.ts, new this stop) is keyed by the episode's note name.
// Reschedule renames a note and moves its record (core/reschedule/list-links.ts →
// own-marks.ts renamedRecord); a rename by hand in Obsidian does not: Obsidian rewrites the
// `[[link]]` on the line, nothing rewrites the record (no "rename" listener touches index
// notes: grep `renamedRecord` has list-links.ts as its only caller). The next update then
// reads the plugin's names on that line as the user's (merge-lists.ts:241 `recorded.get`
// by the new name finds nothing), so a guest taken off the episode stays on the index line
// for good, and the old name's record is kept for ever (merge-lists.ts:246).
// Fix: on the vault's "rename" of an episode, rewrite the record lines of its show's index
// note with renamedRecord (Vault.process, re-read, only record lines change), as the
// reschedule does; or key the record by something a rename keeps (the note's link target
// as Obsidian rewrites it is on the line: read the record's episode from the line's link).
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, blockLines } from "../../src/core/index-note/index-note";
import { applyEdits } from "../../src/core/live/edits";
import { renamedRecordEdits } from "../../src/core/renames/renamed-records";
import type { IndexEntry } from "../../src/core/index-note/merge-lists";

const entry = (basename: string, guests: string[]): IndexEntry => ({ basename, link: `[[${basename}]]`, date: "2025-06-06", number: 12, guests, list: "past" });
const LISTS = ["upcoming", "past"] as const;
const OLD = "GOH 12 - Tempo";
const NEW = "GOH 12 - Tempo deep dive";

/** The block after the plugin wrote both guests on the episode's line. */
const first = blockLines([], [entry(OLD, ["Ann Lee", "Bo Chen"])], [...LISTS]);
const pastLine = (lines: readonly string[]) => lines.find((l) => l.startsWith("- 2025-06-06"));

describe("review5: a guest the plugin wrote leaves the index line after the episode was renamed by hand", () => {
  it("guard: without a rename, the guest taken off the episode leaves its line", () => {
    expect(pastLine(first)).toBe(`- 2025-06-06: [[${OLD}]] with Ann Lee and Bo Chen`);
    expect(pastLine(blockLines(first, [entry(OLD, ["Ann Lee"])], [...LISTS]))).toBe(`- 2025-06-06: [[${OLD}]] with Ann Lee`);
  });

  it("renamed in Obsidian (its link rewritten, as Obsidian does), then Bo Chen taken off", () => {
    // Obsidian's link updater rewrites `[[GOH 12 - Tempo]]`; the comment record is text to it.
    const relinked = first.map((line) => (line.startsWith("%%") ? line : line.replace(`[[${OLD}]]`, `[[${NEW}]]`)));
    // renames1: the plugin's rename listener (src/plugin/renames/rename-follower.ts) then
    // moves the record with the note's name, by these edits of the index note.
    const text = [BLOCK_START, ...relinked, BLOCK_END].join("\n");
    const renamed = applyEdits(text, renamedRecordEdits(text, [{ from: OLD, to: NEW }])).split("\n").slice(1, -1);
    expect(renamed).not.toEqual(relinked);
    const after = blockLines(renamed, [entry(NEW, ["Ann Lee"])], [...LISTS]);
    expect(pastLine(after)).toBe(`- 2025-06-06: [[${NEW}]] with Ann Lee`);
  });
});
