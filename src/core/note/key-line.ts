// The one reader of "a frontmatter property's line": which key a top-level line holds,
// where its value sits (inside its quotes), the value as YAML reads it, and where a comment
// starts. Go live's marks, Reschedule's date and time, the messages naming a property's
// line and the template's tp.frontmatter all read lines through it: four readers written
// apart each had their own idea of a comment, and `ended: # End show fills this` was read
// as the value "# End show fills this" by two of them (YAML reads it as empty).
//
// YAML's rules kept here, for one line:
// - a `#` starts a comment only at the value's start or after a space or tab;
// - a key (plain, "…" or '…') is followed by `:` and then a space, a tab or the line's end;
// - "…" reads its escapes, '…' reads '' as one quote; text after the closing quote other
//   than a comment is an error;
// - a plain value cannot start with an indicator (`[ { & * ! | > % @ \``, `- `, `? `, `: `,
//   `,`, `] }`) and cannot hold `: ` (YAML refuses a second key on the line);
// - an empty value with an indented line or a `- ` item below holds its value there, and a
//   plain value with an indented line below goes on there.
// What it cannot read from the one line is `unread`, with the reason; a caller that writes
// the line then leaves it alone (or lets a YAML parser decide).

export type ValueStyle = "empty" | "plain" | "double" | "single";

/** Why a value is not read from its line. */
export type Unread =
  | "below" // the value is on the lines below (a list, a map, a block)
  | "continued" // a plain value that goes on on the next line
  | "unclosed" // a quoted value that goes on past the line
  | "not-plain" // a flow collection, anchor, alias, tag, block scalar, or text YAML refuses
  | "escape" // a "…" escape YAML does not have
  | "after-quote"; // text after the closing quote that is not a comment

export interface ValueRead {
  style: ValueStyle;
  /** Where the value's text starts and ends (inside its quotes); for an empty one, where a value would go. */
  from: number;
  to: number;
  /** The value as YAML reads it (quotes off, escapes read), null when empty or unread. */
  value: string | null;
  /** The value's text between its quotes holds an escape (`\"`, `''`). */
  escaped: boolean;
  /** Where the comment's `#` is, or -1. */
  comment: number;
  unread: Unread | null;
}

export interface KeyLine extends ValueRead {
  /** 0-based line in the note. */
  line: number;
  key: string;
}

const NOT_PLAIN_START = /^(?:[[\]{}&*!|>%@`,]|[-?:](?:[ \t]|$))/;

/** The value written from `start` on `text` (after a key's colon, or a list item's `- `), to the line's end. */
export function readValue(text: string, start: number): ValueRead {
  let from = start;
  while (from < text.length && (text.charAt(from) === " " || text.charAt(from) === "\t")) from++;
  const first = text.charAt(from);
  const none = { escaped: false, comment: -1, unread: null };
  if (from === text.length) return { ...none, style: "empty", from, to: from, value: null };
  // `#` after white space (or as the whole value's start after it) is a comment: the value is empty.
  if (first === "#" && (from > start || start === 0)) return { ...none, style: "empty", from, to: from, value: null, comment: from };
  if (first === '"' || first === "'") return quoted(text, from, first);
  if (NOT_PLAIN_START.test(text.slice(from, from + 2))) return { ...none, style: "plain", from, to: text.length, value: null, unread: "not-plain" };
  const hash = text.slice(from).search(/[ \t]#/);
  const end = hash < 0 ? text.length : from + hash;
  const value = text.slice(from, end).trimEnd();
  const to = from + value.length;
  const comment = hash < 0 ? -1 : text.indexOf("#", end);
  if (/:(?:[ \t]|$)/.test(value)) return { ...none, style: "plain", from, to, value: null, comment, unread: "not-plain" };
  return { ...none, style: "plain", from, to, value, comment };
}

/** Where the quote opened at `open` closes (-1: not on this line), and whether an escape comes before. */
function closing(text: string, open: number, quote: string): { close: number; escaped: boolean } {
  let escaped = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote === '"' && c === "\\") {
      escaped = true;
      i++;
    } else if (c === quote) {
      if (quote === '"' || text.charAt(i + 1) !== "'") return { close: i, escaped };
      escaped = true;
      i++;
    }
  }
  return { close: -1, escaped };
}

/** The text between quotes as YAML reads it; null for an escape YAML does not have. */
function unquote(inner: string, quote: string, escaped: boolean): string | null {
  if (!escaped) return inner;
  return quote === "'" ? inner.replace(/''/g, "'") : unescapeDouble(inner);
}

function quoted(text: string, open: number, quote: string): ValueRead {
  const from = open + 1;
  const { close, escaped } = closing(text, open, quote);
  const style = quote === '"' ? "double" : "single";
  if (close < 0) return { style, from, to: text.length, value: null, escaped, comment: -1, unread: "unclosed" };
  const after = text.slice(close + 1);
  const tail = after.trimStart();
  const comment = tail.startsWith("#") && tail.length < after.length ? text.length - tail.length : -1;
  const base = { style, from, to: close, escaped, comment } as const;
  if (tail !== "" && comment < 0) return { ...base, value: null, unread: "after-quote" };
  const value = unquote(text.slice(from, close), quote, escaped);
  return value === null ? { ...base, value: null, unread: "escape" } : { ...base, value, unread: null };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A "…" value's text with YAML's escapes read; null for an escape YAML does not have. */
function unescapeDouble(inner: string): string | null {
  let out = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charAt(i);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = inner.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[e];
    const hex = HEX_LENGTH[e];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (hex !== undefined) {
      const digits = inner.slice(i + 2, i + 2 + hex);
      if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) return null;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return null;
      out += String.fromCodePoint(code);
      i += 1 + hex;
    } else return null;
  }
  return out;
}

/**
 * The key a top-level line holds and where its value starts, or null when the line holds
 * none (indented, a comment, a list item, no `key:`). Plain keys end at the first `:` that
 * is followed by white space or the line's end.
 */
export function keyOf(text: string): { key: string; valueStart: number } | null {
  const first = text.charAt(0);
  if (first === '"' || first === "'") {
    const { close, escaped } = closing(text, 0, first);
    const key = close < 0 ? null : unquote(text.slice(1, close), first, escaped);
    const colon = key === null ? null : /^[ \t]*:(?=[ \t]|$)/.exec(text.slice(close + 1));
    if (key === null || !colon) return null;
    return { key, valueStart: close + 1 + colon[0].length };
  }
  if (first === "" || (/[\s#\-?:[\]{}&*!|>%@`,]/.test(first) && !/^[-?:]\S/.test(text))) return null;
  const m = /:(?:[ \t]|$)/.exec(text);
  if (!m) return null;
  const key = text.slice(0, m.index).trimEnd();
  if (/[ \t]#/.test(key)) return null;
  return { key, valueStart: m.index + 1 };
}

/** What holds a value below an empty key: an indented line that is not a comment, or a `- ` item. */
const HOLDS_BELOW = /^(?:[ \t]+[^\s#]|-(?:[ \t]|$))/;

/** The line `n` of `lines` read as a top-level property, with what the line after it says; null when it holds none. */
export function readKeyLine(lines: readonly string[], n: number, end: number): KeyLine | null {
  const text = lines[n] ?? "";
  const key = keyOf(text);
  if (!key) return null;
  const read = readValue(text, key.valueStart);
  const next = n + 1 < end ? (lines[n + 1] ?? "") : "";
  if (read.unread === null && read.style === "empty" && HOLDS_BELOW.test(next)) return { ...read, line: n, key: key.key, unread: "below" };
  if (read.unread === null && read.style === "plain" && read.comment < 0 && /^[ \t]+[^\s#]/.test(next)) return { ...read, line: n, key: key.key, value: null, unread: "continued" };
  return { ...read, line: n, key: key.key };
}

/** Every top-level line of `key` among lines `first` … `end - 1` (a frontmatter's inside). */
export function keyLines(lines: readonly string[], first: number, end: number, key: string): KeyLine[] {
  const found: KeyLine[] = [];
  for (let n = first; n < end; n++) {
    const text = lines[n] ?? "";
    // Cheap guard before reading the line: it must start with the key, plain or quoted.
    if (!text.startsWith(key) && !text.startsWith(`"`) && !text.startsWith(`'`)) continue;
    const read = readKeyLine(lines, n, end);
    if (read && read.key === key) found.push(read);
  }
  return found;
}
