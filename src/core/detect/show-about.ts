// The show's hosts and what it covers, from its description note (a README beside the
// episodes, or the index note: index-notes.ts) where it says them plainly: a `host:` or
// `about:` property or key line, or its opening paragraph's "hosted by Marie Cruz and
// Nicole van der Hoeven" / "Presentado por …" and "… about all things Grafana Labs and
// observability" / "hablar sobre …". Never a guess from names elsewhere: a name list that
// is not names (a lowercase word, a sentence) is no host, and nothing is proposed.
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import type { Found } from "./schedule";
import { replaceLinks } from "../text/links";

/** Property or key line naming the hosts, in the common languages. */
const HOST_KEY = /^(?:hosts?|hosted by|presenters?|presentador(?:es|as?)?|anfitri(?:ón|on|ones|ona|onas)|conductor(?:es|as?)?|moderators?|moderation|moderador(?:es|as?)?|animat(?:eur|eurs|rice|rices)|présentat(?:eur|eurs|rice)|apresentador(?:es|as?)?|gastgeber(?:in|innen)?|conduttor[ie])$/iu;
const ABOUT_KEY = /^(?:about|description|descripci[oó]n|acerca de|beschreibung|summary|resumen|sobre|à propos)$/iu;
/** "hosted by …" in a sentence. */
const HOSTED_BY = /(?:^|[^\p{L}])(?:hosted by|presented by|your hosts? (?:are|is)|presentad[oa]s? por|conducid[oa]s? por|animée?s? par|présentée?s? par|apresentad[oa]s? por|moderiert von|präsentiert von|presentat[oa] da|condott[oa] da)\s+(.+)$/iu;
/** "… talk about X", "a livestream … about X", "hablar sobre X", "temas de X". */
const ABOUT_PHRASE = /(?:^|[^\p{L}])(?:about|hablar(?:emos)? (?:de|sobre)|sobre|acerca de|a temas de|über|à propos de|parler de|falar sobre)\s+(.+)$/iu;
/** Where a name list ends: a clause or a sentence after it. */
const LIST_END = /[.!?;:()[\]]|,\s*(?:where|who|which|on|in|for|donde|que|quienes|en|wo|die|où|qui|onde)\b|\s(?:where|donde|wo|où|onde|on the|en el|every|cada)\s/iu;
/** Where a phrase ends: the end of its sentence. */
const SENTENCE_END = /[.!?](?:\s|$)|\s\p{Extended_Pictographic}/u;
/** Words a person's name may hold in lower case ("Nicole van der Hoeven", "Ana de la Cruz"). */
const PARTICLES = new Set(["van", "der", "den", "de", "la", "le", "del", "da", "das", "do", "dos", "di", "von", "zu", "du", "y", "bin", "al", "ten", "ter"]);
const SPLIT_NAMES = /\s*(?:,\s*(?:and\s+|y\s+|e\s+|und\s+|et\s+)?|\s(?:and|y|e|und|et|&)\s)\s*/u;
/** How far into the description a plain statement is looked for: its opening paragraph. */
const OPENING_LINES = 12;
const PHRASE_MAX = 200;

function plain(text: string): string {
  return replaceLinks(text)
    .display.replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The note's opening prose: the lines under its title (a level-1 heading) and above its
 * first section. A list item, a table row or a quote there is no statement about the show
 * (an index note's "- July: [All About Metric Queries]" says nothing of what it covers).
 */
function opening(note: NoteFacts): string[] {
  const code = noteCode(note);
  const lines: string[] = [];
  for (let n = note.bodyStart; n < note.lines.length && lines.length < OPENING_LINES; n++) {
    const line = note.lines[n] ?? "";
    if (code(n) || line.trim() === "") continue;
    if (/^\s{0,3}#\s/.test(line)) continue;
    if (/^\s{0,3}#{2,6}(?:\s|$)/.test(line)) break;
    if (/^\s*(?:[-*+>|]|\d{1,3}[.)])(?:\s|$)/.test(line) || line.length > 4000) continue;
    lines.push(plain(line));
  }
  return lines;
}

/** "Marie Cruz and Nicole van der Hoeven" when every part is a person's name; else null. */
export function nameList(text: string): string | null {
  const cut = LIST_END.exec(text);
  const list = (cut ? text.slice(0, cut.index) : text).trim().replace(/[,\s]+$/, "");
  if (list === "" || list.length > PHRASE_MAX) return null;
  const names = list.split(SPLIT_NAMES).filter((n) => n !== "");
  if (names.length === 0 || names.length > 6) return null;
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length > 5) return null;
    if (!words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(w.toLowerCase())))) return null;
  }
  return list;
}

function phrase(text: string): string | null {
  const cut = SENTENCE_END.exec(text);
  const value = (cut ? text.slice(0, cut.index) : text).trim().replace(/[.,;:!?\s]+$/, "");
  return value === "" || value.length > PHRASE_MAX ? null : value;
}

/** A key's value from the note's properties or its key lines (`Hosts:: …`). */
function keyValue(note: NoteFacts, key: RegExp): { key: string; value: string } | null {
  for (const k of note.keys) {
    if (!key.test(k.key.trim())) continue;
    const value = plain(k.value);
    if (value !== "") return { key: k.key, value };
  }
  return null;
}

export function findHosts(note: NoteFacts | null): Found<string> | null {
  if (!note) return null;
  const keyed = keyValue(note, HOST_KEY);
  if (keyed) {
    const names = nameList(keyed.value);
    if (names !== null) return { value: names, confidence: "found", reasons: [`${note.basename}: “${keyed.key}: ${keyed.value}”`] };
  }
  for (const line of opening(note)) {
    const m = HOSTED_BY.exec(line);
    const names = m ? nameList(m[1] ?? "") : null;
    if (names !== null) return { value: names, confidence: "found", reasons: [`${note.basename}: “…${(m?.[0] ?? "").trim().slice(0, names.length + 20)}…”`] };
  }
  return null;
}

export function findAbout(note: NoteFacts | null): Found<string> | null {
  if (!note) return null;
  const keyed = keyValue(note, ABOUT_KEY);
  if (keyed) {
    const value = phrase(keyed.value);
    if (value !== null) return { value, confidence: "found", reasons: [`${note.basename}: “${keyed.key}: …”`] };
  }
  for (const line of opening(note)) {
    const m = ABOUT_PHRASE.exec(line);
    const value = m ? phrase(m[1] ?? "") : null;
    if (value !== null) return { value, confidence: "found", reasons: [`${note.basename}: “…${value}”`] };
  }
  return null;
}
