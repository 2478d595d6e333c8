// What `agenda` says of the items it leaves out for the state of a note, not for their
// dates: a sync tool's conflict copy is no episode (vault/sync-copies.ts), and the items
// inside git's conflict markers count for nothing (note/merge-conflict.ts). Without a word
// an item that lives only there (a tick, an item one device added) would be silently
// missing from the list. One line per copy, under its original, and the note's merge
// warning, in the words status and the sidebar use, so a team reading one output knows
// the others.
import { syncCopyMessage } from "../core/vault/conflict-copy";
import type { EpisodeIndex } from "../core/vault/episode-index";
import { controlCharactersShown, wrapToColumns } from "../core/text/terminal-columns";

export interface LeftOutJson {
  /** The episode: the original of the copies, or the note holding the conflict. */
  path: string;
  /** Its conflict copies (paths), none for a note that only holds a merge conflict. */
  copies: string[];
  /** One message per copy, then the merge warning, as in the text output. */
  messages: string[];
}

/** The episodes with conflict copies or an unresolved merge, sorted by path. */
export function leftOutOf(index: EpisodeIndex): LeftOutJson[] {
  const found: LeftOutJson[] = [];
  for (const { episode } of index.all()) {
    const copies = index.syncCopiesOf(episode.path);
    const messages = copies.map((copy) => syncCopyMessage(episode.path, [copy]));
    for (const warning of episode.readerWarnings) if (warning.kind === "merge") messages.push(warning.message);
    if (messages.length > 0) found.push({ path: episode.path, copies, messages });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The text section, wrapped to `width` columns as the schedule conflicts above it; "" when nothing was left out. */
export function leftOutLines(found: readonly LeftOutJson[], width: number): string {
  if (found.length === 0) return "";
  const out = [`Sync copies and merge conflicts (${found.length}): their items are not in the list above`];
  for (const { path, messages } of found) {
    for (const part of wrapToColumns(controlCharactersShown(path), width - 2)) out.push(`  ${part}`);
    for (const message of messages) for (const part of wrapToColumns(controlCharactersShown(message), width - 4)) out.push(`    ${part}`);
  }
  return out.join("\n");
}
