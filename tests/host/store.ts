// The storage backend behind the stand-in vault. Obsidian's desktop adapter sits
// on node:fs; the host keeps that seam small so the same vault runs on a real
// folder (vitest, see disk-store.ts) or in memory (the browser bundle used for
// screenshots, which must not load Node modules).
import { isRootPath, parentPath } from "./paths";

export interface StoreStat {
  type: "file" | "folder";
  ctime: number;
  mtime: number;
  size: number;
}

export interface WriteTimes {
  ctime?: number;
  mtime?: number;
}

/**
 * Synchronous on purpose: the vault yields once before each operation and then
 * runs the whole read-modify-write without awaiting, which is what makes
 * Vault.process atomic. Paths are vault-relative, "" or "/" is the root.
 * Errors imitate Node's fs errors (code ENOENT, EEXIST, ENOTEMPTY...).
 */
export interface VaultStore {
  /** Every file and folder below the root, parents before children. */
  listAll(): string[];
  stat(path: string): StoreStat | null;
  read(path: string): string;
  /** Creates or overwrites a file; the parent folder must exist. */
  write(path: string, data: string, times?: WriteTimes): void;
  /** Creates one folder; the parent must exist and the path must be free. */
  mkdir(path: string): void;
  remove(path: string): void;
  rmdir(path: string, recursive: boolean): void;
  rename(from: string, to: string): void;
  list(path: string): { files: string[]; folders: string[] };
}

export type FsErrorCode = "ENOENT" | "EEXIST" | "ENOTEMPTY" | "EISDIR" | "ENOTDIR";

const FS_MESSAGES: Record<FsErrorCode, string> = {
  ENOENT: "no such file or directory",
  EEXIST: "file already exists",
  ENOTEMPTY: "directory not empty",
  EISDIR: "illegal operation on a directory",
  ENOTDIR: "not a directory",
};

/** An Error shaped like Node's fs errors, so both stores fail the same way. */
export function fsError(code: FsErrorCode, syscall: string, path: string): Error & { code: FsErrorCode } {
  const error = new Error(`${code}: ${FS_MESSAGES[code]}, ${syscall} '${path}'`) as Error & { code: FsErrorCode };
  error.code = code;
  return error;
}

interface MemoryEntry {
  stat: StoreStat;
  data: string;
}

function key(path: string): string {
  return isRootPath(path) ? "" : path;
}

export class MemoryStore implements VaultStore {
  private readonly entries = new Map<string, MemoryEntry>();
  /**
   * Per folder (its key), the keys of what it holds: list() and a folder's descendants
   * then cost what the folder holds, not the whole store, as a directory read does.
   */
  private readonly children = new Map<string, Set<string>>();

  constructor(files: Record<string, string> = {}, private readonly now: () => number = () => Date.now()) {
    this.put("", { stat: this.freshStat("folder", 0), data: "" });
    seedStore(this, files);
  }

  /** Sets an entry, filing a new one under its parent folder. */
  private put(path: string, entry: MemoryEntry): void {
    if (!this.entries.has(path) && path !== "") {
      const parent = key(parentPath(path));
      const siblings = this.children.get(parent) ?? new Set<string>();
      siblings.add(path);
      this.children.set(parent, siblings);
    }
    if (entry.stat.type === "folder" && !this.children.has(path)) this.children.set(path, new Set());
    this.entries.set(path, entry);
  }

  /** Removes one entry (not what a folder holds) and its place in its parent. */
  private drop(path: string): void {
    this.entries.delete(path);
    this.children.get(key(parentPath(path)))?.delete(path);
    this.children.delete(path);
  }

  listAll(): string[] {
    return [...this.entries.keys()].filter((path) => path !== "").sort();
  }

  stat(path: string): StoreStat | null {
    const entry = this.entries.get(key(path));
    return entry ? { ...entry.stat } : null;
  }

  read(path: string): string {
    const entry = this.entries.get(key(path));
    if (!entry) throw fsError("ENOENT", "open", path);
    if (entry.stat.type === "folder") throw fsError("EISDIR", "read", path);
    return entry.data;
  }

  write(path: string, data: string, times: WriteTimes = {}): void {
    this.requireFolder(parentPath(path), "open", path);
    const existing = this.entries.get(key(path));
    if (existing?.stat.type === "folder") throw fsError("EISDIR", "open", path);
    const now = this.now();
    this.put(key(path), {
      data,
      stat: {
        type: "file",
        ctime: times.ctime ?? existing?.stat.ctime ?? now,
        mtime: times.mtime ?? now,
        size: new TextEncoder().encode(data).length,
      },
    });
  }

  mkdir(path: string): void {
    if (this.entries.has(key(path))) throw fsError("EEXIST", "mkdir", path);
    this.requireFolder(parentPath(path), "mkdir", path);
    this.put(key(path), { stat: this.freshStat("folder", 0), data: "" });
  }

  remove(path: string): void {
    const entry = this.entries.get(key(path));
    if (!entry) throw fsError("ENOENT", "unlink", path);
    if (entry.stat.type === "folder") throw fsError("EISDIR", "unlink", path);
    this.drop(key(path));
  }

  rmdir(path: string, recursive: boolean): void {
    const entry = this.entries.get(key(path));
    if (!entry) throw fsError("ENOENT", "rmdir", path);
    if (entry.stat.type !== "folder") throw fsError("ENOTDIR", "rmdir", path);
    const inside = this.descendants(path);
    if (inside.length > 0 && !recursive) throw fsError("ENOTEMPTY", "rmdir", path);
    for (const child of inside.reverse()) this.drop(child);
    this.drop(key(path));
  }

  rename(from: string, to: string): void {
    const entry = this.entries.get(key(from));
    if (!entry) throw fsError("ENOENT", "rename", from);
    this.requireFolder(parentPath(to), "rename", to);
    if (this.entries.has(key(to))) throw fsError("EEXIST", "rename", to);
    // Parents before children: each lands in a folder already moved.
    const moved = [key(from), ...this.descendants(from)].map((oldPath) => ({ oldPath, value: this.entries.get(oldPath) }));
    for (const { oldPath } of [...moved].reverse()) this.drop(oldPath);
    for (const { oldPath, value } of moved) if (value) this.put(to + oldPath.slice(key(from).length), value);
  }

  list(path: string): { files: string[]; folders: string[] } {
    this.requireFolder(path, "scandir", path);
    const files: string[] = [];
    const folders: string[] = [];
    for (const entryPath of this.children.get(key(path)) ?? []) {
      (this.entries.get(entryPath)?.stat.type === "folder" ? folders : files).push(entryPath);
    }
    return { files: files.sort(), folders: folders.sort() };
  }

  /** Everything below a folder, parents before children. */
  private descendants(path: string): string[] {
    const found: string[] = [];
    const visit = (folder: string): void => {
      for (const child of this.children.get(folder) ?? []) {
        found.push(child);
        visit(child);
      }
    };
    visit(key(path));
    return found;
  }

  private requireFolder(folder: string, syscall: string, target: string): void {
    const entry = this.entries.get(key(folder));
    if (!entry) throw fsError("ENOENT", syscall, target);
    if (entry.stat.type !== "folder") throw fsError("ENOTDIR", syscall, target);
  }

  private freshStat(type: "file" | "folder", size: number): StoreStat {
    const now = this.now();
    return { type, ctime: now, mtime: now, size };
  }
}

/** Writes a map of seed files into any store, creating folders as needed. */
export function seedStore(store: VaultStore, files: Record<string, string>): void {
  for (const [path, data] of Object.entries(files)) {
    const folders = parentPath(path).split("/").filter((segment) => segment !== "");
    let current = "";
    for (const segment of folders) {
      current = current === "" ? segment : `${current}/${segment}`;
      if (!store.stat(current)) store.mkdir(current);
    }
    store.write(path, data);
  }
}
