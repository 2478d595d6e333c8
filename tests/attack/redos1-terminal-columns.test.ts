// redos1: the command line's table text (src/core/text/terminal-columns.ts) on long
// non-ASCII text. n against 4n, CPU time, the best of several runs (tests/support/growth.ts).
//
// FIXED (lead, this stop: the segmenter is given the text in pieces cut where a cluster always starts). Was:
// Defect (columnsOf, cutToColumns, padToColumns, wrapToColumns): every text that is not
// printable ASCII is walked cluster by cluster with one Intl.Segmenter iterator over the
// whole text. In V8 (Node 20.20, measured here) iterating the segments of one long string
// grows faster than linearly: "é " repeated, 10,000 characters 26 ms, 40,000 characters
// 0.3 s, 160,000 characters 26 s; Cyrillic prose ("Привет мир "), 40,000 characters 0.14 s
// and 160,000 characters 42 s. The same text cut into 1,000-character pieces, each
// segmented on its own, took 84 ms at 160,000 characters. src/core/calendar/whole-characters.ts
// already says so ("iterating the segments of a long text grows quadratically") and gives
// the segmenter only the part it needs; terminal-columns.ts does not.
//
// Through the command line: `status` on a vault whose one checklist item is Cyrillic
// prose, 5,000 characters 19 ms, 10,000 49 ms, 20,000 139 ms, 40,000 421 ms (8.6 from 10,000
// to 40,000); `agenda` 24 ms and 234 ms (9.8). Not kept as a test: at sizes where the
// command's own work no longer hides the segmenter it runs for minutes once it fails.
// The same item in Japanese (no spaces) read linearly through `status`.
//
// The fix I would make: segment in bounded pieces, cutting only where no grapheme cluster
// can span the cut (before a printable ASCII character that is followed by another
// printable ASCII character, or, where a piece has none, after a fixed number of code
// points at a code point that starts a cluster by itself: not Extend, ZWJ, SpacingMark,
// a regional indicator or a Hangul jamo); and in cutToColumns/padToColumns, stop reading
// once `width` columns are passed instead of measuring the whole text first.
//
// The ZWJ emoji chain the task named is not the trigger: a chain of 50,000 joined emoji is
// one cluster and reads linearly (the last test). Any long text of many clusters is.
// wrapToColumns measures word by word, so only a long text without spaces reaches it.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../support/growth";
import { columnsOf, cutToColumns } from "../../src/core/text/terminal-columns";

const LIMIT = 8;
/** A failing family measures its 4n input about 45 times (five attempts): keep it short. */
const SLOW = 60_000;

/** `unit` repeated to `n` characters. */
const repeated = (unit: string) => whole((n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const ACCENTED = repeated("é");
const CYRILLIC = repeated("Привет мир ");

describe("terminal columns of long non-ASCII text (quadratic: Intl.Segmenter over the whole text)", () => {
  // The segmenter alone, 4,000 against 16,000 characters: "é" repeated read 12.4, "👨 "
  // 10, Cyrillic prose 8.7; 8,000 against 32,000: 14, 11 and 12.
  it("columnsOf: é repeated", () => {
    expect(bestGrowth(columnsOf, ACCENTED, 4_000, LIMIT, 1)).toBeLessThan(LIMIT);
  }, SLOW);
  it("cutToColumns to 40 columns: Cyrillic prose", () => {
    expect(bestGrowth((text: string) => cutToColumns(text, 40), CYRILLIC, 4_000, LIMIT, 1)).toBeLessThan(LIMIT);
  }, SLOW);
});

describe("a ZWJ emoji chain (the suspect named) is one cluster and reads linearly", () => {
  it("columnsOf and cutToColumns on 👨‍👨‍👨‍… without a space", () => {
    const chain = whole((n) => `${"👨‍".repeat(Math.ceil(n / 3))}👨`);
    expect(bestGrowth((text: string) => cutToColumns(text, 40) + String(columnsOf(text)), chain, 20_000, LIMIT)).toBeLessThan(LIMIT);
  });
});
