// TAbstractFile, TFile and TFolder. The vault keeps one object per path and
// mutates it on rename, so a plugin holding a TFile sees the new path, as in
// the app.
import type { FileStats } from "obsidian";
import { baseName } from "./paths";
import type { Vault } from "./vault";

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null = null;
  /** Set once the vault drops the file; Obsidian's objects go stale the same way. */
  deleted = false;

  constructor(vault: Vault, path: string) {
    this.vault = vault;
    this.path = path;
    this.name = baseName(path);
  }

  /** Updates path-derived fields after a rename or move. */
  hostSetPath(path: string): void {
    this.path = path;
    this.name = baseName(path);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats;
  basename: string;
  extension: string;

  constructor(vault: Vault, path: string, stat: FileStats) {
    super(vault, path);
    this.stat = stat;
    const [basename, extension] = splitName(this.name);
    this.basename = basename;
    this.extension = extension;
  }

  override hostSetPath(path: string): void {
    super.hostSetPath(path);
    const [basename, extension] = splitName(this.name);
    this.basename = basename;
    this.extension = extension;
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** "Note.md" → ["Note", "md"]; a name without a dot (or only a leading one) has no extension. */
function splitName(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot + 1)];
}
