// Why a tick was refused, in words that tell the user what changed in the note, that
// nothing was written, and what to do. The notice names the item itself, so these name
// only its heading.
//
// The reason (what changed, and that the note was not changed) and the advice (what to
// do) are two parts: the core's results carry the reason, and the plugin's notices say
// both (refusalNotice). What to do follows from why: when the list, redrawn a moment
// later, names the item again, tick it again there; when several identical items can no
// longer be told apart, only the note shows which one is meant; when the item is gone or
// changed, the note shows what became of it.
import type { TaskRef } from "./task-ref";
import { REPEATS_ADVICE, REPEATS_REASON, type TickRefusal } from "./repeats";

export interface Refusals {
  notATask: string;
  statusChanged: string;
  gone: string;
  headingGone: string;
  sectionsChanged: string;
  twinAdded: string;
  twinRemoved: string;
  twinTicked: string;
  moved: string;
  sectionLeft: string;
  copiesGone: string;
  copiesAdded: string;
  headingsChanged: string;
  copiesGoneAround: string;
  rebuilt: string;
  mergeConflict: string;
}

export type RefusalKind = keyof Refusals;

const UNCHANGED = "so the note was not changed.";
const UNCLEAR = "so it is unclear which one is meant and the note was not changed.";

/** Tick it again in the list: it names the item again once redrawn. */
const AGAIN = "Tick it again once the list has redrawn.";
/** Identical items that cannot be told apart: the note shows which is meant. */
const OPEN = "Open the note to tick the one you mean.";
/** Changed or gone: the note shows what became of it, and the redrawn list ticks it if it is still there. */
const CHECK = "Open the note to see it, or tick it again once the list has redrawn.";

export const ADVICE: Readonly<Record<RefusalKind, string>> = {
  notATask: CHECK,
  statusChanged: CHECK,
  gone: CHECK,
  headingGone: CHECK,
  sectionsChanged: OPEN,
  twinAdded: OPEN,
  twinRemoved: OPEN,
  twinTicked: OPEN,
  moved: AGAIN,
  sectionLeft: OPEN,
  copiesGone: AGAIN,
  copiesAdded: AGAIN,
  headingsChanged: AGAIN,
  copiesGoneAround: AGAIN,
  rebuilt: AGAIN,
  // Inside git's conflict markers (merge-refusal.ts): only the note shows both copies, and the row says how to resolve them.
  mergeConflict: OPEN,
};

export function refusals(ref: TaskRef): Refusals {
  const heading = ref.path[ref.path.length - 1];
  const under = heading === undefined ? "before the first heading" : `under “${heading}”`;
  return {
    notATask: `That line is no longer a checklist item, ${UNCHANGED}`,
    statusChanged: `It was ticked or changed in the note meanwhile, ${UNCHANGED}`,
    gone: `It was changed, moved or removed ${under} since the list was drawn, ${UNCHANGED}`,
    headingGone: `The heading “${heading ?? ""}” was renamed, moved or removed since the list was drawn, ${UNCHANGED}`,
    sectionsChanged: `Sections called “${heading ?? ""}” were added, removed or changed since the list was drawn, ${UNCLEAR}`,
    twinAdded: `Identical items were added ${under} since the list was drawn, ${UNCLEAR}`,
    twinRemoved: `Identical items were changed or removed ${under} since the list was drawn, ${UNCLEAR}`,
    twinTicked: `Identical items ${under} were ticked or unticked since the list was drawn, ${UNCLEAR}`,
    moved: `The note changed both above and below it, and ${under} too, since the list was drawn, ${UNCHANGED}`,
    sectionLeft: `Its section ${under} changed since the list was drawn, and another section now reads as it did, ${UNCLEAR}`,
    copiesGone: `Its section ${under} changed since the list was drawn, and identical items were changed or removed elsewhere in the note, ${UNCHANGED}`,
    // Only when one line added cannot explain the note (one-added.ts): other lines changed too, or the copy sits next to one.
    copiesAdded: `An identical item was added elsewhere in the note since the list was drawn, along with other changes or next to a copy (it may be this one, moved away), ${UNCHANGED}`,
    headingsChanged: `Its section ${under} changed since the list was drawn, and headings or code fences were added, removed or changed elsewhere in the note, ${UNCHANGED}`,
    copiesGoneAround: `The note changed both above and below it, and identical items were changed or removed elsewhere in it, since the list was drawn, ${UNCHANGED}`,
    rebuilt: `The note changed both above and below it since the list was drawn, and items now stand under other headings than they did, ${UNCHANGED}`,
    mergeConflict: `It stands inside an unresolved merge conflict (git's <<<<<<< and >>>>>>> lines), a copy of it on each side, ${UNCHANGED}`,
  };
}

/** What the plugin's notice says after “did not tick …:”: why, that nothing was written, and what to do. */
export function refusalNotice(ref: TaskRef, kind: TickRefusal): string {
  return `${refusalReason(ref, kind)} ${kind === "repeats" ? REPEATS_ADVICE : ADVICE[kind]}`;
}

/** Why, alone: the note changed since the list was drawn (the kinds above), or the item repeats (repeats.ts). */
export function refusalReason(ref: TaskRef, kind: TickRefusal): string {
  return kind === "repeats" ? REPEATS_REASON : refusals(ref)[kind];
}
