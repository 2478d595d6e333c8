// Whether a series airs every other week, from its dates. A fortnightly podcast proposed as
// weekly had its next episode proposed a week after the last and its outreach text called
// it weekly. The rule: the gaps between consecutive dated episodes are mostly exactly 14
// days (more than half of them), and hardly any is shorter (at most one in five, for an
// episode moved by a week): a weekly show that skips weeks has 7-day gaps among its
// 14-day ones. Numbered episodes must also be about two weeks apart per number: a weekly
// show whose dated notes happen to be every other number (#3, #5, #7) is not fortnightly.
// One gap is a guess; a monthly finding (monthly.ts) never meets this rule (its gaps are 25+).
import { daysBetween } from "../time/calendar-date";
import type { WeeksApart } from "../settings/cadence";
import type { Found } from "./schedule";
import type { DatedEpisode } from "./monthly";
import { WEEKDAY_NAMES } from "./schedule-words";

const FORTNIGHT = 14;
/** Days per number below which numbered episodes are weekly, not fortnightly (7 a week, 14 a fortnight). */
const MIN_DAYS_PER_NUMBER = 11;

export function findFortnightly(episodes: readonly DatedEpisode[], weekday: number): Found<WeeksApart> | null {
  const days = [...new Set(episodes.map((e) => e.date).filter((d): d is string => d !== null))].sort();
  if (days.length < 2 || weeklyByNumber(episodes)) return null;
  let fortnights = 0;
  let short = 0;
  for (let i = 1; i < days.length; i++) {
    const gap = daysBetween(days[i - 1] ?? "", days[i] ?? "");
    if (gap === null) return null;
    if (gap === FORTNIGHT) fortnights++;
    else if (gap < FORTNIGHT) short++;
  }
  const gaps = days.length - 1;
  if (fortnights * 2 <= gaps || short * 5 > gaps) return null;
  const shown = days.length > 4 ? [...days.slice(0, 2), "…", ...days.slice(-2)] : days;
  return {
    value: 2,
    confidence: gaps >= 2 ? "found" : "guess",
    reasons: [
      `every other ${WEEKDAY_NAMES[weekday] ?? ""}: ${fortnights} of the ${gaps} gap${gaps === 1 ? "" : "s"} between the ${days.length} dated episodes (${shown.join(", ")}) ${gaps === 1 ? "is" : "are"} ${FORTNIGHT} days, ${short === 0 ? "none" : String(short)} shorter`,
    ],
  };
}

/** Numbered episodes of one season less than MIN_DAYS_PER_NUMBER apart per number, first to last. */
function weeklyByNumber(episodes: readonly DatedEpisode[]): boolean {
  const bySeason = new Map<number | null, { date: string; number: number }[]>();
  for (const e of episodes) {
    if (e.date === null || e.number === null) continue;
    const list = bySeason.get(e.season ?? null) ?? [];
    list.push({ date: e.date, number: e.number });
    bySeason.set(e.season ?? null, list);
  }
  for (const list of bySeason.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date));
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last || last.number <= first.number) continue;
    if ((daysBetween(first.date, last.date) ?? 0) < MIN_DAYS_PER_NUMBER * (last.number - first.number)) return true;
  }
  return false;
}
