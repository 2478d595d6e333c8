// Writing values into iCalendar content lines (RFC 5545 §3.1 and §3.3.11) so that no
// text a user types (a guest name, a description) can end a line early and smuggle in
// a property of its own.

import { toWellFormed, utf8Length } from "./unicode";

const MAX_LINE_OCTETS = 75;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** RFC 5545 CONTROL: every C0 control but HTAB, plus DEL. */
function isControl(unit: number): boolean {
  return (unit < 0x20 && unit !== TAB) || unit === 0x7f;
}

/**
 * The text an iCalendar reader will get back for `value`: line breaks (CRLF, CR, LF)
 * become one LF, other control characters except TAB are dropped (the grammar forbids
 * them and they have no meaning in a title or note), and lone surrogates become U+FFFD.
 */
export function cleanText(value: string): string {
  const text = toWellFormed(value);
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit === CR) {
      out += "\n";
      if (text.charCodeAt(i + 1) === LF) i += 1;
    } else if (unit === LF) {
      out += "\n";
    } else if (!isControl(unit)) {
      out += text.charAt(i);
    }
  }
  return out;
}

/** A TEXT value (§3.3.11): cleaned as cleanText, then \ ; , and line breaks escaped. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/[\\;,\n]/g, (ch) => (ch === "\n" ? "\\n" : `\\${ch}`));
}

/** A URI value: not escaped (readers do not unescape it), but stripped of every control character so it stays on its line. */
export function cleanUri(value: string): string {
  const text = toWellFormed(value);
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    if (!isControl(text.charCodeAt(i)) && text.charCodeAt(i) !== TAB) out += text.charAt(i);
  }
  return out;
}

/** RFC 3986: a scheme, a colon, then only URI characters (unreserved, reserved, %XX). */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;

/**
 * A URI value for a property like URL: cleaned as cleanUri, non-ASCII characters
 * percent-encoded as UTF-8 (RFC 3987's mapping from an IRI), and "" unless the result is
 * an absolute URI. A note's `url: youtu.be/x` or `url: my video` is no address a
 * calendar can open, and is left out rather than written as it is.
 */
export function absoluteUri(value: string): string {
  let out = "";
  for (const char of cleanUri(value).trim()) out += char.charCodeAt(0) < 0x80 ? char : encodeURIComponent(char);
  return ABSOLUTE_URI.test(out) && parsesAsUrl(out) ? out : "";
}

/**
 * RFC 3986's grammar lets through addresses no URL parser takes (`mailto://:`, an empty
 * port after an empty host); calendar apps parse URL with such a parser, so it decides.
 */
function parsesAsUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * One logical line folded into physical lines of at most 75 octets of UTF-8 (§3.1),
 * joined by CRLF + one space. Splits fall between code points, so no UTF-8 sequence or
 * surrogate pair is ever cut. The input must already be clean (no CR or LF).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      // A continuation line begins with the space that unfolding removes.
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}
