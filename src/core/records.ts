// Records keyed by text a user wrote (inline fields, frontmatter keys, placeholder and
// answer names). A plain `{}` inherits `constructor`, `toString`, `__proto__` and the
// rest from Object.prototype: `fields["constructor"]` is a function (so `.push` threw),
// and `map["__proto__"] = {url: …}` replaced the prototype, giving the note a url it
// never had. These records have no prototype, so every key is an ordinary key.

/** An empty record without a prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * The record's own value for `key`, never an inherited one. For records built elsewhere
 * (Obsidian's metadata cache, a YAML library, JSON.parse), which do have a prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A parsed JSON or YAML object (not an array, not null): what stored settings and ledgers must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
