// FNV-1a over UTF-16 code units: small, stable across runs and platforms, and good enough
// to notice that a line or a pattern changed. It only ever guards a tick that every other
// check has already allowed, so a rare collision cannot pick a line on its own.
export function hashText(text: string, h = 0x811c9dc5): number {
  // Two UTF-16 code units per step: the index hashes the lines around every open item of
  // every note it reads, and this halves the cost. The length goes in last, so "a" and
  // "a\0" differ.
  const pairs = text.length - (text.length % 2);
  for (let i = 0; i < pairs; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (pairs < text.length) h = Math.imul(h ^ text.charCodeAt(pairs), 0x01000193);
  return Math.imul(h ^ text.length, 0x01000193) >>> 0;
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
