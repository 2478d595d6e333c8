// Reading a vault folder from disk for the command-line report: every Markdown note,
// dot-folders (.obsidian, .git, .trash) skipped, problems reported per file so one
// bad file never hides the others.
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";

export interface NoteFile {
  /** Vault-relative, `/` separators. */
  path: string;
  text: string;
}

export interface FileProblem {
  path: string;
  message: string;
}

export interface FolderRead {
  notes: NoteFile[];
  problems: FileProblem[];
}

export function readNotes(root: string): FolderRead {
  const notes: NoteFile[] = [];
  const problems: FileProblem[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: toVaultPath(root, dir) || ".", message: `cannot list folder: ${describe(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      // Symbolic links to folders are not followed: they can loop.
      if (entry.isDirectory()) walk(full);
      else if (entry.name.toLowerCase().endsWith(".md") && (entry.isFile() || entry.isSymbolicLink())) {
        const path = toVaultPath(root, full);
        const read = readNote(full);
        if (typeof read === "string") notes.push({ path, text: read });
        else problems.push({ path, message: read.problem });
      }
    }
  };
  walk(root);
  return { notes, problems };
}

function readNote(file: string): string | { problem: string } {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return { problem: "not a regular file" };
    bytes = readFileSync(file);
  } catch (error) {
    return { problem: `cannot read: ${describe(error)}` };
  }
  // A NUL byte never occurs in a text note; it marks a binary file named .md.
  if (bytes.indexOf(0) >= 0) return { problem: "not a text file (binary content), skipped" };
  return new TextDecoder("utf-8").decode(bytes);
}

function toVaultPath(root: string, full: string): string {
  return relative(root, full).split(sep).join("/");
}

export function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String(error.code);
    const known: Record<string, string> = {
      EACCES: "permission denied",
      EPERM: "permission denied",
      ENOENT: "no such file",
      EISDIR: "is a folder",
      ELOOP: "too many symbolic links",
    };
    return known[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
