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
import { keyLines, readValue, type ValueStyle } from "../note/key-line";

/** A key's one line: where its value sits (quotes aside), the value, and where a comment starts. */
export interface MarkLine {
  line: number;
  from: number;
  to: number;
  value: string | null;
  /** Where a comment's `#` is on the line, or -1. */
  comment: number;
  style: ValueStyle;
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

/** The one line of `key` in the frontmatter (lines 1 … close - 1), or null when it has none. */
function findKey(lines: readonly string[], close: number, key: string): Found {
  const found = keyLines(lines, 1, close, key);
  if (found.length > 1) return { ok: false, reason: `several ${key}: lines` };
  const line = found[0];
  if (!line) return { ok: true, line: null };
  if (line.unread === "below") return { ok: false, reason: `${key}: has its value on the lines below it` };
  // Escapes are read, but a value written among them is not checked here: the parser decides.
  if (line.unread !== null || line.escaped) return { ok: false, reason: `${key}: is not written as one plain value` };
  const value = line.value === null || line.value.trim() === "" ? null : line.value.trim();
  return { ok: true, line: { line: line.line, from: line.from, to: line.to, value, comment: line.comment, style: line.style } };
}

/** What a shell's check returns when a value as written is not the one it expects: the parsed frontmatter decides. */
export const RECHECK = "recheck with the parsed frontmatter";

const at = (line: number, ch: number): Position => ({ line, ch });

/** `value` can go where `line` holds its value (inside its quotes, or plain) and read back as itself. */
function writable(value: string, line: MarkLine | null): boolean {
  if (line?.style === "double" || line?.style === "single") return !value.includes(line.style === "double" ? '"' : "'") && !value.includes("\\");
  // Plain: text the line reader reads back as itself (an instant, a link, a show's name with
  // spaces); whether YAML then types it (`123`, `true`) the shell's parser check decides.
  const read = readValue(value, 0);
  return value.trim() === value && !/[\r\n]/.test(value) && read.style === "plain" && read.unread === null && read.value === value && !/^[-?:]/.test(value);
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
    if (change.value !== null && !writable(change.value, line)) {
      return { ok: false, reason: `${change.value} is not plain YAML text`, unsafe: true };
    }
    if (line && change.value !== null) {
      // An empty value goes after `key: ` (a space added after a bare colon) and before a comment.
      const written = lines[line.line] ?? "";
      const lead = line.style === "empty" && written.charAt(line.from - 1) === ":" ? " " : "";
      const trail = line.style === "empty" && line.comment === line.from ? " " : "";
      edits.push({ from: at(line.line, line.from), to: at(line.line, line.to), text: `${lead}${change.value}${trail}` });
    } else if (line) {
      // Removed: a comment the host wrote on the line stays, as its own line.
      const written = lines[line.line] ?? "";
      if (line.comment >= 0) edits.push({ from: at(line.line, 0), to: at(line.line, written.length), text: written.slice(line.comment) });
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
