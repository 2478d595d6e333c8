// A show's file-name pattern, e.g. `{{code}} {{number}} - {{topic}}, with {{guests}}`,
// read in both directions: to name a new episode and to read an existing name. A text
// placeholder with the format `slug` (`{{date}}-{{topic:slug}}`) writes its value as a slug.
// `{{season}}` (`S{{season}}E{{number}} - {{topic}}`) is the season of a show numbered within
// seasons: written with two digits as most podcasts do (S01E05), `{{season:1}}` for as many
// as it has (S1E05), `{{season:3}}` for three.
import type { NameParts } from "../types";
import { parseFileName } from "./file-name";
import { toIsoDate } from "./dates";
import { matchName, type NamePart } from "./name-match";
import { slugify } from "./slug";

export interface NameFields {
  show: string;
  code: string;
  /** Already padded. */
  number: string;
  /** The season, padded by the pattern's `{{season:N}}`; absent or null for none. */
  season?: number | null;
  topic: string;
  guests: string;
  /** `YYYY-MM-DD` or "". */
  date: string;
}

/** `{{name}}` or `{{name:format}}` in a pattern: where it is, its name and its format. */
interface Placeholder {
  index: number;
  end: number;
  name: string;
  format: string | undefined;
}

/**
 * The placeholders of a pattern, as `/\{\{\s*([a-z]+)(?::([^}]*))?\s*\}\}/gi` finds them, in
 * linear time: that expression searched from every `{{` to the end of a pattern with no
 * `}` after it, and split a run of spaces before `}}` every way (quadratic).
 */
function placeholders(pattern: string): Placeholder[] {
  const found: Placeholder[] = [];
  let nextBrace = pattern.indexOf("}");
  for (let open = pattern.indexOf("{{"); open >= 0; ) {
    let at = skipSpaces(pattern, open + 2);
    const nameStart = at;
    while (isAsciiLetter(pattern.charCodeAt(at))) at++;
    let end = -1;
    let format: string | undefined;
    if (at > nameStart && pattern.charCodeAt(at) === 58) {
      // A format runs to the first `}`, which must be the first of `}}`.
      if (nextBrace >= 0 && nextBrace <= at) nextBrace = pattern.indexOf("}", at + 1);
      if (nextBrace >= 0 && pattern.charCodeAt(nextBrace + 1) === 125) {
        format = pattern.slice(at + 1, nextBrace);
        end = nextBrace + 2;
      }
    } else if (at > nameStart) {
      const close = skipSpaces(pattern, at);
      if (pattern.startsWith("}}", close)) end = close + 2;
    }
    if (end >= 0) found.push({ index: open, end, name: pattern.slice(nameStart, at), format });
    open = pattern.indexOf("{{", end >= 0 ? end : open + 1);
  }
  return found;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Fill the pattern. A placeholder with no value takes the literal text just before it
 * along ("…, with {{guests}}" with no guest yet gives no dangling ", with"), and the
 * closing brackets of that literal after it ("{{topic}} ({{guests}})" gives no ")").
 * A literal between two placeholders joins two values: with nothing written before it,
 * it goes too ("{{code}} {{number}} - {{topic}}" without code and number gave "- Topic").
 */
export function renderName(pattern: string, fields: NameFields): string {
  let out = "";
  // Whether `out` holds more than white space, kept as it grows: asking `out.trim()` at
  // every placeholder copied all of `out` each time (quadratic in the placeholders).
  let written = false;
  const write = (text: string) => {
    out += text;
    written ||= /\S/.test(text);
  };
  let last = 0;
  let first = true;
  let unclosed = "";
  for (const match of placeholders(pattern)) {
    const literal = withoutClosers(pattern.slice(last, match.index), unclosed);
    const value = fieldValue(fields, match.name.toLowerCase(), match.format);
    unclosed = "";
    if (value !== "") write((first || written ? literal : "") + value);
    else if (first) write(literal.trimStart());
    else unclosed = closersOf(literal);
    first = false;
    last = match.end;
  }
  out += withoutClosers(pattern.slice(last), unclosed);
  return out.replace(/\s+/g, " ").trim();
}

const BRACKETS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»" };

/** The closers of the brackets a literal leaves open at its end: " (" → ")". */
function closersOf(literal: string): string {
  let closers = "";
  for (let i = literal.trimEnd().length - 1; i >= 0 && BRACKETS[literal.charAt(i)] !== undefined; i--) closers += BRACKETS[literal.charAt(i)];
  return closers;
}

function withoutClosers(literal: string, closers: string): string {
  return closers !== "" && literal.startsWith(closers) ? literal.slice(closers.length) : literal;
}

function fieldValue(fields: NameFields, name: string, format: string | undefined): string {
  if (name === "season") return fields.season === undefined || fields.season === null ? "" : String(fields.season).padStart(seasonWidth(format), "0");
  if (name === "date") return fields.date === "" ? "" : formatPlainDate(fields.date, format ?? "YYYY-MM-DD");
  const text = textValue(fields, name);
  // `{{topic:slug}}`: the team names its notes "2025-03-25-loki-cache" (slug.ts).
  return format?.trim().toLowerCase() === "slug" ? slugify(text) : text;
}

function textValue(fields: NameFields, name: string): string {
  switch (name) {
    case "show":
      return fields.show;
    case "code":
      return fields.code;
    case "number":
      return fields.number;
    case "topic":
    case "title":
      return fields.topic;
    case "guests":
    case "guest":
      return fields.guests;
    default:
      return "";
  }
}

/** Digits a season is written with: `{{season}}` two (S01), `{{season:N}}` N (1 to 3). */
function seasonWidth(format: string | undefined): number {
  const width = Number(format?.trim() ?? "");
  return Number.isInteger(width) && width >= 1 && width <= 3 ? width : 2;
}

/** The season as the pattern writes it ("02" for `{{season}}`, "2" for `{{season:1}}`); null without one. */
export function seasonTextIn(pattern: string, season: number | null | undefined): string | null {
  if (season === undefined || season === null) return null;
  const token = placeholders(pattern).find((p) => p.name.toLowerCase() === "season");
  return token ? String(season).padStart(seasonWidth(token.format), "0") : null;
}

/** Whether the pattern numbers episodes within seasons: it holds `{{season}}`. */
export function hasSeason(pattern: string): boolean {
  return placeholders(pattern).some((p) => p.name.toLowerCase() === "season");
}

/** The placeholders the pattern writes as slugs: `{{topic:slug}}` gives "topic". */
export function sluggedFields(pattern: string): Set<string> {
  return new Set(placeholders(pattern).filter((p) => p.format?.trim().toLowerCase() === "slug").map((p) => p.name.toLowerCase()));
}

/** Date tokens that make sense in a file name: YYYY, YY, MM, DD (moment style, like core Templates). */
export function formatPlainDate(date: string, format: string): string {
  const [y = "", m = "", d = ""] = date.split("-");
  return format.replace(/YYYY|YY|MM|DD/g, (token) =>
    token === "YYYY" ? y : token === "YY" ? y.slice(2) : token === "MM" ? m : d,
  );
}

/**
 * A parser for names made with the pattern; falls back to the general rules when a
 * name does not fit (older notes named by hand).
 */
export function nameParser(pattern: string, code: string): (basename: string) => NameParts {
  const compiled = compile(pattern, code);
  return (basename: string) => {
    const general = parseFileName(basename);
    const m = compiled ? matchName(compiled.parts, basename.trim()) : null;
    if (!compiled || !m) return general;
    const get = (field: string) => {
      const index = compiled.groups.indexOf(field);
      return index >= 0 ? m[index] : undefined;
    };
    const numberText = get("number") ?? general.numberText;
    // The pattern's season, else the one the general rules read with the number (S02E05).
    const seasonText = get("season") ?? (get("number") === undefined ? general.seasonText : undefined);
    const rawDate = get("date");
    const date = rawDate !== undefined ? readPatternDate(rawDate, compiled.dateFormat) ?? general.date : general.date;
    const topic = get("topic") ?? get("title");
    const guests = get("guests") ?? get("guest");
    const parts: NameParts = {
      code: get("code") ?? (code !== "" ? code : general.code),
      number: numberText == null ? null : Number(numberText),
      numberText: numberText ?? null,
      date,
      title: topic !== undefined ? (guests ? `${topic}, with ${guests}` : topic) : general.title,
    };
    if (seasonText !== undefined) {
      parts.season = Number(seasonText);
      parts.seasonText = seasonText;
    }
    return parts;
  };
}

export interface Compiled {
  /** `^…$` of the pattern, part by part (name-match.ts): placeholders become groups. */
  parts: NamePart[];
  groups: string[];
  dateFormat: string;
}

/** The pattern as parts (exported for the tests that hold it to the regular expression). */
export function compile(pattern: string, code: string): Compiled | null {
  const found = placeholders(pattern);
  // Without a placeholder the pattern reads nothing: the general rules do.
  if (found.length === 0) return null;
  const parts: NamePart[] = [];
  const groups: string[] = [];
  let dateFormat = "YYYY-MM-DD";
  let last = 0;
  try {
    for (const match of found) {
      literalParts(pattern.slice(last, match.index), parts);
      const name = match.name.toLowerCase();
      if (name === "code" && code !== "") parts.push(textPart(escapeRegExp(code), true, code));
      else if (name === "code") parts.push({ kind: "code" });
      else if (name === "number" || name === "season") parts.push({ kind: "digits" });
      else if (name === "date") {
        dateFormat = match.format ?? dateFormat;
        parts.push(textPart(escapeRegExp(dateFormat).replace(/YYYY/g, "\\d{4}").replace(/YY|MM|DD/g, "\\d{2}"), true));
      } else parts.push({ kind: "any" });
      groups.push(name);
      last = match.end;
    }
    literalParts(pattern.slice(last), parts);
  } catch {
    return null;
  }
  return { parts, groups, dateFormat };
}

/**
 * Letters in any case, as names are typed; global, to find every place it occurs. `text`
 * is the literal itself when it is plain ASCII without letters, which no case folding
 * touches: name-match.ts then finds it with indexOf, several times faster.
 */
function textPart(source: string, capture: boolean, text: string | null = null): NamePart {
  const exact = text !== null && /^[ -@[-`{-~]+$/.test(text) ? text : null;
  return { kind: "text", regex: new RegExp(source, "giu"), exact, capture };
}

/** Literal text of a pattern; runs of spaces match any run of white space. */
function literalParts(text: string, parts: NamePart[]): void {
  text.split(/(\s+)/).forEach((piece, i) => {
    if (i % 2 === 1) parts.push({ kind: "space" });
    else if (piece !== "") parts.push(textPart(escapeRegExp(piece), false, piece));
  });
}

function readPatternDate(text: string, format: string): string | null {
  const pick = (token: string): number | null => {
    const at = format.indexOf(token);
    return at < 0 ? null : Number(text.slice(at, at + token.length));
  };
  const year = pick("YYYY") ?? (pick("YY") !== null ? 2000 + (pick("YY") ?? 0) : null);
  const month = pick("MM");
  const day = pick("DD");
  return year !== null && month !== null && day !== null ? toIsoDate(year, month, day) : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
