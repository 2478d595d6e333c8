// What the plugin writes into guest notes, and only on the user's action: a new note
// (properties and a line of context) for vault.create, and property changes applied
// inside FileManager.processFrontMatter to an existing note's properties. A property is
// written under the key the note already uses for it ("Time zone", "timezone"), so
// nothing is duplicated; every other property stays as it is.
import { canonicalKey } from "../note/fields";
import { foldName } from "../text/fold";
import { aliasesOfText } from "./alias-text";

export type GuestEdits = Partial<{
  pronouns: string;
  pronunciation: string;
  timezone: string;
  company: string;
  role: string;
  email: string;
  status: string;
}> & {
  /** Names to add to `aliases` (each only when not there already, after folding). */
  addAliases?: readonly string[];
};

const SPELLINGS: Record<string, string> = { "time-zone": "timezone", alias: "aliases" };

/** The key `frontmatter` already uses for `property`, or the property's own name. */
function keyFor(frontmatter: Record<string, unknown>, property: string): string {
  for (const key of Object.keys(frontmatter)) {
    const canonical = canonicalKey(key);
    if ((SPELLINGS[canonical] ?? canonical) === property) return key;
  }
  return property;
}

/**
 * Apply the edits to a note's properties (the object processFrontMatter hands over).
 * Empty values are not written: a blank field in a form never erases what the note says.
 * Returns the properties changed, for the notice.
 */
export function applyGuestEdits(frontmatter: Record<string, unknown>, edits: GuestEdits): string[] {
  const changed: string[] = [];
  for (const [property, value] of Object.entries(edits)) {
    if (property === "addAliases" || typeof value !== "string") continue;
    const text = oneLine(value);
    if (text === "") continue;
    const key = keyFor(frontmatter, property);
    if (frontmatter[key] === text) continue;
    frontmatter[key] = text;
    changed.push(property);
  }
  const wanted = (edits.addAliases ?? []).map(oneLine).filter((a) => a !== "");
  if (wanted.length > 0) {
    const key = keyFor(frontmatter, "aliases");
    const current = frontmatter[key];
    const list = Array.isArray(current) ? current.filter((a): a is string => typeof a === "string") : typeof current === "string" ? aliasesOfText(current) : [];
    // A value of another type (a number, a group) is kept, not overwritten: the note is
    // the user's; only a list or a text becomes the longer list.
    if (current === undefined || current === null || Array.isArray(current) || typeof current === "string") {
      const have = new Set(list.map(foldName));
      const added = wanted.filter((a) => !have.has(foldName(a)) && (have.add(foldName(a)), true));
      if (added.length > 0) {
        frontmatter[key] = [...list, ...added];
        changed.push("aliases");
      }
    }
  }
  return changed;
}

/** One line of text: line breaks and other control characters become spaces, then trimmed. */
export function oneLine(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    out += code < 32 || code === 127 || code === 0x2028 || code === 0x2029 ? " " : ch;
  }
  return out.trim();
}

/**
 * Text for YAML, single-quoted (only ' is escaped, as ''). Not double-quoted: a list item
 * like `- "a\":b"` is misread as a mapping by the note reader (core/note/yaml.ts).
 */
function yamlText(value: string): string {
  return `'${oneLine(value).replace(/'/g, "''")}'`;
}

/** A new guest note: its properties (only those given) and an optional body. */
export function newGuestNote(properties: GuestEdits, body: readonly string[] = []): string {
  const lines = ["---"];
  for (const [property, value] of Object.entries(properties)) {
    if (property === "addAliases" || typeof value !== "string" || oneLine(value) === "") continue;
    lines.push(`${property}: ${yamlText(value)}`);
  }
  const aliases = (properties.addAliases ?? []).filter((a) => oneLine(a) !== "");
  if (aliases.length > 0) {
    lines.push("aliases:");
    for (const alias of aliases) lines.push(`  - ${yamlText(alias)}`);
  }
  lines.push("---");
  // No properties: no empty frontmatter block either.
  const all = lines.length > 2 ? [...lines, ...body] : body.slice(body[0] === "" ? 1 : 0);
  return all.length === 0 ? "" : all.join("\n") + "\n";
}
