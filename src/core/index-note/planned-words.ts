// A call planned in words before its note exists: the Loki README's Upcoming list holds
// "- December: Adaptive Logs finally, with Travis?"; the host then makes the note (topic
// "Adaptive Logs finally") and updates the list. That line is the episode's: its words
// become the link's text in place ("- December: [Adaptive Logs finally](2025-12-30-….md),
// with Travis?"), the date and the team's other words kept, and no second line is added.
// Rule: a line of an Upcoming list with no link whose entry (after its date) begins with the
// episode's topic, word for word (case, accents, and a slug's dashes aside), when the topic
// is two words or more, or one word of eight letters or more (a single short word, "Loki",
// "Tempo", names too many lines). Only when that line fits one episode and the episode
// one line: never a guess. The words must begin the entry so that the link leads the line,
// where every later run reads it as the episode's (list-items.ts).
import type { IndexEntry, Item, Section } from "./list-sections";
import { readListLine } from "./list-items";

/** Lower case, accents and marks gone: "Café" is "cafe". */
function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The topic's words, folded; null when too few to name one line. */
export function topicWords(topic: string): string[] | null {
  const words = (topic.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(fold);
  if (words.length >= 2) return words;
  const only = words[0];
  return only !== undefined && only.length >= 8 ? words : null;
}

/** Where the text's first words end if they are `words`, else -1. One pass, stops at the first difference. */
function wordsEnd(text: string, words: readonly string[]): number {
  const token = /[\p{L}\p{M}\p{N}]+/gu;
  let end = -1;
  for (const word of words) {
    const found = token.exec(text);
    if (!found) return -1;
    // Between words only spaces, dashes, underscores and commas: "Adaptive-Logs", "Adaptive Logs".
    const gap = text.slice(end < 0 ? 0 : end, found.index);
    if (end < 0 ? gap !== "" : !/^[\s,_-]+$/.test(gap)) return -1;
    if (fold(found[0]) !== word) return -1;
    end = found.index + found[0].length;
  }
  return end;
}

/** `link` (as the plugin writes it: `[[name]]` or `[name](path)`) showing `text`. */
function linkShowing(link: string, text: string): string {
  if (link.startsWith("[[") && link.endsWith("]]")) return `[[${link.slice(2, -2).split("|")[0] ?? ""}|${text}]]`;
  const middle = link.indexOf("](");
  return link.startsWith("[") && middle > 0 ? `[${text}${link.slice(middle)}` : link;
}

/**
 * Lines of Upcoming lists that are `entries`' (not claimed by a link or title), linked in
 * place: each such item gets its new line and its entry. Returns the entries claimed.
 */
export function claimPlannedLines(sections: readonly Section[], entries: readonly IndexEntry[]): Set<IndexEntry> {
  const topics = entries.map((entry) => ({ entry, words: entry.topic === undefined ? null : topicWords(entry.topic) })).filter((t) => t.words !== null);
  const claimed = new Set<IndexEntry>();
  if (topics.length === 0) return claimed;
  const fits = new Map<Item, { entry: IndexEntry; end: number }[]>();
  const linesOf = new Map<IndexEntry, Item[]>();
  for (const section of sections) {
    if (section.kind !== "upcoming") continue;
    for (const item of section.items) {
      const line = item.line;
      if (!line || line.link || item.entry || item.kept) continue;
      for (const { entry, words } of topics) {
        const end = wordsEnd(line.rest, words ?? []);
        if (end < 0) continue;
        fits.set(item, [...(fits.get(item) ?? []), { entry, end }]);
        linesOf.set(entry, [...(linesOf.get(entry) ?? []), item]);
      }
    }
  }
  for (const [item, found] of fits) {
    const only = found[0];
    const line = item.line;
    if (found.length !== 1 || !only || !line || linesOf.get(only.entry)?.length !== 1) continue;
    const first = item.lines[0] ?? "";
    const restAt = first.length - line.rest.length;
    const text = first.slice(0, restAt) + linkShowing(only.entry.link, line.rest.slice(0, only.end)) + line.rest.slice(only.end);
    const read = readListLine(text);
    if (!read?.link) continue;
    item.lines[0] = text;
    item.line = read;
    item.entry = only.entry;
    claimed.add(only.entry);
  }
  return claimed;
}
