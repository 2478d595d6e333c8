// The lines a change replaces and the lines it writes, each marked when it is not on the
// other side: what the preview highlights (a line counts as unchanged as often as it
// appears on both sides).

export interface PreviewLine {
  text: string;
  changed: boolean;
}

function marked(lines: readonly string[], other: readonly string[]): PreviewLine[] {
  const left = new Map<string, number>();
  for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
  return lines.map((text) => {
    const count = left.get(text) ?? 0;
    if (count > 0) left.set(text, count - 1);
    return { text, changed: count === 0 };
  });
}

export function previewLines(before: readonly string[], after: readonly string[]): { before: PreviewLine[]; after: PreviewLine[] } {
  return { before: marked(before, after), after: marked(after, before) };
}
