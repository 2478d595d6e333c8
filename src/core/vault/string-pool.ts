// One copy of each string the index keeps. A slice of a note's text keeps the whole text
// alive in V8, so every string kept is copied first; and checklists come from templates,
// so the same item line ("- [ ] Post on LinkedIn") and the same headings recur in every
// episode of a show: those are kept once.
export class StringPool {
  private strings = new Map<string, string>();

  /** The pooled copy of `text`: never a slice of anything larger. */
  intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    const copy = freshCopy(text);
    this.strings.set(copy, copy);
    return copy;
  }

  get size(): number {
    return this.strings.size;
  }

  /** Keep only the strings `keep` calls back with (those of the records still indexed). */
  prune(keep: (visit: (text: string) => void) => void): void {
    const next = new Map<string, string>();
    keep((text) => next.set(text, text));
    this.strings = next;
  }

  clear(): void {
    this.strings.clear();
  }
}

/**
 * A string that shares no memory with the one it was made from. V8 makes `slice` (and so
 * `trim` and the reader's line splitting) a view into the original; a JSON round trip
 * builds the characters anew. Short strings are copied by slice already.
 */
export function freshCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** A fresh copy of a string that is not worth pooling (a guest's name, a URL), or null. */
export function freshOrNull(text: string | null): string | null {
  return text === null ? null : freshCopy(text);
}
