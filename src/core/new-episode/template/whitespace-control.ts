// Templater's whitespace control on a tag this plugin fills: `<%-` / `-%>` take one line
// break before / after the tag away, `<%_` / `_%>` every space, tab and line break there.
// A tag left for Templater keeps its marks (Templater applies them when it runs); one
// filled here has to apply them itself, or `<%- tp.file.title -%>` on a line of its own
// left the empty lines Templater would not.

const SPACE = /[ \t\r\n]/;

/** The text before a filled tag, with what `<%-` or `<%_` takes away gone (from that text only). */
export function trimBefore(segment: string, inner: string): string {
  if (inner.startsWith("-")) return segment.endsWith("\r\n") ? segment.slice(0, -2) : segment.endsWith("\n") ? segment.slice(0, -1) : segment;
  if (!inner.startsWith("_")) return segment;
  let end = segment.length;
  while (end > 0 && SPACE.test(segment.charAt(end - 1))) end--;
  return segment.slice(0, end);
}

/** Where the text after a filled tag goes on: past what `-%>` or `_%>` takes away. */
export function skipAfter(text: string, from: number, inner: string): number {
  if (inner.endsWith("-")) return text.startsWith("\r\n", from) ? from + 2 : text.startsWith("\n", from) ? from + 1 : from;
  if (!inner.endsWith("_")) return from;
  let at = from;
  while (at < text.length && SPACE.test(text.charAt(at))) at++;
  return at;
}
