// What a reschedule needs from the vault before anything is written: the episode as its
// note reads now (the open editor's text, unsaved typing included), its exported .ics,
// its show's index note with the episode list, and every other episode's slot for the
// conflict warnings. Nothing here writes.
import { TFile, TFolder, normalizePath, type App } from "obsidian";
import type { Episode } from "../../core/types";
import type { ShowSettings } from "../../core/settings/settings";
import { createClassifier, cleanFolder, MARKER_KEY } from "../../core/vault/classify";
import type { FrontmatterInput } from "../../core/note/frontmatter";
import { isRecord } from "../../core/records";
import { episodePath } from "../../core/new-episode/naming";
import { lookAlikeFiles, type FolderEntry } from "../../core/new-episode/look-alike";
import { nextSequence, ownInvite } from "../../core/reschedule/invite-identity";
import { episodeSlot, type ShowSlot } from "../../core/deadlines/conflicts";
import { episodeListBlock } from "../../core/reschedule/undo";
import { todayIn } from "../../core/note/dates";
import { currentText } from "../live/note-writer";
import { textFrontmatter } from "../vault/frontmatter";
import { isUnclaimed, placedShow, unclaimedRefusal } from "../../core/vault/no-show";
import { indexNotePath } from "../index-note/index-note-command";
import type { SnippetContext } from "../snippets/snippet-commands";
import { guestTimeZone } from "../../core/snippets/context";
import type { ZonedGuest } from "../../core/guests/guest-time";

export interface Prepared {
  file: TFile;
  text: string;
  episode: Episode;
  /** The show whose settings place the episode (its own, or the only show set up). */
  show: ShowSettings;
  /** The episode's own configured show, whose index note is updated (null: none). */
  configured: ShowSettings | null;
  /** `sequence` as read (null: unreadable), `next` the one a write now would give (null: none can be higher). */
  ics: { file: TFile; text: string; uid: string; sequence: number | null; next: number | null } | null;
  index: { file: TFile; block: string } | null;
  /** The slots of the other episodes still to come, of every show. */
  others: ShowSlot[];
  /** The guests and their zones (guest note, else the first guest's `Guest timezone::`), for the form's times. */
  guests: ZonedGuest[];
}

/**
 * The episode in `file` as it reads now, with the show that places it; null when it is no
 * episode, or an episode of no show among several (no show's zone and slot can move it).
 */
export function readEpisodeNow(ctx: SnippetContext, path: string, text: string, claim?: string): { episode: Episode; show: ShowSettings; configured: ShowSettings | null } | null {
  const settings = ctx.settings();
  const classified = createClassifier(settings).classify(path, text, claimed(textFrontmatter(text), claim));
  const show = placedShow(classified.show, settings);
  if (classified.kind !== "episode" || !classified.episode || !show) return null;
  return { episode: classified.episode, show, configured: classified.show };
}

/**
 * The properties as they will read once `office-hours: <claim>` is written: the form for
 * an episode of no show opens as the chosen show's before anything is written (the claim
 * goes in when the form is submitted, so Cancel leaves the note as it was).
 */
function claimed(frontmatter: FrontmatterInput, claim: string | undefined): FrontmatterInput {
  if (claim === undefined || !isRecord(frontmatter.data)) return frontmatter;
  return { ...frontmatter, data: { ...frontmatter.data, [MARKER_KEY]: claim } };
}

/** Why there is no form: `unclaimed` when the note is an episode of no show among several (the caller asks which show). */
export interface NotPrepared {
  reason: string;
  unclaimed: boolean;
}

/** `claim`: the note is read as claimed for the show this marker names (see claimed). */
export async function prepare(ctx: SnippetContext, file: TFile, claim?: string): Promise<Prepared | NotPrepared> {
  const app = ctx.app;
  const text = await currentText(app, file);
  const read = readEpisodeNow(ctx, file.path, text, claim);
  if (!read) {
    const unclaimed = unclaimedReason(ctx, file, text);
    return { reason: unclaimed ?? `${file.basename} is not an episode note.`, unclaimed: unclaimed !== null };
  }
  const { episode, show, configured } = read;
  const ics = await exportedInvite(ctx, episode, show);
  const index = configured ? await indexBlock(app, configured) : null;
  const now = ctx.clock.now();
  const settings = ctx.settings();
  const others: ShowSlot[] = [];
  for (const other of ctx.index().all()) {
    // An episode of no show among several has no known slot length: it cannot overlap.
    const otherShow = placedShow(other.show, settings);
    if (!otherShow || other.episode.path === file.path) continue;
    const slot = other.episode.date !== null && other.episode.date >= todayIn(now, otherShow.schedule.timeZone) ? episodeSlot(other.episode, otherShow) : null;
    if (slot) others.push(slot);
  }
  return { file, text, episode, show, configured, ics, index, others, guests: zonedGuests(ctx, episode) };
}

/**
 * Why an episode of no show among several is not rescheduled: the new date and time would
 * be read in a zone and checked against a slot no show of its own gives. Null for any other note.
 */
function unclaimedReason(ctx: SnippetContext, file: TFile, text: string): string | null {
  const settings = ctx.settings();
  const classifier = createClassifier(settings);
  const classified = classifier.classify(file.path, text, textFrontmatter(text));
  if (classified.kind !== "episode" || !isUnclaimed(classified.show, settings)) return null;
  return unclaimedRefusal(file.basename, classifier.candidatesFor(file.path), "its new date would be read in no show's zone and its slot checked against no show's schedule; nothing was changed");
}

/** Each guest's zone as the invite takes it: their guest note's, else (the first guest) the note's `Guest timezone::`. */
function zonedGuests(ctx: SnippetContext, episode: Episode): ZonedGuest[] {
  const profiles = ctx.profiles?.(episode.guests) ?? [];
  const zones = new Map(profiles.map((p) => [p.name, p.timezone]));
  const field = guestTimeZone(episode);
  return episode.guests.map((guest, i) => ({ name: guest.name, zone: zones.get(guest.name) ?? (i === 0 ? field : null) }));
}

/** The .ics "Create calendar invite" wrote for this episode, where it writes it; null when there is none. */
async function exportedInvite(ctx: SnippetContext, episode: Episode, show: ShowSettings): Promise<Prepared["ics"]> {
  const calendarFolder = cleanFolder(ctx.settings().calendarFolder);
  const noteFolder = episode.path.slice(0, Math.max(0, episode.path.lastIndexOf("/")));
  const path = normalizePath(episodePath(calendarFolder === "" ? noteFolder : calendarFolder, episode.basename, "ics"));
  const file = ctx.app.vault.getFileByPath(path);
  if (!file) return null;
  const text = await ctx.app.vault.read(file);
  const own = ownInvite(text, episode, show);
  return own ? { file, text, ...own, next: nextSequence(own, ctx.clock.now(), ctx.sequences?.last(own.uid) ?? null) } : null;
}

async function indexBlock(app: App, show: ShowSettings): Promise<Prepared["index"]> {
  const checked = indexNotePath(show);
  if (!checked.ok) return null;
  const file = app.vault.getFileByPath(checked.path);
  if (!file) return null;
  const block = episodeListBlock(await app.vault.read(file));
  return block === null ? null : { file, block };
}

/** Is `path` taken, by that very name or by a look-alike other devices treat as the same file? */
export function pathTaken(app: App, path: string): boolean {
  if (app.vault.getAbstractFileByPath(path) !== null) return true;
  const list = (folder: string): FolderEntry[] | null => {
    const found = folder === "" ? app.vault.getRoot() : app.vault.getFolderByPath(folder);
    return found ? found.children.map((child) => ({ name: child.name, isFolder: child instanceof TFolder })) : null;
  };
  return lookAlikeFiles(path, list).length > 0;
}
