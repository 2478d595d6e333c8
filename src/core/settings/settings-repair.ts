// What loading stored settings has to do besides using them: save the repaired
// settings (so the repair is not repeated at every start), and first keep a copy of the
// file when the repair dropped or changed anything the user stored. Pure: the store
// (src/plugin/settings/settings-store.ts) does the file work.
import type { Migration } from "./settings";

export interface LoadPlan {
  /** Write the migrated settings back: they differ from what is stored. */
  save: boolean;
  /** Keep the stored file first: `lost` is not empty. */
  backup: boolean;
  /** Where a stored value was dropped or changed, like `shows[1].schedule.timeZone`; "" for the whole file. */
  lost: string[];
}

/** Nothing stored yet (a fresh install) needs nothing: defaults are written on the first change. */
export function planSettingsLoad(stored: unknown, migration: Migration): LoadPlan {
  if (stored === null || stored === undefined) return { save: false, backup: false, lost: [] };
  const lost = lostParts(stored, migration.settings);
  return { save: lost.length > 0 || !sameData(stored, migration.settings), backup: lost.length > 0, lost };
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Object.hasOwn is missing from older mobile WebViews.
function hasOwn(object: Plain, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Paths of the values in `stored` that `repaired` does not hold as they were. Keys that
 * were only added (a default filled in) lose nothing. Lists are compared item by item
 * when they kept their length, else as a whole. Values carried over untouched are the
 * same objects, so the walk stops there: linear in the size of what was repaired.
 */
export function lostParts(stored: unknown, repaired: unknown, path = ""): string[] {
  if (stored === repaired) return [];
  if (Array.isArray(stored)) {
    if (!Array.isArray(repaired) || repaired.length !== stored.length) return [path];
    return stored.flatMap((item, i) => lostParts(item, repaired[i], `${path}[${i}]`));
  }
  if (isPlain(stored)) {
    if (!isPlain(repaired)) return [path];
    return Object.keys(stored).flatMap((key) => {
      const at = path === "" ? key : `${path}.${key}`;
      return hasOwn(repaired, key) ? lostParts(stored[key], repaired[key], at) : [at];
    });
  }
  return [path];
}

/** The same JSON data, whatever the order of keys (and 0 equals -0, as JSON writes both as 0). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && sameData(a[key], b[key]));
  }
  return false;
}

/** `data.backup-2025-06-02.json`, then `data.backup-2025-06-02-2.json`, … for other content the same day. */
export function backupFileName(day: string, n: number): string {
  return n <= 1 ? `data.backup-${day}.json` : `data.backup-${day}-${n}.json`;
}

export function isBackupFileName(name: string): boolean {
  return /^data\.backup-\d{4}-\d{2}-\d{2}(-\d+)?\.json$/.test(name);
}

/** The notice after a repair: what was wrong, and where the settings as they were are kept (null: no copy could be written). */
export function repairMessage(migration: Migration, plan: LoadPlan, backupPath: string | null): string {
  const what = migration.notes.length > 0 ? migration.notes.join(" ") : `Changed: ${plan.lost.map((p) => p || "the whole file").join(", ")}.`;
  return backupPath === null
    ? `Office Hours repaired its settings but could not keep a copy of them, so data.json was left unchanged: ${what}`
    : `Office Hours repaired its settings: ${what} The settings as they were are kept in ${backupPath}.`;
}
