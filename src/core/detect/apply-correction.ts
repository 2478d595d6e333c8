// A correction applied onto the show as it is when the user accepts it, not onto the copy
// Detect took when it ran. The review stays open as long as the user likes; meanwhile the
// settings tab, a sync, or another Detect may change that show. Three versions meet here:
// `before` (the show as Detect read it), `after` (what the user accepted in the review)
// and `current` (the show now). Only what the review changed (after differs from before)
// is applied, field by field; everything else stays as it is now.
//
// A single-value field (a folder, a time) changed meanwhile to something other than
// Detect's "before" is a conflict: the user's newer value stays and the conflict is
// reported. A list field (guest fields, zones to show, phase phrases, declines) is merged
// item by item: what the review added is added, what it removed is removed, and what
// the user added or removed meanwhile stays so. Nothing the user did meanwhile is lost.
import type { ShowSettings } from "../settings/settings";
import { PHASES } from "../types";
import { declineKey, type DeclinedProposal } from "../settings/declined";
import { DETECT_FIELDS, type DetectField } from "./types";
import { copyField } from "./declines";
import { fieldText } from "./describe";

export interface FieldConflict {
  /** The show's name as it is now. */
  show: string;
  field: DetectField;
  /** The value the user set meanwhile, which stays (fieldText's words). */
  kept: string;
  /** The value the review would have set. */
  proposed: string;
}

export interface AppliedCorrection {
  show: ShowSettings;
  /** The fields that changed (declines not counted). */
  applied: DetectField[];
  conflicts: FieldConflict[];
}

const LIST_FIELDS = new Set<DetectField>(["displayTimeZones", "guestFields", "phaseHeadings", "breaks"]);

/** The part of a show one field stands for, comparable as JSON. */
function fieldValue(show: ShowSettings, field: DetectField): unknown {
  switch (field) {
    case "weekday":
      return [show.schedule.weekday, show.schedule.weekOfMonth ?? null, show.schedule.weeksApart ?? null];
    case "time":
    case "timeZone":
      return show.schedule[field];
    case "format":
      return show.format ?? null;
    case "channel":
    case "playlist":
    case "meetup":
    case "studio":
      return show.links[field];
    default:
      return show[field];
  }
}

function same(a: ShowSettings, b: ShowSettings, field: DetectField): boolean {
  return JSON.stringify(fieldValue(a, field)) === JSON.stringify(fieldValue(b, field));
}

/** `current` with what `after` added to and removed from `before`; current's own order and items kept. */
export function mergeList<T>(before: readonly T[], after: readonly T[], current: readonly T[], key: (item: T) => string = String): T[] {
  const had = new Set(before.map(key));
  const kept = new Set(after.map(key));
  const removed = new Set([...had].filter((k) => !kept.has(k)));
  const out = current.filter((item) => !removed.has(key(item)));
  const present = new Set(out.map(key));
  for (const item of after) {
    const k = key(item);
    if (had.has(k) || present.has(k)) continue;
    present.add(k);
    out.push(item);
  }
  return out;
}

function mergeListField(show: ShowSettings, before: ShowSettings, after: ShowSettings, field: DetectField): void {
  if (field === "phaseHeadings") {
    for (const phase of PHASES) show.phaseHeadings[phase] = mergeList(before.phaseHeadings[phase], after.phaseHeadings[phase], show.phaseHeadings[phase]);
  } else if (field === "displayTimeZones" || field === "guestFields" || field === "breaks") {
    show[field] = mergeList(before[field], after[field], show[field]);
  }
}

export function applyCorrection(current: ShowSettings, before: ShowSettings, after: ShowSettings): AppliedCorrection {
  const show = structuredClone(current);
  const applied: DetectField[] = [];
  const conflicts: FieldConflict[] = [];
  for (const field of DETECT_FIELDS) {
    if (same(after, before, field) || same(current, after, field)) continue;
    if (LIST_FIELDS.has(field)) {
      mergeListField(show, before, after, field);
      if (!same(show, current, field)) applied.push(field);
    } else if (same(current, before, field)) {
      copyField(after, show, field);
      if (field === "weekday") copyWeeksApart(after, show);
      applied.push(field);
    } else conflicts.push({ show: current.name, field, kept: fieldText(current, field), proposed: fieldText(after, field) });
  }
  // What the review declined or took back, onto the declines the show has now.
  const key = (d: DeclinedProposal) => declineKey(d.field, d.value);
  const declined = mergeList(before.declined ?? [], after.declined ?? [], current.declined ?? [], key);
  if (declined.length > 0) show.declined = declined;
  else delete show.declined;
  return { show, applied, conflicts };
}

/** The cadence's every-other-week part, which declines.ts's copyField leaves out of "weekday". */
function copyWeeksApart(from: ShowSettings, to: ShowSettings): void {
  if (from.schedule.weeksApart === undefined) delete to.schedule.weeksApart;
  else to.schedule.weeksApart = from.schedule.weeksApart;
}
