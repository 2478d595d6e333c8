// An episode's line in the index note, written again by the merge: its date in the line's
// own style, its link or title as written, the guests its name does not carry, and the
// cancelled mark. Everything else on the line is the user's and stays: emphasis around
// the entry, words after the link, a mark of their own ("postponed", "aplazado",
// ~~struck through~~), and a "(cancelled)" the plugin did not write.
//
// Which "(cancelled)" is the plugin's: one in exactly its form at the end of the line,
// on a line it marked itself (the block records those episodes, own-marks.ts). Only that
// one is reworded or taken off; the same words typed by the user are theirs.
import { readListLine, writeDate, type DateStyle } from "./list-items";
import type { IndexEntry, Item } from "./list-sections";
import { guestWords, readTrailing, saysCancelled, struckThrough, wordsFor, writePhrase } from "./line-words";
import { namesNotIn } from "../note/episode-label";
import { phraseNames } from "./phrase-names";
import { writableName } from "./written-name";

/** An episode's key in the record of marks, and in the merge: its name, NFC, lower case. */
export function entryKey(basename: string): string {
  return basename.normalize("NFC").toLowerCase();
}

/** A line as written, whether it ends with the plugin's own cancelled mark, and the guest names the plugin wrote on it. */
export interface Written {
  text: string;
  marked: boolean;
  wrote: string[];
}

/** What the block's records say is the plugin's on an episode's line (own-marks.ts, own-guests.ts). */
export interface Owned {
  /** The cancelled mark at its end. */
  marked: boolean;
  /** The guest names, as the plugin wrote them. */
  wrote: ReadonlySet<string>;
}

const NOTHING_OWNED: Owned = { marked: false, wrote: new Set() };

/** The words after the link: the guest phrase and the mark redone, the user's words kept. */
function after(entry: IndexEntry, trailing: string, opened: string, owned: Owned): Written {
  const words = wordsFor(entry.language);
  // The names as they can be written into the block (written-name.ts), read back the same way.
  const guests = entry.guests.map(writableName);
  const extra = namesNotIn(entry.basename, entry.guests).map(writableName);
  const read = readTrailing(trailing, guests, opened, entry.language ?? "", owned.wrote);
  // A mark in the plugin's form that it did not write is the user's own words.
  const mine = read.mark !== "" && owned.marked;
  const own = mine ? read.own : read.own + read.mark;
  // Guests go in the guest list the line has, or where the user wrote nothing else: a
  // "with …" that names no guest ("with live demo") is the user's, and gets no second list.
  // A guest the user names in their own words after the list ("with Bo — Ann Lee hosts") is not added to it.
  const phrase = read.phrase;
  let written = "";
  let wrote: string[] = [];
  if (phrase) {
    const names = phraseNames(phrase, guests, extra, own, owned.wrote);
    written = writePhrase(phrase, names.names, words);
    // A list kept as written (its user's words lean on it) keeps the plugin's names it holds.
    wrote = written === phrase.text ? phrase.names.filter((n) => owned.wrote.has(n)) : names.ours;
  } else if (extra.length > 0 && own.trim() === "") {
    written = guestWords(extra, words);
    wrote = extra;
  }
  const userMarked = saysCancelled(own) || struckThrough(opened, read.closers + own);
  const marked = entry.cancelled === true && !userMarked;
  return { text: `${read.closers}${written}${own}${marked ? words.mark : ""}`, marked, wrote };
}

/** An episode's line again; `owned`: what the block records as the plugin's on it. */
export function writeLine(item: Item, entry: IndexEntry, owned: Owned = NOTHING_OWNED): Written {
  const line = item.line;
  if (!line) return { text: item.lines[0] ?? "", marked: false, wrote: [] };
  const prefix = line.prefix ? `${entry.date ? writeDate(entry.date, line.prefix.style) : line.prefix.text}${line.prefix.separator}` : "";
  const body = line.link ? line.link.text : line.rest.slice(0, entry.basename.length);
  const trailing = line.link ? line.trailing : line.rest.slice(entry.basename.length);
  const rest = after(entry, trailing, line.before + line.open, owned);
  return { text: `${line.lead}${line.before}${prefix}${line.open}${body}${rest.text}`, marked: rest.marked, wrote: rest.wrote };
}

/**
 * The line for an episode not listed yet, without guests or a mark: writeLine adds them
 * when it is written out (and so records the names as the plugin's).
 */
export function newLine(entry: IndexEntry, style: DateStyle | null): string {
  const prefix = style && entry.date ? `${writeDate(entry.date, style)}: ` : "";
  return `- ${prefix}${entry.link}`;
}

/** A line moving into a list that writes dates gets one when it had none (an upcoming entry, now past). */
export function withDate(item: Item, entry: IndexEntry, style: DateStyle | null): Item {
  if (!item.line || item.line.prefix || !style || !entry.date || item.kept) return item;
  const first = `${item.line.lead}${writeDate(entry.date, style)}: ${item.line.open}${item.line.rest}`;
  return { ...item, lines: [first, ...item.lines.slice(1)], line: readListLine(first) };
}
