// Turning a guest field's value into display names.
//   "[[Andrii Kovalov]], [[Ari Herschowitz]]"  → Andrii Kovalov, Ari Herschowitz
//   "Poyzan Taneli" & "Paul Rogers"             → Poyzan Taneli, Paul Rogers
//   [Renata Andrade](https://linkedin…)         → Renata Andrade (target kept)
//   Pablo Chacin (Grafana)                      → Pablo Chacin, affiliation Grafana
//   Joseph (Joe) Elliot                         → Joseph (Joe) Elliot
//   "Name", <guest>, empty                      → no guest yet
//   none (Lena and Sam), solo, —, n/a, keiner   → no guest, by choice (no-guest-words.ts)
import type { Guest, YamlValue } from "../types";
import { replaceLinks } from "../text/links";
import { canonicalKey } from "./fields";
import { saysNoGuest } from "./no-guest-words";

const AND: readonly string[] = ["and"];

const QUOTES = "\"'“”‘’«»„`";

/** Words a template leaves in place of a guest. Compared after lower-casing. */
const PLACEHOLDER_WORDS = new Set([
  "name",
  "names",
  "guest",
  "guests",
  "guest name",
  "guest names",
  "guest(s)",
  "tbd",
  "tba",
  "tbc",
  "todo",
  "to do",
  "none",
  "n/a",
  // Not yet known, which "none" alone is not (no-guest-words.ts: no guest by choice).
  "none yet",
  "no guest yet",
  "not yet",
]);

export interface GuestParse {
  guests: Guest[];
  /** Placeholders found instead of names ("Name", "<guest>"), for a warning. */
  placeholders: string[];
  /** A value said there is no guest, by choice ("none (Lena and Sam)", "solo", "—"). */
  none: boolean;
}

/**
 * Split one field value into guests. Linear in the value's length. `andWords` are the
 * words that join two names besides commas and `&` (andWordsFor: the show's language).
 */
export function parseGuestValue(value: string, andWords: readonly string[] = AND): GuestParse {
  if (saysNoGuest(value)) return { guests: [], placeholders: [], none: true };
  const guests: Guest[] = [];
  const placeholders: string[] = [];
  for (const piece of splitTopLevel(value, andWords)) {
    const guest = readGuest(piece);
    if (!guest) continue;
    if (isPlaceholder(guest.name)) placeholders.push(guest.name);
    else guests.push(guest);
  }
  return { guests, placeholders, none: false };
}

/** Guests from a frontmatter property: a string, or a list of strings (YAML may nest `[[x]]`). */
export function parseGuestProperty(value: YamlValue | undefined, andWords: readonly string[] = AND): GuestParse {
  const result: GuestParse = { guests: [], placeholders: [], none: false };
  const add = (text: string) => {
    const parsed = parseGuestValue(text, andWords);
    if (parsed.none) result.none = true;
    // Not push(...list): a value of a few hundred thousand names overflowed the stack.
    for (const guest of parsed.guests) result.guests.push(guest);
    for (const placeholder of parsed.placeholders) result.placeholders.push(placeholder);
  };
  const link = unquotedWikiLink(value);
  if (typeof value === "string") add(value);
  else if (link !== null) add(link);
  else if (Array.isArray(value)) {
    for (const item of value) {
      const itemLink = unquotedWikiLink(item);
      if (typeof item === "string") add(item);
      else if (itemLink !== null) add(itemLink);
      else addMapping(result, item, andWords);
    }
  }
  return result;
}

/** Keys of a guest written as a mapping (`- name: Ann`): its name, and its company as the affiliation. */
const NAME_KEYS = new Set(["name", "guest", "person", "full-name", "fullname"]);
const AFFILIATION_KEYS = new Set(["company", "affiliation", "organization", "organisation", "org", "employer"]);

/**
 * `guests:` as a list of mappings, as a Notion or database export writes them
 * (`- name: Ann Lee` / `  company: Grafana`). Own keys only: the parser's objects may have
 * a prototype. A mapping with no name key names nobody.
 */
function addMapping(result: GuestParse, item: YamlValue | undefined, andWords: readonly string[]): void {
  if (item === null || typeof item !== "object" || Array.isArray(item) || item instanceof Date) return;
  let name: string | null = null;
  let affiliation: string | null = null;
  for (const key of Object.keys(item)) {
    const value = item[key];
    if (typeof value !== "string" || value.trim() === "") continue;
    const canonical = canonicalKey(key);
    if (name === null && NAME_KEYS.has(canonical)) name = value;
    else if (affiliation === null && AFFILIATION_KEYS.has(canonical)) affiliation = value.trim();
  }
  if (name === null) return;
  const parsed = parseGuestValue(name, andWords);
  for (const guest of parsed.guests) result.guests.push(affiliation !== null && guest.affiliation === null ? { ...guest, affiliation } : guest);
  for (const placeholder of parsed.placeholders) result.placeholders.push(placeholder);
}

/**
 * Unquoted `[[Name]]` in YAML is a list inside a list: it was a wiki link. As a list item
 * (`- [[Name]]`) and also as the whole value (`guest: [[Name]]`, which gave no guest).
 */
function unquotedWikiLink(value: YamlValue | undefined): string | null {
  if (!Array.isArray(value) || value.length !== 1) return null;
  const inner = value[0];
  if (!Array.isArray(inner) || inner.length === 0 || !inner.every((part) => typeof part === "string")) return null;
  // YAML split `[[A, B]]` at its comma; the link is to the note "A, B".
  return `[[${inner.join(", ")}]]`;
}

/** A piece of a guest field's value, as the offsets `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Chinese and Japanese write a list with these commas and semicolon; no name holds one. */
const IDEOGRAPHIC_SEPARATORS = new Set(["、", "，", "；"]);

/**
 * Split on commas (、 and ， too), `&` and the words `andWords` ("and") outside links and parentheses.
 * Quotes do not protect: `"Jack Berg, Ed Welch"` is two guests written in one quoted string.
 */
export function splitTopLevel(value: string, andWords: readonly string[] = AND): string[] {
  return pieceSpans(value, andWords).map((piece) => value.slice(piece.start, piece.end));
}

/** Where splitTopLevel cuts `value`, as ranges (what an edit of the names needs). */
export function pieceSpans(value: string, andWords: readonly string[] = AND): Span[] {
  const pieces: Span[] = [];
  let square = 0;
  let round = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "[") square++;
    else if (c === "]") square = Math.max(0, square - 1);
    else if (c === "(") round++;
    else if (c === ")") round = Math.max(0, round - 1);
    if (square > 0 || round > 0) continue;
    if (c === "," && isNameSuffixAt(value, i + 1, andWords)) continue;
    if (c === "," || c === "&" || c === ";" || IDEOGRAPHIC_SEPARATORS.has(c ?? "")) {
      pieces.push({ start, end: i });
      start = i + 1;
    } else if (c === " " || c === "\t") {
      const length = andWordAt(value, i, andWords);
      if (length > 0) {
        pieces.push({ start, end: i });
        start = i + length + 1;
        i += length;
      }
    }
  }
  pieces.push({ start, end: value.length });
  return pieces;
}

// What follows a name after a comma as part of it, in English usage ("Ann Lee, PhD", "Bo
// Chan, Jr."): generational suffixes and the degrees and titles written that way. A closed
// class of words, none of them a given name; lowercase, dots left out.
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "msc", "bsc", "ma", "ba", "dds", "esq", "cpa", "pe", "rn"]);

/**
 * Whether the text from `from` to the next separator (or the end) is one name suffix. Looks
 * at most a few characters ahead, so splitting stays linear.
 */
function isNameSuffixAt(value: string, from: number, andWords: readonly string[]): boolean {
  let i = from;
  while (value[i] === " " || value[i] === "\t") i++;
  let word = "";
  for (; i < value.length && word.length <= 4; i++) {
    const c = value.charAt(i);
    if (c === ".") continue;
    if (c === "," || c === ";" || c === "&" || c === " " || c === "\t" || c === "(" || c === ")" || c === "]" || c === "*" || c === "_") break;
    word += c.toLowerCase();
  }
  if (!NAME_SUFFIXES.has(word)) return false;
  // Only a separator, a parenthesis, an "and" or the end may follow: "Ann Lee, MD Anderson" names two.
  const space = i;
  while (value[i] === " " || value[i] === "\t") i++;
  if (i > space && andWordAt(value, i - 1, andWords) > 0) return true;
  const next = value.charAt(i);
  return i >= value.length || next === "," || next === ";" || next === "&" || next === "(" || next === ")" || next === "]" || next === "*" || next === "_";
}

/** The length of the word of `words` (any case) between the space at `i` and the next one, or 0. */
function andWordAt(value: string, i: number, words: readonly string[]): number {
  for (const word of words) {
    const after = value[i + 1 + word.length];
    if ((after === " " || after === "\t") && value.slice(i + 1, i + 1 + word.length).toLowerCase() === word) return word.length;
  }
  return 0;
}

function stripQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (QUOTES.includes(text.charAt(start)) || text.charAt(start) === " ")) start++;
  while (end > start && (QUOTES.includes(text.charAt(end - 1)) || text.charAt(end - 1) === " ")) end--;
  // A backtick taken off one end while the name keeps an odd number of them closed (or
  // opened) a code span inside it ("Ann Lee `code`"): it goes back, or the name would open
  // inline code wherever it is written.
  const inside = text.slice(start, end);
  if (countOf(inside, "`") % 2 === 1) {
    if (text.charAt(end) === "`") end++;
    else if (text.charAt(start - 1) === "`") start--;
  }
  return text.slice(start, end);
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

function readGuest(piece: string): Guest | null {
  const text = stripEmphasis(stripQuotes(piece.trim()));
  if (text === "") return null;
  const { display, target } = replaceLinks(text);
  let name = stripEmphasis(stripQuotes(display.trim())).replace(/\s+/g, " ");
  let affiliation: string | null = null;
  const trailing = trailingParenthesis(name);
  if (trailing) {
    affiliation = trailing.inner;
    name = trailing.before;
  }
  if (name === "") return null;
  return { name, target, affiliation };
}

/** `**Name**`, `*Name*`, `_Name_`, `==Name==` → Name. */
function stripEmphasis(text: string): string {
  let out = text;
  for (const mark of ["**", "__", "==", "*", "_"]) {
    if (out.length > mark.length * 2 && out.startsWith(mark) && out.endsWith(mark)) {
      out = out.slice(mark.length, out.length - mark.length);
    }
  }
  return out;
}

/** "Pablo Chacin (Grafana)" → before "Pablo Chacin", inner "Grafana". */
function trailingParenthesis(name: string): { before: string; inner: string } | null {
  if (!name.endsWith(")")) return null;
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) {
        const before = name.slice(0, i).trim();
        if (before === "") return null;
        return { before, inner: name.slice(i + 1, -1).trim() };
      }
    }
  }
  return null;
}

export function isPlaceholder(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (/^<[^<>]*>$/.test(lower) || /^\{\{[^{}]*\}\}$/.test(lower) || /^<%[\s\S]*%>$/.test(lower)) return true;
  if (/^\[[^[\]]*\]$/.test(lower)) return true;
  // Only punctuation: "?", "...", "-", "—".
  return !/[\p{L}\p{N}]/u.test(lower);
}
