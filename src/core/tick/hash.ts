// FNV-1a over UTF-16 code units: small, stable across runs and platforms, and good enough
// to notice that a line or a pattern changed. It only ever guards a tick that every other
// check has already allowed, so a rare collision cannot pick a line on its own.
export function hashText(text: string, h = 0x811c9dc5, start = 0, end = text.length): number {
  // Two UTF-16 code units per step: the index hashes every line of a note with open
  // items, and this halves the cost. From `start` to `end` hashes that part of `text` as
  // if it were cut out, without making the string. The length goes in last, so "a" and
  // "a\0" differ.
  const pairs = end - ((end - start) % 2);
  for (let i = start; i < pairs; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (pairs < end) h = Math.imul(h ^ text.charCodeAt(pairs), 0x01000193);
  return Math.imul(h ^ (end - start), 0x01000193) >>> 0;
}

/** The checkboxes of a run of identical items, in order ("x", " ", "-" ...), as one number. */
export function statusPattern(twins: readonly { status: string }[]): number {
  let h = 0x811c9dc5;
  for (const twin of twins) h = hashText(twin.status, h);
  return h;
}

/** Where a run of identical items sits: each one's distance from the heading, in order. */
export function offsetPattern(twins: readonly { offset: number }[]): number {
  let h = 0x811c9dc5;
  for (const twin of twins) h = Math.imul(h ^ twin.offset, 0x01000193);
  return h >>> 0;
}
