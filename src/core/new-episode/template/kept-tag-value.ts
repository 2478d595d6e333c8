// A plain frontmatter value that holds a tag left for Templater as well as text this plugin
// filled: `summary: <% tp.system.prompt("Topic") %> {{topic}}`. The value has to be read as
// text twice: as written (before Templater runs, or when it never does) and once Templater
// has put its output in place of the tag. Templater prints its output as it is, escaping
// nothing for the quotes around it, and its tag holds quotes of its own; so no quoting
// works for every tag and every answer: double quotes would need the tag's `"` escaped
// (then Templater reads `prompt(\"Topic\")`, not JavaScript), and single quotes break on
// the first apostrophe typed into the prompt. A folded block scalar (`key: >-` and the
// value on the next line, indented) has no escapes at all: the tag stays as written and
// any one-line output reads back as text. It is used only when the value needs it.
import { plainOrQuoted } from "./plain-value";

/** Where a tag left as written stands in the filled value: [start, end). */
export type KeptSpan = readonly [number, number];

/** Characters YAML does not allow unescaped (tab aside), written as spaces in a block. */
const CONTROL = /[^\P{Cc}\t]/gu;

/**
 * The line for a filled plain value holding tags left as written. As it is when YAML reads
 * it as plain text both as written and with each Templater tag taken as a word (what it
 * prints is not known);
 * double-quoted when only `{{…}}` tags were left (nothing replaces them later); otherwise
 * a folded block scalar, the template's comment kept on its header line. Spaces at either
 * end are not written there: the first line's spaces would be read as its indent, and
 * spaces ending a line are lost to any editor that trims them (a plain value drops them too).
 */
export function keptTagLine(prefix: string, value: string, kept: readonly KeptSpan[], tail: string): string {
  const oneLine = value.replace(/[\r\n]+/g, " ");
  let known = "";
  let from = 0;
  let templater = false;
  for (const [start, end] of kept) {
    if (!value.startsWith("<%", start)) continue;
    templater = true;
    known += `${oneLine.slice(from, start)}x`;
    from = end;
  }
  known += oneLine.slice(from);
  // Read as written too: a tag's own text can break a plain value (`prompt("Topic: ")`).
  if (plainOrQuoted(known) === known && plainOrQuoted(oneLine) === oneLine) return prefix + oneLine + tail;
  if (!templater) return prefix + plainOrQuoted(value) + tail;
  const eol = tail.endsWith("\r") ? "\r" : "";
  const comment = tail.slice(0, tail.length - eol.length).trim();
  const header = `${prefix.trimEnd()} >-${comment === "" ? "" : ` ${comment}`}`;
  return `${header}${eol}\n${" ".repeat(blockIndent(prefix))}${oneLine.replace(CONTROL, " ").trim()}${eol}`;
}

/**
 * The block's indent: two past a key's column (`  key: ` → 4; `- key: ` → 4), or where a
 * bare list item's value began (`  - ` → 4), so the text sits under what it belongs to.
 */
function blockIndent(prefix: string): number {
  const items = /^[ \t]*(?:-[ \t]+)*/.exec(prefix)?.[0].length ?? 0;
  return prefix.trimEnd().length > items ? items + 2 : items;
}
