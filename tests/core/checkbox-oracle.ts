// An independent reading of which lines are checkbox items: markdown-it's CommonMark list
// items whose first paragraph opens with a one-character box, `[c]` then white space (a
// line break too) or nothing. That is how Obsidian and the Tasks plugin take a checkbox (any character in the
// box); markdown-it-task-lists knows only ` `, `x` and `X`, so markdown-it gives the
// structure and this the rule for the box.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: true });

/** The note with its frontmatter blanked (lines kept), so markdown-it's line numbers are the note's. */
function bodyOnly(text: string): string {
  const lines = text.split("\n");
  if (lines[0] !== "---") return text;
  const close = lines.indexOf("---", 1);
  return lines.map((line, n) => (n <= close ? "" : line)).join("\n");
}

/** 0-based lines of the note's checkbox items, in order. */
export function checkboxLines(text: string): number[] {
  const tokens = md.parse(bodyOnly(text), {});
  const lines: number[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (inline?.type !== "inline" || tokens[i - 1]?.type !== "paragraph_open" || tokens[i - 2]?.type !== "list_item_open") continue;
    const box = [...inline.content.slice(0, 4)];
    if (box[0] === "[" && box[2] === "]" && (box.length === 3 || /\s/.test(box[3] ?? ""))) lines.push(inline.map?.[0] ?? -1);
  }
  return lines;
}
