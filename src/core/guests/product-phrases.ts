// Product names the vault spells out: a capitalised run written right after a word of one
// of its show's names is that show's product or feature ("Loki Adaptive Logs", "Grafana
// Explore Profiles"), so the same words alone ("December: Adaptive Logs finally") are no
// person either. The evidence is what the vault itself writes in its note names, headings
// and links (the plugin takes them from Obsidian's metadata cache, without reading a note)
// and in the list being imported. A show's word right before a person's name ("Loki Ed
// Welch") would make a person a product, so a known guest's name never is one, and a run
// stops at a grammar word ("Loki Office Hours With Ed Welch" gives "Office Hours" only).
import { foldName } from "../text/fold";
import { isGrammarWord } from "./topic-words";

/** Words that join a product to a person ("Loki With Ed Welch", "Loki & Bo Chan" is no run anyway). */
const JOINING = new Set(["with", "and", "or", "feat", "featuring", "vs", "con", "y", "e", "o", "com", "avec", "et", "mit", "und"]);

/** Longest product phrase kept: a name run has at most five words. */
const MAX_WORDS = 5;

/**
 * The folded phrases of two to five capitalised words that follow a show word in
 * `texts` ("adaptive logs" and, of "Loki Adaptive Logs Deep Dive", "adaptive logs deep"…).
 * Linear in the texts' length: each show word adds at most four phrases.
 */
export function productPhrasesOf(texts: Iterable<string>, showWords: ReadonlySet<string>, into = new Set<string>()): Set<string> {
  if (showWords.size === 0) return into;
  for (const text of texts) {
    // Capitalised words joined by single spaces; any other gap ends the run.
    let run: string[] = [];
    let lastEnd = -1;
    for (const match of text.matchAll(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu)) {
      const word = match[0];
      const joined = lastEnd >= 0 && match.index === lastEnd + 1 && text[lastEnd] === " ";
      lastEnd = match.index + word.length;
      if (!joined) run = addAfterShowWords(run, showWords, into);
      if (/^\p{Lu}/u.test(word) && !isGrammarWord(word) && !JOINING.has(word.toLowerCase())) run.push(foldName(word));
      else run = addAfterShowWords(run, showWords, into);
    }
    addAfterShowWords(run, showWords, into);
  }
  return into;
}

/** Adds the phrases after each show word of a finished run; returns a new, empty run. */
function addAfterShowWords(run: readonly string[], showWords: ReadonlySet<string>, into: Set<string>): string[] {
  for (let i = 0; i < run.length - 2; i++) {
    if (!showWords.has(run[i] ?? "")) continue;
    let phrase = run[i + 1] ?? "";
    for (let j = i + 2; j < run.length && j <= i + MAX_WORDS; j++) {
      phrase += ` ${run[j] ?? ""}`;
      into.add(phrase);
    }
  }
  return [];
}
