// The live show's marks (`live:`, `ended:`, the video's `url:`) written as one-line edits
// of the frontmatter, as the reschedule edits `date:`: every other byte of the properties
// (comments, quotes, key order, the style of other values) stays as the host wrote it.
// processFrontMatter parses the YAML and writes it all out again, which drops comments
// (`time: "23:30" # CEST`, `# sponsor: …`) and restyles values.
//
// A line edit is made only where it is safe to read and write as text; otherwise the plan
// says `unsafe` and the shell falls back to processFrontMatter, which judges the YAML itself:
// - the note has no frontmatter (there is nothing of the host's to keep);
// - a key the plan reads or writes is on several lines, or holds its value below its line
//   (a list, a block), or as a flow collection, anchor, alias, tag or block scalar;
// - a quoted value has escapes (`\"`, `''`), or text after its closing quote other than a comment;
// - a value as written is not the one the shell expects (the check fails): YAML may read
//   `2026-10-24 21:30:00Z` or `"…"` as the same value, so the parsed frontmatter decides
//   whether it really changed.
import type { Position, TextEdit } from "./edits";
import { frontmatterClose } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";

/** A key's one line: where its value sits (quotes aside), the value, and where a comment starts. */
export interface MarkLine {
  line: number;
  from: number;
  to: number;
  value: string | null;
  /** Where ` # comment` starts on the line (the space before `#`), or -1. */
  comment: number;
}

export interface MarkChange {
  key: string;
  /** The new value, or null to remove the key's line (a comment on it stays, on its own line). */
  value: string | null;
  /** A new line goes right after this key's line, when the note has it; else at the frontmatter's end. */
  after?: string;
}

export type MarkPlan = { ok: true; edits: TextEdit[] } | { ok: false; reason: string; unsafe: boolean };

type Found = { ok: true; line: MarkLine | null } | { ok: false; reason: string };

/** Characters that start a YAML value this plan does not write as text. */
const NOT_PLAIN = /^[[{&*!|>%@`]/;

/** The value part of `rest` (what follows `key:`): plain or quoted, with a comment after. */
function valueOf(rest: string, offset: number): { from: number; to: number; value: string; comment: number } | null {
  const start = rest.length - rest.trimStart().length;
  const body = rest.slice(start);
  const quote = body.charAt(0);
  if (quote === '"' || quote === "'") {
    const close = body.indexOf(quote, 1);
    if (close < 0) return null;
    const inner = body.slice(1, close);
    if ((quote === '"' && inner.includes("\\")) || body.charAt(close + 1) === quote) return null;
    const after = body.slice(close + 1);
    const tail = after.trimStart();
    if (tail !== "" && !(tail.startsWith("#") && tail.length < after.length)) return null;
    const comment = tail === "" ? -1 : offset + start + close + 1;
    return { from: offset + start + 1, to: offset + start + close, value: inner, comment };
  }
  if (NOT_PLAIN.test(body)) return null;
  // A comment needs a space or tab before `#` in YAML.
  const hash = body.search(/[ \t]#/);
  const value = (hash < 0 ? body : body.slice(0, hash)).trimEnd();
  return { from: offset + start, to: offset + start + value.length, value, comment: hash < 0 ? -1 : offset + start + hash };
}

/** The one top-level line of `key` in the frontmatter (lines 1 … close - 1), or null when it has none. */
function findKey(lines: readonly string[], close: number, key: string): Found {
  const names = [key, `"${key}"`, `'${key}'`];
  let found: MarkLine | null = null;
  for (let n = 1; n < close; n++) {
    const line = lines[n] ?? "";
    const name = names.find((k) => line.startsWith(k) && /^[ \t]*:/.test(line.slice(k.length)));
    if (name === undefined) continue;
    if (found) return { ok: false, reason: `several ${key}: lines` };
    const colon = line.indexOf(":", name.length);
    const rest = line.slice(colon + 1);
    if (rest !== "" && !/^[ \t]/.test(rest)) continue;
    const value = valueOf(rest, colon + 1);
    if (!value) return { ok: false, reason: `${key}: is not written as one plain value` };
    if (value.value.trim() === "" && /^([ \t]+\S|-([ \t]|$))/.test(n + 1 < close ? (lines[n + 1] ?? "") : "")) {
      return { ok: false, reason: `${key}: has its value on the lines below it` };
    }
    found = { line: n, from: value.from, to: value.to, value: value.value.trim() === "" ? null : value.value.trim(), comment: value.comment };
  }
  return { ok: true, line: found };
}

/** What a shell's check returns when a value as written is not the one it expects: the parsed frontmatter decides. */
export const RECHECK = "recheck with the parsed frontmatter";

const at = (line: number, ch: number): Position => ({ line, ch });

/** `value` can go where `line` holds its value (inside its quotes, or plain) and read back as itself. */
function writable(value: string, text: string, line: MarkLine | null): boolean {
  const quote = line ? text.charAt(line.from - 1) : "";
  if (line && (quote === '"' || quote === "'") && text.charAt(line.to) === quote) return !value.includes(quote) && !value.includes("\\");
  // Plain: one word that YAML reads as the text itself (an instant, a link).
  return /^[^\s#'"[\]{}&*!|>%@`,?:-]\S*$/.test(value) && !value.includes(" #");
}

/**
 * Plan the changes as line edits after `check` accepts the values the lines hold now (each
 * key of `read`, null when absent or empty). A refusal from `check` is the shell's reason;
 * `unsafe` asks the shell to fall back to processFrontMatter.
 */
export function planMarkLines(text: string, read: readonly string[], check: (values: Record<string, string | null>) => string | null, changes: readonly MarkChange[]): MarkPlan {
  const lines = splitLines(stripBom(text));
  const close = frontmatterClose(lines);
  if (close < 0) return { ok: false, reason: "the note has no frontmatter", unsafe: true };
  const found = new Map<string, MarkLine | null>();
  for (const key of new Set([...read, ...changes.map((c) => c.key), ...changes.flatMap((c) => (c.after ? [c.after] : []))])) {
    const hit = findKey(lines, close, key);
    if (!hit.ok) return { ok: false, reason: hit.reason, unsafe: true };
    found.set(key, hit.line);
  }
  const values: Record<string, string | null> = {};
  for (const key of read) values[key] = found.get(key)?.value ?? null;
  const refusal = check(values);
  if (refusal !== null) return { ok: false, reason: refusal, unsafe: refusal === RECHECK };
  const edits: TextEdit[] = [];
  for (const change of changes) {
    const line = found.get(change.key) ?? null;
    if (change.value !== null && !writable(change.value, line ? (lines[line.line] ?? "") : "", line)) {
      return { ok: false, reason: `${change.value} is not one plain YAML word`, unsafe: true };
    }
    if (line && change.value !== null) {
      edits.push({ from: at(line.line, line.from), to: at(line.line, line.to), text: change.value });
    } else if (line) {
      // Removed: a comment the host wrote on the line stays, as its own line.
      const written = lines[line.line] ?? "";
      if (line.comment >= 0) edits.push({ from: at(line.line, 0), to: at(line.line, written.length), text: written.slice(line.comment).trimStart() });
      else edits.push({ from: at(line.line, 0), to: at(line.line + 1, 0), text: "" });
    } else if (change.value !== null) {
      const after = change.after ? (found.get(change.after) ?? null) : null;
      const entry = `${change.key}: ${change.value}`;
      if (after) edits.push({ from: at(after.line, (lines[after.line] ?? "").length), to: at(after.line, (lines[after.line] ?? "").length), text: `\n${entry}` });
      else edits.push({ from: at(close, 0), to: at(close, 0), text: `${entry}\n` });
    }
  }
  return { ok: true, edits };
}
