// Reading a guest note: an ordinary note in the guests folder whose properties the plugin
// reads and writes. Every property has one expected type; a value of another type is
// left out with a problem that names it, and the note's other properties still count.
// Properties the plugin does not know are never looked at, so they stay as they are.
import type { YamlValue } from "../types";
import { frontmatterOf, readFrontmatter, type FrontmatterSource } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { basenameOf } from "../note/episode";
import { canonicalKey } from "../note/fields";
import { isValidTimeZone } from "../time/zone-clock";
import { parseStatus, type GuestStatus, type StatusNames } from "./statuses";
import { personKey } from "./person-name";
import { aliasesOfText } from "./alias-text";

/** The text properties, by the name the plugin writes them under. */
export const TEXT_PROPERTIES = ["pronouns", "pronunciation", "timezone", "company", "role", "email", "status"] as const;
export type TextProperty = (typeof TEXT_PROPERTIES)[number];

export interface GuestNote {
  path: string;
  /** The note's name: the guest's name. */
  name: string;
  aliases: string[];
  pronouns: string | null;
  pronunciation: string | null;
  /** An IANA zone this device knows, else null (an unknown one is a problem). */
  timezone: string | null;
  company: string | null;
  role: string | null;
  links: string[];
  email: string | null;
  /** As set in the note; null when not set or not one of the states. */
  status: GuestStatus | null;
  /** What is wrong with the note's properties, one message each. */
  problems: string[];
  /** False when the frontmatter could not be read as YAML: the plugin writes nothing into it. */
  writable: boolean;
}

/** Other spellings of a property's key the plugin reads (compared canonically). */
const KEY_SPELLINGS: Record<string, string> = {
  pronouns: "pronouns",
  pronunciation: "pronunciation",
  timezone: "timezone",
  "time-zone": "timezone",
  company: "company",
  role: "role",
  email: "email",
  links: "links",
  status: "status",
  aliases: "aliases",
  alias: "aliases",
};

/** `frontmatter`: the properties the shell's platform parsed from `text` (the core parses no YAML). */
export function readGuestNote(path: string, text: string, statusNames: StatusNames, frontmatter: FrontmatterSource): GuestNote {
  const read = readFrontmatter(splitLines(stripBom(text)), frontmatterOf(frontmatter));
  return guestNoteFrom(path, read.data, read.warnings, statusNames);
}

/** The same from properties already read (`warnings` non-empty: the YAML was broken). */
export function guestNoteFrom(path: string, data: Readonly<Record<string, YamlValue>>, yamlWarnings: readonly string[], statusNames: StatusNames): GuestNote {
  const note: GuestNote = {
    path,
    name: basenameOf(path),
    aliases: [],
    pronouns: null,
    pronunciation: null,
    timezone: null,
    company: null,
    role: null,
    links: [],
    email: null,
    status: null,
    problems: [],
    writable: yamlWarnings.length === 0,
  };
  if (yamlWarnings.length > 0) {
    note.problems.push(`Its properties are not valid YAML, so the plugin writes nothing into it until they are fixed (${yamlWarnings[0] ?? ""}).`);
  }
  const seen = new Set<string>();
  for (const key of Object.keys(data)) {
    const property = KEY_SPELLINGS[canonicalKey(key)];
    if (property === undefined) continue;
    if (seen.has(property)) {
      note.problems.push(`“${property}” is set twice (as “${key}” too); the first is used.`);
      continue;
    }
    seen.add(property);
    readProperty(note, property, key, data[key] ?? null, statusNames);
  }
  return note;
}

function readProperty(note: GuestNote, property: string, key: string, value: YamlValue, statusNames: StatusNames): void {
  if (value === null) return;
  if (property === "aliases" || property === "links") {
    // One text of aliases is a list to Obsidian, split at its commas (alias-text.ts).
    const list = property === "aliases" && typeof value === "string" ? aliasesOfText(value) : textList(value);
    if (list === null) note.problems.push(`“${key}” should be a list of text.`);
    else note[property] = list.filter((item) => item.trim() !== "").map((item) => item.trim());
    return;
  }
  // Pronouns are often kept as a list property ("she", "her").
  const list = property === "pronouns" ? textList(value) : null;
  const text = list !== null && Array.isArray(value) ? list.join("/") : scalarText(value);
  if (text === null) {
    note.problems.push(`“${key}” should be text, not ${describeType(value)}.`);
    return;
  }
  if (text === "") return;
  if (property === "timezone") {
    if (isValidTimeZone(text)) note.timezone = zoneName(text);
    else note.problems.push(`The time zone “${text}” is not one this device knows (use a name like Europe/Belgrade); times are given without it.`);
  } else if (property === "status") {
    const status = parseStatus(text, statusNames);
    if (status === null) note.problems.push(`The status “${text}” is none of ${Object.values(statusNames).join(", ")}; it is read as not set.`);
    note.status = status;
  } else note[property as Exclude<TextProperty, "timezone" | "status">] = text;
}

const zoneNames = new Map<string, string>();

/**
 * A known zone as its name is spelled (`europe/belgrade` → `Europe/Belgrade`), so the
 * texts show it that way; a legacy or other name (`US/Pacific`, `CET`) stays as written.
 * Intl gives the spelling; asked once per name, as building a formatter costs tens of µs.
 */
export function zoneName(zone: string): string {
  let name = zoneNames.get(zone);
  if (name === undefined) {
    let resolved = zone;
    try {
      resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Not a zone: left as written (the caller says so).
    }
    name = resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
    if (zoneNames.size >= 1000) zoneNames.clear();
    zoneNames.set(zone, name);
  }
  return name;
}

/** A string, or a number or boolean written without quotes (`company: 3M` is text, `role: 10` too). */
function scalarText(value: YamlValue): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** A list of text, or one text as a list of one; null for anything else. An unquoted `[[Name]]` item is a link. */
function textList(value: YamlValue): string[] | null {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value) {
    if (typeof item === "string" || typeof item === "number") out.push(String(item));
    else if (Array.isArray(item) && item.length === 1 && Array.isArray(item[0]) && item[0].every((p) => typeof p === "string")) {
      // YAML read an unquoted [[Name]] as a list in a list.
      out.push(`[[${item[0].join(", ")}]]`);
    } else return null;
  }
  return out;
}

function describeType(value: YamlValue): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "a group of properties";
  return typeof value;
}

/** The names a guest note answers to, as matched (person-name.ts): its own and its aliases, each once. */
export function namesOf(note: GuestNote): string[] {
  const names = new Set<string>();
  for (const name of [note.name, ...note.aliases]) {
    const folded = personKey(name);
    if (folded !== "") names.add(folded);
  }
  return [...names];
}
