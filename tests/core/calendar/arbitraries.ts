// Text generators for property tests. fast-check's own 'binary' unit builds a large
// table on first use (over a second per test process, and the time-zone matrix runs
// each file in four processes), so any code point is drawn here instead.
import fc from "fast-check";

/** Any Unicode scalar value (no lone surrogates), as a one-character string. */
export const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCodePoint(code));

/** A lone UTF-16 surrogate, which a JavaScript string can hold but UTF-8 cannot. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Strings of any code points, weighted towards the low planes where text lives. */
export const anyText = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7ff }).map((c) => String.fromCodePoint(c)) }, { weight: 2, arbitrary: anyCodePoint }) });
