// Which schedule table speaks for which series, and what the proposal takes from it
// (schedule-table.ts reads the table). A table note belongs to a series when it sits in
// the series' folder, or one folder up, with no other series there: a Calendario.md in
// projects/CafeConGrafana beside Episodes/ is Café con Grafana's; one in projects/, above
// five show folders, is nobody's.
import { folderOf, type NoteFacts } from "./note-facts";
import type { Series } from "./series";
import type { Found, ScheduleFinding } from "./schedule";
import { WEEKDAY_NAMES } from "./schedule-words";
import { plannedRows, readScheduleTable, tableBreaks, tableHosts, tableTime, tableWeekday, type ScheduleTable } from "./schedule-table";

/** The schedule table of each series (same order), or null. */
export function assignScheduleTables(series: readonly Series[], others: readonly NoteFacts[]): (ScheduleTable | null)[] {
  const here = new Map<string, number[]>();
  const below = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  series.forEach((s, i) => {
    push(here, s.folder, i);
    if (s.folder !== "") push(below, folderOf(s.folder), i);
  });
  const result: (ScheduleTable | null)[] = series.map(() => null);
  for (const note of others) {
    const inFolder = here.get(note.folder) ?? [];
    const under = below.get(note.folder) ?? [];
    const owner = inFolder.length === 1 && under.length === 0 ? inFolder[0] : inFolder.length === 0 && under.length === 1 ? under[0] : undefined;
    if (owner === undefined || result[owner] !== null || !note.lines.some((l) => l.includes("|"))) continue;
    result[owner] = readScheduleTable(note);
  }
  return result;
}

export interface TableFindings {
  breaks: Found<string[]> | null;
  hosts: Found<string> | null;
  /** Said beside the schedule's weekday and time: agreement, or what the table adds. */
  weekday: Found<number> | null;
  time: Found<string> | null;
  warnings: string[];
}

const NONE: TableFindings = { breaks: null, hosts: null, weekday: null, time: null, warnings: [] };

export function tableFindings(table: ScheduleTable | null, members: readonly NoteFacts[], schedule: ScheduleFinding): TableFindings {
  if (!table) return NONE;
  const from = `${table.note.basename} (a schedule table: ${table.columns})`;
  const warnings: string[] = [];
  const breaks = tableBreaks(table);
  const hosts = tableHosts(table);
  const day = tableWeekday(table);
  const time = tableTime(table);
  let weekday: Found<number> | null = null;
  if (day) {
    const words = `${day.count} of ${day.of} dated episode rows of ${from} fall on a ${WEEKDAY_NAMES[day.weekday] ?? ""}`;
    if (schedule.weekday === null) weekday = { value: day.weekday, confidence: "found", reasons: [words] };
    else if (schedule.weekday.value === day.weekday) weekday = { value: day.weekday, confidence: schedule.weekday.confidence, reasons: [...schedule.weekday.reasons, `so do ${words}`] };
    else warnings.push(`${words}, not ${WEEKDAY_NAMES[schedule.weekday.value] ?? ""} as ${schedule.weekday.reasons[0] ?? "the notes say"}`);
  }
  const timeFound: Found<string> | null =
    time && schedule.time === null ? { value: time.time, confidence: "found", reasons: [`${time.count} of ${time.of} rows of ${from} say ${time.time}`] } : null;
  if (time && schedule.time !== null && schedule.time.value !== time.time) warnings.push(`${table.note.basename} says ${time.time} in ${time.count} of ${time.of} rows, not ${schedule.time.value}`);
  const last = members.reduce<string | null>((latest, m) => (m.date !== null && (latest === null || m.date > latest) ? m.date : latest), null);
  const planned = plannedRows(table, last);
  if (planned.length > 0) {
    const shown = planned.slice(0, 3).map((r) => `${r.date}${r.title === "" ? "" : ` “${r.title}”`}${r.guests === "" ? "" : ` with ${r.guests}`}`);
    warnings.push(`${table.note.basename} lists ${planned.length} episode${planned.length === 1 ? "" : "s"} dated after the last episode note${last === null ? "" : ` (${last})`}: ${shown.join("; ")}${planned.length > 3 ? "; …" : ""}`);
  }
  return {
    breaks: breaks.length > 0 ? { value: breaks, confidence: "found", reasons: [`${breaks.length} row${breaks.length === 1 ? "" : "s"} of ${from} say no episode took place`] } : null,
    hosts: hosts ? { value: hosts.names.join(", "), confidence: "found", reasons: [`named in at least half of the ${hosts.of} rows of ${from} that name hosts`] } : null,
    weekday,
    time: timeFound,
    warnings,
  };
}
