// Search helpers behind the suggesters: prepareFuzzySearch (query characters in
// order, case-insensitive), prepareSimpleSearch (every space-separated word),
// and the renderers that highlight matched ranges. Scores are <= 0; higher is
// a better match, as in the app.
import type { SearchMatches, SearchResult, SearchResultContainer } from "obsidian";

/** Merges adjacent [start, end) ranges. */
function merge(ranges: SearchMatches): SearchMatches {
  const merged: SearchMatches = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const needle = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    if (needle === "") return { score: 0, matches: [] };
    const haystack = text.toLowerCase();
    const exact = haystack.indexOf(needle);
    if (exact >= 0) return { score: -exact * 0.1 - (text.length - needle.length) * 0.001, matches: [[exact, exact + needle.length]] };
    const matches: SearchMatches = [];
    let from = 0;
    for (const ch of needle) {
      const at = haystack.indexOf(ch, from);
      if (at < 0) return null;
      matches.push([at, at + 1]);
      from = at + 1;
    }
    const merged = merge(matches);
    const first = merged[0]?.[0] ?? 0;
    return { score: -merged.length - first * 0.1 - (text.length - needle.length) * 0.001, matches: merged };
  };
}

export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
  return (text: string) => {
    const haystack = text.toLowerCase();
    const matches: SearchMatches = [];
    for (const word of words) {
      const at = haystack.indexOf(word);
      if (at < 0) return null;
      matches.push([at, at + word.length]);
    }
    const merged = merge(matches);
    return { score: -(merged[0]?.[0] ?? 0) * 0.1, matches: merged };
  };
}

export function sortSearchResults(results: SearchResultContainer[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

/** Writes `text` into `el`, wrapping matched ranges (shifted by `offset`) in span.suggestion-highlight. */
export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
  let pos = 0;
  for (const [rawStart, rawEnd] of matches ?? []) {
    const start = Math.max(pos, rawStart + offset);
    const end = Math.min(text.length, rawEnd + offset);
    if (end <= start) continue;
    if (start > pos) el.appendText(text.slice(pos, start));
    el.createSpan({ cls: "suggestion-highlight", text: text.slice(start, end) });
    pos = end;
  }
  if (pos < text.length) el.appendText(text.slice(pos));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}
