// Where an HTML block of CommonMark's sixth kind starts (`<details>`, `<div class="x">`,
// `</summary>`…): the lines up to the next blank one are HTML, so Obsidian shows a
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

/** Whether the line opens such a block at `at` (its `<`): a known tag name, then white space, `>`, `/>` or the end. */
export function opensHtmlBlock(line: string, at: number): boolean {
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
