// A note's lines as Obsidian shows them, for readers that look at raw lines rather than at
// the scan's items (Detect shows, the guest prospect list): a line that starts inside a
// comment is empty, and a comment further along a line is taken out (reading view shows
// `Ann %% or Bob %%` as `Ann`). The comments are found by the body scan itself, so fenced
// code, quotes and every comment rule are the reader's own; a note with no `%%` and no
// `<!--` is returned as it is, after one search per line.
import { hasCommentMarker } from "./comments";
import { scanBody } from "./scan";

/** `lines` from `start` on as shown (lines before `start`, the frontmatter, as written). */
export function visibleLines(lines: readonly string[], start: number): readonly string[] {
  let marked = false;
  for (let n = start; n < lines.length && !marked; n++) marked = hasCommentMarker(lines[n] ?? "");
  if (!marked) return lines;
  const scan = scanBody(lines, start, { fields: false, templateTags: false });
  const out = lines.slice();
  for (const range of scan.hidden) for (let n = range.from; n <= range.to; n++) out[n] = "";
  for (const { line, comments } of scan.partlyHidden) out[line] = withoutComments(lines[line] ?? "", comments);
  return out;
}

/** The line without the [from, to) pairs, and without the space a comment at its end leaves. */
function withoutComments(line: string, pairs: readonly number[]): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    out += line.slice(kept, pairs[i]);
    kept = pairs[i + 1] ?? line.length;
  }
  return (out + line.slice(kept)).trimEnd();
}
