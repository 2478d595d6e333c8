// Settings changed here while data.json could not be read (a sync tool halfway through
// writing it) are merged into the file once it reads again: a three-way merge of the
// settings in use when it stopped reading (base), those in use now (mine) and the file's
// (theirs). A value changed on one side only takes that side's value; one changed on both
// takes the change made here, the later of the two (the sync wrote its file before the
// user's click). Lists of records with ids (the shows) are matched by id, so a show the
// other laptop added, or a setting it changed in another show, survives a change here.

import { isRecord } from "../records";

type Rec = Record<string, unknown>;

/** Structural equality of JSON-like values (what data.json can hold). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const other = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === other.length && keys.every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

export function mergeHeldChanges<T>(base: T, mine: T, theirs: T): T {
  return merge(base, mine, theirs) as T;
}

function merge(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameValue(mine, base)) return theirs;
  if (sameValue(theirs, base) || sameValue(mine, theirs)) return mine;
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const out: Rec = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = merge(base[key], mine[key], theirs[key]);
      // Defined, not assigned: a "__proto__" key in data.json stays a key.
      if (value !== undefined) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    const byId = mergeById(base, mine, theirs);
    if (byId) return byId;
    if (base.length === mine.length && mine.length === theirs.length) return base.map((item, i) => merge(item, mine[i], theirs[i]));
  }
  // The same value changed on both sides: the change made here is the later one.
  return mine;
}

/** Each item's id, or null when the list is not one of records with distinct string ids. */
function ids(list: unknown[]): Map<string, unknown> | null {
  const map = new Map<string, unknown>();
  for (const item of list) {
    if (!isRecord(item) || typeof item.id !== "string" || map.has(item.id)) return null;
    map.set(item.id, item);
  }
  return map;
}

/**
 * In theirs' order, then the items added here. An item deleted on one side and changed
 * on the other is kept: a deletion never takes a change with it.
 */
function mergeById(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] | null {
  const [b, m, t] = [ids(base), ids(mine), ids(theirs)];
  if (!b || !m || !t) return null;
  const out: unknown[] = [];
  for (const [id, item] of t) {
    if (m.has(id)) out.push(b.has(id) ? merge(b.get(id), m.get(id), item) : merge(undefined, m.get(id), item));
    else if (!b.has(id) || !sameValue(item, b.get(id))) out.push(item);
  }
  for (const [id, item] of m) {
    if (t.has(id)) continue;
    if (!b.has(id) || !sameValue(item, b.get(id))) out.push(item);
  }
  return out;
}
