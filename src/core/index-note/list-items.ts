// One line of a hand-kept episode list, as the real READMEs write them:
//   - 16/06: [GOH 01 - Overview of Grafana 10 release with Mitch Seaman](https://youtube.com/live/…)
//   - 11/08: [GOH 08 - Observing the Internet of Things](GOH%2008%20-%20….md) with Golioth
//   - 13/10: [[GOH 15 - Agentless monitoring for Prometheus in Grafana Cloud]]
//   - June: [2025-06-24-road-to-4-0](2025-06-24-road-to-4-0.md)
//   - 21/07: Break (due to video offsite)
// A date written before the entry, the link (wiki link, or Markdown link with a
// %20-encoded path), and what follows it. Which note a link names is its file name: the
// links are written relative to different folders (the note's, the vault's root).
// A user who strikes an entry through (`- ~~16/06: [[GOH 12]]~~`) or bolds it keeps it an
// entry: the emphasis before the date and before the link is read past and kept.

export type DateStyle = "dd/MM" | "d/M" | "yyyy-MM-dd" | "MMMM";

export interface DatePrefix {
  style: DateStyle;
  /** The date as written, and what separates it from the entry (": "). */
  text: string;
  separator: string;
}

export interface ListLine {
  /** Indentation and list marker as written ("- ", "* ", "1. "). */
  lead: string;
  /** Emphasis opened before the date ("~~" in `- ~~16/06: [[GOH 12]]~~`); "" without a date. */
  before: string;
  prefix: DatePrefix | null;
  /** Emphasis opened before the link or title ("~~" in `- ~~[[GOH 12]]~~`), after the date. */
  open: string;
  /** The entry after the date and the emphasis before the link. */
  rest: string;
  /** The link that starts the entry, as written, and the file name it points to (lower case, no .md). */
  link: { text: string; name: string } | null;
  /** What follows the link ("" without one). */
  trailing: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

const LEAD = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})(\s*[:–—-]\s*)/;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(\s*[:–—-]\s*)/;
const MONTH_DATE = /^([A-Za-z]{3,9})(\s*:\s*)/;

/** A list item's first line, read; null for a line that is no list item. Tasks are no entries. */
export function readListLine(line: string): ListLine | null {
  const lead = LEAD.exec(line)?.[1];
  if (lead === undefined) return null;
  let rest = line.slice(lead.length);
  if (/^\[.\]\s/.test(rest)) return null;
  const first = emphasisRun(rest);
  rest = rest.slice(first.length);
  let prefix: DatePrefix | null = null;
  const numeric = NUMERIC_DATE.exec(rest);
  const iso = ISO_DATE.exec(rest);
  const month = MONTH_DATE.exec(rest);
  if (numeric) {
    const [, day = "", mon = "", separator = ""] = numeric;
    prefix = { style: day.length === 1 || mon.length === 1 ? "d/M" : "dd/MM", text: `${day}/${mon}`, separator };
  } else if (iso) {
    prefix = { style: "yyyy-MM-dd", text: iso[1] ?? "", separator: iso[2] ?? "" };
  } else if (month && isMonth(month[1] ?? "")) {
    prefix = { style: "MMMM", text: month[1] ?? "", separator: month[2] ?? "" };
  }
  let before = "";
  let open = first;
  if (prefix) {
    rest = rest.slice(prefix.text.length + prefix.separator.length);
    before = first;
    open = emphasisRun(rest);
    rest = rest.slice(open.length);
  }
  const link = leadingLink(rest);
  return { lead, before, prefix, open, rest, link, trailing: link ? rest.slice(link.text.length) : "" };
}

/** Characters that open or close emphasis: ~~strike~~, ==highlight==, *em*, **strong**, _em_. */
export const EMPHASIS = "~*_=";

/** The emphasis run `text` starts with (at most 6 characters, so a line of asterisks costs nothing). */
function emphasisRun(text: string): string {
  let end = 0;
  while (end < 6 && end < text.length && EMPHASIS.includes(text.charAt(end))) end++;
  return text.slice(0, end);
}

function isMonth(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.includes(lower) || SHORT_MONTHS.includes(lower);
}

/** `[[target|alias]]` or `[text](destination)` at the start of `text`. */
function leadingLink(text: string): { text: string; name: string } | null {
  if (text.startsWith("[[")) {
    const close = text.indexOf("]]");
    if (close < 0) return null;
    const inner = text.slice(2, close);
    const target = inner.split("|")[0]?.split("#")[0] ?? "";
    return { text: text.slice(0, close + 2), name: fileName(target) };
  }
  if (!text.startsWith("[")) return null;
  const middle = text.indexOf("](");
  if (middle < 0 || text.slice(1, middle).includes("[")) return null;
  // The destination may hold balanced parentheses.
  let depth = 0;
  for (let i = middle + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      let destination = text.slice(middle + 2, i).trim();
      if (destination.startsWith("<") && destination.includes(">")) destination = destination.slice(1, destination.indexOf(">"));
      else destination = destination.split(/\s+/)[0] ?? "";
      return { text: text.slice(0, i + 1), name: fileName(decodePath(destination.split(/[?#]/)[0] ?? "")) };
    }
  }
  return null;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A stray "%" that starts no escape: read as written.
    return path;
  }
}

/** `projects/Grafana Office Hours/GOH 12 - Govable.md` → `goh 12 - govable`. */
export function fileName(target: string): string {
  const name = target.trim().slice(target.trim().lastIndexOf("/") + 1);
  return (name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name).normalize("NFC").toLowerCase();
}

/** A date written in `style`: "05/01", "5/1", "2024-01-05", "January". */
export function writeDate(date: string, style: DateStyle): string {
  const [year = "", month = "", day = ""] = date.split("-");
  if (style === "yyyy-MM-dd") return `${year}-${month}-${day}`;
  if (style === "dd/MM") return `${day}/${month}`;
  if (style === "d/M") return `${Number(day)}/${Number(month)}`;
  const name = MONTHS[Number(month) - 1] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}
