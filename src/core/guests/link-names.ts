// "Link guest names in this episode": the plain names in a note's guest fields (inline
// `Guest::` fields, bracketed ones, a show's one-colon `Invitado(s):` lines) with their
// places on the line, and the edit that turns chosen names into links. The edit is
// planned on the text as it is when written: a line that changed since the names were
// found is refused, and so is any result the guest reader would read differently (other
// names, other affiliations), so a link can only ever add a target to a name.
// Frontmatter guest properties are not touched: rewriting YAML is processFrontMatter's,
// and it would not keep the block byte for byte.
import type { Guest } from "../types";
import { bodyStartOf } from "../note/frontmatter";
import { scanBody, type ScannedField } from "../note/scan";
import { canonicalKey } from "../note/fields";
import { guestKeySet } from "../note/guest-keys";
import { oneColonKeys, withoutOneColon } from "../note/one-colon";
import { DEFAULT_GUEST_FIELDS } from "../note/episode";
import { andWordsFor } from "../note/and-words";
import type { OfficeHoursSettings, ShowSettings } from "../settings/settings";
import { parseGuestValue } from "../note/guests";
import { splitLines, stripBom } from "../text/lines";
import type { TextEdit } from "../live/edits";
import { plainNameSpans } from "./name-spans";

/** How a note's guest fields are read: the show's field names and its words for "and". */
export interface GuestFieldRules {
  guestFields: readonly string[];
  andWords: readonly string[];
}

/**
 * The rules the episode was read with: its show's guest fields and language; outside
 * every show, any show's field names with Dataview's two colons (as the classifier reads).
 */
export function guestFieldRules(settings: OfficeHoursSettings, show: ShowSettings | null): GuestFieldRules {
  if (show) return { guestFields: show.guestFields, andWords: andWordsFor(show.language) };
  const fields = [...new Set([...DEFAULT_GUEST_FIELDS, ...settings.shows.flatMap((s) => s.guestFields.map(withoutOneColon))])];
  return { guestFields: fields, andWords: andWordsFor("") };
}

/** One guest field's value in the note: its line and where the value sits on it. */
export interface GuestFieldValue {
  line: number;
  lineText: string;
  start: number;
  end: number;
}

/** A plain name in a guest field, in note coordinates. */
export interface PlainName {
  line: number;
  /** The whole line as it read when the name was found: the edit checks it is unchanged. */
  lineText: string;
  start: number;
  end: number;
  /** The text as written there (`Nikola  G`). */
  written: string;
  /** The name the reader gives it (`Nikola G`). */
  name: string;
}

/** A name to replace by `link` (the whole link as the user's settings write it). */
export interface NameLink {
  name: PlainName;
  link: string;
}

export type LinkPlan = { ok: true; edits: TextEdit[]; linked: number } | { ok: false; reason: string };

/** The guest field values of the note's body, in reading order. */
export function guestFieldValues(text: string, rules: GuestFieldRules): GuestFieldValue[] {
  const lines = splitLines(stripBom(text));
  const colonKeys = oneColonKeys(rules.guestFields);
  const scan = scanBody(lines, bodyStartOf(lines), { fields: true, templateTags: false, oneColonKeys: colonKeys.size > 0 ? colonKeys : undefined });
  const guestKeys = guestKeySet(rules.guestFields);
  const out: GuestFieldValue[] = [];
  // Several fields on one line are found left to right: each search starts after the last.
  let cursorLine = -1;
  let cursor = 0;
  for (const field of scan.fields) {
    const oneColon = field.valueAt !== undefined;
    if (!oneColon && !guestKeys.has(canonicalKey(field.key))) continue;
    const lineText = lines[field.line] ?? "";
    if (field.line !== cursorLine) {
      cursorLine = field.line;
      cursor = 0;
    }
    const start = valueStart(lineText, field, cursor);
    if (start < 0) continue;
    cursor = start + field.value.length;
    out.push({ line: field.line, lineText, start, end: cursor });
  }
  return out;
}

/** Where `field`'s (trimmed) value starts on its line, searching from `from`; -1 when it cannot be placed. */
function valueStart(line: string, field: ScannedField, from: number): number {
  if (field.valueAt !== undefined) return skipSpaces(line, field.valueAt);
  const key = field.key.trim();
  for (let at = line.indexOf("::", from); at >= 0; at = line.indexOf("::", at + 1)) {
    // The key ends right before the colons (a closing `**` or `_` may sit between).
    const before = line.slice(0, at).replace(/[\s_*~`]+$/, "");
    if (!before.endsWith(key.replace(/[\s_*~`]+$/, ""))) continue;
    const start = skipSpaces(line, at + 2);
    if (line.startsWith(field.value, start)) return start;
  }
  return -1;
}

function skipSpaces(line: string, from: number): number {
  const rest = line.slice(from);
  return from + (rest.length - rest.trimStart().length);
}

/** Every plain name in the note's guest fields, in reading order. */
export function plainGuestNames(text: string, rules: GuestFieldRules): PlainName[] {
  const out: PlainName[] = [];
  for (const field of guestFieldValues(text, rules)) {
    const value = field.lineText.slice(field.start, field.end);
    for (const span of plainNameSpans(value, rules.andWords)) {
      const start = field.start + span.start;
      const end = field.start + span.end;
      out.push({ line: field.line, lineText: field.lineText, start, end, written: field.lineText.slice(start, end), name: span.name });
    }
  }
  return out;
}

/** What the reader makes of the note's guest fields: the guests of each field, in order. */
export function guestsInFields(text: string, rules: GuestFieldRules): Guest[][] {
  return guestFieldValues(text, rules).map((f) => parseGuestValue(f.lineText.slice(f.start, f.end), rules.andWords).guests);
}

/**
 * The edits that put `links` in place of their names, planned on `text` (the note as it
 * is now). Refused, with the reason, when a line changed since the names were found or
 * the linked note would not read as the same guests.
 */
export function planNameLinks(text: string, links: readonly NameLink[], rules: GuestFieldRules): LinkPlan {
  if (links.length === 0) return { ok: true, edits: [], linked: 0 };
  const lines = splitLines(stripBom(text));
  for (const { name } of links) {
    if (lines[name.line] !== name.lineText) {
      return { ok: false, reason: `line ${name.line + 1} changed since the names were read (“${name.written}” is no longer where it was); nothing was changed` };
    }
    if (name.lineText.slice(name.start, name.end) !== name.written) return { ok: false, reason: `“${name.written}” is not on line ${name.line + 1}; nothing was changed` };
  }
  const edits: TextEdit[] = links.map(({ name, link }) => ({ from: { line: name.line, ch: name.start }, to: { line: name.line, ch: name.end }, text: link }));
  const after = applyToLines(lines, edits);
  const problem = readsAsSamePeople(guestsInFields(text, rules), guestsInFields(after, rules), links.length);
  if (problem !== null) return { ok: false, reason: `${problem}; nothing was changed` };
  return { ok: true, edits, linked: links.length };
}

/** The body lines with the edits made (edits on one line never overlap: they are separate names). */
function applyToLines(lines: readonly string[], edits: readonly TextEdit[]): string {
  const out = [...lines];
  const ordered = [...edits].sort((a, b) => a.from.line - b.from.line || b.from.ch - a.from.ch);
  for (const edit of ordered) {
    const line = out[edit.from.line] ?? "";
    out[edit.from.line] = line.slice(0, edit.from.ch) + edit.text + line.slice(edit.to.ch);
  }
  return out.join("\n");
}

/** Null when `after` names the same guests as `before`, field by field, with `linked` more links; else what differs. */
export function readsAsSamePeople(before: readonly Guest[][], after: readonly Guest[][], linked: number): string | null {
  if (before.length !== after.length) return "a guest field would stop reading as one";
  let gained = 0;
  for (const [i, field] of before.entries()) {
    const other = after[i] ?? [];
    if (field.length !== other.length) return "the guest field would read as another number of guests";
    for (const [j, guest] of field.entries()) {
      const now = other[j];
      if (!now || now.name !== guest.name || now.affiliation !== guest.affiliation) return `“${guest.name}” would read as “${now?.name ?? ""}”`;
      if (guest.target !== null && now.target !== guest.target) return `the link of “${guest.name}” would change`;
      if (guest.target === null && now.target !== null) gained++;
    }
  }
  return gained === linked ? null : "a link would not be read as the guest's";
}
