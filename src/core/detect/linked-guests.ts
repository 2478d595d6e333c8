// Where the guest notes are, by where the episodes' guest links lead. A host who keeps people
// in "People/" links them from the guest fields (`Guest:: [[Ann Lee]]`); a new guest note
// belongs beside them, not in a new "Guests" folder. The rule: of the distinct notes the
// guest links resolve to, more than half lie in one folder (directly in it), at least two of
// them. Ties, one linked note, links to nowhere: no folder from the links. And the folder is
// refused when it would hold things that are not guest notes wholesale: the vault's top, a
// show's folder or one holding it (its episodes would be read as guest notes), or a folder
// whose notes are mostly not linked guests (a general "Notes" folder with three people in it).
// Pure: the shells resolve the links (Obsidian's link resolution, or resolveLinkPath below).
import { parseGuestValue } from "../note/guests";
import { guestWord } from "./guest-keys";
import { folderOf, type NoteFacts } from "./note-facts";
import type { ProposedShow } from "./types";

export interface GuestLink {
  /** The episode note the link is written in. */
  from: string;
  /** The link's target as written, without heading or alias: "Ann Lee", "People/Ann Lee". */
  target: string;
}

/** The guest links in the episodes' guest fields (`fields` as the proposal stores them: "Guest", "Invitado(s):"). */
export function guestLinksOf(members: readonly NoteFacts[], fields: readonly string[]): GuestLink[] {
  const words = new Set(fields.map((f) => guestWord(f.replace(/:$/, ""))));
  const out: GuestLink[] = [];
  for (const member of members) {
    for (const key of member.keys) {
      if (!words.has(guestWord(key.key))) continue;
      for (const guest of parseGuestValue(key.value).guests) {
        // The note, not a heading in it: Obsidian resolves the path part alone.
        const target = guest.target?.replace(/#.*$/s, "").trim();
        if (target) out.push({ from: member.path, target });
      }
    }
  }
  return out;
}

export interface LinkedFolder {
  folder: string;
  /** Distinct linked notes in it, and of all the links resolved. */
  count: number;
  of: number;
}

/**
 * `resolved`: the vault paths the guest links lead to (existing notes only); `notesUnder`:
 * how many notes a folder holds, at any depth; `showFolders`: the shows' folders as accepted.
 */
export function linkedGuestsFolder(resolved: readonly string[], notesUnder: (folder: string) => number, showFolders: readonly string[]): LinkedFolder | null {
  const notes = new Set(resolved);
  const byFolder = new Map<string, number>();
  for (const path of notes) {
    const folder = folderOf(path);
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  let tied = false;
  for (const [folder, count] of byFolder) {
    if (count > most) [best, most, tied] = [folder, count, false];
    else if (count === most) tied = true;
  }
  if (best === null || best === "" || tied || most < 2 || most * 2 <= notes.size) return null;
  const folder = best;
  if (showFolders.some((show) => show === "" || show === folder || show.startsWith(`${folder}/`))) return null;
  // Wholesale: a folder of other notes with a few people among them is no guests folder.
  if (most * 2 < notesUnder(folder)) return null;
  return { folder, count: most, of: notes.size };
}

/**
 * A wiki link's target as Obsidian resolves it, among `paths` (every note of the vault):
 * a path ("People/Ann Lee") by its end, a name by the note's basename; of several, the one
 * in the linking note's folder, else the shortest path. Null when no note has that name.
 */
export function linkResolver(paths: readonly string[]): (target: string, from: string) => string | null {
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    if (!path.toLowerCase().endsWith(".md")) continue;
    const name = path.slice(path.lastIndexOf("/") + 1, -3).toLowerCase();
    const list = byName.get(name);
    if (list) list.push(path);
    else byName.set(name, [path]);
  }
  return (target, from) => {
    const bare = target.replace(/\\/g, "/").replace(/[#|].*$/s, "").replace(/\.md$/i, "").trim().toLowerCase();
    const name = bare.slice(bare.lastIndexOf("/") + 1);
    const candidates = (byName.get(name) ?? []).filter((p) => !bare.includes("/") || p.toLowerCase() === `${bare}.md` || p.toLowerCase().endsWith(`/${bare}.md`));
    if (candidates.length === 0) return null;
    const here = folderOf(from);
    return candidates.find((p) => folderOf(p) === here) ?? [...candidates].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? null;
  };
}

/** The folder the accepted proposals' guest links lead to, by the rule above, or null. */
export function linkedGuestsFolderOf(
  accepted: readonly ProposedShow[],
  resolve: (target: string, from: string) => string | null,
  notesUnder: (folder: string) => number,
  showFolders: readonly string[],
): LinkedFolder | null {
  const resolved: string[] = [];
  for (const proposal of accepted) {
    for (const link of proposal.guestLinks ?? []) {
      const path = resolve(link.target, link.from);
      if (path !== null && path.toLowerCase().endsWith(".md")) resolved.push(path);
    }
  }
  return linkedGuestsFolder(resolved, notesUnder, showFolders);
}
