// The vault report as a plain-text table that fits a terminal: the state of each
// episode, when it is, and what is late or next.
import { numberLabel } from "../note/season";
import type { ReportItem } from "./report";
import { plainText } from "../text/plain";
import { relativeDate } from "../time/relative-date";
import { chipCode, initials } from "../sidebar/show-chips";
import { isOver } from "./lifecycle";
import { showFolderName } from "./show-folder";
import { columnsOf, controlCharactersShown, padToColumns, wrapToColumns } from "../text/terminal-columns";

interface Column {
  title: string;
  /** Shrunk (down to `min`) when the table is too wide; fixed columns never are. */
  min: number | null;
}

const COLUMNS: Column[] = [
  { title: "Show", min: null },
  { title: "#", min: null },
  { title: "State", min: null },
  { title: "When", min: null },
  { title: "Title", min: 14 },
  { title: "Guests", min: 8 },
  { title: "Late / next", min: 18 },
];
/** What is late wraps onto at most this many lines; the last column starts no wider than this. */
const MAX_LINES = 3;
const LAST_WIDTH = 40;
const TITLE = 4;
const GUESTS = 5;
const LAST = COLUMNS.length - 1;
const GAP = 2;

/**
 * What needs doing, most urgent first: the alerts (which say how late; they wrap), else
 * the next item, else what an archived episode left open (one line each).
 */
function attention(item: ReportItem): { text: string; wraps: boolean } {
  const { status } = item;
  // Items late by a 📅 date (or an offset) of their own raise no alert (alerts speak for a
  // phase's deadline), so the sidebar's row says "N overdue"; the table says it first too.
  const overdue = status.lateByOwnDate > 0 ? [`${status.lateByOwnDate} overdue`] : [];
  if (status.alerts.length > 0) {
    const order = { late: 0, soon: 1, info: 2 };
    return { text: [...overdue, ...[...status.alerts].sort((a, b) => order[a.severity] - order[b.severity]).map((a) => a.message)].join("; "), wraps: true };
  }
  const rest = status.next ? `next: ${plainText(status.next.text)}` : status.leftOpen > 0 ? `archived, ${status.leftOpen} open` : "";
  if (overdue.length > 0) return { text: [...overdue, rest].filter((part) => part !== "").join("; "), wraps: true };
  return { text: rest, wraps: false };
}

/**
 * The show of a row: its code (or its initials) when set up, else the code in the note's
 * name, else the initials of the show's folder ("Grafana OTel Community Call" → GOCC; a
 * season or year folder stands for the folder above it, as Detect reads it: show-folder.ts),
 * shortened as the sidebar's chip shortens a show with no code: shows keep one folder
 * each (the guests report names them by it too), and a full folder name would take the
 * Guests column's room at 80 columns. Blank only for a note at the vault's top.
 */
export function showCell(item: Pick<ReportItem, "show" | "episode">): string {
  const { show, episode } = item;
  if (show) return chipCode(show);
  if (episode.code) return episode.code;
  const folder = showFolderName(episode.path);
  return folder === null ? "" : initials(folder);
}

function whenText(item: ReportItem, today: (item: ReportItem) => string): string {
  const { episode, status } = item;
  if (episode.date) return relativeDate(today(item), episode.date) || episode.date;
  return status.lifecycle.dateKnown || status.state === "idea" || status.state === "scheduled" ? "no date" : "date unknown";
}

/**
 * A plain table of every episode: the show's code, the number, the state, when (relative
 * to `today` in the show's zone), the topic, the guests, and what is late or next. It fits
 * `width` columns (80 by default): the title and guests are shortened first, then what is
 * late, which wraps onto more lines rather than being cut; the guests are left out when
 * even that is not enough.
 */
export function formatTable(items: readonly ReportItem[], width = 80, today: (item: ReportItem) => string = () => ""): string {
  if (items.length === 0) return "No episodes found.";
  const wraps = items.map((item) => attention(item).wraps);
  const rows = items.map((item) => {
    const { episode } = item;
    return [
      showCell(item),
      numberLabel(episode),
      item.status.state,
      whenText(item, today),
      // The topic: the guests have their own column.
      episode.topic,
      episode.guests.map((g) => g.name).join(", ") || (isOver(item.status.state) || item.status.state === "cancelled" || episode.noGuest ? "(no guest)" : "(no guest yet)"),
      attention(item).text,
    ].map((cell) => controlCharactersShown(cell).replace(/\s+/g, " ").trim());
  });
  // A loop, not Math.max(...rows): the spread throws past about 150,000 rows.
  const widths = COLUMNS.map((column, c) => rows.reduce((most, r) => Math.max(most, displayLength(r[c] ?? "")), column.title.length));
  widths[LAST] = Math.min(widths[LAST] ?? 0, LAST_WIDTH);
  const total = () => widths.reduce((sum, w, c) => sum + w + (c > 0 && w > 0 ? GAP : 0), 0);
  const min = (c: number) => COLUMNS[c]?.min ?? 0;
  for (let over = total() - width; over > 0; over--) {
    const title = widths[TITLE] ?? 0;
    const guests = widths[GUESTS] ?? 0;
    const late: number = widths[LAST] ?? 0;
    if (title > min(TITLE) || guests > min(GUESTS)) {
      const c = guests > min(GUESTS) && (guests >= title || title <= min(TITLE)) ? GUESTS : TITLE;
      widths[c] = (widths[c] ?? 0) - 1;
    } else if (late > min(LAST)) widths[LAST] = late - 1;
    else break;
  }
  if (total() > width) widths[GUESTS] = 0;
  const line = (cells: readonly string[]) =>
    cells
      .flatMap((cell, c) => ((widths[c] ?? 0) > 0 ? [c === LAST ? cell : fit(cell, widths[c] ?? 0)] : []))
      .join(" ".repeat(GAP))
      .trimEnd();
  const indent = widths.slice(0, LAST).reduce((sum, w) => sum + (w > 0 ? w + GAP : 0), 0);
  const lastWidth = widths[LAST] ?? 0;
  const body = rows.flatMap((row, r) => {
    const text = row[LAST] ?? "";
    const parts = wraps[r] ? wrap(text, lastWidth) : [fit(text, lastWidth)];
    if (parts.length > MAX_LINES) parts.splice(MAX_LINES - 1, parts.length, fit(parts.slice(MAX_LINES - 1).join(" "), lastWidth));
    const [first = "", ...more] = parts;
    return [line([...row.slice(0, LAST), first]), ...more.map((part) => " ".repeat(indent) + part.trimEnd())];
  });
  return [line(COLUMNS.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...body].join("\n");
}

function displayLength(text: string): number {
  return columnsOf(text);
}

/** Cut to `width` terminal columns and padded to exactly that many. */
function fit(text: string, width: number): string {
  return padToColumns(text, width);
}

/** Lines of at most `width` columns, broken between words (a longer word is cut). */
function wrap(text: string, width: number): string[] {
  return wrapToColumns(text, width);
}
