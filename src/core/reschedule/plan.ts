// A reschedule as a pure plan: the note's new text, its new name, and the words for the
// form's preview and the notice. The shell (src/plugin/reschedule/) adds what needs the
// vault: whether the new name is free, the exported .ics and the index note's list.
import type { Episode } from "../types";
import type { ShowSettings } from "../settings/settings";
import { planNoteReschedule, type NotePlan, type RescheduleTarget } from "./note-plan";
import { renamedForDate, type NameChange } from "./file-name";
import { slotAt, slotWarnings, type ShowSlot } from "../deadlines/conflicts";
import { describeTime } from "../time/describe-time";
import { guestZoneEntries, type ZonedGuest } from "../guests/guest-time";
import { wallReading } from "../time/zone-clock";

export type { RescheduleTarget } from "./note-plan";

export interface RescheduleInput {
  path: string;
  basename: string;
  /** The note's text now (the open editor's, unsaved typing included). */
  text: string;
  /** The note read from `text` with its show's rules. */
  episode: Episode;
  show: ShowSettings;
  target: RescheduleTarget;
}

export type ReschedulePlan = { ok: true; note: Extract<NotePlan, { ok: true }>; name: NameChange } | { ok: false; reason: string };

export function planReschedule(input: RescheduleInput): ReschedulePlan {
  const name = renamedForDate(input.path, input.basename, input.show.fileNamePattern, input.episode.date, input.target.date);
  const note = planNoteReschedule(input.text, input.episode, input.target, input.show.schedule.time, name.rename, input.show.schedule.timeZone);
  if (!note.ok) return note;
  return { ok: true, note, name };
}

/**
 * The start in the show's zone and the display zones, then in each guest's zone that
 * reads otherwise ("16:00 CET (15:00 UTC, 10:00 CDT for Ann Lee)"), or "" when not a real
 * moment.
 */
export function targetTimes(show: ShowSettings, target: RescheduleTarget, guests: readonly ZonedGuest[] = []): string {
  const slot = slotAt(show, target.date, target.time);
  if (!slot) return "";
  const base = describeTime(slot.start, show.schedule.timeZone, show.displayTimeZones);
  const extra = guestZoneEntries(slot.start, show.schedule.timeZone, guests);
  if (base === "" || extra.length === 0) return base;
  return base.endsWith(")") ? `${base.slice(0, -1)}, ${extra.join(", ")})` : `${base} (${extra.join(", ")})`;
}

/** What the form warns about the new slot: overlapping episodes of any show, the show's breaks. */
export function targetWarnings(input: Pick<RescheduleInput, "path" | "basename" | "show" | "target">, others: readonly ShowSlot[]): string[] {
  const slot = slotAt(input.show, input.target.date, input.target.time, input.path, input.basename);
  if (!slot) return [];
  // A time the clocks skip starts later (the rule of zonedToInstant); the hint alone was easy to miss.
  const zone = input.show.schedule.timeZone;
  const wall = wallReading(slot.start, zone);
  const at = wall ? (wall.date === input.target.date ? wall.time : `${wall.time} on ${wall.date}`) : "";
  const skipped = wall && (wall.time !== input.target.time || wall.date !== input.target.date) ? [`${input.target.time} does not happen on ${input.target.date} in ${zone} (the clocks go forward): the show would start at ${at}.`] : [];
  return [...skipped, ...slotWarnings(slot, others)];
}
