// Translates a date pattern written with moment tokens (core Templates, Templater) or
// Unicode tokens into date-fns patterns: the one part of formatting date-fns does not
// offer.
//
// Supported tokens (examples for 2024-07-05 15:04:09 CEST, Europe/Berlin, locale 'en'):
//
//   YYYY yyyy   2024        4-digit year          YY yy   24    2-digit year
//   y           2024        year, unpadded
//   M           7           month                 MM      07
//   MMM         Jul         short month name      MMMM    July  (locale form used in a date)
//   D d         5           day of month          DD dd   05
//   Do          5th         day with English ordinal suffix (bare number in other locales)
//   ddd E EE EEE  Fri       short weekday         dddd EEEE  Friday
//   H           15          hour 0–23             HH      15
//   h           3           hour 1–12             hh      03
//   m mm        4 04        minute                s ss    9 09  second
//   A           PM          locale's AM/PM        a       pm    (lower case)
//   Z xxx       +02:00      offset                ZZ xx   +0200
//   x           +02         offset, minutes only when not whole (+0530)
//   z zz zzz    CEST        abbreviation (see zone-abbreviation.ts)
//   zzzz        Central European Summer Time      (long name in the locale)
//
// Where the two styles disagree, moment wins, because that is what Obsidian users know:
// D and DD are the day of the month (not Unicode's day of the year), YYYY is the
// calendar year (not the week year) and a is lower-case am/pm. moment's d (weekday
// number) and dd (two-letter weekday) collide with Unicode's day of month; the Unicode
// meaning is kept and those moment tokens are not supported. date-fns's z tokens write
// "GMT+2", so zone names are left to zone-abbreviation.ts (Intl) instead.
//
// Literals: [text] (moment) and 'text' (Unicode, '' for one quote, inside or outside).
// A [ or ' with no closing partner is printed as is, so "D MMM 'YY" gives "5 Jul '24".
// Letters that are not tokens (T, Q, X, …) and everything else pass through unchanged;
// a run of one letter longer than any token is split greedily (MMMMM = MMMM + M).
//
// One pass, each character read a bounded number of times: linear in the pattern.

/** A date-fns pattern to format, or a zone name to write. */
export type PatternPart = { kind: "format"; pattern: string } | { kind: "zone"; long: boolean };

type Token = string | { zone: "short" | "long" };

const SHORT_ZONE: Token = { zone: "short" };

// Each token a pattern may hold, with what date-fns writes for it. (moment's Do is read
// apart: its o is no repeat of D.)
const TOKENS = new Map<string, Token>([
  // Spelled the same in date-fns.
  ...["yyyy", "yy", "y", "M", "MM", "MMM", "MMMM", "d", "dd", "EEE", "EEEE", "H", "HH", "h", "hh", "m", "mm", "s", "ss", "xxx", "xx", "x"].map((t): [string, Token] => [t, t]),
  // moment's spellings; date-fns's E and EE are its EEE.
  ["YYYY", "yyyy"],
  ["YY", "yy"],
  ["D", "d"],
  ["DD", "dd"],
  ["ddd", "EEE"],
  ["E", "EEE"],
  ["EE", "EEE"],
  ["dddd", "EEEE"],
  ["A", "a"],
  // date-fns's aaa is a in lower case.
  ["a", "aaa"],
  ["Z", "xxx"],
  ["ZZ", "xx"],
  ["z", SHORT_ZONE],
  ["zz", SHORT_ZONE],
  ["zzz", SHORT_ZONE],
  ["zzzz", { zone: "long" }],
]);

const LONGEST_TOKEN = 4;

/** The pattern as date-fns patterns and zone names, in order. */
export function translatePattern(text: string): PatternPart[] {
  const out = new PatternBuilder();
  // Once a [ or ' has no partner further on, no later one can have one either, so the
  // search is not repeated: this keeps unbalanced patterns linear.
  let bracketsOpen = true;
  let quotesOpen = true;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === "[" && bracketsOpen) {
      const close = text.indexOf("]", i + 1);
      if (close >= 0) {
        out.literal(text.slice(i + 1, close));
        i = close + 1;
        continue;
      }
      bracketsOpen = false;
    } else if (ch === "'") {
      if (text.charAt(i + 1) === "'") {
        out.literal("'");
        i += 2;
        continue;
      }
      const quoted = quotesOpen ? readQuoted(text, i + 1) : null;
      if (quoted) {
        out.literal(quoted.literal);
        i = quoted.next;
        continue;
      }
      quotesOpen = false;
    } else if (isAsciiLetter(ch)) {
      const token = tokenAt(text, i);
      if (token) {
        out.token(token.token);
        i += token.length;
        continue;
      }
    }
    out.literal(ch);
    i += 1;
  }
  return out.finish();
}

/** Collects literal text and tokens into as few date-fns patterns as it can. */
class PatternBuilder {
  private parts: PatternPart[] = [];
  private pattern = "";
  private text = "";
  // The letter of the last token written into `pattern`, "" after a literal.
  private lastLetter = "";

  literal(text: string): void {
    this.text += text;
  }

  token(token: Token): void {
    this.flushText();
    if (typeof token !== "string") {
      this.flushPattern();
      this.parts.push({ kind: "zone", long: token.zone === "long" });
      return;
    }
    // date-fns reads a run of one letter as one token (MMMM then M would be MMMMM), so
    // two such tokens side by side go into separate patterns.
    if (token.charAt(0) === this.lastLetter) this.flushPattern();
    this.pattern += token;
    this.lastLetter = token.charAt(0);
  }

  finish(): PatternPart[] {
    this.flushText();
    this.flushPattern();
    return this.parts;
  }

  private flushText(): void {
    if (this.text === "") return;
    this.pattern += quote(this.text);
    this.text = "";
    this.lastLetter = "";
  }

  private flushPattern(): void {
    if (this.pattern !== "") this.parts.push({ kind: "format", pattern: this.pattern });
    this.pattern = "";
    this.lastLetter = "";
  }
}

/**
 * Literal text in date-fns's quoting. A pattern reads '' as one quote before it reads a
 * quoted run, so text of quotes alone is written as '' pairs, and anything else inside
 * one quoted run (where '' is a quote too).
 */
function quote(text: string): string {
  if (/^'+$/.test(text)) return "''".repeat(text.length);
  return `'${text.replace(/'/g, "''")}'`;
}

/** The quoted literal starting at `start` (just after its opening quote) and where reading resumes, or null if it never closes. */
function readQuoted(text: string, start: number): { literal: string; next: number } | null {
  let literal = "";
  let j = start;
  while (j < text.length) {
    const ch = text.charAt(j);
    if (ch === "'") {
      if (text.charAt(j + 1) !== "'") return { literal, next: j + 1 };
      literal += "'";
      j += 2;
    } else {
      literal += ch;
      j += 1;
    }
  }
  return null;
}

function tokenAt(text: string, i: number): { token: Token; length: number } | null {
  const letter = text.charAt(i);
  if (letter === "D" && text.charAt(i + 1) === "o") return { token: "do", length: 2 };
  // Only the first few letters of a run matter, which keeps long runs linear.
  let run = 1;
  while (run < LONGEST_TOKEN && text.charAt(i + run) === letter) run += 1;
  for (let length = run; length > 0; length -= 1) {
    const token = TOKENS.get(letter.repeat(length));
    if (token) return { token, length };
  }
  return null;
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z");
}
