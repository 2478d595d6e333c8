// A renamed episode's line in the index note's list: its link is pointed at the new name
// before the list is merged, as Obsidian's link updater would (it may be off, and runs
// after the rename, if at all). Otherwise the merge saw a line for a note that is gone,
// kept it as the user's, and added a second line for the new name.
import { readListLine } from "../index-note/list-items";
import { lineStates } from "../index-note/line-states";
import { renamedRecord } from "../index-note/own-marks";

/** Where `name` starts in `text`, compared as the index note compares names (NFC, any case); -1 if absent. */
function nameAt(text: string, name: string): number {
  const lower = text.normalize("NFC").toLowerCase();
  // Only when normalising kept the length can a position in one be used in the other.
  if (lower.length !== text.length) return text.lastIndexOf(name);
  return lower.lastIndexOf(name.normalize("NFC").toLowerCase());
}

/** The link text with the file name in its target replaced; null when the name is not found there. */
function relinked(link: string, from: string, to: string): string | null {
  if (link.startsWith("[[")) {
    const inner = link.slice(2, -2);
    const end = inner.search(/[|#]/);
    const target = end < 0 ? inner : inner.slice(0, end);
    const at = nameAt(target, from);
    if (at < 0) return null;
    return `[[${target.slice(0, at)}${to}${target.slice(at + from.length)}${end < 0 ? "" : inner.slice(end)}]]`;
  }
  // A Markdown link: the name in its destination, as written or %20-encoded.
  const open = link.indexOf("](");
  const destination = link.slice(open + 2, -1);
  for (const [a, b] of [[from, to], [encodeURI(from), encodeURI(to)]] as const) {
    const at = nameAt(destination, a);
    if (at >= 0) return `${link.slice(0, open + 2)}${destination.slice(0, at)}${b}${destination.slice(at + a.length)})`;
  }
  return null;
}

/** `block` with every list line naming the note `from` (by link or plain title) naming `to` instead; nothing else changes. */
export function relinkList(block: string, from: string, to: string): string {
  const want = from.normalize("NFC").toLowerCase();
  const lines = block.split("\n");
  // Lines in code or starting in a comment are the user's as written: never relinked.
  const states = lineStates(lines);
  return lines
    .map((raw, n) => {
      const state = states[n];
      if (state?.code || state?.carried) return raw;
      const cr = raw.endsWith("\r") ? "\r" : "";
      const line = raw.slice(0, raw.length - cr.length);
      // The plugin's own records (a comment line of their own: the marks and guest names it
      // wrote) follow the note's new name; any other line opening a comment is the user's.
      const record = renamedRecord(line, from, to);
      if (record !== null) return `${record}${cr}`;
      if (state?.opens) return raw;
      // Read as shown (same columns): a link inside a comment on the line is none.
      const read = readListLine((state?.visible ?? raw).slice(0, line.length));
      if (!read) return raw;
      const at = line.length - read.rest.length;
      if (!read.link) {
        // A title written plainly, as the list's merge finds it: the name, then the end or a separator.
        const rest = read.rest.normalize("NFC").toLowerCase();
        const plain = rest.length === read.rest.length && rest.startsWith(want) && /^($|[\s,(:–—-])/.test(rest.slice(want.length));
        return plain ? `${line.slice(0, at)}${to}${line.slice(at + from.length)}${cr}` : raw;
      }
      if (read.link.name !== want) return raw;
      const next = relinked(read.link.text, from, to);
      return next === null ? raw : `${line.slice(0, at)}${next}${line.slice(at + read.link.text.length)}${cr}`;
    })
    .join("\n");
}
