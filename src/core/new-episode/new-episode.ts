// "New episode": what the form proposes, what it accepts, and the note it writes. The
// Obsidian layer only shows the form and performs the single vault.create.
import type { ShowSettings } from "../settings/settings";
import { numbering, padNumber, type Numbered } from "../vault/numbering";
import { nextSlot } from "../time/next-slot";
import { fortnightAnchor, isFortnightly, onCadenceWeek } from "../settings/cadence";
import { addDays, isValidDate } from "../time/calendar-date";
import { isValidTime } from "../time/wall-time";
import { hasSeason, renderName, seasonTextIn, sluggedFields } from "../note/name-pattern";
import { seasonFolder } from "./season-folder";
import { datedEpisodeFolder } from "./dated-folder";
import { largestNumber, MAX_NUMBER, proposableNumber } from "./number-limit";
import { TOPIC_LOST, topicLostInName } from "./topic-in-name";
import { slugify } from "../note/slug";
import { andWordsFor } from "../note/and-words";
import { episodePath, joinNames } from "./naming";
import { renderTemplate } from "./template/render";
import { builtinTemplateFor } from "./template/builtin";
import { episodeValues } from "./template/episode-values";
import { spanishWords } from "../snippets/spanish-values";
import { speaksSpanish } from "../snippets/snippet-language";
import { textNumberWidth } from "./template/number-in-text";
import { fillEmptyFields } from "./template/fill-fields";
import { replaceExampleTitle } from "./template/example-title";
import { formDateOverTemplater } from "./template/templater-date";
import { dateChecklist, earliestDue } from "../deadlines/template-offsets";
import { breakOn, type Break } from "../deadlines/breaks";
import { slotAt, windowsOverlap } from "../deadlines/conflicts";
import type { TimeWindow } from "../calendar/invite-window";

export interface EpisodeDraft {
  topic: string;
  guests: string[];
  date: string;
  time: string;
  number: number | null;
  /**
   * The season, for a show whose file-name pattern has `{{season}}` (`number` is then the
   * episode within it); absent for other shows.
   */
  season?: number | null;
  /**
   * The note's name when the draft is an episode the index note plans ("GOH 31 - Adaptive
   * Telemetry with Sean Porter"): the name its link already gives, so the link finds the note
   * and the list gets no second line for it. Absent: the show's pattern names the note.
   */
  plannedName?: string;
}

export interface ShowEpisodeFacts {
  number: number | null;
  /** The season of a name like S02E05; absent or null without one. */
  season?: number | null;
  date: string | null;
  path: string;
  /** `HH:mm` when the note gives its own time; the show's time otherwise. */
  time?: string | null;
}

/** What else keeps a slot from being free: the show's breaks, and the invites of shows sharing its studio. */
export interface BusySlots {
  breaks: readonly Break[];
  windows: readonly TimeWindow[];
}

/**
 * Prefill: the show's highest number + 1 and its next slot that no episode has taken,
 * that is not on one of its breaks and whose invite overlaps no episode of a show
 * sharing its studio. `others`: notes named in the show's series that are not
 * episodes; their numbers are taken too.
 */
export function suggestDraft(
  show: ShowSettings,
  existing: readonly ShowEpisodeFacts[],
  now: Date,
  others: readonly Numbered[] = [],
  busy: BusySlots = { breaks: [], windows: [] },
): EpisodeDraft {
  const taken = new Set(existing.map((e) => e.date).filter((d): d is string => d !== null));
  const slot = nextSlot(now, show.schedule.weekday, show.schedule.time, show.schedule.timeZone, show.schedule.durationMinutes);
  const isFree = (date: string) => {
    if (taken.has(date) || breakOn(date, busy.breaks)) return false;
    if (busy.windows.length === 0) return true;
    const candidate = slotAt(show, date, show.schedule.time);
    return candidate === null || !busy.windows.some((w) => windowsOverlap(candidate.window, w));
  };
  let date = slot.ok ? slot.date : "";
  // A monthly show takes only its week of the month ("the first Tuesday"), a fortnightly one
  // every other week from its latest dated episode: up to two years ahead either way.
  // The anchor's own week has its episode even when it aired a day or two off the weekday.
  const anchor = isFortnightly(show.schedule) ? fortnightAnchor(existing.map((e) => e.date), show.schedule.weekday) : null;
  const onWeek = (day: string) => onCadenceWeek(day, show.schedule, anchor) && day !== anchor;
  for (let week = 0; date !== "" && !(onWeek(date) && isFree(date)) && week < 104; week++) date = addDays(date, 7) ?? "";
  const seasoned = hasSeason(show.fileNamePattern);
  const numbers = numbering(existing, others);
  // A pattern without {{season}} writes plain numbers: they go on from the names without a
  // season when there are any (a trailer named S01E01 beside GOH 1 to 40 is no season 1 to follow).
  const plain = !seasoned && numbers.season !== undefined && existing.some((e) => e.number !== null && (e.season ?? null) === null);
  return {
    topic: "",
    guests: [],
    date,
    time: show.schedule.time,
    // A show named by date (`2025-03-25-loki-cache`) is not numbered: "1" would be no number of it.
    number:
      numbers.highest === null && !show.fileNamePattern.includes("{{number}}")
        ? null
        : plain
          ? nextInSeason(null, existing, others, largestNumber(show.fileNamePattern))
          : proposableNumber(numbers.next, inSeason(numbers.season ?? null, existing, others), largestNumber(show.fileNamePattern)),
    // Numbered within seasons: the latest season, its next number (a new season is the form's to start).
    ...(seasoned ? { season: numbers.season ?? 1 } : {}),
  };
}

/**
 * The next number within `season`: its highest plus one, 1 for a season not yet begun; never
 * past `largest`, the largest number a name carries (number-limit.ts).
 */
export function nextInSeason(season: number | null, existing: readonly ShowEpisodeFacts[], others: readonly Numbered[] = [], largest = MAX_NUMBER): number {
  const within = (e: { season?: number | null }) => (e.season ?? null) === season;
  return proposableNumber(numbering(existing.filter(within), others.filter(within)).next, inSeason(season, existing, others), largest);
}

/** The numbers taken in `season`, by episodes and by other notes of the series. */
function inSeason(season: number | null, existing: readonly ShowEpisodeFacts[], others: readonly Numbered[]): (number | null)[] {
  return [...existing, ...others].filter((e) => (e.season ?? null) === season).map((e) => e.number);
}

export type DraftErrors = Partial<Record<keyof EpisodeDraft, string>>;

export function validateDraft(draft: EpisodeDraft, existing: readonly ShowEpisodeFacts[], fileNamePattern = ""): DraftErrors {
  const errors: DraftErrors = {};
  const slugged = sluggedFields(fileNamePattern);
  if (draft.topic.trim() === "") errors.topic = "Give the episode a topic.";
  else if (draft.topic.length > 150) errors.topic = "Keep the topic under 150 characters; it becomes the file name.";
  // A slug keeps only letters and digits: "🎉 & ?" would leave the name without its topic.
  else if ((slugged.has("topic") || slugged.has("title")) && slugify(draft.topic) === "") errors.topic = "This show names its notes with the topic's words in lowercase joined by “-”: give the topic at least one letter or digit.";
  else if (topicLostInName(draft.topic, fileNamePattern)) errors.topic = TOPIC_LOST;
  if (draft.date !== "" && !isValidDate(draft.date)) errors.date = "Use a date like 2024-01-05.";
  if (!isValidTime(draft.time)) errors.time = "Use a time like 13:00.";
  if (draft.number !== null) {
    // The range said, as the season's check does: "Use a whole number." for 10000 after a season told nothing.
    const largest = largestNumber(fileNamePattern);
    if (!Number.isInteger(draft.number) || draft.number < 0 || draft.number > largest) errors.number = `Use a whole number from 0 to ${largest}.`;
    else {
      // Within its season: S01E03 and S02E03 are two episodes.
      const season = draft.season ?? null;
      const clash = existing.find((e) => e.number === draft.number && (e.season ?? null) === season);
      const which = season === null ? `Number ${draft.number}` : `Episode ${draft.number} of season ${season}`;
      if (clash) errors.number = `${which} is already used by ${clash.path}.`;
    }
  }
  if (draft.season !== undefined && (draft.season === null || !Number.isInteger(draft.season) || draft.season < 0 || draft.season > 999)) {
    errors.season = "Use a whole number for the season (0 to 999).";
  }
  if (draft.guests.some((g) => g.length > 120)) errors.guests = "A guest name is too long.";
  return errors;
}

/**
 * Split what the user typed in the guests box: at new lines, commas, semicolons and `&`,
 * then at "and" (or the show's own word, "y" in Spanish) between spaces; such a word at
 * the start or end of a line ("Ann and" then "Bo" on the next) joins too.
 */
export function splitGuestInput(text: string, language = ""): string[] {
  // "Ana y Bruno" is two guests in a show whose language is es, as `Invitado(s): Ana y Bruno` is (and-words.ts).
  const words = andWordsFor(language).join("|");
  // (?<!\s): a run of spaces is tried from its first space only. /\s+and\s+/ was tried
  // from every space of a run, each try running to its end: a pasted run of 12,000
  // spaces took 0.4 s per keystroke.
  const between = new RegExp(`(?<!\\s)\\s+(?:${words})\\s+`, "i");
  const edge = new RegExp(`^(?:${words})(?:\\s+|$)|(?<!\\s)\\s+(?:${words})$`, "gi");
  return text
    .split(/[\n,;&]/)
    .flatMap((line) => line.trim().replace(edge, "").split(between))
    .map((g) => g.trim())
    .filter((g) => g !== "");
}

export interface EpisodePlan {
  path: string;
  basename: string;
  content: string;
  /** Template tags that were left as written (for a notice). */
  unresolved: string[];
  /** Checklist deadlines left as written, with why (for a notice). */
  deadlineProblems: string[];
}

/**
 * The note to create. `source` is the user's template text, or null for the
 * built-in one. The path is not checked for existence here: the caller decides
 * between opening the existing note and using a free name.
 */
export function planEpisode(
  draft: EpisodeDraft,
  show: ShowSettings,
  source: string | null,
  now: Date,
  locale = "en",
  /** The show's episodes: a season's episodes go where that season's notes are (season-folder.ts), others beside the latest (dated-folder.ts). */
  existing: readonly ShowEpisodeFacts[] = [],
): EpisodePlan {
  // A byte-order mark before a template's `---` is an encoding mark, not text: kept, it hid
  // the frontmatter from every rule below (the date and guest fields stayed empty, values
  // went unquoted), and the note is written as UTF-8 without one, as Obsidian writes notes.
  // A `date:` that is Templater's date (`<% tp.date.now("YYYY-MM-DD", 7) %>`) counts as empty: the form's date fills it (templater-date.ts).
  const template = source === null ? null : formDateOverTemplater(source.replace(/^\uFEFF/, ""));
  const number = draft.number === null ? "" : padNumber(draft.number, show.numberPadding);
  const season = draft.season ?? null;
  const name = draft.plannedName ?? renderName(show.fileNamePattern, {
    show: show.name,
    code: show.code,
    number,
    season,
    topic: draft.topic.trim(),
    guests: joinNames(draft.guests),
    date: draft.date,
  });
  // A season's episodes go where that season's are; any other, beside the show's latest
  // episode, in its date's year (or month, or day) folder when the show files them so.
  const folder = season === null || !hasSeason(show.fileNamePattern) ? datedEpisodeFolder(show.folder, draft.date, existing) : seasonFolder(show.folder, season, existing);
  const path = episodePath(folder, name);
  const basename = path.slice(path.lastIndexOf("/") + 1, -3);
  // A template note of the user's is written in the show's language (empty: English), as a
  // snippet note without a `language:` is: its weekdays, months and worded values ("semanal",
  // "de una hora") are in it, not "El Friday 5 June". The built-in templates are English.
  const language = template === null || show.language.trim() === "" ? locale : show.language.trim();
  const values = episodeValues(
    {
      title: basename,
      topic: draft.topic.trim(),
      guests: draft.guests,
      date: draft.date === "" ? null : draft.date,
      time: draft.time,
      number: draft.number,
      seasonText: hasSeason(show.fileNamePattern) ? seasonTextIn(show.fileNamePattern, season) : null,
      url: null,
      // "#13" in the note's texts as the template writes the show's numbers, not the file name's "013".
      numberWidth: textNumberWidth(show, template ?? ""),
    },
    show,
    now,
    language,
    speaksSpanish(language) ? (fields) => spanishWords(fields, draft.guests, show, language) : undefined,
  );
  const rendered = renderTemplate(template ?? builtinTemplateFor(show), values);
  const filled =
    template === null
      ? rendered.text
      : replaceExampleTitle(
          fillEmptyFields(rendered.text, { date: draft.date, guests: draft.guests, guestFields: show.guestFields, language: show.language }),
          basename,
          show,
        );
  // Offsets from the show become the Tasks plugin's dates; with no date yet they stay.
  const start = draft.date === "" ? null : { date: draft.date, time: draft.time, timeZone: show.schedule.timeZone };
  const dated = dateChecklist(filled, start, start === null ? null : earliestDue(start, show.schedule.durationMinutes, now));
  return { path, basename, content: dated.text, unresolved: rendered.unresolved, deadlineProblems: dated.problems };
}

