// Loading the notes of tests/fixtures/unseen/ (described in its README.md): episode notes
// written the way other hosts write them, in show folders of their own.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Episode } from "../../src/core/types";
import type { ReadOptions } from "../../src/core/note/episode";
import { readNote } from "../support/notes";

export const UNSEEN_DIR = fileURLToPath(new URL("../fixtures/unseen/", import.meta.url));

/** The note as stored, by its path under the folder. */
export function unseenText(path: string): string {
  return readFileSync(UNSEEN_DIR + path, "utf8");
}

/** Read a note under its path (folders included), with a show's options. */
export function readUnseen(path: string, options: Partial<ReadOptions> = {}): Episode {
  return readNote(path, unseenText(path), options);
}

/** Every note's path under the folder, the README left out. */
export function unseenPaths(dir = UNSEEN_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return unseenPaths(path);
    return name.endsWith(".md") && name !== "README.md" ? [path.slice(UNSEEN_DIR.length)] : [];
  });
}
