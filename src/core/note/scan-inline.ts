// What the body scanner (scan.ts) reads inside a line: inline fields, unexpanded
// template commands, and `Key: value` lines that look like a field with one colon.
import type { Scan, ScanOptions } from "./scan-types";
import { extractFields, MAX_FIELD_LINE } from "./fields";
import { inCodeTester } from "../text/code-spans";

const MAX_TEMPLATE_TAGS = 5;

/**
 * Inline fields and template commands of one line. Fields come from `visible`, the line
 * with its comments blanked (see comments.ts); template commands from the line as
 * written, since Templater runs a command inside a comment too.
 */
export function collectInline(scan: Scan, options: ScanOptions, line: string, visible: string, n: number, isTask: boolean): void {
  if (options.fields && visible.indexOf("::") >= 0) {
    if (visible.length > MAX_FIELD_LINE) noteLongFieldLine(scan, visible.length, n);
    else for (const field of extractFields(visible, isTask)) scan.fields.push(isTask ? { ...field, line: n, task: true } : { ...field, line: n });
  }
  collectTemplateTags(scan, options, line);
}

/**
 * A line too long for its fields to be read (a guest field of thousands of names): said once
 * per note, so the episode showing "no guest" has its reason.
 */
function noteLongFieldLine(scan: Scan, length: number, n: number): void {
  if (scan.warnings.some((w) => w.startsWith("Line ") && w.includes("inline fields"))) return;
  scan.warnings.push(
    `Line ${n + 1} is ${length.toLocaleString("en-US")} characters long: inline fields (Key:: value) are read only on lines up to ${MAX_FIELD_LINE.toLocaleString("en-US")} characters, as in Dataview, so its fields are not read. Split it over several lines.`,
  );
}

/** Template commands only: for a line inside a comment, which holds no field. */
export function collectTemplateTags(scan: Scan, options: ScanOptions, line: string): void {
  if (options.templateTags && scan.templateTags.length < MAX_TEMPLATE_TAGS) findTemplateTags(scan, line);
}

/** Unexpanded Templater commands and core Templates variables. */
function findTemplateTags(scan: Scan, line: string): void {
  // Code spans as CommonMark reads them (code-spans.ts), the reader's one rule; found only
  // for a line with a tag and a backtick, so prose pays one search per tag kind.
  let from = line.indexOf("<%");
  const code = from >= 0 || line.indexOf("{{") >= 0 ? line.indexOf("`") >= 0 : false;
  let inCode = code && from >= 0 ? inCodeTester(line) : null;
  while (from >= 0 && scan.templateTags.length < MAX_TEMPLATE_TAGS) {
    const close = line.indexOf("%>", from + 2);
    if (close < 0) break;
    // `<% tp.file.title %>` written as code is talk about Templater, not a command.
    if (!inCode?.(from)) scan.templateTags.push(line.slice(from, close + 2));
    from = line.indexOf("<%", close + 2);
  }
  from = line.indexOf("{{");
  // Positions are asked in increasing order: a new tester for the second kind of tag.
  inCode = code && from >= 0 ? inCodeTester(line) : null;
  while (from >= 0 && scan.templateTags.length < MAX_TEMPLATE_TAGS) {
    const close = line.indexOf("}}", from + 2);
    if (close < 0) break;
    const name = line.slice(from + 2, close).trim().toLowerCase();
    const isVariable = name === "title" || name === "date" || name === "time" || name.startsWith("date:") || name.startsWith("time:");
    if (isVariable && !inCode?.(from)) scan.templateTags.push(line.slice(from, close + 2));
    from = line.indexOf("{{", close + 2);
  }
}

/** `Guest: Ann` at the start of a line: remembered so a missing `::` can be pointed out. */
export function noteSingleColonKey(scan: Scan, line: string, at: number, n: number): void {
  // Keys are short: a colon further than 41 characters in ends no key. One native search
  // (at worst once over the line) costs less than a loop over the first 41 characters.
  const colon = line.indexOf(":", at);
  if (colon < 0 || colon >= at + 41) return;
  // `**Guest:** Ann`: the emphasis closes after the colon, as the one-colon reader allows.
  let after = colon + 1;
  while (line.charCodeAt(after) === 42 || line.charCodeAt(after) === 95) after++;
  const next = line.charCodeAt(after);
  if (!(next === 32 || next === 9)) return;
  // Where the key is, not the key: it is only wanted for a note without a guest field.
  if (colon > at && scan.singleColonKeys.length < 50) scan.singleColonKeys.push({ line: n, text: line, from: at, colon });
}

/** The key of a line noted by noteSingleColonKey, emphasis dropped ("" when nothing is left). */
export function singleColonKey(found: Scan["singleColonKeys"][number]): string {
  const written = found.text.slice(found.from, found.colon);
  // Most keys have no emphasis: no regular expression for them.
  const plain = written.indexOf("*") < 0 && written.indexOf("_") < 0 ? written : written.replace(/[*_]/g, "");
  return plain.trim();
}

/**
 * The first line noted by noteSingleColonKey whose key `isNear` accepts. Keys are made one
 * at a time and the search stops at the first: every item of a checklist can look like
 * `Key: value`, and a note with a guest field never asks.
 */
export function nearSingleColonKey(scan: Scan, isNear: (key: string) => boolean): { line: number; key: string } | null {
  for (const found of scan.singleColonKeys) {
    const key = singleColonKey(found);
    if (key !== "" && isNear(key)) return { line: found.line, key };
  }
  return null;
}

/**
 * Could the key at `at` start with one of `starts`? The characters the hint drops before a
 * key's first letter (emphasis, spaces, punctuation but `-`) are skipped; a colon first
 * makes an empty key (never hinted); a non-ASCII letter may be anything.
 */
export function mayStartKey(line: string, at: number, starts: ReadonlySet<number>): boolean {
  const stop = Math.min(line.length, at + 41);
  for (let i = at; i < stop; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) return true;
    if (c === 58) return false;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 45) return starts.has(lower);
  }
  return false;
}
