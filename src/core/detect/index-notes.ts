// Index notes and description notes, the notes next to a series that say something of it
// as a whole. Each note serves at most one series in each role.
//
// The index note lists the show's episodes: it links to them, or its list items and table
// cells name them (an episode's file name, or a name in the series' shape with its code:
// "GOH 31 - Adaptive Telemetry"). At least two, or one for a note named like an index
// (README, Index, the folder's name) next to a series alone in its folder: a new show's
// README with its first episode. A note that names none is no index note, whatever its
// name: the plugin's "Update episode list" writes its Past/Upcoming lists there, and a
// README that only describes the show (Café con Grafana's) must not get them. When no note
// lists the episodes, no index note is proposed: the user picks one, or none.
//
// The description note is the note named like an index next to a series alone in its
// folder, whether or not it lists episodes (else the index note): where the show's name,
// hosts and what it covers are read (show-name.ts, show-about.ts).
//
// Linear in the notes and their links: each note's links are sorted to the series they
// name once (by episode name, or by code and name shape), never compared per series.
import { folderOf, type NoteFacts } from "./note-facts";
import { nameShape } from "./name-shape";
import { namingFolder } from "./templates";
import type { Series } from "./series";
import { compact } from "./words";
import { linkedNames, plainItems } from "./note-links";

export { linkedNames };

export interface IndexMatch {
  note: NoteFacts;
  reasons: string[];
}

export interface SeriesNotes {
  /** The note that lists the episodes, or null. */
  index: IndexMatch | null;
  /** The note that describes the show (a README beside it), or the index note, or null. */
  about: IndexMatch | null;
  /** Why no index note is proposed, when none is. */
  noIndex: string;
}

const INDEX_WORDS = /(?:^|[^\p{L}])(?:readme|index|_index|home|about|overview|inicio|indice|índice)(?:$|[^\p{L}])/iu;


interface Scored {
  series: number;
  note: NoteFacts;
  score: number;
  reasons: string[];
  /** Episodes it lists (links and named items). */
  listed: number;
  /** Named like an index, next to a series alone in its folder. */
  describes: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The index note of each series (same order), or null. `others` are the notes that are
 * neither episodes nor templates.
 */
export function assignIndexNotes(series: readonly Series[], others: readonly NoteFacts[]): SeriesNotes[] {
  // Where each link can point: an episode by its name, or a series by code / name shape.
  const byEpisode = new Map<string, number>();
  const byCode = new Map<string, number[]>();
  const byShape = new Map<string, number[]>();
  const byFolder = new Map<string, number[]>();
  const byParent = new Map<string, number[]>();
  const byFolderName = new Map<string, number[]>();
  series.forEach((s, index) => {
    for (const member of s.members) byEpisode.set(member.basename.toLowerCase(), index);
    if (s.code !== null) push(byCode, s.code.toLowerCase(), index);
    else push(byShape, s.kind, index);
    push(byFolder, s.folder, index);
    if (s.folder !== "") push(byParent, folderOf(s.folder), index);
    const naming = namingFolder(s.folder);
    push(byFolderName, compact(naming.slice(naming.lastIndexOf("/") + 1)), index);
  });

  const scored: Scored[] = [];
  // Per parent folder: the series below it that are alone in their own folder.
  const singles = new Map<string, Set<number>>();
  for (const note of others) {
    const here = byFolder.get(note.folder) ?? [];
    const below = byParent.get(note.folder) ?? [];
    if (here.length === 0 && below.length === 0) continue;
    // Near: the series in the note's folder or one folder down (looked up, not listed per
    // note: a folder of thousands of shows and thousands of notes is no product of the two).
    const isNear = (index: number) => {
      const folder = series[index]?.folder;
      return folder !== undefined && (folder === note.folder || (folder !== "" && folderOf(folder) === note.folder));
    };
    // Links and named items per series near the note, each name counted once.
    const linked = new Map<number, number>();
    const tally = (name: string, shapeToo: boolean, counted: Set<string>) => {
      const key = name.toLowerCase();
      if (counted.has(key)) return;
      counted.add(key);
      const targets = new Set<number>();
      const episodeOf = byEpisode.get(key);
      if (episodeOf !== undefined) targets.add(episodeOf);
      const shape = nameShape(name);
      // A plain item names an episode only with the series' code: "01 - Intro" in a README's
      // running order is no episode of a numbered series.
      if (shape && (shapeToo || shape.code !== null)) for (const index of (shape.code !== null ? byCode.get(shape.code.toLowerCase()) : byShape.get(shape.kind)) ?? []) targets.add(index);
      for (const index of targets) if (isNear(index)) linked.set(index, (linked.get(index) ?? 0) + 1);
    };
    const counted = new Set<string>();
    for (const name of linkedNames(note)) tally(name, true, counted);
    for (const item of plainItems(note)) tally(item, false, counted);
    const indexWords = INDEX_WORDS.test(note.basename);
    const noteName = compact(note.basename);
    // A name alone makes an index only for a series alone in its folder: the one series
    // here, the one series below, or the series below whose folder the note is named after.
    const alone = new Set<number>();
    if (here.length === 1 && here[0] !== undefined) alone.add(here[0]);
    let single = singles.get(note.folder);
    if (!single) singles.set(note.folder, (single = new Set(below.filter((index) => (byFolder.get(series[index]?.folder ?? "")?.length ?? 0) === 1))));
    const only = below.length === 1 ? below[0] : undefined;
    if (only !== undefined) {
      if (single.has(only)) alone.add(only);
    } else for (let end = 3; end <= noteName.length; end++) for (const index of byFolderName.get(noteName.slice(0, end)) ?? []) if (single.has(index)) alone.add(index);
    const candidates = new Set([...linked.keys(), ...alone]);
    for (const index of candidates) {
      const s = series[index];
      if (!s) continue;
      const count = linked.get(index) ?? 0;
      const naming = namingFolder(s.folder);
      const folderName = compact(naming.slice(naming.lastIndexOf("/") + 1));
      const byName = indexWords || (folderName.length >= 3 && noteName.startsWith(folderName));
      const isAlone = alone.has(index);
      const describes = byName && isAlone;
      if (count < 2 && !describes) continue;
      const reasons: string[] = [];
      if (byName) reasons.push(`named like an index (${note.basename})`);
      if (count > 0) reasons.push(`lists ${count} ${s.code ?? ""}${s.code ? " " : ""}episode${count === 1 ? "" : "s"}`);
      if (note.folder !== s.folder) reasons.push(`in ${note.folder === "" ? "the vault's top folder" : note.folder}, above the episodes`);
      scored.push({ series: index, note, score: count + (byName ? 5 : 0) + (note.folder === s.folder ? 1 : 0), reasons, listed: count, describes });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.note.path.localeCompare(b.note.path));
  const index = pick(series.length, scored.filter((e) => e.listed >= 2 || (e.listed >= 1 && e.describes)));
  const about = pick(series.length, scored.filter((e) => e.describes));
  return series.map((_, i) => {
    const own = index[i] ?? null;
    const describing = about[i] ?? null;
    const noIndex = own
      ? ""
      : describing
        ? `no note near the episodes lists them (${describing.note.basename} describes the show but links or names none of its episodes)`
        : "no note near the episodes lists them";
    return { index: own, about: describing ?? own, noIndex };
  });
}

/** Best first: each series gets the best entry whose note no series took before. */
function pick(count: number, scored: readonly Scored[]): (IndexMatch | null)[] {
  const result: (IndexMatch | null)[] = Array.from({ length: count }, () => null);
  const used = new Set<string>();
  for (const entry of scored) {
    if (result[entry.series] !== null || used.has(entry.note.path)) continue;
    result[entry.series] = { note: entry.note, reasons: entry.reasons };
    used.add(entry.note.path);
  }
  return result;
}
