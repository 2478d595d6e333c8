// parseFileName as it was before its two quadratic expressions were rewritten (commit
// 8011984): the oracle the rewrite is held to in file-name-linear.test.ts. Not used elsewhere.
// Rules added since go in here as they are written there (the spoken number: "Episode 7
// Observability"), so the comparison stays about the rewrite.
import type { NameParts } from "../../src/core/types";
import { toIsoDate } from "../../src/core/note/dates";

/** Words that introduce a number without being a show's code. */
const EPISODE_WORDS = new Set(["episode", "ep", "ep.", "e", "episodio", "épisode", "folge", "capitulo", "capítulo", "no", "no.", "nr", "nr."]);

const SEPARATOR = /^\s*(?:[-–—:|]|\.(?=\s))\s*/;
const LEADING_DATE = /^(\d{4})([-_.]?)(\d{2})\2(\d{2})(?=$|[\s_\-–—:.,)])/;
// A code may hold digits ("K8S") but does not end with one, so "GOH25" is GOH + 25.
// The number is not the year of a date: "Standup 2024-02-03" was read as code "Standup",
// episode 2024 (which then skewed the show's next number) and title "02-03".
const CODE_AND_NUMBER = /^([\p{L}](?:[\p{L}\p{N}&+'’]{0,14}[\p{L}&+'’])?)?\.?\s*(?:#|№)?\s*(\d{1,6})(?!-\d{2}-\d{2})(?=$|\s*[-–—:|]|\.\s)/u;
// A code alone, before a separator or before a dated segment ("GOH 2024-02-03 - Topic").
const CODE_ONLY = /^(\p{Lu}[\p{Lu}\p{N}&+]{1,11})(?=\s*[-–—:|]\s|\s+\d{4}-\d{2}-\d{2}\s*[-–—:|]\s)/u;
const SPOKEN_NUMBER = /^(?:episode|ep\.?|episodio|épisode|folge|cap[ií]tulo)\s*(?:#\s*)?(\d{1,6})\s+(?=\S)(?!\(?\d{4}-\d{2}-\d{2}\)?$)/iu;
const SEGMENT_DATE = /^(\d{4}-\d{2}-\d{2}|\d{8}|\d{6})(?=\s*[-–—:|]\s*\S)/;
const TRAILING_DATE = /[\s(_-]+\(?(\d{4})-(\d{2})-(\d{2})\)?$/;

export function oldParseFileName(basename: string): NameParts {
  let rest = basename.trim();
  let date: string | null = null;

  const leading = LEADING_DATE.exec(rest);
  if (leading) {
    date = toIsoDate(Number(leading[1]), Number(leading[3]), Number(leading[4]));
    if (date) rest = rest.slice(leading[0].length).replace(/^[\s_\-–—:.,]+/, "");
  }

  let code: string | null = null;
  let numberText: string | null = null;
  const withNumber = CODE_AND_NUMBER.exec(rest);
  if (withNumber && (withNumber[1] !== undefined || SEPARATOR.test(rest.slice(withNumber[0].length)))) {
    const word = withNumber[1];
    code = word !== undefined && !EPISODE_WORDS.has(word.toLowerCase()) ? word : null;
    numberText = withNumber[2] ?? null;
    rest = rest.slice(withNumber[0].length);
  } else if (SPOKEN_NUMBER.test(rest)) {
    const spoken = SPOKEN_NUMBER.exec(rest);
    numberText = spoken?.[1] ?? null;
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
    if (trailing && trailing.index > 0) {
      const parsed = toIsoDate(Number(trailing[1]), Number(trailing[2]), Number(trailing[3]));
      if (parsed) {
        date = parsed;
        rest = rest.slice(0, trailing.index);
      }
    }
  }

  const title = rest.trim() === "" ? basename.trim() : rest.trim();
  return {
    code,
    number: numberText === null ? null : Number(numberText),
    numberText,
    date,
    title,
  };
}

/** `2023-11-30`, `20231130` or `231130` (two-digit years are this century's). */
function segmentDate(text: string): string | null {
  if (text.length === 10) return toIsoDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  if (text.length === 8) return toIsoDate(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  return toIsoDate(2000 + Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4, 6)));
}
