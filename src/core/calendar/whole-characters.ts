// Cutting text for a length limit at a whole character: a cut between the code points of
// one emoji (a family joined by U+200D, a flag's two letters, a skin tone) leaves pieces a
// reader sees as other symbols, and a cut inside a surrogate pair leaves no character at all.

type GraphemeStart = (text: string, at: number) => number;

/**
 * Where the user-perceived character (grapheme cluster) holding index `at` starts, by
 * Intl.Segmenter; without one (an old WebView) `at` itself, a code point boundary already.
 */
function graphemeStarts(): GraphemeStart {
  const Segmenter = typeof Intl === "object" ? Intl.Segmenter : undefined;
  if (typeof Segmenter !== "function") return (_text, at) => at;
  const graphemes = new Segmenter(undefined, { granularity: "grapheme" });
  return (text, at) => graphemes.segment(text).containing(at)?.index ?? at;
}

let cached: GraphemeStart | null = null;

/**
 * The longest start of `text` made of whole characters whose cost (`cost` of each code
 * point, summed) is at most `budget`. Reads only as far as the budget reaches, so a
 * 100,000-character text costs what the part kept costs.
 */
export function wholeCharactersWithin(text: string, budget: number, cost: (codePoint: string) => number): string {
  let used = 0;
  let end = 0;
  for (const codePoint of text) {
    used += cost(codePoint);
    if (used > budget) break;
    end += codePoint.length;
  }
  if (end >= text.length) return text;
  cached ??= graphemeStarts();
  // Whether `end` starts a character depends only on what comes before it and the code
  // point at it, so the segmenter is given that much: V8 copies the whole string into ICU
  // on every segment() call, and iterating the segments of a long text grows quadratically.
  const next = (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, cached(text.slice(0, end + next), end));
}
