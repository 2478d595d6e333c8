// Keeps the core EpisodeIndex in step with the vault. Built once when the layout is
// ready (never in onload): a note whose cached metadata rules it out (outside the show
// folders, no task item, no guest or marker property) is settled without reading its
// text, and only the others are read. Afterwards each metadata `changed` event re-reads
// only the note that changed, using the text and cache Obsidian hands over, and renames
// and deletions move or drop one entry. Listeners are registered on this component,
// which the plugin owns, so unloading the plugin removes them.
import { Component, Events, TFile, type App, type EventRef } from "obsidian";
import { createClassifier } from "../../core/vault/classify";
import { EpisodeIndex } from "../../core/vault/episode-index";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { readTemplateFolders } from "./template-folders";
import { cacheHasTask, cacheMayHideTasks, cachedFrontmatter } from "./frontmatter";

/** Notes read per step of the first scan, between which Obsidian can paint. */
const BATCH = 200;

export class EpisodeIndexer extends Component {
  readonly index: EpisodeIndex;
  private readonly events = new Events();
  private templateFolders: string[] = [];
  private ready = false;
  private scansUnderWay = 0;
  private building: Promise<void> | null = null;
  /** Unloaded: the plugin was disabled, maybe before the layout was ready. */
  private stopped = false;
  /**
   * Notes a `changed` event brought in while the first scan was reading: the scan's copy
   * may be older, so it must not replace them.
   */
  private readonly changedDuringScan = new Set<string>();
  private scanning = false;
  /** Notes read after a rename, and whether a `changed` event brought newer text in meanwhile. */
  private readonly changedWhileRead = new Map<string, boolean>();
  /** Notes whose text the last first scan read (the others were settled from the cache). */
  notesRead = 0;

  constructor(
    private readonly app: App,
    private settings: OfficeHoursSettings,
  ) {
    super();
    this.index = new EpisodeIndex(createClassifier(settings));
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** A scan (the first, or one for new settings) is under way or queued: the index may hold the old rules' episodes, or only some notes. */
  get rebuilding(): boolean {
    return this.scansUnderWay > 0;
  }

  /** Resolves once no scan is under way. */
  async settled(): Promise<void> {
    await (this.building ?? Promise.resolve()).catch(() => undefined);
  }

  /** Subscribe to index changes: `paths` lists the notes that changed, or null for all. */
  onChange(callback: (paths: string[] | null) => void): EventRef {
    return this.events.on("changed", callback as (...data: unknown[]) => unknown);
  }

  private emit(paths: string[] | null): void {
    this.events.trigger("changed", paths);
  }

  override onunload(): void {
    this.stopped = true;
  }

  /** Call from onLayoutReady: first scan, then live updates. */
  async start(): Promise<void> {
    // A plugin disabled before the layout was ready still gets its onLayoutReady call;
    // events registered on an unloaded component would never be removed.
    if (this.stopped) return;
    this.registerEvent(
      this.app.metadataCache.on("changed", (file, data, cache) => {
        if (file.extension !== "md") return;
        if (this.scanning) this.changedDuringScan.add(file.path);
        if (this.changedWhileRead.has(file.path)) this.changedWhileRead.set(file.path, true);
        const shown = () => this.index.has(file.path) || this.index.failed(file.path);
        const was = shown();
        this.index.update(file.path, data, cachedFrontmatter(cache));
        // Edits to ordinary notes cost one classification and wake nobody; a note that
        // could not be read is in the sidebar's list of those, so it wakes it.
        if (was || shown()) this.emit([file.path]);
      }),
    );
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => {
        const removed = this.index.remove(oldPath);
        if (file instanceof TFile && file.extension === "md") void this.readOne(file, removed ? [oldPath] : []);
        else if (removed) this.emit([oldPath]);
      }),
    );
    this.registerEvent(
      this.app.vault.on("delete", (file) => {
        if (this.index.remove(file.path)) this.emit([file.path]);
      }),
    );
    await this.rebuild();
  }

  /** Settings changed: new rules, so every note is classified again. */
  async applySettings(settings: OfficeHoursSettings): Promise<void> {
    this.settings = settings;
    if (this.ready || this.building) await this.rebuild();
  }

  /**
   * A renamed note, read under its new name. The read takes a moment, in which the note
   * may be deleted, renamed again, or edited (a `changed` event then brings the newer
   * text): its text is entered only if none of that happened, and the listeners hear of
   * the old path either way. Once the read of a note deleted right after its rename
   * failed unseen, so the sidebar kept its row under the old name.
   */
  private async readOne(file: TFile, alsoChanged: string[]): Promise<void> {
    const path = file.path;
    this.changedWhileRead.set(path, false);
    const text = await this.app.vault.cachedRead(file).catch(() => null);
    const changed = this.changedWhileRead.get(path) ?? true;
    this.changedWhileRead.delete(path);
    if (text !== null && !changed && file.path === path && this.app.vault.getFileByPath(path) === file) {
      this.index.update(path, text, cachedFrontmatter(this.app.metadataCache.getFileCache(file)));
    }
    this.emit([...alsoChanged, path]);
  }

  private async rebuild(): Promise<void> {
    const run = async () => {
      this.templateFolders = await this.readTemplateFolders();
      this.index.reset(createClassifier(this.settings, this.templateFolders));
      this.changedDuringScan.clear();
      this.scanning = true;
      this.notesRead = 0;
      const toRead = this.settleFromCache(this.app.vault.getMarkdownFiles());
      for (let i = 0; i < toRead.length; i += BATCH) {
        // Disabled during the scan: stop reading.
        if (this.stopped) {
          this.scanning = false;
          return;
        }
        const batch = toRead.slice(i, i + BATCH);
        const texts = await Promise.all(batch.map((f) => this.app.vault.cachedRead(f).catch(() => null)));
        this.notesRead += batch.length;
        batch.forEach((file, n) => {
          const text = texts[n];
          // A file deleted while we were reading is skipped, and so is one a `changed`
          // event has already brought in newer than what was read here.
          if (text === null || text === undefined || this.changedDuringScan.has(file.path)) return;
          if (this.app.vault.getFileByPath(file.path)) {
            this.index.update(file.path, text, cachedFrontmatter(this.app.metadataCache.getFileCache(file)));
          }
        });
      }
      this.ready = true;
      this.scanning = false;
      this.changedDuringScan.clear();
      this.emit(null);
    };
    const previous = this.building ?? Promise.resolve();
    this.scansUnderWay++;
    const counted = async () => {
      try {
        await run();
      } finally {
        this.scansUnderWay--;
      }
    };
    this.building = previous.then(counted, counted);
    await this.building;
  }

  /**
   * Settle what the path or the cached metadata decides (templates by their folder, notes
   * the cache rules out), and return the notes whose text must be read: the rest, and every
   * note the cache has no entry for yet.
   */
  private settleFromCache(files: readonly TFile[]): TFile[] {
    const classifier = this.index.classifier;
    const toRead: TFile[] = [];
    for (const file of files) {
      const byPath = classifier.byPath(file.path);
      if (byPath) {
        this.index.settle(file.path, byPath.kind);
        continue;
      }
      const cache = this.app.metadataCache.getFileCache(file);
      if (cache && classifier.ruledOutByMetadata(file.path, cache.frontmatter, cacheHasTask(cache), cacheMayHideTasks(cache))) {
        this.index.settle(file.path, "other");
      } else toRead.push(file);
    }
    return toRead;
  }

  /** Template folders set in the core Templates plugin and in Templater. */
  private readTemplateFolders(): Promise<string[]> {
    return readTemplateFolders(this.app);
  }
}
