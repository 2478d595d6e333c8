// A chapter's title as it goes into a public video description: the line as Obsidian's
// reading view shows it. What the reading view hides is dropped (an inline comment
// `%%…%%` or `<!-- … -->`, the host's private aside; a trailing block id `^demo`), an
// escape gives the character it escapes (`\*` is a star, not emphasis), then links and
// emphasis are made plain as for every other text (plainText). plainText itself is left
// as it is: the sidebar, the report and the agenda read checklist items with it, where a
// comment is rare and the change would move matches the index note relies on.
//
// Every step is one pass over the title (indexOf from the last match, one global regex
// without nested quantifiers): a title may be tens of thousands of characters.
import { plainText } from "../text/plain";

/** The text with every `open … close` span removed; an unclosed one hides the rest of the line, as in Obsidian. */
function withoutSpans(text: string, open: string, close: string): string {
  let at = text.indexOf(open);
  if (at < 0) return text;
  const parts: string[] = [];
  let done = 0;
  while (at >= 0) {
    parts.push(text.slice(done, at));
    const end = text.indexOf(close, at + open.length);
    if (end < 0) return parts.join("");
    done = end + close.length;
    at = text.indexOf(open, done);
  }
  parts.push(text.slice(done));
  return parts.join("");
}

/** A block id at the end of the line (` ^demo`), which Obsidian never shows. */
function withoutBlockId(text: string): string {
  const trimmed = text.trimEnd();
  const caret = trimmed.lastIndexOf("^");
  if (caret <= 0 || !/\s/.test(trimmed.charAt(caret - 1))) return text;
  return /^[A-Za-z0-9-]+$/.test(trimmed.slice(caret + 1)) ? trimmed.slice(0, caret) : text;
}

/** Escaped ASCII punctuation, held in the private-use area while the markup is read. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const HELD = /[\uE000-\uE07F]/g;
const HOLDS = /[\uE000-\uE07F]/;
const hold = (_: string, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const release = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe000);

export function chapterTitleText(title: string): string {
  const shown = withoutBlockId(withoutSpans(withoutSpans(title, "%%", "%%"), "<!--", "-->"));
  // A title that already holds those private-use characters keeps its escapes as plainText reads them.
  if (HOLDS.test(shown)) return plainText(shown);
  return plainText(shown.replace(ESCAPED, hold)).replace(HELD, release);
}
