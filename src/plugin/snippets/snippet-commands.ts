// Insert or copy a snippet, and export the calendar invite, for the current episode.
// The episode is read from the note as it is now (the editor's text when it is open),
// so a value typed a second ago is already used.
import { MarkdownView, Notice, getFrontMatterInfo, normalizePath, type App, type Editor } from "obsidian";
import type { OfficeHoursSettings, ShowSettings } from "../../core/settings/settings";
import type { Episode, Guest } from "../../core/types";
import type { GuestProfile } from "../../core/guests/profile";
import type { EpisodeIndex, IndexedEpisode } from "../../core/vault/episode-index";
import { createClassifier } from "../../core/vault/classify";
import type { FrontmatterInput } from "../../core/note/frontmatter";
import { textFrontmatter } from "../vault/frontmatter";
import { snippetsForShow, type Snippet } from "../../core/snippets/catalog";
import { showFormat } from "../../core/settings/show-format";
import { fillSnippet } from "../../core/snippets/fill";
import { snippetValues } from "../../core/snippets/context";
import { perLocale, snippetLocale } from "../../core/snippets/snippet-language";
import { readSnippetNote } from "../../core/snippets/user-snippets";
import { episodeInvite, inviteMissing, type InviteRevision } from "../../core/snippets/episode-invite";
import { createInvite, replaceOwnInvite, type InviteRewrite, type SequenceLedger } from "./invite-file";
import { newRevision, nextRevision, ownInvite } from "../../core/reschedule/invite-identity";
import { episodePath, freePath } from "../../core/new-episode/naming";
import { isUnder, cleanFolder } from "../../core/vault/classify";
import { SnippetPickerModal, type SnippetChoice } from "./snippet-picker";
import { EpisodePickerModal } from "../ui/episode-picker";
import { askMissingValues } from "./missing-values-modal";
import type { Clock } from "../clock";
import type { OpenModals } from "../ui/open-modals";
import { snippetPlacement } from "../../core/text/below-properties";
import { noEpisodesNotice } from "../commands";
import { placedShow } from "../../core/vault/no-show";
import { askShow } from "../ui/show-picker";

export interface SnippetContext {
  app: App;
  settings: () => OfficeHoursSettings;
  index: () => EpisodeIndex;
  clock: Clock;
  locale: () => string;
  modals: OpenModals;
  /** What the guest notes say about an episode's guests (their zones, pronouns, links). */
  profiles?: (guests: readonly Guest[]) => GuestProfile[];
  /** The last SEQUENCE issued per invite UID (none: only the file and the clock count). */
  sequences?: SequenceLedger;
}

interface Target {
  episode: Episode;
  show: ShowSettings;
  text: string;
}

/**
 * The episode in `file` as it reads now: undefined when the note is not an episode, null
 * when the host dismissed the question of its show. An episode of no show among several is
 * never given the first show's language, zone and texts: the host is asked which show's
 * snippets to use, this once (the row's "Assign to show…" claims it for good).
 */
async function episodeIn(ctx: SnippetContext, path: string, text: string): Promise<Target | null | undefined> {
  const settings = ctx.settings();
  const classifier = createClassifier(settings);
  const result = classifier.classify(path, text, textFrontmatter(text));
  if (result.kind !== "episode" || !result.episode) return undefined;
  const placed = placedShow(result.show, settings);
  if (placed) return { episode: result.episode, show: placed, text };
  if (settings.shows.length === 0) return undefined;
  const question = `“${result.episode.basename}” belongs to no show: which show's snippets? (“Assign to show…” settles it for good)`;
  const show = await askShow(ctx.app, (modal) => ctx.modals.open(modal), settings.shows, classifier.candidatesFor(path), question);
  return show ? { episode: result.episode, show, text } : null;
}

/** The current note's episode, or ask which one. */
async function chooseTarget(ctx: SnippetContext, path: string | null, text: string | null): Promise<Target | null> {
  if (path !== null && text !== null) {
    const here = await episodeIn(ctx, path, text);
    if (here !== undefined) return here;
  }
  const episodes = ctx.index().all();
  if (episodes.length === 0) {
    new Notice(noEpisodesNotice(ctx.settings().shows));
    return null;
  }
  const picked = await new Promise<IndexedEpisode | null>((resolve) => {
    if (!ctx.modals.open(new EpisodePickerModal(ctx.app, episodes, resolve))) resolve(null);
  });
  if (!picked) return null;
  const file = ctx.app.vault.getFileByPath(picked.episode.path);
  if (!file) return null;
  return (await episodeIn(ctx, file.path, await ctx.app.vault.cachedRead(file))) ?? null;
}

function withFrontmatter(text: string): [string, FrontmatterInput] {
  return [text, textFrontmatter(text)];
}

/** Built-in snippets plus the user's snippet notes, for the show. */
export async function snippetsFor(ctx: SnippetContext, show: ShowSettings): Promise<Snippet[]> {
  const folder = cleanFolder(ctx.settings().snippetsFolder);
  const notes = folder === "" ? [] : ctx.app.vault.getMarkdownFiles().filter((f) => isUnder(f.path, folder));
  const user = await Promise.all(notes.map(async (f) => readSnippetNote(f.path, ...withFrontmatter(await ctx.app.vault.cachedRead(f)))));
  return snippetsForShow(user, [show.name, show.code].filter((n) => n !== ""), showFormat(show), show.language);
}

/** Pick a snippet, ask for missing values, and hand the final text on. */
async function pickAndFill(ctx: SnippetContext, target: Target, verb: string): Promise<string | null> {
  const snippets = await snippetsFor(ctx, target.show);
  const profiles = ctx.profiles?.(target.episode.guests) ?? [];
  // Each snippet's dates and worded values in its own language (snippet-language.ts).
  const localeOf = (snippet: Snippet) => snippetLocale(snippet, target.show.language, ctx.locale());
  const base = perLocale((locale) => snippetValues(target.episode, target.show, target.text, {}, locale, profiles));
  const choices = snippets.map((snippet) => {
    const filled = fillSnippet(snippet.text, base(localeOf(snippet)));
    return { snippet, preview: filled.refused.length > 0 ? `Not ready: ${filled.refused.join(" ")}` : filled.text };
  });
  const choice = await new Promise<SnippetChoice | null>((resolve) => {
    if (!ctx.modals.open(new SnippetPickerModal(ctx.app, choices, resolve, `${verb} a snippet for ${target.episode.basename}`))) resolve(null);
  });
  if (!choice) return null;
  let filled = fillSnippet(choice.snippet.text, base(localeOf(choice.snippet)));
  if (filled.refused.length > 0) {
    new Notice(`${choice.snippet.name} is not ready: ${filled.refused.join(" ")}`, 10000);
    return null;
  }
  if (filled.missing.length > 0) {
    const answers = await askMissingValues(ctx.app, ctx.modals, choice.snippet.name, filled.missing, undefined, target.show.format);
    if (answers === null) return null;
    filled = fillSnippet(choice.snippet.text, snippetValues(target.episode, target.show, target.text, answers, localeOf(choice.snippet), profiles));
  }
  if (filled.unknown.length > 0) {
    new Notice(`These placeholders are unknown and were left as written: ${filled.unknown.join(", ")}`, 8000);
  }
  return filled.text;
}

export async function insertSnippet(ctx: SnippetContext, editor: Editor, view: MarkdownView): Promise<void> {
  const target = await chooseTarget(ctx, view.file?.path ?? null, editor.getValue());
  if (!target) return;
  const text = await pickAndFill(ctx, target, "Insert");
  if (text !== null) placeSnippet(editor, text);
}

/**
 * Replace the selection, unless it is in the note's properties; never join a line the
 * user wrote (below-properties.ts has the rule). Read from the editor as it is now (the
 * picker and the questions took time, and the note may have changed): a cursor in the
 * properties inserts below them, a selection reaching into them is left alone, and a
 * cursor on a line with text puts the snippet on lines of its own beside it.
 */
function placeSnippet(editor: Editor, snippet: string): void {
  const now = editor.getValue();
  const info = getFrontMatterInfo(now);
  const from = editor.posToOffset(editor.getCursor("from"));
  const to = editor.posToOffset(editor.getCursor("to"));
  const place = snippetPlacement(now, from, to, snippet, info.exists ? info.contentStart : null);
  if (place.kind === "replace") {
    editor.replaceSelection(snippet);
    return;
  }
  if (place.kind === "refuse") {
    new Notice("Nothing was inserted: the selection reaches into the note's properties, and replacing it would break them. Select text below them, or click below them, and insert the snippet again.", 10000);
    return;
  }
  editor.replaceRange(place.text, editor.offsetToPos(place.at));
  editor.setCursor(editor.offsetToPos(place.cursor));
  editor.scrollIntoView({ from: editor.offsetToPos(place.at), to: editor.offsetToPos(place.cursor) });
  if (place.kind === "block") {
    if (place.moved) new Notice("The snippet has several lines and would have split the line it was inserted into, so it went in below that line.");
    return;
  }
  const line = editor.offsetToPos(place.at + (place.text.startsWith("\n") ? 1 : 0)).line + 1;
  new Notice(`The cursor was in the note's properties, so the snippet went below them, at line ${line}.`);
}

export async function copySnippet(ctx: SnippetContext): Promise<void> {
  const { path, text } = await activeNote(ctx);
  const target = await chooseTarget(ctx, path, text);
  if (!target) return;
  const filled = await pickAndFill(ctx, target, "Copy");
  if (filled === null) return;
  try {
    await navigator.clipboard.writeText(filled);
    new Notice("Snippet copied to the clipboard.");
  } catch {
    new Notice("The clipboard is not available here; insert the snippet into a note instead.");
  }
}

async function activeNote(ctx: SnippetContext): Promise<{ path: string | null; text: string | null }> {
  const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
  if (view?.file) return { path: view.file.path, text: view.editor.getValue() };
  // The sidebar may have focus: use the last note, from its open editor when there is
  // one (it may hold typing not yet saved), else from the vault.
  const file = ctx.app.workspace.getActiveFile();
  if (!file || file.extension !== "md") return { path: null, text: null };
  for (const leaf of ctx.app.workspace.getLeavesOfType("markdown")) {
    if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return { path: file.path, text: leaf.view.editor.getValue() };
  }
  return { path: file.path, text: await ctx.app.vault.cachedRead(file) };
}

/**
 * Write the invite next to the note (or in the calendar folder). An existing file is
 * replaced only when it is the episode's own invite (ownInvite, as the reschedule reads
 * it), keeping its UID and raising its SEQUENCE; any other file with that name is left
 * alone and a free name is used.
 */
export async function exportInvite(ctx: SnippetContext): Promise<void> {
  const { path, text } = await activeNote(ctx);
  const target = await chooseTarget(ctx, path, text);
  if (!target) return;
  const calendarFolder = cleanFolder(ctx.settings().calendarFolder);
  const noteFolder = target.episode.path.slice(0, Math.max(0, target.episode.path.lastIndexOf("/")));
  const wanted = normalizePath(episodePath(calendarFolder === "" ? noteFolder : calendarFolder, target.episode.basename, "ics"));
  const vault = ctx.app.vault;
  // What the file at that name is now: the episode's own invite is updated (same UID, a
  // higher SEQUENCE), anything else is never written over. Asked again when writing.
  const existing = vault.getFileByPath(wanted);
  const own = existing !== null && ownInvite(await vault.cachedRead(existing), target.episode, target.show) !== null ? existing : null;
  // Otherwise a new file, at a name free now (the invite's own name when ours is deleted
  // meanwhile); one taken by the time it is written is refused.
  const fresh = own ? wanted : normalizePath(freePath(wanted, (candidate) => vault.getAbstractFileByPath(normalizePath(candidate)) !== null));
  const snippets = await snippetsFor(ctx, target.show);
  // Asked like the snippet commands ask; what is left blank is left out of the invite.
  const profiles = ctx.profiles?.(target.episode.guests) ?? [];
  const missing = inviteMissing(target.episode, target.show, target.text, snippets, ctx.locale(), profiles);
  const answers = missing.length === 0 ? {} : await askMissingValues(ctx.app, ctx.modals, "Calendar invite", missing, {
          action: "Export",
          hint: "The episode does not have these yet. Type them in; what stays empty is left out of the invite.",
          leave: "Leave them out",
        }, target.show.format);
  if (answers === null) return;
  const now = ctx.clock.now();
  const make = (revision?: InviteRevision) => episodeInvite(target.episode, target.show, target.text, snippets, now, ctx.locale(), answers, revision, profiles);
  const last = (uid: string) => ctx.sequences?.last(uid) ?? null;
  // A new file still goes above the SEQUENCE last issued for the episode (its old file may be deleted).
  const fresher = newRevision(target.episode, target.show, now, last);
  const invite = make(fresher ?? undefined);
  if (!invite.ok) {
    new Notice(`No calendar invite: ${invite.reason}`);
    return;
  }
  // The UID and SEQUENCE come from the text being replaced, read inside the write.
  const rewrite = (current: string): InviteRewrite => {
    const next = nextRevision(current, target.episode, target.show, now, last);
    if (!next.ok) return { ok: false, reason: next.foreign ? `${next.reason} (it changed since the export started). Run the command again to save the invite under a free name` : next.reason };
    const made = make(next.revision);
    if (made.ok) ctx.sequences?.issue(next.revision.uid, next.revision.sequence);
    return made.ok ? { ok: true, ics: made.ics } : made;
  };
  const replacing = own !== null && vault.getFileByPath(own.path) === own;
  if (!replacing && fresher === null) {
    new Notice("No calendar invite was saved: this episode's invite already reached the largest sequence number a calendar takes, so no new invite could be taken as newer.", 10000);
    return;
  }
  if (!replacing && fresher) ctx.sequences?.issue(fresher.uid, fresher.sequence);
  const result = own && replacing ? await replaceOwnInvite(ctx.app, own, rewrite) : await createInvite(ctx.app, fresh, invite.ics);
  if (!result.ok) {
    new Notice(`No calendar invite was saved: ${result.reason}`, 10000);
    return;
  }
  new Notice([`Calendar invite “${invite.summary}” saved to ${result.path}.`, ...invite.notes].join(" "));
}
