// Keeps the guests index (core/guests/directory.ts) in step with the vault. Episodes come
// from the episode index: each change it reports moves that episode's guests only. Guest
// notes come from the guests folder: read once when the episode index is first ready,
// then from the text each metadata `changed` event hands over; a rename or deletion moves
// or drops one note. Nothing is rebuilt after the first feed unless the settings change.
import { Component, Events, TFile, type App, type EventRef } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { GuestDirectory } from "../../core/guests/directory";
import { episodeGuestsOf, isGuestNotePath } from "../../core/guests/from-index";
import { readGuestNote } from "../../core/guests/guest-note";
import { cachedFrontmatter, textFrontmatter } from "../vault/frontmatter";

export class GuestIndexer extends Component {
  readonly directory = new GuestDirectory();
  private readonly events = new Events();
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

  override onload(): void {
    this.registerEvent(
      this.episodes.onChange((paths) => {
        // A full rescan follows a settings change (guests folder and status words included).
        if (paths === null) void this.rebuild();
        else if (this.ready) {
          for (const path of paths) this.feedEpisode(path);
          this.events.trigger("changed");
        }
      }),
    );
    this.registerEvent(
      this.app.metadataCache.on("changed", (file, data, cache) => {
        if (!this.ready || !isGuestNotePath(file.path, this.settings())) return;
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
      }),
    );
    this.registerEvent(
      this.app.vault.on("delete", (file) => {
        if (!this.ready || this.directory.note(file.path) === undefined) return;
        this.directory.setNote(file.path, null);
        this.events.trigger("changed");
      }),
    );
  }

  override onunload(): void {
    this.stopped = true;
  }

  private feedEpisode(path: string): void {
    const indexed = this.episodes.index.get(path);
    this.directory.setEpisode(path, indexed ? episodeGuestsOf(indexed) : null);
  }

  private async readNote(file: TFile): Promise<void> {
    const text = await this.app.vault.cachedRead(file);
    if (this.stopped || !this.app.vault.getFileByPath(file.path)) return;
    // Parsed from this very text: the cache may not have caught up with it yet.
    this.directory.setNote(file.path, readGuestNote(file.path, text, this.settings().guestStatusNames, textFrontmatter(text)));
    this.events.trigger("changed");
  }

  /** The episode index was (re)built: feed every episode, and read the guest notes. */
  private async rebuild(): Promise<void> {
    const settings = this.settings();
    const files = this.app.vault.getMarkdownFiles().filter((f) => isGuestNotePath(f.path, settings));
    const texts = await Promise.all(files.map((f) => this.app.vault.cachedRead(f).catch(() => null)));
    if (this.stopped) return;
    const directory = this.directory;
    // Drop what is no longer there (episodes no longer indexed, notes gone or moved out).
    const episodePaths = new Set(this.episodes.index.all().map((e) => e.episode.path));
    for (const path of directory.episodePaths()) if (!episodePaths.has(path)) directory.setEpisode(path, null);
    const notePaths = new Set(files.map((f) => f.path));
    for (const path of directory.notePaths()) if (!notePaths.has(path)) directory.setNote(path, null);
    files.forEach((file, i) => {
      const text = texts[i];
      if (typeof text === "string") directory.setNote(file.path, readGuestNote(file.path, text, settings.guestStatusNames, textFrontmatter(text)));
    });
    for (const indexed of this.episodes.index.all()) directory.setEpisode(indexed.episode.path, episodeGuestsOf(indexed));
    this.ready = true;
    this.events.trigger("changed");
  }
}
