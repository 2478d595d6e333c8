// Where an HTML block of CommonMark's sixth or seventh kind starts (`<details>`, `<div
// class="x">`, `</summary>`, a `<img …>` alone on its line): the lines up to the next blank one
// are HTML, so Obsidian shows a
// `- [ ] Upload` among them as text, no checkbox, and its metadata cache (so the Tasks plugin,
// obsidian-tasks#2171) lists no item there. A blank line after `<summary>…</summary>` makes
// the list below it Markdown again, as hosts who fold a checklist write it.

// CommonMark 0.31's block-level tag names.
const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
    "main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
    "title tr track ul"
  ).split(" "),
);

/** Longest tag name in BLOCK_TAGS: a longer name is none of them, whatever the line's length. */
const LONGEST = 10;

/**
 * Whether the line opens an HTML block at `at` (its `<`). Sixth kind: a block tag name, then
 * white space, `>`, `/>` or the end. Seventh: any other whole tag alone on the line (`<img
 * src="thumb.png">`, `<span>`, `</div>`), which cannot interrupt a paragraph (`afterText`).
 * The first kind (`<pre>`, `<script>`, `<style>`, `<textarea>`, to their closing tag) is not
 * followed: such lines are read as they were.
 */
export function opensHtmlBlock(line: string, at: number, afterText: boolean): boolean {
  return opensBlockTag(line, at) || (!afterText && isWholeTag(line, at));
}

function opensBlockTag(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== 60) return false;
  let i = at + 1;
  if (line.charCodeAt(i) === 47) i++;
  const start = i;
  while (i - start <= LONGEST && isTagChar(line.charCodeAt(i))) i++;
  if (i === start || i - start > LONGEST || !BLOCK_TAGS.has(line.slice(start, i).toLowerCase())) return false;
  const after = line.charCodeAt(i);
  return Number.isNaN(after) || after === 32 || after === 9 || after === 62 || (after === 47 && line.charCodeAt(i + 1) === 62);
}

function isTagChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

const RAW_TAGS: ReadonlySet<string> = new Set(["pre", "script", "style", "textarea"]);

/** A complete open or closing tag (CommonMark's grammar) followed by nothing but white space. */
function isWholeTag(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== 60) return false;
  let i = at + 1;
  const closing = line.charCodeAt(i) === 47;
  if (closing) i++;
  const start = i;
  if (!isLetter(line.charCodeAt(i))) return false;
  while (isTagChar(line.charCodeAt(i)) || line.charCodeAt(i) === 45) i++;
  if (RAW_TAGS.has(line.slice(start, i).toLowerCase())) return false;
  if (!closing) i = attributesEnd(line, i);
  if (i < 0) return false;
  i = spacesEnd(line, i);
  if (!closing && line.charCodeAt(i) === 47) i++;
  if (line.charCodeAt(i) !== 62) return false;
  return spacesEnd(line, i + 1) === line.length;
}

/** Past the attributes (each after white space: a name, then maybe `=` and a value), or -1 when one is malformed. */
function attributesEnd(line: string, from: number): number {
  let i = from;
  for (;;) {
    const gap = spacesEnd(line, i);
    const c = line.charCodeAt(gap);
    if (gap === i || !(isLetter(c) || c === 95 || c === 58)) return i;
    i = gap + 1;
    while (isNameChar(line.charCodeAt(i))) i++;
    const eq = spacesEnd(line, i);
    if (line.charCodeAt(eq) !== 61) continue;
    i = spacesEnd(line, eq + 1);
    const quote = line.charCodeAt(i);
    if (quote === 34 || quote === 39) {
      const close = line.indexOf(String.fromCharCode(quote), i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < line.length && !isUnquotedStop(line.charCodeAt(i))) i++;
      if (i === valueStart) return -1;
    }
  }
}

function spacesEnd(line: string, from: number): number {
  let i = from;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isNameChar(c: number): boolean {
  return isTagChar(c) || c === 95 || c === 46 || c === 58 || c === 45;
}

/** What ends an unquoted attribute value: white space, quotes, `=`, `<`, `>`, a backtick. */
function isUnquotedStop(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 61 || c === 60 || c === 62 || c === 96;
}
