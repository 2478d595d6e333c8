// What the user chose for each row of the sidebar, by note path: which rows are expanded,
// and in which of an expanded row's two lists "Show all" was pressed. The two lists (the
// items that matter now, and the folded ones not needed now) are capped on their own, so
// the choice is kept per list: kept as one flag per row, pressing it in one list drew the
// other whole too at the next redraw. Choices follow a rename and go with a deleted note
// (row-paths.ts); a row folded forgets its "Show all".
import { followRename, forgetPath } from "./row-paths";

/** An expanded row's lists: the items that matter now, and those folded away. */
export type ItemList = "now" | "folded";

export class RowChoices {
  private readonly open = new Set<string>();
  private readonly all: Record<ItemList, Set<string>> = { now: new Set(), folded: new Set() };

  isExpanded(path: string): boolean {
    return this.open.has(path);
  }

  /** The expanded rows' paths, in the order they were opened (part of a redraw's key). */
  get expanded(): ReadonlySet<string> {
    return this.open;
  }

  /** Expand a folded row, or fold an expanded one (forgetting its lists' "Show all"). */
  toggle(path: string): void {
    if (this.open.delete(path)) {
      this.all.now.delete(path);
      this.all.folded.delete(path);
    } else this.open.add(path);
  }

  showsAll(path: string, list: ItemList): boolean {
    return this.all[list].has(path);
  }

  /** "Show all" pressed in one list of an expanded row; a folded row has no lists to show. */
  showAll(path: string, list: ItemList): void {
    if (this.open.has(path)) this.all[list].add(path);
  }

  /** A note or folder renamed: its rows keep their choices under the new name. */
  followRename(from: string, to: string): void {
    for (const paths of [this.open, this.all.now, this.all.folded]) followRename(paths, from, to);
  }

  /** A note or folder deleted: its rows' choices go with it. */
  forget(path: string): void {
    for (const paths of [this.open, this.all.now, this.all.folded]) forgetPath(paths, path);
  }
}
