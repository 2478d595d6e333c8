// A "no" that sticks. A proposed value the user did not take in the review is declined:
// a correction's change left unticked, or a proposed value edited or cleared before
// adding. It is stored with the show (settings/declined.ts), per field and value, and
// Detect holds it back from then on (configured.ts): it is shown as declined, unticked,
// and ticking it takes the "no" back. A different value found later is proposed as usual.
// A list field (guest fields, phase phrases, zones) is declined item by item.
import type { ShowSettings } from "../settings/settings";
import { withDeclined, withoutDeclined, type DeclinedProposal } from "../settings/declined";
import { addedHeadings, fieldText } from "./describe";
import { fieldInput } from "./field-input";
import { reviewFields } from "./proposal";
import { type DetectField, type ProposedShow } from "./types";

/** A field's values as declines store them: one per item for a list field, none for an empty one. */
export function valuesOf(show: ShowSettings, field: DetectField): string[] {
  switch (field) {
    case "displayTimeZones":
      return [...show.displayTimeZones];
    case "guestFields":
      return [...show.guestFields];
    case "breaks":
      return [...show.breaks];
    case "phaseHeadings":
      return addedHeadings(show);
    case "weekday":
      // Its words, so the settings page can show what was declined ("Last Tuesday of the month").
      return [fieldText(show, field)];
    default: {
      const text = fieldInput(show, field).trim();
      return text === "" ? [] : [text];
    }
  }
}

/** `field` of `from` copied into `to` (deep, nothing shared). */
export function copyField(from: ShowSettings, to: ShowSettings, field: DetectField): void {
  switch (field) {
    case "weekday":
      to.schedule.weekday = from.schedule.weekday;
      if (from.schedule.weekOfMonth === undefined) delete to.schedule.weekOfMonth;
      else to.schedule.weekOfMonth = from.schedule.weekOfMonth;
      if (from.schedule.weeksApart === undefined) delete to.schedule.weeksApart;
      else to.schedule.weeksApart = from.schedule.weeksApart;
      return;
    case "time":
    case "timeZone":
      to.schedule[field] = from.schedule[field];
      return;
    case "format":
      if (from.format === undefined) delete to.format;
      else to.format = from.format;
      return;
    case "channel":
    case "playlist":
    case "meetup":
    case "studio":
      to.links[field] = from.links[field];
      return;
    case "phaseHeadings":
      to.phaseHeadings = structuredClone(from.phaseHeadings);
      return;
    case "displayTimeZones":
    case "guestFields":
    case "breaks":
      to[field] = [...from[field]];
      return;
    default:
      (to as unknown as Record<string, unknown>)[field] = from[field];
  }
}

/**
 * The show to store when the review is accepted: `final` (the proposal as the user left it)
 * with its declines brought up to date. A reviewed field's proposed values the user did
 * not keep are declined; a held change is declined when left unticked and taken back
 * (its "no" forgotten) when ticked. Fields nothing was found for are no proposal to decline.
 */
export function withReviewDeclines(proposal: ProposedShow, final: ShowSettings, ticked: ReadonlySet<DetectField>): ShowSettings {
  const show = structuredClone(final);
  const add: DeclinedProposal[] = [];
  const remove: DeclinedProposal[] = [];
  for (const field of reviewFields(proposal)) {
    if (field === "name" || proposal.evidence[field]?.confidence === "default") continue;
    const kept = new Set(valuesOf(final, field).map((v) => v.toLowerCase()));
    for (const value of valuesOf(proposal.show, field)) if (!kept.has(value.toLowerCase())) add.push({ field, value });
  }
  for (const held of proposal.held) {
    const entries = held.values.map((value) => ({ field: held.field, value }));
    if (ticked.has(held.field)) remove.push(...entries);
    else add.push(...entries);
  }
  const fewer = withoutDeclined(show.declined, remove);
  if (fewer !== null) show.declined = fewer;
  const more = withDeclined(show.declined, add);
  if (more !== null) show.declined = more;
  // Absent when empty, as the settings store it (settings/declined.ts).
  if (show.declined?.length === 0) delete show.declined;
  return show;
}

