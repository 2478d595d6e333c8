// What the new-episode form points out about the date without refusing it: a date in
// the past, a weekday other than the show's, a slot another episode of the show already
// has, a day the show takes off, a slot a show sharing its studio has taken. Warnings, not errors: a special episode on another day, or a note written after
// the fact, is allowed.
import type { ShowSettings } from "../settings/settings";
import type { EpisodeDraft, ShowEpisodeFacts } from "./new-episode";
import { isValidDate, weekdayOf } from "../time/calendar-date";
import { cadenceText, fortnightAnchor, isFortnightly, onCadenceWeek, placeText } from "../settings/cadence";
import { isValidTime } from "../time/wall-time";
import { zonedToInstant } from "../time/zoned-to-instant";
import { breakOn, type Break } from "../deadlines/breaks";
import { breakMessage, slotAt, windowsOverlap } from "../deadlines/conflicts";
import type { TimeWindow } from "../calendar/invite-window";

/** What keeps a slot from being free besides the show's own episodes (deadlines/conflicts.ts's busySlotsFor). */
export interface BusySlots {
  breaks: readonly Break[];
  windows: readonly TimeWindow[];
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The instant `date` at `time` in the show's zone, or null when that is no instant. */
function startOf(date: string, time: string, show: ShowSettings): number | null {
  const result = zonedToInstant(date, isValidTime(time) ? time : show.schedule.time, show.schedule.timeZone);
  return result.ok ? result.instant.getTime() : null;
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** The warnings for the draft's date, in the order they matter; empty when there is nothing to say. */
export function draftWarnings(
  draft: EpisodeDraft,
  show: ShowSettings,
  existing: readonly ShowEpisodeFacts[],
  now: Date,
  busy: BusySlots = { breaks: [], windows: [] },
): string[] {
  const date = draft.date.trim();
  if (date === "" || !isValidDate(date)) return [];
  const warnings: string[] = [];
  const start = startOf(date, draft.time, show);
  const length = show.schedule.durationMinutes * 60_000;
  // Past once over: an episode on air right now may still get its note.
  if (start !== null && start + length <= now.getTime()) {
    warnings.push(`${date} at ${isValidTime(draft.time) ? draft.time : show.schedule.time} (${show.schedule.timeZone}) is in the past.`);
  }

  const weekday = weekdayOf(date);
  if (weekday !== null && weekday !== show.schedule.weekday) {
    warnings.push(`That is a ${WEEKDAYS[weekday] ?? ""}; ${show.name} is usually on ${cadenceText(show.schedule)}. Fine for a special episode.`);
  } else if (weekday !== null && isFortnightly(show.schedule)) {
    // Counted from the latest dated episode other than this draft's own date.
    const anchor = fortnightAnchor(existing.map((e) => e.date).filter((d) => d !== date), show.schedule.weekday);
    if (anchor !== null && !onCadenceWeek(date, show.schedule, anchor)) {
      warnings.push(`That is an off week: ${show.name} is on ${cadenceText(show.schedule)}, two weeks from ${anchor}. Fine for a special episode.`);
    }
  } else if (weekday !== null && !onCadenceWeek(date, show.schedule)) {
    warnings.push(`That is ${placeText(date)} of the month; ${show.name} is usually on ${cadenceText(show.schedule)}. Fine for a special episode.`);
  }

  // Taken: another episode the same day whose hour on air overlaps this one (a show with
  // two slots a day can use both).
  const clash = existing.find((other) => {
    if (other.date !== date) return false;
    const theirs = startOf(date, other.time ?? show.schedule.time, show);
    return start === null || theirs === null || (theirs < start + length && start < theirs + length);
  });
  if (clash) warnings.push(`${nameOf(clash.path)} is already on ${date}.`);

  const off = breakOn(date, busy.breaks);
  if (off) warnings.push(`${breakMessage(off)}.`);
  const slot = slotAt(show, date, isValidTime(draft.time) ? draft.time : show.schedule.time);
  if (slot && busy.windows.some((window) => windowsOverlap(window, slot.window))) {
    warnings.push("Another show that streams from the same studio has an episode then.");
  }
  return warnings;
}
