// The stand-in MetadataCache. Like Obsidian's indexer it works after the fact:
// a write fires the vault's 'modify' first, and a little later the file is
// re-read and parsed and 'changed' (file, data, cache) fires. Until then
// getFileCache() returns the previous cache. Renames move the cache without a
// 'changed' event, as the d.ts documents.
import type { CachedMetadata } from "obsidian";
import { type EventRef, Events, type Handler } from "./events";
import { TAbstractFile, TFile } from "./files";
import { parseLinktext } from "./link-helpers";
import { computeCache } from "./markdown-parse";
import { parentPath } from "./paths";
import type { Scheduler } from "./scheduler";
import type { Vault } from "./vault";

/** How long the indexer takes to notice a write; flush() skips the wait. */
const INDEX_DELAY_MS = 10;

type Job = { kind: "changed"; file: TFile; dropped?: boolean } | { kind: "deleted"; file: TFile; prev: CachedMetadata | null };

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  readonly #vault: Vault;
  readonly #scheduler: Scheduler;
  readonly #caches = new Map<string, CachedMetadata>();
  #queue: Job[] = [];
  /** The queued 'changed' job of each file: a second write joins it, a delete drops it, without a scan of the queue. */
  #pending = new Map<TFile, Job & { kind: "changed" }>();

  readonly #readSync: (file: TFile) => string;

  constructor(vault: Vault, scheduler: Scheduler, readSync: (file: TFile) => string) {
    super();
    this.#readSync = readSync;
    this.#vault = vault;
    this.#scheduler = scheduler;
    for (const file of vault.getMarkdownFiles()) this.#caches.set(file.path, computeCache(readSync(file)));
    for (const file of vault.getMarkdownFiles()) this.#resolveLinks(file);
    // The startup 'create' events announce files already indexed: like the app's persisted cache, no re-index.
    const reindex = (file: TAbstractFile): void => {
      if (file instanceof TFile && file.extension === "md" && !vault.hostIsLoading()) this.#enqueue({ kind: "changed", file });
    };
    vault.hostOn("create", reindex);
    vault.hostOn("modify", reindex);
    vault.hostOn("delete", (file: TAbstractFile) => {
      if (!(file instanceof TFile) || file.extension !== "md") return;
      const prev = this.#caches.get(file.path) ?? null;
      this.#caches.delete(file.path);
      this.#forgetLinks(file.path);
      const pending = this.#pending.get(file);
      if (pending) pending.dropped = true;
      this.#pending.delete(file);
      this.#enqueue({ kind: "deleted", file, prev });
    });
    vault.hostOn("rename", (file: TAbstractFile, oldPath: string) => this.#moved(file, oldPath));
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.#caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.#caches.get(path) ?? null;
  }

  /**
   * Resolves like the app: links are case-insensitive; a bare name matches any
   * file with that name, preferring the source's folder and then the shortest
   * path; a link with a folder is tried from the vault root and from the
   * source's folder; ".md" may be left out.
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = parseLinktext(linkpath).path.trim();
    if (path === "") return this.#vault.getFileByPath(sourcePath);
    const wanted = path.toLowerCase();
    const sourceFolder = parentPath(sourcePath);
    const best = (found: TFile[]): TFile | null =>
      found.sort(
        (a, b) =>
          Number(parentPath(b.path) === sourceFolder) - Number(parentPath(a.path) === sourceFolder) ||
          a.path.length - b.path.length ||
          a.path.localeCompare(b.path),
      )[0] ?? null;
    // The vault's name and path indexes give the files a scan of getFiles() would keep, in its order.
    if (!wanted.includes("/")) return best(this.#vault.hostFilesNamed(wanted, true));
    const relative = sourceFolder === "/" ? wanted : `${sourceFolder.toLowerCase()}/${wanted}`;
    const bySuffix = (file: TFile): boolean => {
      const lower = file.path.toLowerCase();
      return lower.endsWith(`/${wanted}`) || (file.extension === "md" && lower.endsWith(`/${wanted}.md`));
    };
    const name = wanted.slice(wanted.lastIndexOf("/") + 1);
    return this.#vault.hostFilesAt(wanted, true)[0] ?? this.#vault.hostFilesAt(relative, true)[0] ?? best(this.#vault.hostFilesNamed(name, true).filter(bySuffix));
  }

  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    void sourcePath;
    const strip = (name: string): string => (omitMdExtension && file.extension === "md" ? name.slice(0, -3) : name);
    const clash = this.#vault.hostFilesNamed(file.name.toLowerCase(), false).some((other) => other !== file);
    return strip(clash ? file.path : file.name);
  }

  override on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  override on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  override on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  #enqueue(job: Job): void {
    if (job.kind === "changed") {
      if (this.#pending.has(job.file)) return;
      this.#pending.set(job.file, job);
    }
    this.#queue.push(job);
    this.#scheduler.defer("metadata-index", INDEX_DELAY_MS, this.#drain);
  }

  readonly #drain = (): void => {
    const jobs = this.#queue;
    this.#queue = [];
    this.#pending = new Map();
    for (const job of jobs) {
      if (job.kind === "deleted") {
        this.trigger("deleted", job.file, job.prev);
        continue;
      }
      if (job.dropped === true || job.file.deleted) continue;
      const data = this.#readSync(job.file);
      const cache = computeCache(data);
      this.#caches.set(job.file.path, cache);
      this.#resolveLinks(job.file);
      this.trigger("changed", job.file, data, cache);
      this.trigger("resolve", job.file);
    }
    if (jobs.length > 0) this.trigger("resolved");
  };

  #moved(file: TAbstractFile, oldPath: string): void {
    const cache = this.#caches.get(oldPath);
    if (cache) {
      this.#caches.delete(oldPath);
      this.#caches.set(file.path, cache);
    }
    for (const table of [this.resolvedLinks, this.unresolvedLinks]) {
      const entry = table[oldPath];
      if (entry) {
        delete table[oldPath];
        table[file.path] = entry;
      }
    }
  }

  #resolveLinks(file: TFile): void {
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    const cache = this.#caches.get(file.path);
    for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])]) {
      const target = this.getFirstLinkpathDest(ref.link, file.path);
      const key = target ? target.path : parseLinktext(ref.link).path;
      if (key === "") continue;
      const table = target ? resolved : unresolved;
      table[key] = (table[key] ?? 0) + 1;
    }
    this.resolvedLinks[file.path] = resolved;
    this.unresolvedLinks[file.path] = unresolved;
  }

  #forgetLinks(path: string): void {
    delete this.resolvedLinks[path];
    delete this.unresolvedLinks[path];
  }

  /** Fires the one-off 'resolved' Obsidian sends once the startup index is complete. */
  hostAnnounceResolved(): void {
    this.trigger("resolved");
  }
}
