// Unicode helpers for writing calendar data: the file is UTF-8, and a JavaScript string
// may hold lone surrogates that UTF-8 cannot carry at all.

const REPLACEMENT = "\uFFFD";

/**
 * `text` with every lone surrogate replaced by U+FFFD, the same substitution a UTF-8
 * encoder makes. Doing it here keeps byte counts honest and stops encodeURIComponent
 * from throwing. (String#toWellFormed is too new for older mobile WebViews.)
 */
export function toWellFormed(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.charAt(i) + text.charAt(i + 1);
        i += 1;
      } else {
        out += REPLACEMENT;
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += REPLACEMENT;
    } else {
      out += text.charAt(i);
    }
  }
  return out;
}

/** Bytes UTF-8 uses for one code point. */
export function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The UTF-8 bytes of `text` (lone surrogates as U+FFFD), without TextEncoder so the core needs no host API. */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of toWellFormed(text)) {
    const cp = char.codePointAt(0) ?? 0;
    const length = utf8Length(cp);
    if (length === 1) {
      bytes.push(cp);
      continue;
    }
    // The lead byte carries as many high bits as there are bytes, then the payload.
    const lead = [0, 0, 0xc0, 0xe0, 0xf0][length] ?? 0;
    bytes.push(lead | (cp >> (6 * (length - 1))));
    for (let shift = 6 * (length - 2); shift >= 0; shift -= 6) bytes.push(0x80 | ((cp >> shift) & 0x3f));
  }
  return bytes;
}
