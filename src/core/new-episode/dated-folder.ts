// Where a new episode goes in a show that does not number seasons: beside the show's latest
// episode, inside the show's folder. When that episode's folder is named for its date, as a
// show that files its episodes by year (`Shows/2025/`), by month (`GOH/2024/03/`,
// `Calls/2024-03/`), by quarter (`2024-Q1`) or by day (`Calls/2024-03-05/`) does, the new
// episode goes into the folder named the same way for its own date: `Shows/2026/` for a first
// episode of 2026 (created with the note). A folder part counts as dated only when it reads
// the latest episode's own date, so a folder named `2019` that holds an episode of 2025 is
// kept as it is, not renamed. Never a folder outside the show's folder.
import { isValidDate } from "../time/calendar-date";

export interface PlacedEpisode {
  number: number | null;
  date: string | null;
  path: string;
}

function parts(path: string): string[] {
  return path.split(/[\\/]+/).filter((p) => p.trim() !== "");
}

/** The episode the new one follows: the latest by date; without dates, the highest number. */
function latestOf(episodes: readonly PlacedEpisode[]): PlacedEpisode | null {
  let best: PlacedEpisode | null = null;
  for (const e of episodes) {
    if (best === null) best = e;
    else if (e.date !== null && (best.date === null || e.date > best.date)) best = e;
    else if (e.date === null && best.date === null && (e.number ?? -1) > (best.number ?? -1)) best = e;
  }
  return best;
}

interface DateParts {
  year: string;
  month: string;
  day: string;
}

function split(date: string): DateParts {
  return { year: date.slice(0, 4), month: date.slice(5, 7), day: date.slice(8, 10) };
}

/** `3` or `03` as written: one digit when the folder wrote one for a number under 10. */
function asWritten(written: string, value: string): string {
  return written.length === 1 ? String(Number(value)) : value;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{1,2})$/;
const YEAR_MONTH = /^(\d{4})([-_.])(\d{1,2})$/;
const YEAR_MONTH_DAY = /^(\d{4})([-_.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_PART = /^(\d{4})([-_ ]?)([qQhH])([1-4])$/;

function partOfYear(letter: string, month: number): number {
  return letter.toLowerCase() === "q" ? Math.ceil(month / 3) : month <= 6 ? 1 : 2;
}

/**
 * One folder name renamed for `to` when it reads `from` (the latest episode's date): null
 * when it is not a dated name, or names another date. `afterYear`: the folder above was the
 * year, so `03` alone is the month.
 */
function renamedPart(name: string, from: DateParts, to: DateParts, afterYear: boolean): string | null {
  let m = YEAR.exec(name);
  if (m) return m[1] === from.year ? to.year : null;
  m = afterYear ? MONTH.exec(name) : null;
  if (m) return Number(m[1]) === Number(from.month) ? asWritten(m[1] ?? "", to.month) : null;
  m = YEAR_MONTH.exec(name);
  if (m) return m[1] === from.year && Number(m[3]) === Number(from.month) ? `${to.year}${m[2] ?? ""}${asWritten(m[3] ?? "", to.month)}` : null;
  m = YEAR_MONTH_DAY.exec(name);
  if (m) {
    const same = m[1] === from.year && Number(m[3]) === Number(from.month) && Number(m[4]) === Number(from.day);
    return same ? `${to.year}${m[2] ?? ""}${asWritten(m[3] ?? "", to.month)}${m[2] ?? ""}${asWritten(m[4] ?? "", to.day)}` : null;
  }
  m = YEAR_PART.exec(name);
  if (m) {
    const letter = m[3] ?? "q";
    const same = m[1] === from.year && Number(m[4]) === partOfYear(letter, Number(from.month));
    return same ? `${to.year}${m[2] ?? ""}${letter}${partOfYear(letter, Number(to.month))}` : null;
  }
  return null;
}

/**
 * The folder for a new episode dated `date` ("" when the form has none) of a show kept in
 * `showFolder`: see the file's comment. `episodes`: the show's episodes, wherever they are.
 */
export function datedEpisodeFolder(showFolder: string, date: string, episodes: readonly PlacedEpisode[]): string {
  const base = parts(showFolder);
  const fold = (p: string) => p.normalize("NFC").toLowerCase();
  const inside = episodes.filter((e) => {
    const folder = parts(e.path).slice(0, -1);
    return folder.length >= base.length && base.every((p, i) => fold(p) === fold(folder[i] ?? ""));
  });
  const latest = latestOf(inside);
  if (latest === null) return showFolder;
  const below = parts(latest.path).slice(base.length, -1);
  if (below.length === 0) return showFolder;
  const from = latest.date !== null && isValidDate(latest.date) ? split(latest.date) : null;
  const to = isValidDate(date) ? split(date) : null;
  let afterYear = false;
  const renamed = below.map((name) => {
    const part = from !== null && to !== null ? renamedPart(name, from, to, afterYear) : null;
    afterYear = part !== null && YEAR.test(name);
    return part ?? name;
  });
  return [...base, ...renamed].join("/");
}
