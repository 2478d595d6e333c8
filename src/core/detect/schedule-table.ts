// A show's schedule kept as a Markdown table (Café con Grafana's Calendario.md: Fecha,
// Titulo, Hosts, Invitados, Notas), read for what it says and nothing more. A table is a
// schedule when a header names a date column and one more of title, hosts, guests or time
// (in several languages), and at least two rows carry a date that can be read
// (20240201, 2024-02-01, 2024/02/01; a placeholder row such as "YYYYMMDD" or "20xxxxxx" is
// skipped). From its rows:
//   - breaks: a dated row whose title (else guests) says there was no episode ("N/A",
//     "Break", "Skipped", "Descanso", "—"), with its note as the reason;
//   - the weekday: when at least three dated episode rows are given and three in four share one;
//   - the time: from a time column, when half the rows agree on an HH:mm;
//   - the hosts: from a hosts column, the names in at least half of the rows that name
//     hosts ("?Nicole?", a name the team was not sure of, is not counted);
//   - planned episodes: dated episode rows later than every episode note, said, not written.
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import { isValidDate, weekdayOf } from "../time/calendar-date";
import { compact } from "./words";
import { replaceLinks } from "../text/links";

export type ColumnRole = "date" | "title" | "hosts" | "guests" | "notes" | "time";

const HEADERS: Record<ColumnRole, readonly string[]> = {
  date: ["date", "fecha", "datum", "data", "dia", "day", "when", "cuando", "jour", "tag", "giorno"],
  title: ["title", "titulo", "titel", "titre", "titolo", "topic", "topics", "tema", "temas", "thema", "themen", "sujet", "episode", "episodio", "folge", "name"],
  hosts: ["host", "hosts", "presentador", "presentadores", "anfitrion", "anfitriones", "moderation", "moderator", "moderators", "moderador", "moderadores", "animateur", "animateurs", "apresentador", "apresentadores", "gastgeber", "conduttore", "conduttori"],
  guests: ["guest", "guests", "invitado", "invitados", "gast", "gaste", "gasten", "invite", "invites", "convidado", "convidados", "ospite", "ospiti"],
  notes: ["notes", "note", "notas", "nota", "notizen", "notiz", "remarques", "comments", "comentarios", "observaciones", "anmerkungen"],
  time: ["time", "hora", "horario", "uhrzeit", "zeit", "heure", "ora", "orario"],
};
const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(HEADERS) as [ColumnRole, readonly string[]][]) for (const word of words) ROLE_OF.set(word, role);

/** A cell that says no episode took place that day. */
const NO_EPISODE = /^(?:n\/?a|-+|—|–|x|break|skip|skipped|no show|cancel(?:l?ed)?|cancelado|cancelada|suspendido|sin show|descanso|pausa|vacaciones|holiday|holidays|pause|ausfall|annulé|annulée|sem show)$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const TIME = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/;
const MIN_ROWS = 2;

export interface TableRow {
  date: string;
  /** The cells by role, "" where the table has no such column or the cell is a placeholder ("[Titulo]"). */
  title: string;
  hosts: string;
  guests: string;
  notes: string;
  time: string;
  /** The row says no episode took place. */
  off: boolean;
}

export interface ScheduleTable {
  note: NoteFacts;
  /** "Fecha = date, Titulo = title, …": which header was read as what. */
  columns: string;
  rows: TableRow[];
  /** Rows of the table whose date could not be read (placeholders, "20xxxxxx"). */
  unread: number;
}

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((c) => c.trim());
}

/**
 * A table's divider row (`| --- | :-: |`): cells of two or more dashes, colons at either
 * end, between pipes (the outer ones optional). Read cell by cell: the one regex this was
 * backtracked cubically on a long line of spaces and dashes under a header.
 */
function isDivider(line: string): boolean {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => DIVIDER_CELL.test(cell.trim()));
}

const DIVIDER_CELL = /^:?-{2,}:?$/;

/** A date cell as YYYY-MM-DD, or null. */
export function tableDate(cell: string): string | null {
  const text = cell.replace(/[*_`]/g, "").trim();
  const m = COMPACT_DATE.exec(text) ?? ISO_DATE.exec(text);
  if (!m) return null;
  const date = `${m[1] ?? ""}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
  return isValidDate(date) ? date : null;
}

/** The cell as shown, "" for a placeholder the team fills in later ("[Titulo]", "[Hosts]"). */
function shown(cell: string): string {
  const text = replaceLinks(cell).display.replace(/[*_`]/g, "").trim();
  return /^\[[^\]]*\]$/.test(cell.trim()) ? "" : text;
}

/**
 * The note's schedule tables as one (a table per year, as Calendario.md keeps them), or
 * null. Linear in the note's length.
 */
export function readScheduleTable(note: NoteFacts): ScheduleTable | null {
  const code = noteCode(note);
  const lines = note.lines;
  let found: ScheduleTable | null = null;
  for (let n = note.bodyStart; n + 1 < lines.length; n++) {
    const header = lines[n] ?? "";
    if (code(n) || !header.includes("|") || !isDivider(lines[n + 1] ?? "")) continue;
    const roles = cellsOf(header).map((h) => ROLE_OF.get(compact(h)) ?? null);
    const has = new Set(roles.filter((r): r is ColumnRole => r !== null));
    let end = n + 2;
    while (end < lines.length && !code(end) && (lines[end] ?? "").includes("|")) end++;
    if (!has.has("date") || has.size < 2) {
      n = end - 1;
      continue;
    }
    const table = readRows(note, cellsOf(header), roles, lines.slice(n + 2, end));
    n = end - 1;
    if (table.rows.length === 0) continue;
    if (!found) found = table;
    else {
      found.rows.push(...table.rows);
      found.unread += table.unread;
      if (!found.columns.split(", ").includes(table.columns)) found.columns = [...new Set([...found.columns.split(", "), ...table.columns.split(", ")])].join(", ");
    }
  }
  return found && found.rows.length >= MIN_ROWS ? found : null;
}

function readRows(note: NoteFacts, headers: string[], roles: (ColumnRole | null)[], body: readonly string[]): ScheduleTable {
  const at = (role: ColumnRole) => roles.indexOf(role);
  const rows: TableRow[] = [];
  let unread = 0;
  for (const line of body) {
    const cells = cellsOf(line);
    const cell = (role: ColumnRole) => {
      const i = at(role);
      return i < 0 ? "" : shown(cells[i] ?? "");
    };
    const date = tableDate(cells[at("date")] ?? "");
    if (date === null) {
      unread++;
      continue;
    }
    const title = cell("title");
    const guests = cell("guests");
    const said = at("title") >= 0 ? title : guests;
    rows.push({ date, title, hosts: cell("hosts"), guests, notes: cell("notes"), time: cell("time"), off: NO_EPISODE.test(said.trim()) });
  }
  const columns = headers
    .map((h, i) => (roles[i] ? `${h} = ${roles[i] ?? ""}` : ""))
    .filter((c) => c !== "")
    .join(", ");
  return { note, columns, rows, unread };
}

/** The breaks the table records, as the settings write them ("2024-02-01 Equipo en Fosdem"). */
export function tableBreaks(table: ScheduleTable): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of table.rows) {
    if (!row.off || seen.has(row.date)) continue;
    seen.add(row.date);
    const label = [row.notes, row.title].find((t) => t !== "" && !NO_EPISODE.test(t)) ?? "";
    out.push(`${row.date}${label === "" ? "" : ` ${label.replace(/\s+/g, " ")}`}`);
  }
  return out.sort();
}

/** The weekday three in four dated episode rows fall on (at least three rows), with the count. */
export function tableWeekday(table: ScheduleTable): { weekday: number; count: number; of: number } | null {
  const counts = new Map<number, number>();
  const days = new Set<string>();
  for (const row of table.rows) {
    if (row.off || days.has(row.date)) continue;
    days.add(row.date);
    const weekday = weekdayOf(row.date);
    if (weekday !== null) counts.set(weekday, (counts.get(weekday) ?? 0) + 1);
  }
  let best: { weekday: number; count: number } | null = null;
  for (const [weekday, count] of counts) if (!best || count > best.count) best = { weekday, count };
  if (!best || days.size < 3 || best.count * 4 < days.size * 3) return null;
  return { ...best, of: days.size };
}

/** The HH:mm half the rows with a time agree on, or null. */
export function tableTime(table: ScheduleTable): { time: string; count: number; of: number } | null {
  const counts = new Map<string, number>();
  let of = 0;
  for (const row of table.rows) {
    const m = TIME.exec(row.time.trim());
    if (!m) continue;
    of++;
    const time = `${(m[1] ?? "").padStart(2, "0")}:${m[2] ?? ""}`;
    counts.set(time, (counts.get(time) ?? 0) + 1);
  }
  let best: { time: string; count: number } | null = null;
  for (const [time, count] of counts) if (!best || count > best.count) best = { time, count };
  return best && best.count * 2 >= of && of >= MIN_ROWS ? { ...best, of } : null;
}

const NAME_SPLIT = /\s*(?:,|;|\/|&|\+|\s(?:and|y|e|und|et)\s)\s*/iu;

/** The hosts named in at least half the rows that name hosts, most often first. */
export function tableHosts(table: ScheduleTable): { names: string[]; of: number } | null {
  const counts = new Map<string, { name: string; count: number; first: number }>();
  let of = 0;
  for (const row of table.rows) {
    if (row.off || row.hosts === "") continue;
    of++;
    const seen = new Set<string>();
    for (const part of row.hosts.split(NAME_SPLIT)) {
      const name = part.trim();
      // "?Nicole?": the team was not sure; a lowercase word or a long phrase is no name.
      if (name === "" || name.includes("?") || !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { name, count: 1, first: counts.size });
    }
  }
  const names = [...counts.values()]
    .filter((e) => e.count * 2 >= of)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((e) => e.name);
  return of >= MIN_ROWS && names.length > 0 ? { names, of } : null;
}

/** Dated episode rows later than `after` (the last episode note's date): planned, not yet a note. */
export function plannedRows(table: ScheduleTable, after: string | null): TableRow[] {
  return table.rows.filter((row) => !row.off && (after === null || row.date > after)).sort((a, b) => a.date.localeCompare(b.date));
}
