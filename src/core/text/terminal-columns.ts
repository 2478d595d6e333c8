// Text as a terminal draws it, for the command line's plain tables (status, agenda, guests): the
// columns a string takes, cutting and padding by columns, and a note's control characters
// made visible. Counting characters put a Japanese row 28 columns past --width and let an
// ESC from a note clear the screen of whoever ran the daily job.
//
// Written here rather than taken from `string-width` (the maintained npm package for this):
// that package brings three more (strip-ansi, get-east-asian-width, emoji-regex) for what
// is a table of ranges and one grapheme walk, and the tables here never hold ANSI codes
// (controlCharactersShown removes them first). The rule is string-width's: per grapheme
// cluster, an emoji two, East Asian Wide or Fullwidth two, combining marks and invisible
// format characters nothing, anything else one.

/** East Asian Wide (W) and Fullwidth (F) code points, from Unicode's EastAsianWidth.txt (emoji apart). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/**
 * Nothing of their own: marks, invisible format characters, and the vowels and tails of a
 * Hangul syllable spelled in conjoining jamo (U+1160-11FF, and the Jamo Extended-B block,
 * U+D7B0-D7FF, whose vowels and tails join an Extended-A lead): the syllable is the lead's
 * two columns, as a precomposed 각 is.
 */
const ZERO = /^[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
/** Drawn as a two-column picture: emoji shown as emoji, a ☀ made one by U+FE0F, a flag, a keycap (1️⃣). */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|^[0-9#*]\uFE0F?\u20E3$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function isWide(code: number): boolean {
  let low = 0;
  let high = WIDE.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = WIDE[mid] ?? [0, 0];
    if (code < from) high = mid - 1;
    else if (code > to) low = mid + 1;
    else return true;
  }
  return false;
}

function codePointColumns(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
}

/** The columns one grapheme cluster takes. */
function clusterColumns(cluster: string): number {
  if (EMOJI.test(cluster)) return 2;
  let n = 0;
  for (const ch of cluster) n += codePointColumns(ch);
  return n;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Characters that join the next one into their cluster whatever it is (Unicode's Prepend
 * class, UAX #29 GB9b): a cut is never made right after one.
 */
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;
/**
 * Characters a cluster always starts at (unless a Prepend stands before them): a space, and
 * the letters of scripts with no joining rule in UAX #29 (no Hangul syllable parts, no
 * Indic conjuncts, no marks, no regional indicators or emoji).
 */
const STARTS_CLUSTER = /[ \p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** How much text the segmenter is given at once, at least. */
const PIECE = 1024;

/** Whether a grapheme cluster starts at `at` whatever surrounds it (see STARTS_CLUSTER). */
function safeCut(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  const here = String.fromCodePoint(text.codePointAt(at) ?? 0);
  if (here !== " " && !(STARTS_CLUSTER.test(here) && /\p{L}/u.test(here))) return false;
  const lowBefore = text.charCodeAt(at - 1);
  const before = lowBefore >= 0xdc00 && lowBefore <= 0xdfff ? text.codePointAt(at - 2) : text.codePointAt(at - 1);
  return !PREPEND.test(String.fromCodePoint(before ?? 0));
}

/**
 * `text` in pieces of about PIECE code units or more, each cut where a cluster starts
 * whatever surrounds it. V8 gives ICU the whole string on each segment() call and walking
 * the segments of one long text grew quadratically (40,000 Cyrillic characters took 0.14 s,
 * 160,000 took 42 s): a piece at a time, the walk is linear.
 */
function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE) {
    let cut = start + PIECE;
    while (cut < text.length && !safeCut(text, cut)) cut++;
    if (cut >= text.length) break;
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

/** The grapheme clusters of `text`, one at a time (a 100,000-character line is never copied into an array). */
function* clusters(text: string): Generator<string> {
  if (PRINTABLE_ASCII.test(text)) {
    yield* text;
    return;
  }
  for (const piece of pieces(text)) for (const { segment } of segmenter.segment(piece)) yield segment;
}

/** The columns a terminal draws `text` in (one line, no control characters). */
export function columnsOf(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let n = 0;
  for (const cluster of clusters(text)) n += clusterColumns(cluster);
  return n;
}

/** `text` cut to at most `width` columns, ending in "…" when cut; never a cluster split. */
export function cutToColumns(text: string, width: number): string {
  if (columnsOf(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const cluster of clusters(text)) {
    const w = clusterColumns(cluster);
    if (used + w > width - 1) break;
    out += cluster;
    used += w;
  }
  return `${out}…`;
}

/** `text` cut to `width` columns and padded with spaces to exactly that many. */
export function padToColumns(text: string, width: number): string {
  const cut = cutToColumns(text, width);
  return cut + " ".repeat(Math.max(0, width - columnsOf(cut)));
}

/**
 * Pieces of at most `width` columns, broken between words (a longer word is cut into
 * pieces, never a cluster split). One pass over the words and the clusters: linear.
 */
export function wrapToColumns(text: string, width: number): string[] {
  if (width <= 0 || columnsOf(text) <= width) return [text];
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of text.split(" ")) {
    let rest = word;
    let restWidth = columnsOf(word);
    if (restWidth > width) {
      if (current !== "") lines.push(current);
      current = "";
      currentWidth = 0;
      let piece = "";
      let pieceWidth = 0;
      for (const cluster of clusters(word)) {
        const w = clusterColumns(cluster);
        if (pieceWidth + w > width && piece !== "") {
          lines.push(piece);
          piece = "";
          pieceWidth = 0;
        }
        piece += cluster;
        pieceWidth += w;
      }
      rest = piece;
      restWidth = pieceWidth;
    }
    if (current === "") {
      current = rest;
      currentWidth = restWidth;
    } else if (currentWidth + 1 + restWidth <= width) {
      current += ` ${rest}`;
      currentWidth += 1 + restWidth;
    } else {
      lines.push(current);
      current = rest;
      currentWidth = restWidth;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

/**
 * The characters that reorder the text around them: the bidirectional embeddings and
 * overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). Sent raw, an RLO
 * in a guest's name draws the rest of the row backwards (a "Trojan source" spoof of a name
 * or an item). The marks a right-to-left name is written with (LRM, RLM, ALM) reorder
 * nothing around them and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A note's text made safe to print in a terminal: white space (tabs, line breaks, line and
 * paragraph separators) becomes one space, and every other control character is shown as
 * its picture (ESC as ␛, BEL as ␇, DEL as ␡) or, in the C1 range and for the bidirectional
 * controls (which have no picture), as U+FFFD: visible, so the user sees that the note holds
 * one, and never sent raw (a clear-screen code, a colour that never ends, an OSC 8 link
 * whose text points elsewhere, a name drawn backwards). The one place the command line's
 * tables (status, agenda, guests) make a note's text safe.
 */
export function controlCharactersShown(text: string): string {
  return text
    .replace(/[\t\n\v\f\r\u2028\u2029]+/g, " ")
    .replace(/\p{Cc}/gu, (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      return code === 0x7f ? "\u2421" : "\ufffd";
    })
    .replace(BIDI_CONTROLS, "\ufffd");
}
