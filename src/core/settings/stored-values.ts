// Reading one stored value: what was stored when it has the right type and range, else
// the fallback and a note naming the key, so a repair is always said. Pure.

import { isRecord } from "../records";

export type Raw = Record<string, unknown>;

export { isRecord };

/**
 * Bring stored data to the current version and repair what is invalid. Pure: the
/**
 * The keys of `raw` this version does not know, with their values as stored (the known
 * ones are left out, so they always hold the repaired value). Object.fromEntries defines
 * each key, so a stored "__proto__" stays a plain key instead of changing a prototype.
 */
export function unknownKeys(raw: Raw, known: readonly string[]): Raw {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !known.includes(key)));
}

/** A nested group of settings; one of another type was replaced without a note before. */
export function group(value: unknown, key: string, notes: string[]): Raw {
  if (value === undefined) return {};
  if (isRecord(value)) return value;
  notes.push(`${key} was not a group of settings; the defaults are used.`);
  return {};
}

export function str(value: unknown, fallback: string, key: string, notes: string[]): string {
  if (value === undefined) return fallback;
  if (typeof value === "string") return value;
  notes.push(`${key} was not text; the default is used.`);
  return fallback;
}

export function bool(value: unknown, fallback: boolean, key: string, notes: string[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === "boolean") return value;
  notes.push(`${key} was not true or false; the default is used.`);
  return fallback;
}

export function oneOf<T>(value: unknown, fallback: T, accepts: (value: unknown) => value is T, key: string, notes: string[]): T {
  if (value === undefined) return fallback;
  if (accepts(value)) return value;
  notes.push(`${key} was not a known value; the default is used.`);
  return fallback;
}

export function int(value: unknown, fallback: number, min: number, max: number, key: string, notes: string[]): number {
  if (value === undefined) return fallback;
  // `+ 0` turns a stored -0 into 0, so migrating twice gives the same settings.
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value + 0;
  notes.push(`${key} must be a whole number from ${min} to ${max}; the default is used.`);
  return fallback;
}

export function stringList(value: unknown, fallback: readonly string[], key: string, notes: string[]): string[] {
  if (value === undefined) return [...fallback];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value.map((v: string) => v.trim()).filter((v) => v !== "");
  }
  notes.push(`${key} was not a list of text; the default is used.`);
  return [...fallback];
}

export function nonEmpty(list: string[], fallback: readonly string[]): string[] {
  return list.length > 0 ? list : [...fallback];
}
