// Taking a reschedule back. Undo restores exactly what the reschedule changed, and only
// when nothing else changed since: the note must read as the reschedule left it, the
// index note's list must be the one it wrote. These helpers turn one text back into
// another with edits as small as the change (an open editor keeps its cursor and folds).
import type { TextEdit } from "../live/edits";
import { stripBom } from "../text/lines";
import { blockSpan } from "../index-note/index-note";

/** Lines as an editor counts them: a trailing newline opens an empty last line (so a text that gains or loses one differs by a line). */
function editorLines(text: string): string[] {
  return stripBom(text).split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/**
 * Edits that turn `current` into `target`: one per changed line when both have as many
 * lines (a reschedule changes digits within lines), else one edit over the lines that
 * differ (a property line was added).
 */
export function lineEdits(current: string, target: string): TextEdit[] {
  const a = editorLines(current);
  const b = editorLines(target);
  if (a.length === b.length) {
    const edits: TextEdit[] = [];
    a.forEach((line, n) => {
      const want = b[n] ?? "";
      if (line === want) return;
      let p = 0;
      while (p < line.length && p < want.length && line[p] === want[p]) p++;
      let s = 0;
      while (s < line.length - p && s < want.length - p && line[line.length - 1 - s] === want[want.length - 1 - s]) s++;
      edits.push({ from: { line: n, ch: p }, to: { line: n, ch: line.length - s }, text: want.slice(p, want.length - s) });
    });
    return edits;
  }
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let same = 0;
  while (same < a.length - first && same < b.length - first && a[a.length - 1 - same] === b[b.length - 1 - same]) same++;
  const lastA = a.length - 1 - same;
  const added = b.slice(first, b.length - same);
  if (lastA < first) {
    // Lines inserted before line `first` (or after the last line).
    if (first < a.length) return [{ from: { line: first, ch: 0 }, to: { line: first, ch: 0 }, text: `${added.join("\n")}\n` }];
    const end = { line: a.length - 1, ch: (a[a.length - 1] ?? "").length };
    return [{ from: end, to: end, text: `\n${added.join("\n")}` }];
  }
  if (added.length === 0) {
    // Lines removed.
    if (lastA + 1 < a.length) return [{ from: { line: first, ch: 0 }, to: { line: lastA + 1, ch: 0 }, text: "" }];
    const from = first > 0 ? { line: first - 1, ch: (a[first - 1] ?? "").length } : { line: 0, ch: 0 };
    return [{ from, to: { line: lastA, ch: (a[lastA] ?? "").length }, text: "" }];
  }
  return [{ from: { line: first, ch: 0 }, to: { line: lastA, ch: (a[lastA] ?? "").length }, text: added.join("\n") }];
}

/** The index note's episode list, markers included, or null when the note has none (or a broken one). */
export function episodeListBlock(text: string): string | null {
  // The block as the index note's update finds it: a marker in code or a comment is none.
  const span = blockSpan(text);
  return span === null ? null : text.slice(span.from, span.to);
}

/** `text` with its list `expected` put back to `previous`; refused when the list is not `expected` any more. */
export function restoreBlock(text: string, expected: string, previous: string): { ok: true; text: string } | { ok: false; reason: string } {
  const now = episodeListBlock(text);
  if (now === null || now.replace(/\r\n/g, "\n") !== expected.replace(/\r\n/g, "\n")) {
    return { ok: false, reason: "the index note's episode list changed since the reschedule" };
  }
  const at = blockSpan(text)?.from ?? 0;
  return { ok: true, text: text.slice(0, at) + previous + text.slice(at + now.length) };
}

type Read = { date: string | null; time: string | null; tasks: readonly { raw: string }[] };

/** What putting `before` back over `after` restores, for the notice: only the parts that differ. */
export function restoredParts(before: Read, after: Read): string {
  const own = [before.date !== after.date ? "date" : null, before.time !== after.time ? "time" : null].filter((p) => p !== null);
  const itemsMoved = before.tasks.length !== after.tasks.length || before.tasks.some((task, n) => task.raw !== after.tasks[n]?.raw);
  const parts = [own.length > 0 ? `the note's ${own.join(" and ")}` : null, itemsMoved ? "the open items' dates" : null].filter((p) => p !== null);
  return parts.length > 0 ? `${parts.join(" and ")} restored` : "the note restored";
}
