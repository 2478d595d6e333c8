// Dates a show takes off: one per line in the show's settings, a date or a range and
// what it is for, written as a calendar note would ("2024-02-01 Equipo en Fosdem",
// "2024-12-20..2025-01-06 Holidays"). The compact form of Café con Grafana's
// Calendario.md table (20240201) is read too, so a row can be pasted as it is.
import { isValidDate } from "../time/calendar-date";

export interface Break {
  /** `YYYY-MM-DD`, first and last day (the same for one day). */
  from: string;
  to: string;
  /** What the break is for, "" when not said. */
  label: string;
}

export type BreakReading = { ok: true; breaks: Break[] } | { ok: false; problem: string };

const DAY = String.raw`(\d{4}-\d{2}-\d{2}|\d{8})`;
const LINE = new RegExp(String.raw`^${DAY}(?:\s*(?:\.\.|–|—|\bto\b)\s*${DAY})?(?:\s+(.*))?$`, "i");

function isoDay(text: string): string {
  return text.length === 8 ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
}

/** One line of the setting, or why it cannot be read. */
export function parseBreak(line: string): { ok: true; value: Break } | { ok: false; problem: string } {
  const written = line.trim();
  const m = LINE.exec(written);
  if (!m) return { ok: false, problem: `“${written}” is not a date like 2024-02-01 or a range like 2024-12-20..2025-01-06, followed by what it is for.` };
  const from = isoDay(m[1] ?? "");
  const to = m[2] === undefined ? from : isoDay(m[2]);
  if (!isValidDate(from)) return { ok: false, problem: `“${m[1] ?? ""}” is not a date.` };
  if (!isValidDate(to)) return { ok: false, problem: `“${m[2] ?? ""}” is not a date.` };
  if (to < from) return { ok: false, problem: `The break “${written}” ends before it starts.` };
  return { ok: true, value: { from, to, label: (m[3] ?? "").trim() } };
}

/** Every line of the setting; the first line that cannot be read refuses the whole list. */
export function parseBreaks(lines: readonly string[]): BreakReading {
  const breaks: Break[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    const read = parseBreak(line);
    if (!read.ok) return read;
    breaks.push(read.value);
  }
  return { ok: true, breaks };
}

/** The stored lines as breaks, leaving out any that cannot be read (the settings tab refuses those). */
export function readableBreaks(lines: readonly string[]): Break[] {
  return lines.flatMap((line) => {
    const read = parseBreak(line);
    return read.ok ? [read.value] : [];
  });
}

/** The break that `date` falls in, or null. */
export function breakOn(date: string, breaks: readonly Break[]): Break | null {
  return breaks.find((b) => b.from <= date && date <= b.to) ?? null;
}

/** "Equipo en Fosdem (2024-02-01)": a break as warnings name it. */
export function describeBreak(value: Break): string {
  const days = value.from === value.to ? value.from : `${value.from} to ${value.to}`;
  return value.label === "" ? `a break (${days})` : `${value.label} (${days})`;
}
