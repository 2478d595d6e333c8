// The shape of an episode's file name, written back as a file-name pattern:
//   GOH 25 - Topic, with Guest        {{code}} {{number}} - {{topic}}   (guests: a variant, see guestVariant)
//   CCG 005 - 231130 - Title          {{code}} {{number}} - {{date:YYMMDD}} - {{topic}}
//   03 - Logging Best Practices       {{number}} - {{topic}}
//   Episode 7 - Title                 Episode {{number}} - {{topic}}
//   第3回 - Rustの話                    第{{number}}回 - {{topic}}   (3회 - 제목: {{number}}회 - {{topic}})
//   Folge 3 Titel                     Folge {{number}} {{topic}}   (a space where the reader takes one)
//   S01E05 - Logs                     S{{season}}E{{number}} - {{topic}}   (season padding: detect/name-pattern.ts)
//   2025-03-25-loki-cache             {{date}}-{{topic}}
//   2025-06-08 All About Metrics      {{date}} {{topic}}
// The code, number and date come from the plugin's own file-name reader; this file only
// finds the literal text between them, so a pattern renders names like the ones written.
import { parseFileName } from "../note/file-name";

export type ShapeKind = "numbered" | "dated" | "code-only";

export interface NameShape {
  kind: ShapeKind;
  /** The show code as written ("GOH"), or null. */
  code: string | null;
  /** The number as written ("005"), or null. */
  numberText: string | null;
  /** The season as written ("02") of a name like `S02E05`, or null. */
  seasonText: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The pattern without a guests part, or "" for a code-only name (no number to pattern). */
  pattern: string;
  /** Text before the number when there is no code ("Episode "); "" otherwise. */
  prefix: string;
  /** The counter after the number ("回" of 第3回, "회" of 3회); "" for most names. */
  counter: string;
  /** What follows the last separator. */
  title: string;
}

const SEPARATOR = /^\s*[-–—:|]\s*|^\.\s+/;
const LEADING_DATE = /^(\d{4})([-_.]?)(\d{2})\2(\d{2})/;
const SEGMENT_DATE = /^(\d{4}-\d{2}-\d{2}|\d{8}|\d{6})/;
/**
 * A literal before the number without a code: words such as "Episode", "Ep.", "Épisode",
 * "第" or "제" (not a sentence), or a number sign alone ("#3", "№ 3").
 */
const PREFIX = /^(?:[\p{L}][\p{L}.]{0,15}\s?)?[#№]?\s*$/u;
/** The counter after the number in a Japanese, Chinese or Korean name, as the reader reads it. */
const COUNTER = /^\s*[回話话集期회화]/u;
/** Spaces before a title, where no separator is written ("Folge 3 Titel"). */
const SPACE = /^\s+/;
/** `S02E05`, `s2 e5`: the letters and the space between as written (the reader's SEASON_EPISODE). */
const SEASON_EPISODE = /^([Ss])(\d{1,3})(\s*[Ee])(\d{1,4})/;

/** The shape of a basename (no folder, no `.md`), or null for a name that is not an episode name. */
export function nameShape(basename: string): NameShape | null {
  const name = basename.trim();
  const parts = parseFileName(name);
  const leading = LEADING_DATE.exec(name);
  if (leading && parts.date !== null && parts.numberText === null && parts.code === null) {
    const rest = name.slice(leading[0].length);
    const sep = /^[\s_]*[-–—:_.]?[\s_]*/.exec(rest)?.[0] ?? "";
    const title = rest.slice(sep.length);
    // A date alone ("2024-01-05", a daily note) is not an episode name.
    if (title.trim() === "" || sep === "") return null;
    const format = `YYYY${leading[2] ?? ""}MM${leading[2] ?? ""}DD`;
    return { kind: "dated", code: null, numberText: null, seasonText: null, date: parts.date, pattern: `${dateToken(format)}${sep}{{topic}}`, prefix: "", counter: "", title };
  }
  if (parts.numberText === null) {
    if (parts.code === null || !name.startsWith(parts.code)) return null;
    // "DT 2024-02-03 - Topic": a code and a date make a dated series with a code.
    const dated = /^(\s+)(\d{4}-\d{2}-\d{2})(\s*[-–—:|]\s*)(.*\S.*)$/.exec(name.slice(parts.code.length));
    if (dated && parts.date !== null) {
      return { kind: "dated", code: parts.code, numberText: null, seasonText: null, date: parts.date, pattern: `{{code}}${dated[1] ?? ""}{{date}}${dated[3] ?? ""}{{topic}}`, prefix: "", counter: "", title: dated[4] ?? "" };
    }
    return { kind: "code-only", code: parts.code, numberText: null, seasonText: null, date: parts.date, pattern: "", prefix: "", counter: "", title: parts.title };
  }
  // "GOH 25" and "Episode 25": the number follows the code or a short prefix.
  const head = parts.code ?? "";
  if (!name.startsWith(head)) return null;
  const season = seasonPart(name, head.length, parts.seasonText ?? null);
  const numberAt = season ? season.at : name.indexOf(parts.numberText, head.length);
  if (numberAt < 0) return null;
  const between = name.slice(head.length, numberAt);
  if (parts.code === null && between !== "" && !PREFIX.test(between)) return null;
  let rest = name.slice(numberAt + (season ? season.length : parts.numberText.length));
  // "LS 42", "Episode 3": the reader numbers the name, so it is an episode's, but it has no
  // topic to make a pattern of; it joins its series without a say in the pattern.
  if (rest.trim() === "") return { kind: "numbered", code: parts.code, numberText: parts.numberText, seasonText: season ? (parts.seasonText ?? null) : null, date: parts.date, pattern: "", prefix: parts.code === null ? between : "", counter: COUNTER.exec(rest)?.[0].trim() ?? "", title: "" };
  // What the reader takes between the number and the title: a counter (第3回, 3회) and a
  // separator, or a space where the reader's rule for the name allows one ("Folge 3 Titel").
  const counter = COUNTER.exec(rest)?.[0] ?? "";
  rest = rest.slice(counter.length);
  const sep = SEPARATOR.exec(rest)?.[0] ?? (parts.title === rest.trim() ? SPACE.exec(rest)?.[0] : undefined);
  if (sep === undefined) return null;
  rest = rest.slice(sep.length);
  const numberToken = `${season ? season.tokens : "{{number}}"}${counter}`;
  let pattern = parts.code !== null ? `{{code}}${between}${numberToken}${sep}` : `${between}${numberToken}${sep}`;
  const segment = SEGMENT_DATE.exec(rest);
  if (segment && parts.date !== null) {
    const after = rest.slice(segment[0].length);
    const sep2 = SEPARATOR.exec(after)?.[0];
    if (sep2 !== undefined) {
      const text = segment[1] ?? "";
      const format = text.length === 10 ? "YYYY-MM-DD" : text.length === 8 ? "YYYYMMDD" : "YYMMDD";
      pattern += `${dateToken(format)}${sep2}`;
      rest = after.slice(sep2.length);
    }
  }
  if (rest.trim() === "") return null;
  return {
    kind: "numbered",
    code: parts.code,
    numberText: parts.numberText,
    seasonText: season ? (parts.seasonText ?? null) : null,
    date: parts.date,
    pattern: `${pattern}{{topic}}`,
    prefix: parts.code === null ? between : "",
    counter: counter.trim(),
    title: rest,
  };
}

/**
 * Where `S02E05` starts after the code (a space or a word like "Episode" between), its
 * length and its tokens with the letters as written: `S{{season}}E{{number}}`.
 */
function seasonPart(name: string, from: number, seasonText: string | null): { at: number; length: number; tokens: string } | null {
  if (seasonText === null) return null;
  const start = name.slice(from).search(/[Ss]\d/);
  if (start < 0) return null;
  const m = SEASON_EPISODE.exec(name.slice(from + start));
  if (!m) return null;
  return { at: from + start, length: m[0].length, tokens: `${m[1] ?? "S"}{{season}}${m[3] ?? "E"}{{number}}` };
}

function dateToken(format: string): string {
  return format === "YYYY-MM-DD" ? "{{date}}" : `{{date:${format}}}`;
}

/** Words that join a topic and its guests in a name: "Topic, with Ann", "Tema con Ana". */
const GUEST_JOINERS = [", with ", " with ", ", con ", " con ", " mit ", " avec ", " com ", " feat. ", " ft. "];

/**
 * The guests part of a title, when the title ends with the note's own guests: returns
 * the joiner as written (", with "), or null. Compared without case, on the first guest
 * only, so "with Ann and Bo" and "with Ann & Bo" both count.
 */
export function guestVariant(title: string, guestNames: readonly string[]): string | null {
  const first = guestNames[0]?.trim().toLowerCase();
  if (!first) return null;
  const lower = title.toLowerCase();
  let best: { joiner: string; at: number } | null = null;
  for (const joiner of GUEST_JOINERS) {
    const at = lower.lastIndexOf(joiner);
    if (at <= 0 || !lower.slice(at + joiner.length).startsWith(first)) continue;
    // The longest joiner at the same place: ", with " over " with ".
    if (!best || at < best.at || (at === best.at && joiner.length > best.joiner.length)) best = { joiner, at };
  }
  return best ? title.slice(best.at, best.at + best.joiner.length) : null;
}
