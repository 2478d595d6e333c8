// Reading a vault folder from disk for the command-line tool: every Markdown note,
// dot-folders (.obsidian, .git, .trash) skipped, problems reported per file so one bad
// file never hides the others. Notes are read one at a time as bytes and handed on; the
// caller decides on the bytes whether a note needs decoding at all, and keeps nothing
// once a note is settled.
import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent } from "node:fs";
import { join, sep } from "node:path";
import type { FrontmatterSource } from "../core/note/frontmatter";
import { lazyFrontmatter } from "./frontmatter-yaml";

export interface NoteFile {
  /** Vault-relative, `/` separators. */
  path: string;
  text: string;
  /** Its properties, parsed by the YAML library when first asked for. */
  frontmatter: FrontmatterSource;
}

export interface FileProblem {
  path: string;
  message: string;
}

/** A Markdown file found by the walk: where it is, without having opened it. */
export interface NoteEntry {
  path: string;
  full: string;
  /** A symbolic link: only these are checked with a stat before reading (one could name a FIFO). */
  link: boolean;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Every Markdown file under `root` in name order, and the folders that could not be listed. */
export function listNotes(root: string): { entries: NoteEntry[]; problems: FileProblem[] } {
  const entries: NoteEntry[] = [];
  const problems: FileProblem[] = [];
  // Paths are built by appending names, never by path.relative per file (a tenth of the
  // scan's time on 10,000 notes went there).
  const walk = (dir: string, vaultDir: string) => {
    let found: Dirent[];
    try {
      found = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: vaultDir || ".", message: `cannot list folder: ${describe(error)}` });
      return;
    }
    found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of found) {
      if (entry.name.startsWith(".")) continue;
      const full = dir + sep + entry.name;
      // Vault paths in NFC, as Obsidian gives them: a folder made on a Mac may be NFD on disk.
      const name = ASCII.test(entry.name) ? entry.name : entry.name.normalize("NFC");
      const path = vaultDir === "" ? name : `${vaultDir}/${name}`;
      // Symbolic links to folders are not followed: they can loop. The directory entry
      // says what each one is, so no file needs a stat of its own.
      if (entry.isDirectory()) walk(full, path);
      else if (entry.name.toLowerCase().endsWith(".md") && (entry.isFile() || entry.isSymbolicLink())) {
        entries.push({ path, full, link: entry.isSymbolicLink() });
      }
    }
  };
  // `join` once, for the root only: it drops a trailing separator.
  walk(join(root), "");
  return { entries, problems };
}

/**
 * The note's bytes, or why it cannot be used (unreadable, a folder behind a link, binary).
 * The bytes live in one buffer shared by every read: they are valid until the next call,
 * so a caller decodes or settles them before reading the next note (nothing keeps them).
 */
export function readNoteBytes(entry: NoteEntry): Uint8Array | { problem: string } {
  let bytes: Uint8Array;
  try {
    if (entry.link && !statSync(entry.full).isFile()) return { problem: "not a regular file" };
    bytes = readWhole(entry.full);
  } catch (error) {
    const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
    return { problem: code === "EISDIR" ? "not a regular file" : `cannot read: ${describe(error)}` };
  }
  // A NUL byte never occurs in a text note; it marks a binary file named .md.
  if (bytes.indexOf(0) >= 0) return { problem: "not a text file (binary content), skipped" };
  return bytes;
}

/** The shared read buffer; it doubles when a note does not fit, and stays that size. */
let shared = Buffer.allocUnsafe(256 * 1024);

/**
 * A whole file into the shared buffer: open, read until the end, close. Unlike
 * readFileSync it needs no stat for the size and allocates nothing per file.
 */
function readWhole(full: string): Uint8Array {
  const fd = openSync(full, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === shared.length) {
        const bigger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(bigger, 0, 0, length);
        shared = bigger;
      }
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return shared.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** One decoder for every note (UTF-8, a BOM kept for the reader to strip). */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

export function decodeNote(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Read the notes `wanted` keeps, as text (detection reads a few notes in full). */
export function readNotes(root: string, wanted: (paths: string[]) => ReadonlySet<string> = (paths) => new Set(paths)): { notes: NoteFile[]; problems: FileProblem[] } {
  const { entries, problems } = listNotes(root);
  const keep = wanted(entries.map((e) => e.path));
  const notes: NoteFile[] = [];
  for (const entry of entries) {
    if (!keep.has(entry.path)) continue;
    const bytes = readNoteBytes(entry);
    if (bytes instanceof Uint8Array) {
      const text = decodeNote(bytes);
      notes.push({ path: entry.path, text, frontmatter: lazyFrontmatter(text) });
    } else problems.push({ path: entry.path, message: bytes.problem });
  }
  return { notes, problems };
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
