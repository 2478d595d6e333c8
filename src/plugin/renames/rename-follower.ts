// One listener for the vault's renames (made in Obsidian, by a sync tool, or by the
// plugin's own reschedule), for what the plugin keeps by path or by name:
// - the settings' paths (a show's folder, index note, template; the snippets, calendar,
//   guests and template folders) follow a renamed file or folder, saved once per rename
//   (a folder's rename arrives as one event for it and one for each file in it, all at
//   once: they are taken together) with one notice naming what followed;
// - the index note's records of what the plugin wrote (keyed by the episode's name)
//   follow a renamed episode, a moment later: Obsidian's link updater rewrites the list's
//   links after the rename, and a reschedule or its undo writes the list itself right
//   after its own rename (and moves the record with it): by then there is nothing left
//   to move, so nothing is written twice.
// A delete is not followed: the settings keep the path, as the settings page shows it.
import { Component, Notice, TFile, TFolder, debounce, type App, type TAbstractFile } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { EpisodeIndex } from "../../core/vault/episode-index";
import { followRename, followedNotice, mergeFollowed, type FollowedPath } from "../../core/settings/followed-paths";
import { renamedRecordEdits, type NameChange } from "../../core/renames/renamed-records";
import { showOfNote } from "../../core/index-note/show-of-note";
import { indexNotePath } from "../index-note/index-note-command";
import { editNote } from "../live/note-writer";

/** How long the records wait after the last rename: past the link updater's rewrite and a reschedule's own list write. */
export const RECORD_DELAY_MS = 1000;

export interface RenameFollowerDeps {
  app: App;
  settings(): OfficeHoursSettings;
  /** Use and save the settings that followed a rename (the settings tab shows them). */
  apply(settings: OfficeHoursSettings): Promise<void>;
  index(): EpisodeIndex;
}

interface Moved {
  oldPath: string;
  newPath: string;
  isFolder: boolean;
}

/** An episode's new name, and the show whose index note may record it (null: any show's). */
interface Renamed extends NameChange {
  showId: string | null;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
const key = (name: string) => name.normalize("NFC").toLowerCase();

export class RenameFollower extends Component {
  private moved: Moved[] = [];
  private renamed: Renamed[] = [];
  private readonly recordsSoon = debounce(() => void this.moveRecords(), RECORD_DELAY_MS, true);

  constructor(private readonly deps: RenameFollowerDeps) {
    super();
  }

  override onload(): void {
    this.registerEvent(this.deps.app.vault.on("rename", (file, oldPath) => this.heard(file, oldPath)));
  }

  override onunload(): void {
    this.recordsSoon.cancel();
    this.moved = [];
    this.renamed = [];
  }

  private heard(file: TAbstractFile, oldPath: string): void {
    if (this.moved.length === 0) queueMicrotask(() => void this.followSettings());
    this.moved.push({ oldPath, newPath: file.path, isFolder: file instanceof TFolder });
    if (file instanceof TFile && file.extension === "md" && key(nameOf(oldPath)) !== key(file.basename)) {
      // The episode's show, read now: the index drops the old path once it hears of the rename.
      const known = this.deps.index().get(oldPath)?.show ?? null;
      const show = showOfNote(file.path, this.deps.settings().shows, known);
      this.renamed.push({ from: nameOf(oldPath), to: file.basename, showId: show?.id ?? null });
      this.recordsSoon();
    }
  }

  /** Every rename heard in this turn, applied in order, saved once, told once. */
  private async followSettings(): Promise<void> {
    const moved = this.moved;
    this.moved = [];
    let settings = this.deps.settings();
    const changes: FollowedPath[] = [];
    for (const m of moved) {
      const followed = followRename(settings, m.oldPath, m.newPath, m.isFolder);
      settings = followed.settings;
      changes.push(...followed.changes);
    }
    const told = mergeFollowed(changes);
    if (told.length === 0) return;
    try {
      await this.deps.apply(settings);
      new Notice(followedNotice(told), 10000);
    } catch (error) {
      new Notice(`Office Hours could not save the settings after the rename: ${error instanceof Error ? error.message : String(error)}`, 10000);
    }
  }

  /** The renames heard since the last run, moved in each index note's records (one read and at most one write per note). */
  private async moveRecords(): Promise<void> {
    const renamed = this.renamed;
    this.renamed = [];
    const { app } = this.deps;
    const byNote = new Map<TFile, NameChange[]>();
    for (const show of this.deps.settings().shows) {
      const path = indexNotePath(show);
      const file = path.ok ? app.vault.getFileByPath(path.path) : null;
      if (!file) continue;
      // A name still taken by a note is that note's record, left alone: by one of the show's
      // episodes when the renamed note's show is known (another show's "Episode 12" is no
      // matter), by any note a link would lead to when it is not.
      const taken = new Set(this.deps.index().episodesOf(show).map((e) => key(e.episode.basename)));
      const stillNamed = (r: Renamed) => (r.showId === null ? app.metadataCache.getFirstLinkpathDest(r.from, file.path) !== null : taken.has(key(r.from)));
      const mine = renamed.filter((r) => (r.showId === null || r.showId === show.id) && !stillNamed(r));
      if (mine.length > 0) byNote.set(file, [...(byNote.get(file) ?? []), ...mine]);
    }
    for (const [file, changes] of byNote) {
      // Planned on the note as it is then (its open editor's text included); no record naming them: nothing written.
      await editNote(app, file, (text) => {
        const edits = renamedRecordEdits(text, changes);
        return edits.length === 0 ? { ok: false, reason: "no record names the note" } : { ok: true, edits, value: null };
      });
    }
  }
}
