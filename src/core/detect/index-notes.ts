// Index notes: the note next to a series that keeps its episode list or describes the
// show (a README, a note named like the folder), found by its name and by how many of
// the series' episodes it links to. Each note indexes at most one series.
import { folderOf, type NoteFacts } from "./note-facts";
import { nameShape } from "./name-shape";
import { namingFolder } from "./templates";
import type { Series } from "./series";

export interface IndexMatch {
  note: NoteFacts;
  reasons: string[];
}

const INDEX_WORDS = /(?:^|[^\p{L}])(?:readme|index|_index|home|about|overview|inicio|indice|índice)(?:$|[^\p{L}])/iu;

function compact(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

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
  for (const line of note.lines) {
    if (line.length > 5000 || line.indexOf("[") < 0) continue;
    for (const m of line.matchAll(/\[\[([^\]|#^]+)/g)) add(m[1] ?? "");
    for (const m of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? "";
      if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) add(target);
    }
  }
  return names;
}

function seriesKey(series: Series): (name: string) => boolean {
  return (name: string) => {
    const shape = nameShape(name);
    if (!shape) return false;
    if (series.code !== null) return shape.code?.toLowerCase() === series.code.toLowerCase();
    return shape.code === null && shape.kind === series.kind;
  };
}

interface Scored {
  series: number;
  note: NoteFacts;
  score: number;
  reasons: string[];
}

/**
 * The index note of each series (same order), or null. `others` are the notes that are
 * neither episodes nor templates.
 */
export function assignIndexNotes(series: readonly Series[], others: readonly NoteFacts[]): (IndexMatch | null)[] {
  const links = new Map<string, Set<string>>();
  const linksOf = (note: NoteFacts) => {
    let found = links.get(note.path);
    if (!found) {
      found = linkedNames(note);
      links.set(note.path, found);
    }
    return found;
  };
  const foldersWithSeries = new Map<string, number>();
  for (const s of series) foldersWithSeries.set(s.folder, (foldersWithSeries.get(s.folder) ?? 0) + 1);

  const scored: Scored[] = [];
  series.forEach((s, index) => {
    const parent = s.folder === "" ? null : folderOf(s.folder);
    const members = new Set(s.members.map((m) => m.basename.toLowerCase()));
    const belongs = seriesKey(s);
    const folderName = compact(namingFolder(s.folder).slice(namingFolder(s.folder).lastIndexOf("/") + 1));
    const shared = (foldersWithSeries.get(s.folder) ?? 0) > 1;
    for (const note of others) {
      if (note.folder !== s.folder && note.folder !== parent) continue;
      const linked = [...linksOf(note)].filter((name) => members.has(name.toLowerCase()) || belongs(name));
      const byName = INDEX_WORDS.test(note.basename) || (folderName.length >= 3 && compact(note.basename).startsWith(folderName));
      if (linked.length < 2 && !(byName && !shared)) continue;
      const reasons: string[] = [];
      if (byName) reasons.push(`named like an index (${note.basename})`);
      if (linked.length > 0) reasons.push(`links to ${linked.length} ${s.code ?? ""}${s.code ? " " : ""}episode${linked.length === 1 ? "" : "s"}`);
      if (note.folder === parent) reasons.push(`in ${parent === "" ? "the vault's top folder" : parent}, above the episodes`);
      const score = linked.length + (byName ? 5 : 0) + (note.folder === s.folder ? 1 : 0);
      scored.push({ series: index, note, score, reasons });
    }
  });
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
