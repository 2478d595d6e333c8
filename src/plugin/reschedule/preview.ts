// What the reschedule form shows for a date and time, before anything is written: the
// zones, the conflicts, and each change the reschedule would make (or why it cannot).
import type { RescheduleTarget } from "../../core/reschedule/plan";
import { planReschedule, targetTimes, targetWarnings } from "../../core/reschedule/plan";
import { normalizePath, type App } from "obsidian";
import { pathTaken, type Prepared } from "./prepare";

export interface Preview {
  /** "16:00 CET (10:00 EST)". */
  times: string;
  /** Overlapping episodes, a break: flagged, not blocking. */
  warnings: string[];
  /** What would change. */
  changes: string[];
  /** Why the reschedule cannot be made (nothing would be written), or null. */
  blocked: string | null;
}

export function preview(app: App, prepared: Prepared, target: RescheduleTarget): Preview {
  const { file, show } = prepared;
  const times = targetTimes(show, target, prepared.guests);
  const warnings = targetWarnings({ path: file.path, basename: file.basename, show, target }, prepared.others);
  const plan = planReschedule({ path: file.path, basename: file.basename, text: prepared.text, episode: prepared.episode, show, target });
  if (!plan.ok) return { times, warnings, changes: [], blocked: plan.reason };
  const changes = [...plan.note.changes];
  if (plan.name.rename) {
    const to = normalizePath(plan.name.path);
    if (pathTaken(app, to)) return { times, warnings, changes, blocked: `“${to}” already exists: the note cannot take that name. Move or rename that note, or choose another date.` };
    changes.push(`renamed to “${plan.name.basename}”`);
  } else if (plan.name.reason !== null) changes.push(`name kept: ${plan.name.reason}`);
  const ics = prepared.ics;
  if (ics && ics.next !== null) changes.push(`${ics.file.name} updated (the same event, sequence ${ics.sequence ?? 0} → ${ics.next})`);
  else if (ics) changes.push(`${ics.file.name} left as it is: its SEQUENCE cannot be read or raised, so no calendar would take an update`);
  else changes.push("no calendar invite exported yet, so none is written");
  if (prepared.index) changes.push(`episode list updated in ${prepared.index.file.basename}`);
  return { times, warnings, changes, blocked: null };
}
