// Which key holds a series' guests, as the notes write it: `Guest::`, `Guests::`, or
// `Invitado(s):` with one colon. A key counts when it is a guest word in a common
// language, or when most notes carry it near the top with names of people in it (and it
// is not a word for hosts, authors or meeting attendees).
import { parseGuestValue } from "../note/guests";
import type { NoteFacts, TopKey } from "./note-facts";
import { mostCommon } from "./words";

/** Guest words, lower case, accents and non-letters removed ("Invitado(s)" → "invitados"). */
const GUEST_WORDS = new Set([
  "guest", "guests", "invitado", "invitados", "invitada", "invitadas", "invitadoa", "invitadosas",
  "gast", "gaste", "gasteliste", "invite", "invites", "invitee", "invitees", "intervenant", "intervenants",
  "ospite", "ospiti", "convidado", "convidados", "convidada", "convidadas", "speaker", "speakers",
  "ponente", "ponentes", "gasten", "interviewee", "interviewees", "referent", "referenten",
]);

/** Keys that hold people who are not guests. */
const NOT_GUEST_WORDS = new Set([
  "host", "hosts", "cohost", "cohosts", "hostedby", "moderator", "moderators", "moderador", "moderadora",
  "presenter", "presenters", "presentador", "presentadora", "anfitrion", "anfitriona", "author", "authors", "autor",
  "autores", "owner", "owners", "assignee", "assignees", "organizer", "organiser", "organizador", "producer",
  "editor", "attendees", "attendee", "participants", "participantes", "teilnehmer", "asistentes", "present",
  "people", "team", "members", "by", "from", "to", "cc", "contact", "contacto", "reviewer", "reviewers",
]);

export function guestWord(key: string): string {
  return key
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

export function isGuestWord(key: string): boolean {
  return GUEST_WORDS.has(guestWord(key));
}

export interface GuestKeys {
  /** Field names as the setting stores them: "Guest", or "Invitado(s):" for a one-colon key. */
  fields: string[];
  reasons: string[];
  /** Members that carry one of the keys. */
  notesWithKey: number;
  /** Guest names per member path, read from the chosen keys. */
  names: Map<string, string[]>;
}

interface KeyStats {
  written: Map<string, number>;
  oneColon: number;
  /** Notes that carry it as a property (frontmatter) rather than in the text. */
  property: number;
  notes: Set<string>;
  personNotes: Set<string>;
  inTemplate: boolean;
}

/** The series' guest keys, or null when its notes have none. */
export function findGuestKeys(members: readonly NoteFacts[], template: NoteFacts | null): GuestKeys | null {
  const stats = new Map<string, KeyStats>();
  const add = (note: NoteFacts, key: TopKey, isTemplate: boolean) => {
    const word = guestWord(key.key);
    if (word === "" || NOT_GUEST_WORDS.has(word)) return;
    // Properties (frontmatter) count only under a guest word: "title" and "tags" hold text too.
    if (key.colons === 0 && !GUEST_WORDS.has(word)) return;
    let entry = stats.get(word);
    if (!entry) {
      entry = { written: new Map(), oneColon: 0, property: 0, notes: new Set(), personNotes: new Set(), inTemplate: false };
      stats.set(word, entry);
    }
    if (isTemplate) entry.inTemplate = true;
    else if (!entry.notes.has(note.path)) {
      entry.notes.add(note.path);
      entry.written.set(key.key, (entry.written.get(key.key) ?? 0) + 1);
      if (key.colons === 1) entry.oneColon++;
      if (key.colons === 0) entry.property++;
      if (isPersonLike(key.value)) entry.personNotes.add(note.path);
    }
  };
  for (const member of members) for (const key of member.keys) add(member, key, false);
  if (template) for (const key of template.keys) add(template, key, true);

  const total = members.length;
  const chosen: { word: string; entry: KeyStats; known: boolean }[] = [];
  for (const [word, entry] of stats) {
    const known = GUEST_WORDS.has(word);
    const common = entry.notes.size * 4 >= total || (entry.inTemplate && known);
    const people = entry.personNotes.size >= 2 && entry.personNotes.size * 2 > total;
    if ((known && common && (entry.notes.size > 0 || entry.inTemplate)) || (!known && people)) chosen.push({ word, entry, known });
  }
  if (chosen.length === 0) return null;
  chosen.sort((a, b) => b.entry.notes.size - a.entry.notes.size || a.word.localeCompare(b.word));

  const fields: string[] = [];
  const reasons: string[] = [];
  const carriers = new Set<string>();
  for (const { entry, known } of chosen) {
    const written = mostCommon(entry.written) ?? "";
    if (written === "") continue;
    const oneColon = entry.oneColon * 2 > entry.notes.size;
    fields.push(oneColon ? `${written}:` : written);
    for (const path of entry.notes) carriers.add(path);
    const form = oneColon ? `“${written}: …” (one colon)` : entry.property * 2 > entry.notes.size ? `the property “${written}”` : `“${written}:: …”`;
    const why = known ? "a guest word" : `names of people in ${entry.personNotes.size} notes`;
    reasons.push(`${form} in ${entry.notes.size} of ${total} episode notes${entry.inTemplate ? " and in the template" : ""} (${why})`);
  }
  if (fields.length === 0) return null;

  const wanted = new Set(chosen.map((c) => c.word));
  const names = new Map<string, string[]>();
  for (const member of members) {
    const list = member.keys.filter((k) => wanted.has(guestWord(k.key))).flatMap((k) => parseGuestValue(k.value).guests.map((g) => g.name));
    if (list.length > 0) names.set(member.path, list);
  }
  return { fields, reasons, notesWithKey: carriers.size, names };
}

/** Names of people: one to five words each, not a link address, a date or a number. */
export function isPersonLike(value: string): boolean {
  const guests = parseGuestValue(value).guests;
  if (guests.length === 0) return false;
  return guests.every((guest) => {
    const words = guest.name.split(/\s+/).filter((w) => w !== "");
    if (words.length === 0 || words.length > 5) return false;
    if (/https?:|www\.|^\d|\d{4}-\d{2}/i.test(guest.name)) return false;
    return guest.target !== null || /^\p{Lu}/u.test(guest.name);
  });
}

