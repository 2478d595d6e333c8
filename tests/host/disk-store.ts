// A VaultStore on a real folder, like Obsidian's desktop FileSystemAdapter.
// Node-only: the browser bundle must never import this file.
import * as fs from "node:fs";
import * as nodePath from "node:path";
import { isRootPath } from "./paths";
import type { StoreStat, VaultStore, WriteTimes } from "./store";

export class DiskStore implements VaultStore {
  constructor(readonly basePath: string) {
    fs.mkdirSync(basePath, { recursive: true });
  }

  listAll(): string[] {
    const found: string[] = [];
    const walk = (relative: string): void => {
      for (const entry of fs.readdirSync(this.full(relative), { withFileTypes: true })) {
        const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
        found.push(child);
        if (entry.isDirectory()) walk(child);
      }
    };
    walk("");
    return found.sort();
  }

  stat(path: string): StoreStat | null {
    try {
      const stats = fs.statSync(this.full(path));
      return {
        type: stats.isDirectory() ? "folder" : "file",
        // Obsidian reports the birth time as ctime; some Linux filesystems lack it.
        ctime: Math.round(stats.birthtimeMs > 0 ? stats.birthtimeMs : stats.ctimeMs),
        mtime: Math.round(stats.mtimeMs),
        size: stats.size,
      };
    } catch {
      return null;
    }
  }

  read(path: string): string {
    return fs.readFileSync(this.full(path), "utf8");
  }

  write(path: string, data: string, times: WriteTimes = {}): void {
    fs.writeFileSync(this.full(path), data, "utf8");
    // A file system cannot be told a birth time, so only mtime is honoured, as on desktop.
    if (times.mtime !== undefined) {
      const seconds = times.mtime / 1000;
      fs.utimesSync(this.full(path), seconds, seconds);
    }
  }

  mkdir(path: string): void {
    fs.mkdirSync(this.full(path));
  }

  remove(path: string): void {
    fs.unlinkSync(this.full(path));
  }

  rmdir(path: string, recursive: boolean): void {
    if (recursive) fs.rmSync(this.full(path), { recursive: true });
    else fs.rmdirSync(this.full(path));
  }

  rename(from: string, to: string): void {
    // fs.renameSync silently replaces an existing file; Obsidian refuses instead.
    if (fs.existsSync(this.full(to))) {
      const error = new Error(`EEXIST: file already exists, rename '${this.full(from)}' -> '${this.full(to)}'`);
      throw Object.assign(error, { code: "EEXIST" });
    }
    fs.renameSync(this.full(from), this.full(to));
  }

  list(path: string): { files: string[]; folders: string[] } {
    const files: string[] = [];
    const folders: string[] = [];
    for (const entry of fs.readdirSync(this.full(path), { withFileTypes: true })) {
      const child = isRootPath(path) ? entry.name : `${path}/${entry.name}`;
      (entry.isDirectory() ? folders : files).push(child);
    }
    return { files: files.sort(), folders: folders.sort() };
  }

  private full(path: string): string {
    return isRootPath(path) ? this.basePath : nodePath.join(this.basePath, ...path.split("/"));
  }
}
