// Comments in the cache parser. Obsidian hides `%% … %%` (inline or over lines; one never
// closed runs to the end of the note) and HTML comments, and its metadata cache lists no
// list item, heading, link or tag inside them: the Tasks plugin, which takes its tasks
// from `listItems`, never sees a commented checkbox (obsidian-tasks issue 1172). A comment
// that starts a line is a section of its own, `comment` for `%%`, `html` for `<!--`
// (an HTML block, CommonMark's type 2: it ends with the line holding `-->`). Written apart
// from the plugin's reader on purpose, so the two are compared, not copied.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface CommentSection {
  type: "comment" | "html";
  from: number;
  to: number;
}

/**
 * Blanks every commented character of `lines` (from `start`) with a space, so columns
 * and offsets hold and the rest of the parser sees blank text there. Returns the
 * sections of the comments that start a line.
 */
export function maskComments(lines: { text: string }[], start: number): CommentSection[] {
  const sections: CommentSection[] = [];
  let fence: string | null = null;
  let open: "%%" | "-->" | null = null;
  let block: CommentSection | null = null;
  for (let n = start; n < lines.length; n++) {
    const line = lines[n];
    if (!line) continue;
    const text = line.text;
    if (open === null) {
      const mark = FENCE.exec(text)?.[1];
      if (fence !== null) {
        if (mark && mark[0] === fence[0] && mark.length >= fence.length && text.trim() === mark) fence = null;
        continue;
      }
      if (mark && !(mark[0] === "`" && text.indexOf("`", text.indexOf(mark) + mark.length) >= 0)) {
        fence = mark;
        continue;
      }
    }
    // Outside a comment, a line without an opening mark has nothing to blank (most lines).
    if (open === null && !text.includes("%%") && !text.includes("<!--")) continue;
    // UTF-16 units, so indexes match the string's.
    const chars = text.split("");
    const contentStart = /^[ \t>]*/.exec(text)?.[0].length ?? 0;
    let i = 0;
    while (i < text.length) {
      if (open !== null) {
        const close = text.indexOf(open, i);
        const end = close < 0 ? text.length : close + open.length;
        for (let k = i; k < end; k++) chars[k] = " ";
        if (close >= 0) {
          // An HTML block takes the whole line that closes it.
          if (open === "-->" && block?.type === "html") for (let k = end; k < text.length; k++) chars[k] = " ";
          open = null;
          if (block) block.to = n;
          block = null;
        }
        i = end;
        continue;
      }
      if (text[i] === "`") {
        let run = 1;
        while (text[i + run] === "`") run++;
        const closing = new RegExp(`(?<!\`)\`{${run}}(?!\`)`).exec(text.slice(i + run));
        i = closing ? i + run + closing.index + run : i + run;
        continue;
      }
      const starts = i === contentStart;
      if (text.startsWith("%%", i)) {
        open = "%%";
        if (starts) sections.push((block = { type: "comment", from: n, to: n }));
        for (let k = i; k < i + 2; k++) chars[k] = " ";
        i += 2;
        continue;
      }
      if (text.startsWith("<!--", i) && (starts || text.lastIndexOf("-->") >= i + 4)) {
        open = "-->";
        if (starts) sections.push((block = { type: "html", from: n, to: n }));
        for (let k = i; k < i + 4; k++) chars[k] = " ";
        i += 4;
        continue;
      }
      i++;
    }
    if (open !== null && block) block.to = n;
    line.text = chars.join("");
  }
  return sections;
}
