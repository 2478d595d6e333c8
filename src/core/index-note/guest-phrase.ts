// The guest list a line of the index note has after an episode's link, in the ways people
// write one:
//   with Ann Lee and Bo Chen · con Ana y Bruno · **with Ann Lee** · _with Ann_ · (with Ann)
//   feat. Ann · ft. Ann · featuring Ann · w/ Ann · with guests Ann · — Ann Lee · : Ann Lee
//   (Ann Lee) · with [[Ann Lee]] · with **Ann** and Dr. Bo Chen, PhD
// "with" also starts a topic ("with live demo", "with a deep dive on Loki", "with Q&A"),
// and a dash or a colon starts any words at all, so the words are a guest list only when
// they name people: each name one of the episode's guests (guest-match.ts) or written
// like a name, and at least one of them a guest. Anything else is the user's and is never
// read as guests: the plugin neither rewrites it nor adds a second list beside it.
import { EMPHASIS } from "./list-items";
import { coveredGuest, looksLikeName } from "./guest-match";
import { andWordsFor } from "../note/and-words";

export interface GuestPhrase {
  /** Up to the first name: the space, a dash or colon, the opening emphasis or bracket, the intro word and the space after it. */
  head: string;
  /** The intro word as written ("with", "Con", "feat.", "with guests"), or "" (a dash, a bracket). */
  intro: string;
  /** Where the intro starts in head. */
  introAt: number;
  /** Each name as written (emphasis, links, titles and all). */
  names: string[];
  /** The emphasis or bracket that closes the list, as written, or "". */
  tail: string;
  /** The whole phrase as written: head, names with their separators, tail. */
  text: string;
  /** The guests (as written in the episode) its names stand for. */
  covered: Set<string>;
  /**
   * The user's words go on where it ends, or its bracket or emphasis closes only after
   * them: it cannot be taken out whole without leaving their punctuation dangling.
   */
  open: boolean;
}

/**
 * What may start the phrase: a space, a dash set off by spaces or a colon; then emphasis or
 * a bracket (not a link's "[["); then an intro word. Anchored, each part bounded by what
 * follows it, so a line of spaces is read once.
 */
const HEAD = /^(\s*:\s*|\s+[—–-]\s+|\s+)(\*\*|__|==|\*|_|\((?!\()|\[(?!\[))?((?:with(?:\s+(?:special\s+)?guests?)?|con(?:\s+invitad[oa]s?)?|featuring|feat\.?|ft\.?)(?=\s)|w\/)?\s*/iu;

/** Names of the plugin's read whole, at most: more than any episode's guests. */
const MOST_WHOLE_NAMES = 32;

const CLOSER: Record<string, string> = { "**": "**", __: "__", "==": "==", "*": "*", _: "_", "(": ")", "[": "]" };

/** Where words set off from the list start: a bracket, a comment, a dash between spaces, a semicolon, a bar, a strike. */
const PHRASE_ENDS = ["(", "[", "%%", "<!--", " — ", " – ", " - ", "; ", " | ", "~~"];

/**
 * The guest list at the start of `body` (after the link and the emphasis closed right after
 * it), or null when the words there are no guest list. `guests`: the episode's guests as
 * written in its note; `opened`: the emphasis the line opened before its link (its closer
 * ends the list); `language`: the show's, for the words that join names ("y" in Spanish);
 * `wrote`: the names the plugin wrote on this line (own-guests.ts), which make a guest list
 * as a guest's name does, even once that guest is off the episode.
 */
export function readGuestPhrase(body: string, guests: readonly string[], opened = "", language = "", wrote: ReadonlySet<string> = new Set()): GuestPhrase | null {
  if (guests.length === 0 && wrote.size === 0) return null;
  const head = HEAD.exec(body);
  if (head === null) return null;
  const [whole, lead = "", wrap = "", intro = ""] = head;
  // Plain words after a space ("[[GOH 12]] Ann Lee") are a title's rest, not a list.
  if (wrap === "" && intro === "" && lead.trim() === "") return null;
  const closer = wrap === "" ? "" : (CLOSER[wrap] ?? "");
  const stops = [...PHRASE_ENDS, ...new Set(opened)];
  if (closer !== "") stops.push(closer);
  const from = whole.length;
  const joins = joiningWords(language, intro);
  // A name the plugin wrote is read whole, as a guest's is ("Dr. Ann Lee, PhD"); only one
  // a comma, a joining word or a stop would split or cut ("Ann | Lee": the record keeps
  // its "|" as %7C, and the line must give the whole name back) needs it. Each is tried
  // at every word, so a record forged with thousands of them is read for the first few (an
  // episode has never had that many guests); the rest are split and stay as words of the user's.
  const splits = (name: string) => name.includes(",") || stops.some((s) => name.includes(s)) || name.split(/\s+/).some((w) => joins.includes(w));
  const known = wrote.size === 0 ? guests : [...guests, ...[...wrote].filter(splits).slice(0, MOST_WHOLE_NAMES)];
  const end = regionEnd(body, from, known, stops);
  const names: string[] = [];
  const covered = new Set<string>();
  let ours = false;
  let last = from;
  let cut = false;
  for (const item of items(body, from, end, known, joins)) {
    const written = body.slice(item.from, item.to);
    const bare = bareName(written);
    const guest = coveredGuest(bare, guests, covered);
    const mine = wrote.has(written);
    if (guest === null && !mine && !looksLikeName(bare)) {
      cut = true;
      break;
    }
    if (guest !== null) covered.add(guest);
    if (mine) ours = true;
    names.push(written);
    last = item.to;
  }
  if (names.length === 0 || (covered.size === 0 && !ours)) return null;
  const tail = !cut && closer !== "" && last === end && body.startsWith(closer, end) ? closer : "";
  const introAt = lead.length + wrap.length;
  // Cut short by the user's words, or its bracket closed only after them: they lean on it.
  return { head: whole, intro, introAt, names, tail, text: body.slice(0, last) + tail, covered, open: cut || (closer !== "" && tail === "") };
}

/** The words that join two names: "and", "&", "+", and the show's ("y", "e"); "y" and "e" after "con" too. */
function joiningWords(language: string, intro: string): string[] {
  const words = new Set(["and", "&", "+", ...andWordsFor(language)]);
  if (/^con/i.test(intro)) for (const w of andWordsFor("es")) words.add(w);
  return [...words];
}

/** A guest's name written at `at`, read whole (its commas and brackets are its own), or undefined. */
function guestAt(text: string, at: number, end: number, guests: readonly string[]): string | undefined {
  return guests.find((g) => g !== "" && at + g.length <= end && text.startsWith(g, at));
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u00a0";
}

/**
 * The first `needle` at or after a position, remembered: asked from positions that only
 * grow, it scans the text once (a line of "[[[[" costs one pass, not one per bracket).
 */
function nextIndex(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1) return -1;
    if (found < from) found = text.indexOf(needle, from);
    return found;
  };
}

/**
 * Where the list's region ends: at the first stop outside a guest's name and a link
 * (`[[Ann Lee]]`, `[Ann Lee](https://…)`, read as names), else the body's end.
 */
function regionEnd(text: string, from: number, guests: readonly string[], stops: readonly string[]): number {
  const firsts = new Set(stops.map((s) => s.charAt(0)));
  const wikiEnd = nextIndex(text, "]]");
  const labelEnd = nextIndex(text, "]");
  const urlEnd = nextIndex(text, ")");
  for (let i = from; i < text.length; i++) {
    if (i === from || isSpace(text.charAt(i - 1)) || text.charAt(i - 1) === ",") {
      const name = guestAt(text, i, text.length, guests);
      if (name !== undefined) {
        i += name.length - 1;
        continue;
      }
    }
    if (text.charAt(i) === "[") {
      const link = linkEnd(text, i, wikiEnd, labelEnd, urlEnd);
      if (link > i) {
        i = link - 1;
        continue;
      }
    }
    if (firsts.has(text.charAt(i)) && stops.some((s) => text.startsWith(s, i))) return i;
  }
  return text.length;
}

/** The end of the wiki or Markdown link at `at`, or -1 for a bracket that starts none. */
function linkEnd(text: string, at: number, wikiEnd: (from: number) => number, labelEnd: (from: number) => number, urlEnd: (from: number) => number): number {
  if (text.startsWith("[[", at)) {
    const close = wikiEnd(at + 2);
    return close < 0 ? -1 : close + 2;
  }
  const label = labelEnd(at + 1);
  if (label < 0 || text.charAt(label + 1) !== "(") return -1;
  const close = urlEnd(label + 2);
  return close < 0 ? -1 : close + 1;
}

/**
 * The names between `from` and `end`, parted by commas and joining words (", and" too);
 * each [from, to) trimmed. One pass: a run of spaces is looked past once.
 */
function* items(text: string, from: number, end: number, guests: readonly string[], joins: readonly string[]): Generator<{ from: number; to: number }> {
  let start = from;
  let i = from;
  let trimmed = from;
  const joinAt = (at: number): number => {
    for (const w of joins) if (text.startsWith(w, at) && at + w.length < end && isSpace(text.charAt(at + w.length))) return at + w.length;
    return -1;
  };
  const skipSpaces = (at: number): number => {
    let j = at;
    while (j < end && isSpace(text.charAt(j))) j++;
    return j;
  };
  const wikiEnd = nextIndex(text, "]]");
  const labelEnd = nextIndex(text, "]");
  const urlEnd = nextIndex(text, ")");
  while (i < end) {
    if (i === start) {
      // A guest's name, or a link, is one name whatever commas or "and" it holds.
      const name = guestAt(text, i, end, guests);
      const link = name === undefined && text.charAt(i) === "[" ? linkEnd(text, i, wikiEnd, labelEnd, urlEnd) : -1;
      const skip = name !== undefined ? i + name.length : link > i && link <= end ? link : -1;
      if (skip > i) {
        i = trimmed = skip;
        continue;
      }
    }
    const ch = text.charAt(i);
    if (ch === ",") {
      yield { from: start, to: trimmed };
      let j = skipSpaces(i + 1);
      const joined = joinAt(j);
      if (joined >= 0) j = skipSpaces(joined);
      start = i = trimmed = j;
      continue;
    }
    if (isSpace(ch)) {
      const j = skipSpaces(i);
      const joined = joinAt(j);
      if (joined >= 0) {
        yield { from: start, to: trimmed };
        start = i = trimmed = skipSpaces(joined);
      } else i = j;
      continue;
    }
    i++;
    trimmed = i;
  }
  if (trimmed > start) yield { from: start, to: trimmed };
  else if (start < end || start > from) yield { from: start, to: start };
}

/** A name as written without its emphasis and link syntax: "**Ann**" → "Ann", "[[People/Ann Lee|Ann]]" → "Ann". */
export function bareName(written: string): string {
  let a = 0;
  let b = written.length;
  while (a < b && EMPHASIS.includes(written.charAt(a))) a++;
  while (b > a && EMPHASIS.includes(written.charAt(b - 1))) b--;
  const inner = written.slice(a, b);
  if (inner.startsWith("[[") && inner.endsWith("]]")) {
    const target = inner.slice(2, -2);
    const bar = target.indexOf("|");
    const shown = bar >= 0 ? target.slice(bar + 1) : (target.split("#")[0] ?? "");
    return shown.slice(shown.lastIndexOf("/") + 1);
  }
  const md = /^\[([^[\]]*)\]\([^()]*\)$/.exec(inner);
  return md ? (md[1] ?? "") : inner;
}
