// A show's file-name pattern, e.g. `{{code}} {{number}} - {{topic}}, with {{guests}}`,
// read in both directions: to name a new episode and to read an existing name.
import type { NameParts } from "../types";
import { parseFileName } from "./file-name";
import { toIsoDate } from "./dates";

export interface NameFields {
  show: string;
  code: string;
  /** Already padded. */
  number: string;
  topic: string;
  guests: string;
  /** `YYYY-MM-DD` or "". */
  date: string;
}

const PLACEHOLDER = /\{\{\s*([a-z]+)(?::([^}]*))?\s*\}\}/gi;

/**
 * Fill the pattern. A placeholder with no value takes the literal text just before it
 * along ("…, with {{guests}}" with no guest yet gives no dangling ", with"), and the
 * closing brackets of that literal after it ("{{topic}} ({{guests}})" gives no ")").
 * A literal between two placeholders joins two values: with nothing written before it,
 * it goes too ("{{code}} {{number}} - {{topic}}" without code and number gave "- Topic").
 */
export function renderName(pattern: string, fields: NameFields): string {
  let out = "";
  let last = 0;
  let first = true;
  let unclosed = "";
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const literal = withoutClosers(pattern.slice(last, match.index), unclosed);
    const value = fieldValue(fields, (match[1] ?? "").toLowerCase(), match[2]);
    unclosed = "";
    if (value !== "") out += (first || out.trim() !== "" ? literal : "") + value;
    else if (first) out += literal.trimStart();
    else unclosed = closersOf(literal);
    first = false;
    last = match.index + match[0].length;
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
    case "date":
      return fields.date === "" ? "" : formatPlainDate(fields.date, format ?? "YYYY-MM-DD");
    default:
      return "";
  }
}

/** Date tokens that make sense in a file name: YYYY, YY, MM, DD (moment style, like core Templates). */
function formatPlainDate(date: string, format: string): string {
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
    const m = compiled ? compiled.regex.exec(basename.trim()) : null;
    if (!compiled || !m) return general;
    const get = (field: string) => {
      const index = compiled.groups.indexOf(field);
      return index >= 0 ? m[index + 1] : undefined;
    };
    const numberText = get("number") ?? general.numberText;
    const rawDate = get("date");
    const date = rawDate !== undefined ? readPatternDate(rawDate, compiled.dateFormat) ?? general.date : general.date;
    const topic = get("topic") ?? get("title");
    const guests = get("guests") ?? get("guest");
    return {
      code: get("code") ?? (code !== "" ? code : general.code),
      number: numberText == null ? null : Number(numberText),
      numberText: numberText ?? null,
      date,
      title: topic !== undefined ? (guests ? `${topic}, with ${guests}` : topic) : general.title,
    };
  };
}

interface Compiled {
  regex: RegExp;
  groups: string[];
  dateFormat: string;
}

function compile(pattern: string, code: string): Compiled | null {
  let source = "^";
  const groups: string[] = [];
  let dateFormat = "YYYY-MM-DD";
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    source += escapeLiteral(pattern.slice(last, match.index));
    const name = (match[1] ?? "").toLowerCase();
    if (name === "code" && code !== "") source += `(${escapeRegExp(code)})`;
    else if (name === "code") source += "([\\p{L}][\\p{L}\\p{N}&+]*)";
    else if (name === "number") source += "(\\d{1,6})";
    else if (name === "date") {
      dateFormat = match[2] ?? dateFormat;
      source += `(${escapeRegExp(dateFormat).replace(/YYYY/g, "\\d{4}").replace(/YY|MM|DD/g, "\\d{2}")})`;
    } else source += "(.+?)";
    groups.push(name);
    last = match.index + match[0].length;
  }
  source += escapeLiteral(pattern.slice(last)) + "$";
  if (groups.length === 0) return null;
  try {
    return { regex: new RegExp(source, "iu"), groups, dateFormat };
  } catch {
    return null;
  }
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

/** Literal text of a pattern; runs of spaces match any run of white space. */
function escapeLiteral(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, "\\s+");
}
