// The sidebar's per-row choices (row-choices.ts): "Show all" is kept per list of an expanded
// row, forgotten when the row folds, and follows renames and deletions like the expansion.
import { describe, expect, it } from "vitest";
import { RowChoices } from "../../../src/core/sidebar/row-choices";

const NOTE = "Shows/OH 1.md";

describe("RowChoices", () => {
  it("keeps 'Show all' for the list it was pressed in only", () => {
    const rows = new RowChoices();
    rows.toggle(NOTE);
    rows.showAll(NOTE, "now");
    expect([rows.showsAll(NOTE, "now"), rows.showsAll(NOTE, "folded")]).toEqual([true, false]);
    rows.showAll(NOTE, "folded");
    expect([rows.showsAll(NOTE, "now"), rows.showsAll(NOTE, "folded")]).toEqual([true, true]);
  });

  it("forgets both lists' 'Show all' when the row folds, and ignores it for a folded row", () => {
    const rows = new RowChoices();
    rows.toggle(NOTE);
    rows.showAll(NOTE, "now");
    rows.showAll(NOTE, "folded");
    rows.toggle(NOTE);
    expect(rows.isExpanded(NOTE)).toBe(false);
    rows.toggle(NOTE);
    expect([rows.isExpanded(NOTE), rows.showsAll(NOTE, "now"), rows.showsAll(NOTE, "folded")]).toEqual([true, false, false]);
    const other = "Shows/OH 2.md";
    rows.showAll(other, "now");
    rows.toggle(other);
    expect(rows.showsAll(other, "now")).toBe(false);
  });

  it("follows a folder's rename and forgets a deleted note, each list with the row", () => {
    const rows = new RowChoices();
    rows.toggle(NOTE);
    rows.showAll(NOTE, "folded");
    rows.followRename("Shows", "Archive/Shows");
    const moved = "Archive/Shows/OH 1.md";
    expect([rows.isExpanded(NOTE), rows.isExpanded(moved), rows.showsAll(moved, "folded"), rows.showsAll(moved, "now")]).toEqual([false, true, true, false]);
    rows.forget("Archive");
    expect([...rows.expanded]).toEqual([]);
    expect(rows.showsAll(moved, "folded")).toBe(false);
  });
});
