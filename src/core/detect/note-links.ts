// The names of the notes a note links to, and the lines that name an episode without a
// link: what makes a note an index note (index-notes.ts). Read in one pass per line with
// indexOf, never a regular expression that backtracks: an index note of thousands of links
// on one line costs what its length costs. (Once two regular expressions, and lines over
// 5,000 characters were skipped for fear of the second one's backtracking on "](" runs,
// so an index note written as one long paragraph of links listed nothing.)
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";

/** A list item's or table cell's text longer than this is not an episode's name (file names stop at 255). */
const NAME_MAX = 255;
const ITEM_MARKER = /^\s{0,8}(?:[-*+]|\d{1,3}[.)])\s+(?:\[.\]\s+)?/;
/** "29/05: ", "May: ", "2024-05-29 — ": a date or a month before the episode's name in a list item. */
const ITEM_LABEL = /^(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|\p{L}{3,9}\.?)\s*[:–—-]\s+/u;

function decoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target; // A stray % in a link: keep it as written.
  }
}

function noteName(target: string): string {
  const text = decoded(target);
  return text.slice(text.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
}

function isSpace(code: number): boolean {
  return code <= 32 || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** `[[Name` up to `]`, `|`, `#` or `^` (an unclosed one too, as Obsidian's link suggester reads it). */
function wikiTargets(line: string, add: (name: string) => void): void {
  for (let at = line.indexOf("[["); at >= 0; ) {
    let end = at + 2;
    for (; end < line.length; end++) {
      const c = line.charCodeAt(end);
      if (c === 93 || c === 124 || c === 35 || c === 94) break;
    }
    if (end > at + 2) add(line.slice(at + 2, end));
    at = line.indexOf("[[", end);
  }
}

/**
 * `](target)` with no space in the target, a web address left out. A target that meets a
 * space or the line's end before its `)` is no link, and neither is any `](` inside it
 * (each would meet the same space): the search goes on from there, so no character is read twice.
 */
function markdownTargets(line: string, add: (name: string) => void): void {
  for (let at = line.indexOf("]("); at >= 0; ) {
    let end = at + 2;
    while (end < line.length && line.charCodeAt(end) !== 41 && !isSpace(line.charCodeAt(end))) end++;
    const closed = end < line.length && line.charCodeAt(end) === 41;
    if (closed && end > at + 2) {
      const target = line.slice(at + 2, end);
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) add(target);
    }
    at = line.indexOf("](", closed ? end + 1 : Math.max(end, at + 2));
  }
}

/** Names of the notes a note links to (wiki links and Markdown links to notes), decoded. */
export function linkedNames(note: NoteFacts): Set<string> {
  const names = new Set<string>();
  const add = (target: string) => {
    const name = noteName(target);
    if (name !== "") names.add(name);
  };
  // A link quoted in fenced code links nothing (the reader's rule); a property's link still does.
  const code = noteCode(note);
  for (let n = 0; n < note.lines.length; n++) {
    const line = note.lines[n] ?? "";
    if (code(n) || line.indexOf("[") < 0) continue;
    wikiTargets(line, add);
    markdownTargets(line, add);
  }
  return names;
}

/**
 * The texts of the body's list items and table cells that hold no link, each a name an
 * episode could have ("- 29/05: A&A 38 - One year of Adobo and Avocados" gives "A&A 38 - One
 * year of Adobo and Avocados"). Whether one names an episode is for the caller to say.
 */
export function plainItems(note: NoteFacts): string[] {
  const items: string[] = [];
  const code = noteCode(note);
  const take = (text: string) => {
    const plain = text.trim();
    if (plain !== "" && plain.length <= NAME_MAX && !plain.includes("[[") && !plain.includes("](")) items.push(plain);
  };
  for (let n = note.bodyStart; n < note.lines.length; n++) {
    const line = note.lines[n] ?? "";
    if (code(n)) continue;
    if (line.trimStart().startsWith("|")) {
      for (const cell of line.split("|")) take(cell);
      continue;
    }
    const marker = ITEM_MARKER.exec(line);
    if (!marker) continue;
    const item = line.slice(marker[0].length, marker[0].length + NAME_MAX + 40);
    take(item.replace(ITEM_LABEL, ""));
  }
  return items;
}
