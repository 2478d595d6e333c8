// Index notes: the note next to a series that keeps its episode list or describes the
// show (a README, a note named like the folder), found by its name and by how many of
// the series' episodes it links to. Each note indexes at most one series.
//
// Linear in the notes and their links: each note's links are sorted to the series they
// name once (by episode name, or by code and name shape), never compared per series.
import { folderOf, type NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import { nameShape } from "./name-shape";
import { namingFolder } from "./templates";
import type { Series } from "./series";
import { compact } from "./words";

export interface IndexMatch {
  note: NoteFacts;
  reasons: string[];
}

const INDEX_WORDS = /(?:^|[^\p{L}])(?:readme|index|_index|home|about|overview|inicio|indice|índice)(?:$|[^\p{L}])/iu;


/** Names of the notes a note links to (wiki links and Markdown links to notes), decoded. */
export function linkedNames(note: NoteFacts): Set<string> {
  const names = new Set<string>();
  const add = (target: string) => {
    let decoded = target;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // A stray % in a link: keep it as written.
    }
    const name = decoded.slice(decoded.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
    if (name !== "") names.add(name);
  };
  // A link quoted in fenced code links nothing (the reader's rule); a property's link still does.
  const code = noteCode(note);
  for (let n = 0; n < note.lines.length; n++) {
    const line = note.lines[n] ?? "";
    if (code(n) || line.length > 5000 || line.indexOf("[") < 0) continue;
    for (const m of line.matchAll(/\[\[([^\]|#^]+)/g)) add(m[1] ?? "");
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? "";
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) add(target);
    }
  }
  return names;
}

interface Scored {
  series: number;
  note: NoteFacts;
  score: number;
  reasons: string[];
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
export function assignIndexNotes(series: readonly Series[], others: readonly NoteFacts[]): (IndexMatch | null)[] {
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
  for (const note of others) {
    const here = byFolder.get(note.folder) ?? [];
    const below = byParent.get(note.folder) ?? [];
    if (here.length === 0 && below.length === 0) continue;
    const near = new Set([...here, ...below]);
    // Links per series near the note, each link counted once.
    const linked = new Map<number, number>();
    for (const name of linkedNames(note)) {
      const targets = new Set<number>();
      const episodeOf = byEpisode.get(name.toLowerCase());
      if (episodeOf !== undefined) targets.add(episodeOf);
      const shape = nameShape(name);
      if (shape) for (const index of (shape.code !== null ? byCode.get(shape.code.toLowerCase()) : byShape.get(shape.kind)) ?? []) targets.add(index);
      for (const index of targets) if (near.has(index)) linked.set(index, (linked.get(index) ?? 0) + 1);
    }
    const indexWords = INDEX_WORDS.test(note.basename);
    const noteName = compact(note.basename);
    // A name alone makes an index only for a series alone in its folder: the one series
    // here, the one series below, or the series below whose folder the note is named after.
    const alone = new Set<number>();
    if (here.length === 1 && here[0] !== undefined) alone.add(here[0]);
    const single = below.filter((index) => (byFolder.get(series[index]?.folder ?? "")?.length ?? 0) === 1);
    if (below.length === 1 && single[0] !== undefined) alone.add(single[0]);
    else for (let end = 3; end <= noteName.length; end++) for (const index of byFolderName.get(noteName.slice(0, end)) ?? []) if (single.includes(index)) alone.add(index);
    const candidates = new Set([...linked.keys(), ...alone]);
    for (const index of candidates) {
      const s = series[index];
      if (!s) continue;
      const count = linked.get(index) ?? 0;
      const naming = namingFolder(s.folder);
      const folderName = compact(naming.slice(naming.lastIndexOf("/") + 1));
      const byName = indexWords || (folderName.length >= 3 && noteName.startsWith(folderName));
      const isAlone = alone.has(index);
      if (count < 2 && !(byName && isAlone)) continue;
      const reasons: string[] = [];
      if (byName) reasons.push(`named like an index (${note.basename})`);
      if (count > 0) reasons.push(`links to ${count} ${s.code ?? ""}${s.code ? " " : ""}episode${count === 1 ? "" : "s"}`);
      if (note.folder !== s.folder) reasons.push(`in ${note.folder === "" ? "the vault's top folder" : note.folder}, above the episodes`);
      scored.push({ series: index, note, score: count + (byName ? 5 : 0) + (note.folder === s.folder ? 1 : 0), reasons });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.note.path.localeCompare(b.note.path));
  const result: (IndexMatch | null)[] = series.map(() => null);
  const used = new Set<string>();
  for (const entry of scored) {
    if (result[entry.series] !== null || used.has(entry.note.path)) continue;
    result[entry.series] = { note: entry.note, reasons: entry.reasons };
    used.add(entry.note.path);
  }
  return result;
}
