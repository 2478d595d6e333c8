// A Markdown heading line in the index note's list block: its level and its text without
// the closing #s. Once one regular expression, /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/,
// whose lazy text group before the trailing [ \t]* cost the square of a run of spaces
// inside the heading on every update; the same result now comes from a scan of the end.
import { hasLineBreak, spaceTabEnd } from "../text/space-tab";

const OPENING = /^ {0,3}(#{1,6})[ \t]+/;

/** The heading `line` is, or null: its level (1-6) and its text. */
export function readHeading(line: string): { level: number; text: string } | null {
  const opening = OPENING.exec(line);
  if (!opening) return null;
  const rest = line.slice(opening[0].length);
  if (hasLineBreak(rest)) return null;
  const end = spaceTabEnd(rest);
  // A closing run of #s counts only after a space or tab; "## C#" keeps its #.
  let hashes = end;
  while (hashes > 0 && rest.charCodeAt(hashes - 1) === 35) hashes--;
  const closed = hashes < end && hashes > 0 && spaceTabEnd(rest.slice(0, hashes)) < hashes;
  return { level: opening[1]?.length ?? 1, text: rest.slice(0, closed ? spaceTabEnd(rest.slice(0, hashes)) : end) };
}
