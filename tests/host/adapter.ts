// vault.adapter: direct file access, including the config folder the Vault API
// hides. Writes to visible vault paths are reported back to the vault the way
// the app's file watcher would, so create/modify/delete events still fire.
import type { DataAdapter, DataWriteOptions, ListedFiles, Stat } from "obsidian";
import { isRootPath } from "./paths";
import type { VaultStore } from "./store";

export class StoreAdapter implements DataAdapter {
  readonly #store: VaultStore;
  readonly #name: string;
  readonly #changed: (path: string) => void;
  #externalListeners: ((path: string) => void)[] = [];

  constructor(store: VaultStore, name: string, changed: (path: string) => void) {
    this.#store = store;
    this.#name = name;
    this.#changed = changed;
  }

  getName(): string {
    return this.#name;
  }

  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    void sensitive;
    await Promise.resolve();
    return this.#store.stat(normalizedPath) !== null;
  }

  async stat(normalizedPath: string): Promise<Stat | null> {
    await Promise.resolve();
    return this.#store.stat(normalizedPath);
  }

  async list(normalizedPath: string): Promise<ListedFiles> {
    await Promise.resolve();
    return this.#store.list(isRootPath(normalizedPath) ? "" : normalizedPath);
  }

  async read(normalizedPath: string): Promise<string> {
    await Promise.resolve();
    return this.#store.read(normalizedPath);
  }

  async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    await Promise.resolve();
    this.#store.write(normalizedPath, data, options);
    this.#afterChange(normalizedPath);
  }

  async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
    await Promise.resolve();
    const before = this.#store.stat(normalizedPath) ? this.#store.read(normalizedPath) : "";
    this.#store.write(normalizedPath, before + data, options);
    this.#afterChange(normalizedPath);
  }

  async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    await Promise.resolve();
    const next = fn(this.#store.read(normalizedPath));
    this.#store.write(normalizedPath, next, options);
    this.#afterChange(normalizedPath);
    return next;
  }

  async mkdir(normalizedPath: string): Promise<void> {
    await Promise.resolve();
    // Recursive like the desktop adapter; an existing folder is not an error.
    const segments = normalizedPath.split("/");
    for (let i = 1; i <= segments.length; i++) {
      const folder = segments.slice(0, i).join("/");
      if (this.#store.stat(folder)) continue;
      this.#store.mkdir(folder);
      this.#afterChange(folder);
    }
  }

  async remove(normalizedPath: string): Promise<void> {
    await Promise.resolve();
    this.#store.remove(normalizedPath);
    this.#afterChange(normalizedPath);
  }

  async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
    await Promise.resolve();
    this.#store.rmdir(normalizedPath, recursive);
    this.#afterChange(normalizedPath);
  }

  async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    await Promise.resolve();
    this.#store.rename(normalizedPath, normalizedNewPath);
    this.#afterChange(normalizedPath);
    this.#afterChange(normalizedNewPath);
  }

  async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
    await Promise.resolve();
    if (this.#store.stat(normalizedNewPath)) throw new Error("Destination file already exists!");
    this.#store.write(normalizedNewPath, this.#store.read(normalizedPath));
    this.#afterChange(normalizedNewPath);
  }

  async trashSystem(normalizedPath: string): Promise<boolean> {
    void normalizedPath;
    await Promise.resolve();
    return false;
  }

  async trashLocal(normalizedPath: string): Promise<void> {
    await Promise.resolve();
    if (!this.#store.stat(".trash")) this.#store.mkdir(".trash");
    this.#store.rename(normalizedPath, `.trash/${normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1)}`);
    this.#afterChange(normalizedPath);
  }

  getResourcePath(normalizedPath: string): string {
    return `app://stand-in/${encodeURI(normalizedPath)}`;
  }

  readBinary(): Promise<ArrayBuffer> {
    return Promise.reject(new Error("Stand-in host: readBinary is not modeled (the store holds text only)."));
  }

  writeBinary(): Promise<void> {
    return Promise.reject(new Error("Stand-in host: writeBinary is not modeled (the store holds text only)."));
  }

  appendBinary(): Promise<void> {
    return Promise.reject(new Error("Stand-in host: appendBinary is not modeled (the store holds text only)."));
  }

  /** Host hook: called with the path of every change made by another program. */
  hostOnExternalChange(listener: (path: string) => void): void {
    this.#externalListeners.push(listener);
  }

  /**
   * A change made by another program (Sync, git, a text editor) directly in the
   * store: the app's file watcher reports it like an adapter write, and the
   * plugin manager tells a plugin when its data.json changed this way.
   */
  hostExternalChange(path: string): void {
    this.#afterChange(path);
    for (const listener of this.#externalListeners) listener(path);
  }

  #afterChange(path: string): void {
    this.#changed(path);
  }
}
