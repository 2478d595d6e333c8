// The new-episode form reads the show's episodes when it opens; a sync (or the other host)
// may bring a note in while it is open. At Create the form reads them again: anything the
// form would now say that it did not say before (a number used, a slot taken, a studio
// busy) stops this Create once. A number taken meanwhile is replaced by the next free one
// (the old one cannot be created anyway), a slot taken meanwhile by the next free slot when
// the date is still the form's own proposal (a date the user typed is theirs: said, kept).
// Nothing is written until the user presses Create again on what the form now shows.
import type { ShowSettings } from "../settings/settings";
import type { Numbered } from "../vault/numbering";
import { draftWarnings, type BusySlots } from "./draft-warnings";
import { nextInSeason, suggestDraft, validateDraft, type EpisodeDraft, type ShowEpisodeFacts } from "./new-episode";
import { largestNumber } from "./number-limit";

/** What the form knows about the show's notes. */
export interface FormFacts {
  existing: readonly ShowEpisodeFacts[];
  others: readonly Numbered[];
  busy: BusySlots;
}

export interface TakenMeanwhile {
  /** The next free number, when the draft's was taken meanwhile. */
  number?: number;
  /** The next free slot's day, when the form's proposed day was taken meanwhile. */
  date?: string;
  message: string;
}

/** All the form says about the draft given `facts`: its errors and its date's warnings. */
function said(draft: EpisodeDraft, show: ShowSettings, facts: FormFacts, now: Date): { number: string | undefined; all: string[] } {
  const errors = validateDraft(draft, facts.existing, show.fileNamePattern);
  return { number: errors.number, all: [...Object.values(errors), ...draftWarnings(draft, show, facts.existing, now, facts.busy)] };
}

/**
 * What changed for the draft between the facts the form opened with and those at Create;
 * null when nothing new is to be said (Create goes ahead). `now` is the same instant for
 * both readings, so only the notes' changes count, not the time the form stayed open.
 */
export function takenMeanwhile(
  draft: EpisodeDraft,
  show: ShowSettings,
  before: FormFacts,
  after: FormFacts,
  now: Date,
  proposedDate: string,
): TakenMeanwhile | null {
  const old = said(draft, show, before, now);
  const fresh = said(draft, show, after, now);
  const known = new Set(old.all);
  const news = fresh.all.filter((message) => !known.has(message));
  if (news.length === 0) return null;
  const result: TakenMeanwhile = { message: "" };
  const changes: string[] = [];
  if (fresh.number !== undefined && fresh.number !== old.number) {
    result.number = nextInSeason(draft.season ?? null, after.existing, after.others, largestNumber(show.fileNamePattern));
    changes.push(`number ${result.number}`);
  }
  const dateNews = news.filter((message) => message !== fresh.number);
  if (dateNews.length > 0 && draft.date === proposedDate) {
    const next = suggestDraft(show, after.existing, now, after.others, after.busy).date;
    if (next !== "" && next !== draft.date) {
      result.date = next;
      changes.push(next);
    }
  }
  const proposal =
    changes.length > 0
      ? `The form now proposes ${changes.join(" on ")}. Nothing was written: press Create to use ${changes.length > 1 ? "them" : "it"}.`
      : "Nothing was written: press Create again to go ahead.";
  result.message = `While the form was open, other notes arrived (a sync?): ${news.join(" ")} ${proposal}`;
  return result;
}
