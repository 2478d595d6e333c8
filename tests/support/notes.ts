// Reading notes in tests the way the command-line tool does: properties parsed by its
// YAML library (the `yaml` package with the core schema, as Obsidian's metadata cache holds them),
// handed to the core, which parses no YAML itself.
import { readEpisode, type ReadOptions } from "../../src/core/note/episode";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import type { FrontmatterInput } from "../../src/core/note/frontmatter";
import type { Episode } from "../../src/core/types";
import { episodeRecord, type EpisodeRecord } from "../../src/core/vault/episode-record";
import { StringPool } from "../../src/core/vault/string-pool";

export { lazyFrontmatter };

/** The note's frontmatter as the command-line tool parses it. */
export function frontmatterOfText(text: string): FrontmatterInput {
  return lazyFrontmatter(text)();
}

/** readEpisode with the properties parsed from `text`. */
export function readNote(path: string, text: string, options: Partial<ReadOptions> = {}): Episode {
  return readEpisode(path, text, options, frontmatterOfText(text));
}

/** A note for detection, its properties parsed by the command-line tool's YAML library. */
export function noteText(note: { path: string; text: string }): { path: string; text: string; frontmatter: () => FrontmatterInput } {
  return { path: note.path, text: note.text, frontmatter: lazyFrontmatter(note.text) };
}

/** The index's lean record of a note read from `text` (what the sidebar and the report get). */
export function recordOf(path: string, text: string, options: Partial<ReadOptions> = {}): EpisodeRecord {
  return episodeRecord(readNote(path, text, options), text, new StringPool());
}
