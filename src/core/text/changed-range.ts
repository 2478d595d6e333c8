// The one span that differs between two texts (same start and end trimmed off), so a
// whole-note rewrite can go into an open editor as one small change: the cursor, the
// undo history and any typing outside the span stay as they are.

export interface ChangedRange {
  /** Offsets in the old text. */
  from: number;
  to: number;
  /** What goes between them. */
  text: string;
}

/** The span of `before` that `after` replaces; null when they are equal. */
export function changedRange(before: string, after: string): ChangedRange | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never start or end inside a surrogate pair (an emoji): the editor would hold a lone half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
