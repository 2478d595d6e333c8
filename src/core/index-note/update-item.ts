// The checklist item that asks for the index-note update, ticked once "Update episode list
// in index note" has done it for the episode (the GOH template's "Update [Grafana Office
// Hours Readme](…) to add the new file to the `Upcoming` section."), as New episode ticks
// the item it did (done-at-creation.ts). Only for an episode whose line this run added, and
// only when exactly one of its open items links to the index note or names it: two such
// items (add it, then move it to Past) leave the choice to the host. Never a guess.
import { readListLine, fileName } from "./list-items";
import { entryKey } from "./episode-line";
import { plainText } from "../text/plain";
import { splitLines } from "../text/lines";

/** Lower-case file names the list lines of `text` link to. */
function linkedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of splitLines(text)) {
    const name = readListLine(line.trimStart())?.link?.name;
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** The entries (by basename) whose line links them in `after` and did not in `before`: the ones this run listed. */
export function newlyListed(before: string, after: string, basenames: readonly string[]): string[] {
  const was = linkedNames(before);
  const now = linkedNames(after);
  return basenames.filter((b) => now.has(entryKey(b)) && !was.has(entryKey(b)));
}

/**
 * Every link target in `text`: `[[target|alias]]` and `[text](target)`, decoded. Each
 * search goes on from where it last stopped, so a line of thousands of "[" costs one pass
 * (a search per "[" from the start was the square of the line).
 */
function linkTargets(text: string): string[] {
  const out: string[] = [];
  const next = (token: string) => {
    let at = -2;
    return (from: number) => {
      if (at !== -1 && at < from) at = text.indexOf(token, from);
      return at;
    };
  };
  const wikiClose = next("]]");
  const middleOf = next("](");
  const roundClose = next(")");
  const square = next("[");
  for (let i = square(0); i >= 0; i = square(i + 1)) {
    if (text.startsWith("[[", i)) {
      const close = wikiClose(i + 2);
      if (close >= 0) {
        out.push(text.slice(i + 2, close).split("|")[0] ?? "");
        i = close + 1;
        continue;
      }
    }
    const middle = middleOf(i + 1);
    if (middle < 0) break;
    // Another "[" before the "](": the link starts there.
    const inner = square(i + 1);
    if (inner >= 0 && inner < middle) {
      i = inner - 1;
      continue;
    }
    const end = roundClose(middle + 2);
    if (end < 0) break;
    let target = text.slice(middle + 2, end).trim();
    if (target.startsWith("<") && target.includes(">")) target = target.slice(1, target.indexOf(">"));
    try {
      target = decodeURIComponent(target);
    } catch {
      // A stray "%": read as written.
    }
    out.push(target);
    i = end;
  }
  return out;
}

/**
 * Does the item ask for the index note: a link to it (its file name), or its name written
 * out as whole words? A one-word name ("README", "Index", "Episodes") counts only linked:
 * "Read the README" in a checklist is no request to update the list.
 */
export function asksForIndexNote(text: string, indexPath: string): boolean {
  const name = fileName(indexPath);
  if (linkTargets(text).some((target) => fileName(target.split("#")[0] ?? "") === name)) return true;
  if (!/\s/.test(name.trim())) return false;
  const plain = ` ${plainText(text).normalize("NFC").toLowerCase()} `;
  let at = plain.indexOf(name);
  for (; at >= 0; at = plain.indexOf(name, at + 1)) {
    const before = plain.charAt(at - 1);
    const after = plain.charAt(at + name.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** The one open item (by index in `tasks`) that asks for the index note, or -1: none, or more than one. */
export function indexUpdateItem(tasks: readonly { text: string }[], indexPath: string): number {
  let found = -1;
  for (const [i, task] of tasks.entries()) {
    if (!asksForIndexNote(task.text, indexPath)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}
