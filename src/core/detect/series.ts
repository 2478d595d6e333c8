// Episodes grouped into series: by folder and by code (or, without a code, by the kind
// of name: numbered or dated). Two codes in one folder are two series; one code spread
// over year or season folders ("GOH/2023", "GOH/2024") is one series in their parent.
import { folderOf, type NoteFacts } from "./note-facts";
import type { ShapeKind } from "./name-shape";
import { mostCommon } from "./words";

export interface Series {
  /** What groups the notes: "code:GOH", "number:", "number:episode", "dated". */
  key: string;
  kind: ShapeKind;
  /** The code as most names write it, or null. */
  code: string | null;
  folder: string;
  /** The episode notes, oldest name first (by number, then date). */
  members: NoteFacts[];
}

/**
 * Folders that split one show by period: "2024", "2024-Q1", "2024-03", "2024-03-05" (a
 * folder per month or per episode day), "Season 2", "Temporada 3", "S01". A show's own
 * folder is never named like that, so such folders stand for their parent, at any depth
 * ("GOH/2024/03").
 */
const PERIOD_FOLDER =
  /^(?:(?:19|20)\d{2}(?:[-_ ]?(?:q[1-4]|h[12])|[-_.](?:0?[1-9]|1[0-2])(?:[-_.](?:0?[1-9]|[12]\d|3[01]))?)?|\d{1,2}|s\d{1,2}|(?:season|temporada|staffel|saison|stagione|seizoen)[\s_-]*\d{1,3})$/i;

/** The folder a group stands for: period folders lifted to their parent, never to the vault root. */
export function showFolder(folder: string): string {
  let at = folder;
  for (;;) {
    const parent = folderOf(at);
    if (parent === "" || !PERIOD_FOLDER.test(at.slice(parent.length + 1))) return at;
    at = parent;
  }
}

interface Group {
  key: string;
  folder: string;
  members: NoteFacts[];
}

function keyOf(note: NoteFacts): string | null {
  const shape = note.shape ?? note.bareShape;
  if (!shape) return null;
  if (shape.code !== null) return `code:${shape.code.toUpperCase()}`;
  if (shape.kind === "dated") return "dated";
  // S01E05 without a code: its own series, not the "03 - Title" notes beside it.
  if (shape.seasonText !== null) return `season:${shape.prefix.trim().toLowerCase()}`;
  // 第3回 and 第3話 are two ways of counting: two series, as "Episode 3" and "Folge 3" are.
  return `number:${shape.prefix.trim().toLowerCase()}${shape.counter === "" ? "" : `\u0000${shape.counter}`}`;
}

/** Series of the notes that have an episode name; templates and opted-out notes are left out. */
export function groupSeries(notes: readonly NoteFacts[]): Series[] {
  const groups = new Map<string, Group>();
  const bare: { id: string; note: NoteFacts }[] = [];
  for (const note of notes) {
    if (note.isTemplate || note.optedOut) continue;
    const key = keyOf(note);
    if (key === null) continue;
    const id = `${key}\u0000${note.folder}`;
    // A name with a number and no topic ("LS 42") is an episode's, but such names alone make
    // no series: "Untitled 2" and "Note 12" are numbered too. It joins one of its folder.
    if (note.shape === null) bare.push({ id, note });
    else {
      const group = groups.get(id);
      if (group) group.members.push(note);
      else groups.set(id, { key, folder: note.folder, members: [note] });
    }
  }
  for (const { id, note } of bare) groups.get(id)?.members.push(note);
  const merged = mergeFolders([...groups.values()]);
  return merged
    .map((group) => ({ ...group, kind: kindOf(group.members), code: commonCode(group.members), members: sortMembers(group.members) }))
    .sort((a, b) => (a.folder === b.folder ? a.key.localeCompare(b.key) : a.folder.localeCompare(b.folder)));
}

/** One by one: push(...items) throws past about 150,000 items (a folder of 200,000 notes). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/**
 * Groups of one key are joined when one folder holds the other (not the vault root,
 * which holds everything) or when they are period folders side by side.
 */
function mergeFolders(groups: Group[]): Group[] {
  const byKey = new Map<string, Group[]>();
  for (const group of groups) {
    const list = byKey.get(group.key);
    if (list) list.push(group);
    else byKey.set(group.key, [group]);
  }
  const out: Group[] = [];
  for (const list of byKey.values()) {
    // A period folder ("GOH/2024") stands for its parent; then nested folders join their ancestor.
    const lifted = new Map<string, Group>();
    for (const group of list) {
      const folder = showFolder(group.folder);
      const existing = lifted.get(folder);
      if (existing) append(existing.members, group.members);
      else lifted.set(folder, { key: group.key, folder, members: [...group.members] });
    }
    const sorted = [...lifted.values()].sort((a, b) => a.folder.length - b.folder.length);
    // The kept groups by folder: a group's ancestors are looked up one by one (as deep as its
    // path), not searched among every kept group (5,000 dated shows were 12 million checks).
    const kept = new Map<string, Group>();
    for (const group of sorted) {
      const ancestor = outermostAncestor(group.folder, kept);
      if (ancestor) append(ancestor.members, group.members);
      else kept.set(group.folder, group);
    }
    append(out, [...kept.values()]);
  }
  return out;
}

/** The outermost kept group whose folder holds `folder` (or is it), the vault root aside. */
function outermostAncestor(folder: string, kept: ReadonlyMap<string, Group>): Group | undefined {
  if (folder === "") return undefined;
  for (let end = folder.indexOf("/"); ; end = folder.indexOf("/", end + 1)) {
    const found = kept.get(end < 0 ? folder : folder.slice(0, end));
    if (found || end < 0) return found;
  }
}

function kindOf(members: readonly NoteFacts[]): ShapeKind {
  if (members.some((m) => m.shape?.kind === "numbered")) return "numbered";
  if (members.some((m) => m.shape?.kind === "dated")) return "dated";
  return "code-only";
}

function commonCode(members: readonly NoteFacts[]): string | null {
  const counts = new Map<string, number>();
  for (const member of members) {
    const code = member.shape?.code;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return mostCommon(counts);
}

/** Season, then number (S01E10 before S02E01); a name without a season is season 0. */
function byNumber(a: NoteFacts, b: NoteFacts, missing: number): number {
  const season = (m: NoteFacts) => {
    const text = (m.shape ?? m.bareShape)?.seasonText;
    return text ? Number(text) : 0;
  };
  const number = (m: NoteFacts) => {
    const text = (m.shape ?? m.bareShape)?.numberText;
    return text ? Number(text) : missing;
  };
  return season(a) - season(b) || number(a) - number(b);
}

function sortMembers(members: NoteFacts[]): NoteFacts[] {
  return [...members].sort((a, b) => byNumber(a, b, Number.POSITIVE_INFINITY) || (a.date ?? "").localeCompare(b.date ?? "") || a.path.localeCompare(b.path));
}

/** The newest member: the highest number (in the latest season), else the latest date. */
export function newestMember(members: readonly NoteFacts[]): NoteFacts | undefined {
  let best: NoteFacts | undefined;
  for (const member of members) {
    if (!best) best = member;
    else {
      const order = byNumber(member, best, -1);
      if (order > 0 || (order === 0 && (member.date ?? "") > (best.date ?? ""))) best = member;
    }
  }
  return best;
}
