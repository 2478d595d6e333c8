// Keeps the guests index (core/guests/directory.ts) in step with the vault. Episodes come
// from the episode index: each change it reports moves that episode's guests only. Guest
// notes are the guests folder's notes and the notes the episodes' guest links resolve to
// wherever they are (People/Ann Lee.md), as the metadata cache resolves links: read once
// when the episode index is first ready, then from the text each metadata `changed`
// event hands over; a rename or deletion moves or drops one note. A note created, renamed
// or deleted can change where links lead: the episodes whose guest links name it are fed
// again (core/guests/linked-notes.ts). Nothing is rebuilt after the first feed unless the settings change.
import { Component, Events, TFile, type App, type EventRef } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { GuestDirectory } from "../../core/guests/directory";
import { episodeGuestsOf, isGuestNotePath, linkDestOf, linkedNotePaths } from "../../core/guests/from-index";
import { readGuestNote } from "../../core/guests/guest-note";
import { linkPath } from "../../core/guests/link-dest";
import { cachedFrontmatter, textFrontmatter } from "../vault/frontmatter";
import { LinkedNotes } from "../../core/guests/linked-notes";
import { withSyncRelatives } from "../../core/vault/sync-copies";

export class GuestIndexer extends Component {
  readonly directory = new GuestDirectory();
  private readonly events = new Events();
  private readonly linked = new LinkedNotes();
  private ready = false;
  private stopped = false;

  constructor(
    private readonly app: App,
    private readonly episodes: EpisodeIndexer,
    private settings: () => OfficeHoursSettings,
  ) {
    super();
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Subscribe to changes of the guests index. */
  onChange(callback: () => void): EventRef {
    return this.events.on("changed", callback);
  }

  /** The note a guest link leads to from `from`, as Obsidian resolves it (a heading or alias left out). */
  linkDest(link: string, from: string): string | null {
    return this.app.metadataCache.getFirstLinkpathDest(linkPath(link), from)?.path ?? null;
  }

  override onload(): void {
    this.registerEvent(
      this.episodes.onChange((paths) => {
        // A full rescan follows a settings change (guests folder and status words included).
        if (paths === null) void this.rebuild();
        else if (this.ready) {
          // With the notes the change makes episodes or none: a conflict copy whose original was deleted, or arrived (sync-copies.ts).
          const index = this.episodes.index;
          for (const path of withSyncRelatives(paths, (p) => index.syncRelatives(p), (p) => index.has(p))) this.feedEpisode(path);
          this.events.trigger("changed");
        }
      }),
    );
    this.registerEvent(
      this.app.metadataCache.on("changed", (file, data, cache) => {
        if (!this.ready || !this.isGuestNote(file.path)) return;
        this.directory.setNote(file.path, readGuestNote(file.path, data, this.settings().guestStatusNames, cachedFrontmatter(cache)));
        this.events.trigger("changed");
      }),
    );
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => {
        if (!this.ready) return;
        const had = this.directory.note(oldPath) !== undefined;
        if (had) this.directory.setNote(oldPath, null);
        if (file instanceof TFile && isGuestNotePath(file.path, this.settings())) void this.readNote(file);
        else if (had) this.events.trigger("changed");
        this.relink([oldPath, file.path]);
      }),
    );
    this.registerEvent(
      this.app.vault.on("create", (file) => {
        if (this.ready && file instanceof TFile) this.relink([file.path]);
      }),
    );
    this.registerEvent(
      this.app.vault.on("delete", (file) => {
        if (!this.ready) return;
        if (this.directory.note(file.path) !== undefined) {
          this.directory.setNote(file.path, null);
          this.events.trigger("changed");
        }
        this.relink([file.path]);
      }),
    );
  }

  override onunload(): void {
    this.stopped = true;
  }

  private isGuestNote(path: string): boolean {
    return isGuestNotePath(path, this.settings()) || this.linked.has(path);
  }

  /** Feed an episode again (its links resolved anew); read a note outside the guests folder its links reach for the first time. */
  private feedEpisode(path: string): void {
    const indexed = this.episodes.index.get(path);
    const dests: string[] = [];
    const guests = indexed ? episodeGuestsOf(indexed, linkDestOf(path, (link, from) => this.linkDest(link, from), this.episodes.index, (d) => dests.push(d))) : null;
    this.directory.setEpisode(path, guests);
    const settings = this.settings();
    const change = this.linked.setEpisode(path, guests?.guests ?? [], dests.filter((d) => !isGuestNotePath(d, settings)));
    for (const gone of change.dropped) this.directory.setNote(gone, null);
    for (const added of change.added) {
      const file = this.app.vault.getFileByPath(added);
      if (file && this.directory.note(added) === undefined) void this.readNote(file);
    }
  }

  /** A note appeared, moved or went at these paths: the episodes whose guest links name them may lead elsewhere now. */
  private relink(paths: readonly string[]): void {
    const episodes = this.linked.episodesNaming(paths);
    if (episodes.length === 0) return;
    for (const path of episodes) this.feedEpisode(path);
    this.events.trigger("changed");
  }

  private async readNote(file: TFile): Promise<void> {
    const text = await this.app.vault.cachedRead(file);
    if (this.stopped || !this.app.vault.getFileByPath(file.path) || !this.isGuestNote(file.path)) return;
    // Parsed from this very text: the cache may not have caught up with it yet.
    this.directory.setNote(file.path, readGuestNote(file.path, text, this.settings().guestStatusNames, textFrontmatter(text)));
    this.events.trigger("changed");
  }

  /** The episode index was (re)built: read the guest notes, then feed every episode. */
  private async rebuild(): Promise<void> {
    const settings = this.settings();
    // Which notes outside the guests folder the episodes' links lead to, asked before
    // anything is read (the directory is fed after the reads, from the index as it is then).
    const outside = linkedNotePaths(this.episodes.index.all(), (indexed) => linkDestOf(indexed.episode.path, (link, from) => this.linkDest(link, from), this.episodes.index));
    const files = this.app.vault.getMarkdownFiles().filter((f) => isGuestNotePath(f.path, settings) || outside.has(f.path));
    const texts = await Promise.all(files.map((f) => this.app.vault.cachedRead(f).catch(() => null)));
    if (this.stopped) return;
    const directory = this.directory;
    // Drop what is no longer there (episodes no longer indexed, notes gone, moved out, no longer linked).
    const episodePaths = new Set(this.episodes.index.all().map((e) => e.episode.path));
    for (const path of directory.episodePaths()) if (!episodePaths.has(path)) directory.setEpisode(path, null);
    const notePaths = new Set(files.map((f) => f.path));
    for (const path of directory.notePaths()) if (!notePaths.has(path)) directory.setNote(path, null);
    files.forEach((file, i) => {
      const text = texts[i];
      if (typeof text === "string") directory.setNote(file.path, readGuestNote(file.path, text, settings.guestStatusNames, textFrontmatter(text)));
    });
    this.linked.clear();
    for (const path of episodePaths) this.feedEpisode(path);
    this.ready = true;
    this.events.trigger("changed");
  }
}
