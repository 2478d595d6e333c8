// FNV-1a over UTF-16 code units: small, stable across runs and platforms, and good enough
// to notice that a line or a pattern changed. It only ever guards a tick that every other
// check has already allowed, so a rare collision cannot pick a line on its own.
export function hashText(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The checkboxes of a run of identical items, in order ("x", " ", "-" ...), as one number. */
export function statusPattern(statuses: readonly string[]): number {
  return hashText(statuses.join("\u0000"));
}
