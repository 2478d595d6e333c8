// Which capitalised runs of a prospect list are things, not people. A list of guest ideas
// names products, projects and topics in the same capitals as people ("Loki Adaptive
// Logs", "with Grafana Pyroscope & Ryan Perry"), and a word list of products would only
// know the products of the vault it was written for. What every vault does know is the
// names it gives its own shows: a show is named after its product or theme ("Loki
// Community Calls", "Grafana Office Hours"), so a run holding a word of a show's name is
// about that product, unless a known guest's name holds the word too (a show named after
// its host). And a person's name never opens with a grammar word ("All About Metric Queries").
import type { IndexedEpisode } from "../vault/episode-index";
import { foldName } from "../text/fold";

export interface ProspectHints {
  /** The names the vault gives its shows: configured shows and the folders that hold episodes. */
  showNames?: readonly string[];
  /** Every known guest's name and alias: their words stay names when a show's name uses them. */
  guestNames?: readonly string[];
  /**
   * The vault's note names, headings and links (text and target): where it names its
   * shows' products ("[[GOH - Loki Adaptive Logs]]"; product-phrases.ts).
   */
  phrases?: readonly string[];
}

/**
 * Articles, prepositions, pronouns, quantifiers and question words of the languages the
 * shows are run in: a title can open with them, a person's name cannot. Words that are
 * also given names ("Will", "May", "An", "Su") or open surnames ("La", "Del", "Van", "Der") are left out.
 */
const GRAMMAR_WORDS = new Set(
  [
    "a the all any about above after against at before behind between beyond by during for from in inside into of off on onto over since through to towards under until upon via without",
    "how what when where which who why whose this that these those every each some many more most much no not our your my their its his her we you they it if",
    "los las un una unos unas por para con sin sobre entre hacia hasta desde todo todos toda todas cómo qué cuál quién dónde cuándo por qué nuestro nuestra",
    "une aux pour avec sans sur dans ein eine einer für mit ohne über und wie was wer warum",
  ]
    .join(" ")
    .split(" "),
);

/** The folded words of the vault's show names that no known guest's name holds. */
export function showWordsOf(hints: ProspectHints): Set<string> {
  const guestWords = new Set<string>();
  for (const name of hints.guestNames ?? []) for (const word of wordsIn(name)) guestWords.add(word);
  const out = new Set<string>();
  for (const name of hints.showNames ?? []) {
    for (const word of wordsIn(name, true)) if (!guestWords.has(word)) out.add(word);
  }
  return out;
}

/** Is this run (its words as written) a product or a topic rather than a person? */
export function isTopicRun(words: readonly string[], showWords: ReadonlySet<string>): boolean {
  const first = words[0];
  if (first !== undefined && isGrammarWord(first)) return true;
  if (showWords.size === 0) return false;
  return words.some((word) => showWords.has(foldName(word)));
}

export function isGrammarWord(word: string): boolean {
  return GRAMMAR_WORDS.has(word.toLowerCase());
}

/**
 * The show names an index knows: each episode's configured show, and the folder holding
 * it (a show keeps one folder; an unconfigured vault names its shows only that way).
 */
export function showNamesOf(episodes: readonly IndexedEpisode[], configured: readonly { name: string }[]): string[] {
  const names = new Set<string>(configured.map((show) => show.name));
  for (const { episode, show } of episodes) {
    if (show) names.add(show.name);
    const parts = episode.path.split("/");
    const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
    if (folder !== undefined) names.add(folder);
  }
  return [...names];
}

/** Folded words of a name; with `capitalisedOnly`, only those written with a capital ("and" in "Adobo and Avocados" is no show word). */
function wordsIn(name: string, capitalisedOnly = false): string[] {
  const out: string[] = [];
  for (const match of name.matchAll(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu)) {
    const word = match[0];
    if (capitalisedOnly && !/^\p{Lu}/u.test(word)) continue;
    out.push(foldName(word));
  }
  return out;
}
