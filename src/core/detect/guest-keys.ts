// Which key holds a series' guests, as the notes write it: `Guest::`, `Guests::`, or
// `Invitado(s):` with one colon, `ゲスト::`, `게스트::`. A key counts when it is a guest word
// in a common language (in any script), or when most notes carry it near the top with
// names of people in it (and it is not a word for hosts, authors, meeting attendees or
// a topic). What tells a name of a person from a topic is in person-names.ts.
import { parseGuestValue } from "../note/guests";
import { isPersonName } from "./person-names";
import type { NoteFacts, TopKey } from "./note-facts";
import { mostCommon } from "./words";

/** Guest words, lower case, accents and non-letters removed ("Invitado(s)" → "invitados"). */
const GUEST_WORDS = new Set([
  "guest", "guests", "invitado", "invitados", "invitada", "invitadas", "invitadoa", "invitadosas",
  "gast", "gaste", "gasteliste", "invite", "invites", "invitee", "invitees", "intervenant", "intervenants",
  "ospite", "ospiti", "convidado", "convidados", "convidada", "convidadas", "speaker", "speakers",
  "ponente", "ponentes", "gasten", "interviewee", "interviewees", "referent", "referenten",
  // Other scripts and languages, folded as guestWord folds them (accents off, so "gość" is "gosc").
  "ゲスト", "嘉宾", "嘉賓", "来宾", "來賓", "게스트", "초대손님", "гость", "гости", "гостья", "гість", "гості",
  "gosc", "goscie", "gaster", "gæst", "gæster", "gjest", "gjester", "vieras", "vieraat", "konuk", "konuklar",
  "misafir", "misafirler", "khachmoi", "tamu", "narasumber", "ضيف", "ضيوف", "אורח", "אורחים",
]);

/** Keys that hold people who are not guests. */
const NOT_GUEST_WORDS = new Set([
  "host", "hosts", "cohost", "cohosts", "hostedby", "moderator", "moderators", "moderador", "moderadora",
  "presenter", "presenters", "presentador", "presentadora", "anfitrion", "anfitriona", "author", "authors", "autor",
  "autores", "owner", "owners", "assignee", "assignees", "organizer", "organiser", "organizador", "producer",
  "editor", "attendees", "attendee", "participants", "participantes", "teilnehmer", "asistentes", "present",
  "people", "team", "members", "by", "from", "to", "cc", "contact", "contacto", "reviewer", "reviewers",
  "gastgeber", "gastgeberin", "hote", "hotes", "animateur", "animatrice", "conduttore", "presentatore", "anfitriao",
  "ホスト", "司会", "司会者", "主持人", "主持", "主播", "진행자", "호스트", "사회자", "ведущий", "ведущая", "ведущие",
  "prowadzacy", "juontaja", "sunucu",
  // Words for what an episode is about: their values are short phrases that can read like names.
  "topic", "topics", "subject", "theme", "title", "thema", "themen", "titel", "tema", "temas", "titulo", "sujet",
  "sujets", "titre", "argomento", "titolo", "pauta", "assunto", "onderwerp", "テーマ", "トークテーマ", "話題", "タイトル",
  "主题", "主題", "话题", "标题", "標題", "주제", "제목", "тема", "темы", "название",
]);

/**
 * A key folded for comparing: compatibility forms unfolded (full-width ｇｕｅｓｔ, half-width
 * ｹﾞｽﾄ), Latin accents off, lower case, only letters and their marks kept. Letters of
 * every script stay: "ゲスト" was folded to "" and so was never a key at all.
 */
export function guestWord(key: string): string {
  return key
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}]/gu, "");
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

/** Names of people: a link to a note, or each name written as a person's name is (person-names.ts). */
export function isPersonLike(value: string): boolean {
  const guests = parseGuestValue(value).guests;
  if (guests.length === 0) return false;
  return guests.every((guest) => isPersonName(guest.name, guest.target !== null));
}

