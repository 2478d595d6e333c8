// The cold scan behind `office-hours status`: each note is read as bytes, settled on the
// bytes when they show it cannot be an episode (no `::`, no property that could be a
// guest field or the marker, outside the show folders), otherwise decoded once and
// classified, its properties parsed only if the classifier asks. Nothing of a note is
// kept once it is settled but what the index records.
import type { EpisodeIndex } from "../core/vault/episode-index";
import { decodeNote, listNotes, readNoteBytes, type FileProblem, type NoteFile } from "./read-folder";
import { lazyFrontmatter } from "./frontmatter-yaml";

export interface VaultScan {
  /** Notes read (readable files), whether or not they are episodes. */
  notes: number;
  /** Notes decoded and classified in full; the rest were settled on their bytes or path. */
  decoded: number;
  problems: FileProblem[];
  /** The notes `keep` asked for, decoded (guest notes: one walk and one read serve both reports). */
  kept: NoteFile[];
}

export function scanVault(root: string, index: EpisodeIndex, keep: (path: string) => boolean = () => false): VaultScan {
  const { entries, problems } = listNotes(root);
  const classifier = index.classifier;
  let notes = 0;
  let decoded = 0;
  const kept: NoteFile[] = [];
  for (const entry of entries) {
    const byPath = classifier.byPath(entry.path);
    // A template or snippet note is settled by its folder, but it is still a note that
    // must be readable to be counted.
    const bytes = readNoteBytes(entry);
    if (!(bytes instanceof Uint8Array)) {
      problems.push({ path: entry.path, message: bytes.problem });
      continue;
    }
    notes++;
    if (keep(entry.path)) {
      const text = decodeNote(bytes);
      kept.push({ path: entry.path, text, frontmatter: lazyFrontmatter(text) });
    }
    if (byPath) index.settle(entry.path, byPath.kind);
    else if (classifier.ruledOutByBytes(entry.path, bytes, decodeNote)) index.settle(entry.path, "other");
    else {
      decoded++;
      const text = decodeNote(bytes);
      index.update(entry.path, text, lazyFrontmatter(text));
    }
  }
  return { notes, decoded, problems, kept };
}
