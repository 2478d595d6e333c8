// What an episode's file name says: show code, number, date and title.
//   GOH 25 - Introduction to eBPF…, with Nikola Grcevski   code GOH, number 25
//   A&A 22 - Navigating through unemployment…               code A&A, number 22
//   CCG 005 - 231130 - RepasemosElGStack                     code CCG, number 5, date 2023-11-30
//   03 - Logging Best Practices                              number 3
//   2025-03-25-loki-cache                                    date 2025-03-25, title loki-cache
//   GOH - Navigating Diversity…                              code GOH, no number
//   S02E05 - Scaling Postgres                                season 2, number 5 (within the season)
//   Episode 7 Observability 3f1a9c2e…(32 hex)                number 7, title Observability (Notion)
//   第3回 - Rustの話                                           number 3 (Japanese, Chinese: 第N回/話/集/期)
//   제3회 - 러스트 이야기                                        number 3 (Korean: 제N회, N회, N화)
// File names are at most a few hundred characters, and every pattern here is anchored
// (or, the trailing date, fails at once where no date starts) and never splits a run of
// characters between two repetitions: linear in the name, whatever its length.
import type { NameParts } from "../types";
import { toIsoDate } from "./dates";
import { isEpisodeWord, isSpokenEpisodeWord } from "./episode-words";

const SEPARATOR = /^\s*(?:[-–—:|]|\.(?=\s))\s*/;
const LEADING_DATE = /^(\d{4})([-_.]?)(\d{2})\2(\d{2})(?=$|[\s_\-–—:.,)])/;
// A code may hold digits ("K8S") but does not end with one, so "GOH25" is GOH + 25.
// The number is not the year of a date: "Standup 2024-02-03" was read as code "Standup",
// episode 2024 (which then skewed the show's next number) and title "02-03".
// The spaces after `#` belong to it: `\s*(?:#|№)?\s*` split a run of spaces every way.
const CODE_AND_NUMBER = /^([\p{L}](?:[\p{L}\p{N}&+'’]{0,14}[\p{L}&+'’])?)?\.?\s*(?:[#№]\s*)?(\d{1,6})(?!-\d{2}-\d{2})(?=$|\s*[-–—:|]|\.\s)/u;
// A code alone, before a separator or before a dated segment ("GOH 2024-02-03 - Topic").
// A season and episode (`S02E05`, `GOH S02E05`): the episode is the number within its
// season; the season names no show ("S02E" was read as the code, so each season was a
// show of its own).
const SEASON_EPISODE = /^(?:([\p{L}](?:[\p{L}\p{N}&+'’]{0,14}[\p{L}&+'’])?)\s+)?[Ss](\d{1,3})\s*[Ee](\d{1,4})(?=$|\s*[-–—:|]|\.\s)/u;
// "Episode 7 Observability on a budget", "Puntata 7 Il titolo": a spoken episode word (in
// any language episode-words.ts knows), its number and a space before the title, as Notion
// and Google Docs names go. Only the words that can mean nothing else (the word is checked
// after the match): "No 2 ways about it" keeps its title. Not before a date alone
// ("Episode 12 2024-03-05"): that name's date is read at its end, as it was before this rule.
const SPOKEN_NUMBER = /^(\p{L}+)\.?\s*(?:#\s*)?(\d{1,6})\s+(?=\S)(?!\(?\d{4}-\d{2}-\d{2}\)?$)/u;
// Japanese and Chinese number an episode with 第 before and a counter after: 第3回 (the 3rd
// time), 第12話 (episode 12), 第5集 / 第5期 (Chinese). The counter ends the number, and a
// separator, a space or the end of the name follows it.
// Korean writes the counter alone or after 제 (the ordinal): 3회, 제3회 (the 3rd time), 12화
// (episode 12).
const ORDINAL_NUMBER = /^(?:第\s*(\d{1,6})\s*[回話话集期]|(?:제\s*)?(\d{1,6})\s*[회화])(?=$|\s*[-–—:|]|\s)/u;
// Notion's export ends every page's name with its 32-hex id ("Title 3f1a…6a7b").
const NOTION_ID = /\s[0-9a-f]{32}$/;
const CODE_ONLY = /^(\p{Lu}[\p{Lu}\p{N}&+]{1,11})(?=\s*[-–—:|]\s|\s+\d{4}-\d{2}-\d{2}\s*[-–—:|]\s)/u;
const SEGMENT_DATE = /^(\d{4}-\d{2}-\d{2}|\d{8}|\d{6})(?=\s*[-–—:|]\s*\S)/;
// A date at the very end, after separators (`Topic - 2024-01-05`, `Topic (2024-01-05)`).
// The separators are walked back by hand: `[\s(_-]+` in the expression re-read the rest of
// a long run of them from each of its characters.
const TRAILING_DATE = /(\d{4})-(\d{2})-(\d{2})\)?$/;
const DATE_SEPARATOR = /[\s(_-]/;

export function parseFileName(basename: string): NameParts {
  // Composed accents: a name synced from macOS may spell "Episódio" as "o" and a combining
  // mark, which no letter class here takes (the name read as having no number at all).
  let rest = basename.normalize("NFC").trim().replace(NOTION_ID, "").trimEnd();
  let date: string | null = null;

  const leading = LEADING_DATE.exec(rest);
  if (leading) {
    date = toIsoDate(Number(leading[1]), Number(leading[3]), Number(leading[4]));
    if (date) rest = rest.slice(leading[0].length).replace(/^[\s_\-–—:.,]+/, "");
  }

  let code: string | null = null;
  let numberText: string | null = null;
  let seasonText: string | null = null;
  const seasonEpisode = SEASON_EPISODE.exec(rest);
  const withNumber = seasonEpisode ? null : CODE_AND_NUMBER.exec(rest);
  if (seasonEpisode) {
    const word = seasonEpisode[1];
    code = word !== undefined && !isEpisodeWord(word) ? word : null;
    seasonText = seasonEpisode[2] ?? null;
    numberText = seasonEpisode[3] ?? null;
    rest = rest.slice(seasonEpisode[0].length);
  } else if (withNumber && (withNumber[1] !== undefined || SEPARATOR.test(rest.slice(withNumber[0].length)))) {
    const word = withNumber[1];
    // The word with its stop, if one follows it: "AFL 12" is a code, "Afl. 12" says "episode".
    code = word !== undefined && !isEpisodeWord(rest.charAt(word.length) === "." ? `${word}.` : word) ? word : null;
    numberText = withNumber[2] ?? null;
    rest = rest.slice(withNumber[0].length);
  } else if (ORDINAL_NUMBER.test(rest)) {
    const ordinal = ORDINAL_NUMBER.exec(rest);
    numberText = ordinal?.[1] ?? ordinal?.[2] ?? null;
    rest = rest.slice(ordinal?.[0].length ?? 0);
  } else if (isSpoken(SPOKEN_NUMBER.exec(rest))) {
    const spoken = SPOKEN_NUMBER.exec(rest);
    numberText = spoken?.[2] ?? null;
    rest = rest.slice(spoken?.[0].length ?? 0);
  } else {
    const codeOnly = CODE_ONLY.exec(rest);
    if (codeOnly) {
      code = codeOnly[1] ?? null;
      rest = rest.slice(codeOnly[0].length);
    }
  }
  if (code !== null || numberText !== null) {
    rest = rest.replace(SEPARATOR, "").trimStart();
    const segment = SEGMENT_DATE.exec(rest);
    if (segment && date === null) {
      const parsed = segmentDate(segment[1] ?? "");
      if (parsed) {
        date = parsed;
        rest = rest.slice(segment[0].length).replace(SEPARATOR, "");
      }
    }
  }

  if (date === null) {
    const trailing = TRAILING_DATE.exec(rest);
    let start = trailing?.index ?? 0;
    while (start > 0 && DATE_SEPARATOR.test(rest.charAt(start - 1))) start--;
    if (trailing && start > 0 && start < trailing.index) {
      const parsed = toIsoDate(Number(trailing[1]), Number(trailing[2]), Number(trailing[3]));
      if (parsed) {
        date = parsed;
        rest = rest.slice(0, start);
      }
    }
  }

  const title = rest.trim() === "" ? basename.normalize("NFC").trim() : rest.trim();
  const parts: NameParts = { code, number: numberText === null ? null : Number(numberText), numberText, date, title };
  // Set only for a name with a season: every other name reads as it did (no key at all).
  if (seasonText !== null) {
    parts.season = Number(seasonText);
    parts.seasonText = seasonText;
  }
  return parts;
}

/** A spoken number's match whose word says "episode" ("Puntata 7 …", not "Chapter 7 …"). */
function isSpoken(match: RegExpExecArray | null): boolean {
  return match !== null && isSpokenEpisodeWord(match[1] ?? "");
}

/** `2023-11-30`, `20231130` or `231130` (two-digit years are this century's). */
function segmentDate(text: string): string | null {
  if (text.length === 10) return toIsoDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  if (text.length === 8) return toIsoDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  return toIsoDate(2000 + Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4, 6)));
}

/**
 * The topic: the title without a trailing "with <guests>". Written as ", with X" the
 * suffix is always the guests (the show's naming pattern); without the comma it is
 * removed only when it names the episode's first guest, so "Working with Kubernetes"
 * keeps its words.
 */
export function topicOf(title: string, guestNames: readonly string[]): string {
  const comma = title.toLowerCase().lastIndexOf(", with ");
  if (comma > 0) return title.slice(0, comma).trim();
  const first = guestNames[0];
  if (first) {
    const lower = title.toLowerCase();
    const at = lower.lastIndexOf(" with ");
    if (at > 0 && lower.slice(at + 6).includes(first.toLowerCase())) return title.slice(0, at).trim();
  }
  return title;
}
