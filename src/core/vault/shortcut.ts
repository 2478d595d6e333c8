// Exact shortcuts for the common case: most notes of a vault are not episodes, and
// outside a show folder a note is one only with a guest field or the marker. Each test
// here says "cannot be an episode" only when a full reading would say so too (property
// tests compare them); when unsure it says "can", and the note is read in full.
//
// - on the text: every guest field, in any of Dataview's forms, puts its key right before
//   a `::`, so the few characters before each `::` tell whether one can exist; the marker
//   and frontmatter guests need only the properties.
// - on the bytes (the command-line tool): the same test on the bytes before each `::`
//   (only they are decoded) and no property that could be a guest key or the marker,
//   decided before the note is decoded.
// - on Obsidian's cached metadata (the plugin's first index): no task item (a task and a
//   guest field are both needed), no such property, nothing a task could hide in.
import { canonicalKey } from "../note/fields";
import { GuestKeys } from "../note/guest-keys";
import { frontmatterOf, ownProperties, type FrontmatterSource } from "../note/frontmatter";
import { MARKER_KEY } from "../note/episode";
import { stripBom } from "../text/lines";

/** The canonical property keys that matter: the guest fields and the marker. */
export type KeySet = ReadonlySet<string>;

export function propertyKeySet(guestKeys: ReadonlySet<string>): KeySet {
  // Numbered guest keys (`guest1:`) stay guest keys (guest-keys.ts).
  return new GuestKeys([...guestKeys, MARKER_KEY]);
}

/** Some own key of the parsed properties is a guest field or the marker. */
export function propertiesNameKey(data: unknown, keys: KeySet): boolean {
  const properties = ownProperties(data);
  return properties !== null && Object.keys(properties).some((key) => keys.has(canonicalKey(key)));
}

/** The text-level shortcut: see the file's comment. `frontmatter` is parsed only when its text could name a key. */
export function textCannotBeEpisode(text: string, frontmatter: FrontmatterSource, guestKeys: ReadonlySet<string>, keys: KeySet): boolean {
  if (guestKeys.size > 0 && mayHaveGuestField(text, guestKeys)) return false;
  const head = frontmatterHead(stripBom(text));
  if (head === null) return true;
  // Parsing is the costly part of a note with frontmatter: skip it when no top-level key
  // can name a guest field or the marker, whatever the parser would make of the rest.
  if (typeof frontmatter === "function" && !yamlMayNameKey(head, keys)) return true;
  return !propertiesNameKey(frontmatterOf(frontmatter).data, keys);
}

/**
 * The byte-level shortcut, before decoding: no guest key before any `::` (the text-level
 * test, on the few bytes before each one) and no frontmatter key that could name a guest
 * field or the marker. `decode` turns those bytes into text (only they are decoded: the
 * frontmatter, and the start of a line holding `::`). With no `guestKeys`, no inline field
 * can make the note an episode, only a property.
 */
export function bytesCannotBeEpisode(bytes: Uint8Array, keys: KeySet, decode: (bytes: Uint8Array) => string, guestKeys: ReadonlySet<string>): boolean {
  if (guestKeys.size > 0 && bytesMayHaveGuestField(bytes, guestKeys, decode)) return false;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (!(bytes[start] === 45 && bytes[start + 1] === 45 && bytes[start + 2] === 45)) return true;
  const end = frontmatterEndByte(bytes, start);
  if (end < 0) return true;
  return !yamlMayNameKey(decode(bytes.subarray(start, end)), keys);
}

/**
 * The metadata-level shortcut for a note outside every show folder. `hasTask`: the cache
 * lists a task item; `mayHideTasks`: it has a block the reader finds tasks in that the
 * cache may not list items of (quotes and callouts).
 */
export function metadataCannotBeEpisode(properties: unknown, hasTask: boolean, mayHideTasks: boolean, keys: KeySet): boolean {
  return !hasTask && !mayHideTasks && !propertiesNameKey(properties, keys);
}

/**
 * mayHaveGuestField() on the bytes: for each `::`, only its line's bytes before it are
 * decoded. A Dataview user's notes are full of `Status::` and `Rating::` fields: each
 * such note was decoded whole to find none of them is a guest field.
 */
function bytesMayHaveGuestField(bytes: Uint8Array, guestKeys: ReadonlySet<string>, decode: (bytes: Uint8Array) => string): boolean {
  for (let at = bytes.indexOf(58); at >= 0 && at + 1 < bytes.length; at = bytes.indexOf(58, at + 1)) {
    if (bytes[at + 1] !== 58) continue;
    const lineStart = bytes.lastIndexOf(10, at - 1) + 1;
    // A UTF-8 character is at most 4 bytes: further back than this is past the look-back in characters too.
    if (at - lineStart > 4 * MAX_KEY_LOOKBACK) return true;
    if (mayBeGuestKey(decode(bytes.subarray(lineStart, at)), guestKeys)) return true;
    at++;
  }
  return false;
}

/** Where the closing fence line of a frontmatter opening at `start` ends, or -1. */
function frontmatterEndByte(bytes: Uint8Array, start: number): number {
  let lineStart = bytes.indexOf(10, start);
  if (lineStart < 0) return -1;
  // The first line must be `---` and trailing spaces only.
  if (!onlySpaces(bytes, start + 3, lineStart)) return -1;
  lineStart++;
  while (lineStart < bytes.length) {
    let lineEnd = bytes.indexOf(10, lineStart);
    if (lineEnd < 0) lineEnd = bytes.length;
    const isDash = bytes[lineStart] === 45 && bytes[lineStart + 1] === 45 && bytes[lineStart + 2] === 45;
    const isDots = bytes[lineStart] === 46 && bytes[lineStart + 1] === 46 && bytes[lineStart + 2] === 46;
    if ((isDash || isDots) && onlySpaces(bytes, lineStart + 3, lineEnd)) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** Only white space (what trimEnd removes, in ASCII) between `from` and `to`. */
function onlySpaces(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (!(b === 32 || b === 9 || b === 13 || b === 11 || b === 12)) return false;
  }
  return true;
}

/**
 * Could the YAML (fences included or not) give a top-level key that is a guest field or
 * the marker? Top-level keys of a block mapping start at column 0 (a document indented as
 * a whole counts as "could"); the key is what comes
 * before the first `:` followed by a space or the line's end. Anything YAML could spell
 * otherwise (quotes, escapes, anchors, tags, explicit `?` keys, flow mappings, aliases,
 * directives) counts as "could". A key whose canonical form merely contains a wanted key
 * counts too: the test only has to be sure when it says no.
 */
export function yamlMayNameKey(yaml: string, keys: KeySet): boolean {
  let start = 0;
  let rootSeen = false;
  while (start < yaml.length) {
    let end = yaml.indexOf("\n", start);
    if (end < 0) end = yaml.length;
    const first = yaml.charCodeAt(start);
    if (!rootSeen && !/^\s*(#.*)?$|^(---|\.\.\.)\s*$/.test(yaml.slice(start, end))) {
      rootSeen = true;
      // A whole document may be indented: its top-level keys are then not at column 0.
      if (first === 32 || first === 9) return true;
    }
    // Indented, blank, comment, fence and list lines are not top-level keys.
    if (!(first === 32 || first === 9 || first === 10 || first === 13 || first === 35 || start === end)) {
      const line = yaml.slice(start, end);
      if (!(line.startsWith("---") || line.startsWith("...") || line.startsWith("- ") || line === "-")) {
        if (/^["'?{[&!*%@`|>\\]/.test(line) || line.includes("\\")) return true;
        const key = keyOf(line);
        if (key !== null) {
          const canonical = canonicalKey(key);
          for (const wanted of keys) if (canonical.includes(wanted)) return true;
        }
      }
    }
    start = end + 1;
  }
  return false;
}

function keyOf(line: string): string | null {
  for (let at = line.indexOf(":"); at >= 0; at = line.indexOf(":", at + 1)) {
    const after = line.charCodeAt(at + 1);
    if (at + 1 >= line.length || after === 32 || after === 9 || after === 13) return line.slice(0, at);
  }
  return null;
}

/** Like the full-line field reader: leading non-alphanumerics and trailing _ * ~ ` and spaces go. */
function stripKeyDecoration(candidate: string): string {
  let start = 0;
  let end = candidate.length;
  while (start < end) {
    const code = candidate.charCodeAt(start);
    const asciiAlnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (asciiAlnum || (code >= 128 && /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(String.fromCodePoint(candidate.codePointAt(start) ?? 0)))) break;
    start++;
  }
  while (end > start && "_*~` \t".includes(candidate.charAt(end - 1))) end--;
  return candidate.slice(start, end);
}

/** Longest key worth looking back for; longer ones are read in full (rare). */
const MAX_KEY_LOOKBACK = 200;

/**
 * Could any `::` be preceded by a guest key? Both readings of the text before it are
 * tried: from the start of its line (a full-line field, decoration stripped) and from the
 * last `[` or `(` (a bracketed field).
 */
function mayHaveGuestField(text: string, guestKeys: ReadonlySet<string>): boolean {
  for (let at = text.indexOf("::"); at >= 0; at = text.indexOf("::", at + 2)) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (mayBeGuestKey(text.slice(lineStart, at), guestKeys)) return true;
  }
  return false;
}

/** Could the text before a `::`, from the start of its line, end in a guest key? */
function mayBeGuestKey(before: string, guestKeys: ReadonlySet<string>): boolean {
  if (before.length > MAX_KEY_LOOKBACK) return true;
  const bracket = Math.max(before.lastIndexOf("["), before.lastIndexOf("("));
  const candidates = [before, bracket >= 0 ? before.slice(bracket + 1) : ""];
  for (const candidate of candidates) {
    const key = stripKeyDecoration(candidate);
    if (key !== "" && guestKeys.has(canonicalKey(key))) return true;
  }
  return false;
}

/** The text up to and including the closing fence of the frontmatter, or null without one. */
function frontmatterHead(text: string): string | null {
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    if (lineNo === 0 && line !== "---") return null;
    if (lineNo > 0 && (line === "---" || line === "...")) return text.slice(0, end);
    start = end + 1;
    lineNo++;
  }
  return null;
}
