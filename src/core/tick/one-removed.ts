// The mirror of one-added.ts: a tick refused (an identical item removed under its
// heading or elsewhere, a line removed above its heading with a copy of it...) still
// lands when the current note is the note the list was drawn from with one line taken
// out. The item is then where it was, or one line up when the line removed was above it:
// the one edit that explains the note is that line removed, and no story as short puts
// another line in the item's place, unless the line removed read exactly as the item with
// only such lines between (then removing the item itself gives the same note: refused).
// A note with one line fewer is never one edit from the old one in another way: a line
// moved, ticked or edited keeps the count; an item deleted and a twin typed is two.
//
// The ref keeps no text, only the hashes of every line above the item (`above`) and of
// every line above its heading and below it (`outside`) (sides.ts), and the line removed
// is unknown. Both hashes are sums of line hashes that can be read back (sides.ts
// aboveSum, belowSum), so for each place the line may have been removed from, one
// equation gives the hash it had, and the other hash must then hold as it was. But any
// hash solves the one equation: a line removed above the heading is in both hashes, yet
// the lines above the heading enter both the same way, so the second tells nothing new
// (a first try took it for a check, and its own test caught "Intro" edited and a copy
// removed passing as one line removed). So the line removed must read as the item, with
// a checkbox in common use or one its copies in the note have: a copy of it removed, anywhere (the
// fuzz's "deleteTwin"). Any other line removed is left to the strict lookup, which
// ticks most of them (every line on one side of the item as it was).
import type { TaskRef } from "./task-ref";
import { BASE, BASE_INVERSE, aboveFrom, aboveOf, aboveSum, belowSum, lineSums, outsideFrom, outsideOf, power, rawRun } from "./sides";
import { hashText } from "./hash";
import { splitLines, stripBom } from "../text/lines";
import { scanBody, taskOnLine } from "../note/scan";
import { bodyStartOf } from "../note/frontmatter";

/** Checkboxes a copy of the item may have had: the ones Obsidian and the Tasks plugin use. */
const COMMON_STATUSES = [" ", "x", "X", "-", "/", ">", "<", "!", "?", "*"];

/**
 * The line the ref's item is on when `text` is the ref's note with one line taken out
 * (not the item's), the place of that line is certain and the item is still an item to
 * the reader; otherwise null. Only read for a tick that was refused. Linear: each place
 * is tried in O(1).
 */
export function oneLineRemoved(text: string, ref: TaskRef): number | null {
  const task = taskOnLine(ref.raw);
  const lines = splitLines(stripBom(text));
  const t = ref.line;
  // The item on its line, or one line up: nothing else to try (most refusals end here).
  const stays = lines[t] === ref.raw;
  const up = t >= 1 && lines[t - 1] === ref.raw;
  if (task === null || (!stays && !up)) return null;
  const n = lines.length;
  // Its heading's line in the ref's note; -1 before the first heading.
  const heading = t - ref.offset;
  const sums = lineSums(n, (i) => hashText(lines[i] ?? ""));
  // The hashes the line removed may have had when it read as the item, any checkbox.
  const copies = new Set<number>();
  for (const status of copyStatuses(lines, ref.raw, task)) {
    copies.add(hashText(ref.raw.slice(0, task.statusAt) + status + ref.raw.slice(task.statusAt + task.status.length)));
  }
  const item = hashText(ref.raw);
  // A place `r` (in the ref's note) the line may have been removed from, and whether the
  // item itself could have been removed instead: the line read exactly as the item, with
  // only such lines between the two.
  let below: number | null = null;
  let above: number | null = null;
  let either = false;

  // Each place r solves for the hash the line removed had, in O(1) from the line sums
  // (sums[k]: lines 0..k-1 folded, sides.ts): with B the fold's base, a run of lines is
  // sums[end] − sums[start]·B^(end−start), and putting the line back at r and solving
  // leaves removed = c·B^−(distance) − sums[r]·(B − 1), c the same for every r.
  const step = (BASE - 1) | 0;

  // Below it: the item on its line, every line above it as it was. The lines below it
  // folded were `was` = (lines t+1..r-1)·B^(n-r+1) + removed·B^(n-r) + (lines r..n-1).
  if (stays && aboveOf(sums, t) === ref.above) {
    const was = belowSum(ref.outside, aboveOf(sums, heading), n - t);
    const c = (was + Math.imul(sums[t + 1] ?? 0, power(n - t)) - (sums[n] ?? 0)) | 0;
    // Lines t+1 .. run-1 read exactly as the item.
    let run = t + 1;
    while (run < n && lines[run] === ref.raw) run++;
    // B^−(n−r), from r = t+1 on.
    let back = power(n - t - 1, BASE_INVERSE);
    for (let r = t + 1; r <= n; r++, back = Math.imul(back, BASE)) {
      const removed = (Math.imul(c, back) - Math.imul(sums[r] ?? 0, step)) >>> 0;
      if (!copies.has(removed)) continue;
      below ??= r;
      if (removed === item && r <= run) either = true;
    }
  }

  // Above it: the item one line up. The lines above it folded were `was` =
  // (lines 0..r-1)·B^(t-r) + removed·B^(t-1-r) + (lines r..t-2).
  if (up) {
    const d = (aboveSum(ref.above, t) - (sums[t - 1] ?? 0)) | 0;
    // Between its heading and it: every line outside that stretch as it was.
    const outsideKept = outsideOf(sums, heading, t - 1) === ref.outside;
    // Above its heading: the lines above the heading with the line removed put back come
    // to sums[heading-1] + d·B^−(t−heading), whichever r (so that second hash checks
    // nothing about the line: see above), and every line below it as it was.
    const head = heading > 0 ? ((sums[heading - 1] ?? 0) + Math.imul(d, power(t - heading, BASE_INVERSE))) >>> 0 : 0;
    const headKept = heading > 0 && outsideFrom(aboveFrom(head, heading), rawRun(sums, t, n), n - t) === ref.outside;
    // Lines start .. t-2 read exactly as the item.
    let start = t - 1;
    while (start > 0 && lines[start - 1] === ref.raw) start--;
    // B^−(t−1−r), from r = 0 on.
    let back = power(t - 1, BASE_INVERSE);
    for (let r = 0; r < t; r++, back = Math.imul(back, BASE)) {
      const removed = (Math.imul(d, back) - Math.imul(sums[r] ?? 0, step)) >>> 0;
      if (!copies.has(removed) || !(r < heading ? headKept : outsideKept)) continue;
      above ??= r;
      if (removed === item && r >= start) either = true;
    }
  }

  // None fits; or places on both sides do (only a run of lines reading as the item
  // through its line can do that, or a hash collision); or the item may be the line removed.
  if (either || (below === null) === (above === null)) return null;
  const line = below !== null ? t : t - 1;
  // Still an item where it stands (the line removed can have closed code or a comment above it).
  const scan = scanBody(lines, bodyStartOf(lines), { fields: false, templateTags: false });
  return scan.tasks.some((s) => s.line === line) ? line : null;
}

/**
 * The checkboxes a copy of the item may have had: those in common use, and those of the
 * lines of the note that read as the item now (a custom one, "[b]", is likely on its copies).
 * Only lines of a copy's length are read.
 */
function copyStatuses(lines: readonly string[], raw: string, task: { status: string; statusAt: number }): Set<string> {
  const statuses = new Set(COMMON_STATUSES);
  const head = raw.slice(0, task.statusAt);
  const tail = raw.slice(task.statusAt + task.status.length);
  const length = head.length + tail.length;
  for (const line of lines) {
    const width = line.length - length;
    if ((width === 1 || width === 2) && line.startsWith(head) && line.endsWith(tail)) {
      const status = line.slice(head.length, head.length + width);
      if (taskOnLine(line)?.status === status) statuses.add(status);
    }
  }
  return statuses;
}
