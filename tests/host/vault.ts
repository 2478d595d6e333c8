// The stand-in Vault. Every operation first yields once (the app's I/O is never
// synchronous), then does its whole store work without awaiting: that is what
// makes process() atomic, and what lets a read()-then-modify() pair lose a
// concurrent change exactly as it can in Obsidian.
import type { DataWriteOptions } from "obsidian";
import { StoreAdapter } from "./adapter";
import { EventRef, Events, type Handler } from "./events";
import { FileIndex } from "./file-index";
import { TAbstractFile, TFile, TFolder } from "./files";
import { assertNormalized, isHiddenPath, isRootPath, joinPath, parentPath } from "./paths";
import { fsError, type VaultStore } from "./store";

const notModeled = (what: string): Promise<never> =>
  Promise.reject(new Error(`Stand-in host: ${what} is not modeled (the store holds text only).`));

export class Vault extends Events {
  adapter: StoreAdapter;
  configDir: string;
  readonly #store: VaultStore;
  readonly #name: string;
  readonly #root: TFolder;
  readonly #items = new FileIndex();
  #loading = false;

  constructor(store: VaultStore, options: { name: string; configDir: string }) {
    super();
    this.#store = store;
    this.#name = options.name;
    this.configDir = options.configDir;
    this.adapter = new StoreAdapter(store, options.name, (path) => this.hostReconcile(path));
    this.#root = new TFolder(this, "/");
    this.#items.set("/", this.#root);
    for (const path of store.listAll()) {
      if (!isHiddenPath(path)) this.#index(path);
    }
  }

  getName(): string {
    return this.#name;
  }

  getRoot(): TFolder {
    return this.#root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.#items.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const item = this.#items.get(path);
    return item instanceof TFile ? item : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const item = this.#items.get(path);
    return item instanceof TFolder ? item : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.#items.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.#items.values()].filter((item): item is TFolder => item instanceof TFolder && (includeRoot || !item.isRoot()));
  }

  getFiles(): TFile[] {
    return [...this.#items.values()].filter((item): item is TFile => item instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((file) => file.extension === "md");
  }

  /** Files named `lowerName` in any case (and, with `orNote`, notes named `lowerName`.md), in getFiles() order. */
  hostFilesNamed(lowerName: string, orNote: boolean): TFile[] {
    return this.#items.filesNamed(lowerName, orNote);
  }

  /** The same by whole path: files at `lowerPath` in any case (with `orNote`, also at `lowerPath`.md). */
  hostFilesAt(lowerPath: string, orNote: boolean): TFile[] {
    return this.#items.filesAt(lowerPath, orNote);
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    cb(root);
    for (const child of root.children) {
      if (child instanceof TFolder) Vault.recurseChildren(child, cb);
      else cb(child);
    }
  }

  getResourcePath(file: TFile): string {
    return `app://stand-in/${encodeURI(file.path)}?${file.stat.mtime}`;
  }

  /**
   * Rejects on an existing path with Obsidian's "File already exists." and,
   * when the parent folder is missing, with the file system's ENOENT: Obsidian
   * does not create missing folders for vault.create (plugins that skip
   * createFolder get "ENOENT: no such file or directory" on desktop, e.g.
   * curtismchale/obsidian-book-search-plus#5), so neither does the host.
   */
  async create(path: string, data: string, options: DataWriteOptions = {}): Promise<TFile> {
    assertNormalized(path);
    this.#refuseHidden(path);
    await this.#io();
    if (this.#items.has(path) || this.#store.stat(path)) throw new Error("File already exists.");
    this.#store.write(path, data, options);
    const file = this.#index(path);
    if (!(file instanceof TFile)) throw new Error(`Stand-in host: ${path} was not indexed as a file.`);
    this.trigger("create", file);
    return file;
  }

  createBinary(): Promise<TFile> {
    return notModeled("createBinary");
  }

  /**
   * Throws "Folder already exists." like the app. Missing parents are created
   * too, as the desktop adapter's mkdir is recursive; each new folder gets a
   * 'create' event.
   */
  async createFolder(path: string): Promise<TFolder> {
    assertNormalized(path);
    this.#refuseHidden(path);
    await this.#io();
    if (this.#items.has(path) || this.#store.stat(path)) throw new Error("Folder already exists.");
    const missing: string[] = [];
    for (let folder = path; !isRootPath(folder) && !this.#store.stat(folder); folder = parentPath(folder)) missing.unshift(folder);
    for (const folder of missing) {
      this.#store.mkdir(folder);
      this.trigger("create", this.#index(folder));
    }
    const created = this.getFolderByPath(path);
    if (!created) throw new Error(`Stand-in host: ${path} was not indexed as a folder.`);
    return created;
  }

  async read(file: TFile): Promise<string> {
    await this.#io();
    this.#requireLive(file);
    return this.#store.read(file.path);
  }

  /**
   * The app serves this from memory; with the host noticing every change at
   * once there is nothing stale to serve, so it equals read() (the docs: once
   * Obsidian knows of a change, "cachedRead() behaves exactly like read()").
   */
  cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  readBinary(): Promise<ArrayBuffer> {
    return notModeled("readBinary");
  }

  async modify(file: TFile, data: string, options: DataWriteOptions = {}): Promise<void> {
    await this.#io();
    this.#write(file, data, options);
  }

  modifyBinary(): Promise<void> {
    return notModeled("modifyBinary");
  }

  async append(file: TFile, data: string, options: DataWriteOptions = {}): Promise<void> {
    await this.#io();
    this.#requireLive(file);
    this.#write(file, this.#store.read(file.path) + data, options);
  }

  appendBinary(): Promise<void> {
    return notModeled("appendBinary");
  }

  /** Reads, calls fn and writes with no await in between, so no other write can slip in. */
  async process(file: TFile, fn: (data: string) => string, options: DataWriteOptions = {}): Promise<string> {
    await this.#io();
    this.#requireLive(file);
    const next: unknown = fn(this.#store.read(file.path));
    if (typeof next !== "string") throw new TypeError(`Vault.process callback must return a string, got ${typeof next}.`);
    this.#write(file, next, options);
    return next;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    assertNormalized(newPath);
    this.#refuseHidden(newPath);
    await this.#io();
    this.#requireLive(file);
    if (newPath === file.path) return;
    if (this.#items.has(newPath) || this.#store.stat(newPath)) throw new Error("Destination file already exists!");
    this.#store.rename(file.path, newPath);
    const moved = this.#subtree(file);
    const oldPaths = new Map(moved.map((item) => [item, item.path]));
    const oldRoot = file.path;
    this.#unlinkFromParent(file);
    for (const item of moved) {
      this.#items.delete(item.path);
      item.hostSetPath(newPath + item.path.slice(oldRoot.length));
      this.#items.set(item.path, item);
    }
    this.#linkToParent(file);
    for (const item of moved) this.trigger("rename", item, oldPaths.get(item));
  }

  /** `force` is needed to delete a folder that also holds hidden (dot) entries. */
  async delete(file: TAbstractFile, force = false): Promise<void> {
    await this.#io();
    this.#requireLive(file);
    if (file instanceof TFolder) {
      const hidden = this.#store.listAll().some((path) => path.startsWith(`${file.path}/`) && isHiddenPath(path.slice(file.path.length + 1)));
      if (hidden && !force) throw fsError("ENOTEMPTY", "rmdir", file.path);
      this.#store.rmdir(file.path, true);
    } else {
      this.#store.remove(file.path);
    }
    this.#drop(file);
  }

  /** The host has no system trash, so like the app's fallback it moves to the vault's local .trash folder. */
  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    void system;
    await this.hostMoveToTrash(file);
  }

  /** Moves a file or folder into .trash at the vault root, out of the Vault API's sight. */
  async hostMoveToTrash(file: TAbstractFile): Promise<void> {
    await this.#io();
    this.#requireLive(file);
    if (!this.#store.stat(".trash")) this.#store.mkdir(".trash");
    let target = joinPath(".trash", file.name);
    for (let n = 1; this.#store.stat(target); n++) target = joinPath(".trash", `${file.name} ${n}`);
    this.#store.rename(file.path, target);
    this.#drop(file);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    assertNormalized(newPath);
    this.#refuseHidden(newPath);
    await this.#io();
    this.#requireLive(file);
    if (this.#items.has(newPath) || this.#store.stat(newPath)) throw new Error("File already exists.");
    this.#copyTree(file, newPath);
    const copy = this.#items.get(newPath);
    if (!copy || copy.constructor !== file.constructor) throw new Error(`Stand-in host: copy of ${file.path} was not indexed.`);
    return copy as T;
  }

  override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef;
  override on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  /** Fires 'create' for every file, as the app does while a vault loads. */
  hostEmitLoadEvents(): void {
    this.#loading = true;
    try {
      for (const item of this.#items.values()) if (item !== this.#root) this.trigger("create", item);
    } finally {
      this.#loading = false;
    }
  }

  /** True while the load-time 'create' events are going out: files that are not new. */
  hostIsLoading(): boolean {
    return this.#loading;
  }

  /**
   * Brings the index in line with the store after a change made around the
   * Vault API (the adapter, or another program). The app learns of these from
   * its file watcher and fires create/modify/delete; so does the host.
   */
  hostReconcile(path: string): void {
    if (isRootPath(path) || isHiddenPath(path)) return;
    const stat = this.#store.stat(path);
    const known = this.#items.get(path);
    if (stat && !known) {
      if (!this.#items.has(parentPath(path))) this.hostReconcile(parentPath(path));
      this.trigger("create", this.#index(path));
      if (stat.type === "folder") for (const child of this.#childPaths(path)) this.hostReconcile(child);
    } else if (stat && known instanceof TFile) {
      known.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
      this.trigger("modify", known);
    } else if (!stat && known) {
      this.#drop(known);
    }
  }

  #io(): Promise<void> {
    return Promise.resolve();
  }

  #write(file: TFile, data: string, options: DataWriteOptions): void {
    this.#requireLive(file);
    this.#store.write(file.path, data, options);
    const stat = this.#store.stat(file.path);
    if (stat) file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
    this.trigger("modify", file);
  }

  #requireLive(file: TAbstractFile): void {
    if (file.deleted || this.#items.get(file.path) !== file) throw fsError("ENOENT", "open", file.path);
  }

  #refuseHidden(path: string): void {
    if (isHiddenPath(path)) throw new Error(`Stand-in host: "${path}" is hidden from the Vault API; use vault.adapter for dot-paths.`);
  }

  #index(path: string): TAbstractFile {
    const stat = this.#store.stat(path);
    if (!stat) throw fsError("ENOENT", "stat", path);
    const item = stat.type === "folder" ? new TFolder(this, path) : new TFile(this, path, { ctime: stat.ctime, mtime: stat.mtime, size: stat.size });
    this.#items.set(path, item);
    this.#linkToParent(item);
    return item;
  }

  #linkToParent(item: TAbstractFile): void {
    const parent = this.getFolderByPath(parentPath(item.path));
    if (!parent) throw fsError("ENOENT", "open", item.path);
    item.parent = parent;
    parent.children.push(item);
  }

  #unlinkFromParent(item: TAbstractFile): void {
    if (item.parent) item.parent.children = item.parent.children.filter((child) => child !== item);
    item.parent = null;
  }

  /** The item and everything below it, parents first. */
  #subtree(item: TAbstractFile): TAbstractFile[] {
    const all: TAbstractFile[] = [item];
    if (item instanceof TFolder) for (const child of item.children) all.push(...this.#subtree(child));
    return all;
  }

  /** Forgets an item already gone from the store and announces it, children before their folder. */
  #drop(item: TAbstractFile): void {
    this.#unlinkFromParent(item);
    for (const gone of this.#subtree(item).reverse()) {
      this.#items.delete(gone.path);
      gone.deleted = true;
      this.trigger("delete", gone);
    }
  }

  #copyTree(item: TAbstractFile, target: string): void {
    if (item instanceof TFile) this.#store.write(target, this.#store.read(item.path));
    else this.#store.mkdir(target);
    this.trigger("create", this.#index(target));
    if (item instanceof TFolder) for (const child of item.children) this.#copyTree(child, joinPath(target, child.name));
  }

  #childPaths(folder: string): string[] {
    const { files, folders } = this.#store.list(folder);
    return [...folders, ...files];
  }
}
