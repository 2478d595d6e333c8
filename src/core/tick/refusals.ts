// Why a tick was refused, in words that tell the user what changed in the note and what
// to do. The notice names the item itself, so these name only its heading.
import type { TaskRef } from "./task-ref";

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
}

const UNCHANGED = "so the note was not changed";
const UNCLEAR = "so it is unclear which one is meant and the note was not changed. Open the note to tick it.";
const AGAIN = "so the note was not changed. Tick it again once the list has caught up.";

export function refusals(ref: TaskRef): Refusals {
  const heading = ref.path[ref.path.length - 1];
  const under = heading === undefined ? "before the first heading" : `under “${heading}”`;
  return {
    notATask: `That line is no longer a checklist item, ${UNCHANGED}.`,
    statusChanged: `It was ticked or changed in the note meanwhile, ${UNCHANGED}.`,
    gone: `It was changed, moved or removed ${under} since the list was drawn, ${UNCHANGED}.`,
    headingGone: `The heading “${heading ?? ""}” was renamed, moved or removed since the list was drawn, ${UNCHANGED}.`,
    sectionsChanged: `Sections called “${heading ?? ""}” were added, removed or changed since the list was drawn, ${UNCLEAR}`,
    twinAdded: `Identical items were added ${under} since the list was drawn, ${UNCLEAR}`,
    twinRemoved: `Identical items were changed or removed ${under} since the list was drawn, ${UNCLEAR}`,
    twinTicked: `Identical items ${under} were ticked or unticked since the list was drawn, ${UNCLEAR}`,
    moved: `The note changed both above and below it, and ${under} too, since the list was drawn, ${AGAIN}`,
    sectionLeft: `Its section ${under} changed since the list was drawn, and another section now reads as it did, ${UNCLEAR}`,
    copiesGone: `Its section ${under} changed since the list was drawn, and identical items were changed or removed elsewhere in the note, ${AGAIN}`,
    copiesAdded: `An identical item was added elsewhere in the note since the list was drawn (it may be this one, moved away), ${AGAIN}`,
    headingsChanged: `Its section ${under} changed since the list was drawn, and headings or code fences were added, removed or changed elsewhere in the note, ${AGAIN}`,
    copiesGoneAround: `The note changed both above and below it, and identical items were changed or removed elsewhere in it, since the list was drawn, ${AGAIN}`,
    rebuilt: `The note changed both above and below it since the list was drawn, and items now stand under other headings than they did, ${AGAIN}`,
  };
}
