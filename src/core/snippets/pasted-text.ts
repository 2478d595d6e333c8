// Text a user pastes into a name, a topic or a setting can carry characters that are no
// part of what it says: line and paragraph separators (U+2028, U+2029) and NEL (U+0085)
// from web pages and word processors, a byte-order mark (U+FEFF), control characters
// from a terminal, half of an emoji cut by an editor, right-to-left controls left open.
// Filled into a snippet they split a sentence, a title or a link where nobody can see
// why (the editor shows U+2028 as nothing, a browser breaks the line there, Python's
// splitlines() ends a calendar line there). Each is given one meaning here, the same for
// the snippet, the .ics and the calendar link:
//
// - U+2028, U+2029, NEL, VT and FF are a space: in a name or a topic they separate words,
//   never lines the user meant (those are typed as Enter, LF);
// - other C0 and C1 controls, DEL and U+FEFF are dropped: they show nothing, and the .ics
//   drops C0 controls anyway (ics-text.ts), so the snippet says what the calendar says;
// - a lone surrogate becomes U+FFFD, as UTF-8 writes it (the note and the .ics);
// - CR, LF and TAB stay as written (a link's text makes a line break a space, the .ics
//   escapes it: markdown-link.ts, ics-text.ts);
// - zero-width joiners and spaces (U+200B–U+200D, U+2060) and direction marks stay: they
//   are how emoji sequences, Persian and Thai are written;
// - what the value opens of right-to-left text is closed at the end of each line (bidi.ts).
//
// A web address is not text: a character added or changed sends the reader elsewhere.
// pastedUrl percent-encodes instead every character pastedText would change, and the
// right-to-left controls, as a browser sends them and as a link's destination has them
// (markdown-link.ts): the address points where it pointed, and shows on one line, in
// order, in a post, the .ics and the calendar link alike.
import { closeBidi } from "./bidi";

/**
 * `value` with the characters above given their meaning; the same string when it holds
 * none (most values). `trim`: spaces at either end are then dropped, before the closers
 * go on, so a name pasted as "Ann Lee\u0085" stays "Ann Lee" as a trimmed one would.
 */
export function pastedText(value: string, trim = false): string {
  if (!TOUCHED.test(value)) return trim ? value.trim() : value;
  if (!holdsPasted(value)) return closeBidi(trim ? value.trim() : value);
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) out += " ";
    else if (isDropped(code)) continue;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i++;
      } else out += "\ufffd";
    } else if (code >= 0xdc00 && code <= 0xdfff) out += "\ufffd";
    else out += value.charAt(i);
  }
  return closeBidi(trim ? out.trim() : out);
}

/** C0 controls but TAB, LF and CR, DEL, C1 controls, and U+FEFF (pastedText turns VT, FF and NEL into spaces before it asks). */
function isDropped(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || code === 0xfeff;
}

/**
 * Does `value` hold a character pastedText changes? A control but TAB, LF and CR (VT, FF
 * and NEL are controls too), a separator, U+FEFF, or a lone surrogate (with the u flag
 * \p{Cs} matches only those). One regular expression: every value of every fill asks.
 */
const PASTED = /[^\P{Cc}\t\n\r]|[\u2028\u2029\ufeff]|\p{Cs}/u;

/** PASTED, or a right-to-left control (bidi.ts): most values hold none, and are not scanned again. */
const TOUCHED = /[^\P{Cc}\t\n\r]|[\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

function holdsPasted(value: string): boolean {
  return PASTED.test(value);
}

/**
 * `url` trimmed (spaces and separators around an address are none of it), with every
 * character pastedText would change and every right-to-left control percent-encoded as
 * UTF-8, a lone surrogate as U+FFFD's. CR, LF and TAB stay, as in pastedText: a link's
 * destination encodes them, the .ics escapes them.
 */
export function pastedUrl(value: string): string {
  const url = value.trim();
  if (!TOUCHED.test(url)) return url;
  let out = "";
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = url.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += url.slice(i, i + 2);
        i++;
      } else out += REPLACEMENT_ESCAPED;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += REPLACEMENT_ESCAPED;
    else if (isDropped(code) || code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      out += encodeURIComponent(url.charAt(i));
    } else out += url.charAt(i);
  }
  return out;
}

/** U+FFFD in a URL, as UTF-8 percent escapes. */
const REPLACEMENT_ESCAPED = "%EF%BF%BD";
