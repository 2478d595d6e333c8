// Words a schedule is written with: weekday names in the common languages and the
// zone abbreviations people type. An abbreviation names a zone only roughly (CEST is
// Berlin, Paris, Madrid…), so each maps to one representative IANA zone and is marked
// as a guess; UTC and GMT are exact.
import { dropDiacritics } from "../text/fold";

/** Weekday names, accents removed, lower case; index 0 = Sunday. */
const WEEKDAYS = new Map<string, number>();
const NAMES: string[][] = [
  // en, es, pt, fr, de, it, nl
  ["sunday", "domingo", "dimanche", "sonntag", "domenica", "zondag"],
  ["monday", "lunes", "segunda", "segunda-feira", "lundi", "montag", "lunedi", "maandag"],
  ["tuesday", "martes", "terca", "terca-feira", "mardi", "dienstag", "martedi", "dinsdag"],
  ["wednesday", "miercoles", "quarta", "quarta-feira", "mercredi", "mittwoch", "mercoledi", "woensdag"],
  ["thursday", "jueves", "quinta", "quinta-feira", "jeudi", "donnerstag", "giovedi", "donderdag"],
  ["friday", "viernes", "sexta", "sexta-feira", "vendredi", "freitag", "venerdi", "vrijdag"],
  ["saturday", "sabado", "samedi", "samstag", "sonnabend", "sabato", "zaterdag"],
];
NAMES.forEach((names, day) => {
  for (const name of names) WEEKDAYS.set(name, day);
});

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The weekday a word names ("Friday", "Fridays", "jueves", "Jeudi"), or null. */
export function weekdayOfWord(word: string): number | null {
  const plain = dropDiacritics(word)
    .toLowerCase();
  return WEEKDAYS.get(plain) ?? WEEKDAYS.get(plain.replace(/e?s$/, "")) ?? null;
}

export interface ZoneWord {
  zone: string;
  exact: boolean;
}

const ZONES = new Map<string, ZoneWord>(Object.entries({
  UTC: { zone: "UTC", exact: true },
  GMT: { zone: "UTC", exact: true },
  CET: { zone: "Europe/Berlin", exact: false },
  CEST: { zone: "Europe/Berlin", exact: false },
  BST: { zone: "Europe/London", exact: false },
  WET: { zone: "Europe/Lisbon", exact: false },
  WEST: { zone: "Europe/Lisbon", exact: false },
  EET: { zone: "Europe/Athens", exact: false },
  EEST: { zone: "Europe/Athens", exact: false },
  MSK: { zone: "Europe/Moscow", exact: false },
  ET: { zone: "America/New_York", exact: false },
  EST: { zone: "America/New_York", exact: false },
  EDT: { zone: "America/New_York", exact: false },
  CT: { zone: "America/Chicago", exact: false },
  CST: { zone: "America/Chicago", exact: false },
  CDT: { zone: "America/Chicago", exact: false },
  MT: { zone: "America/Denver", exact: false },
  MST: { zone: "America/Denver", exact: false },
  MDT: { zone: "America/Denver", exact: false },
  PT: { zone: "America/Los_Angeles", exact: false },
  PST: { zone: "America/Los_Angeles", exact: false },
  PDT: { zone: "America/Los_Angeles", exact: false },
  BRT: { zone: "America/Sao_Paulo", exact: false },
  ART: { zone: "America/Argentina/Buenos_Aires", exact: false },
  IST: { zone: "Asia/Kolkata", exact: false },
  IDT: { zone: "Asia/Jerusalem", exact: false },
  SGT: { zone: "Asia/Singapore", exact: false },
  JST: { zone: "Asia/Tokyo", exact: false },
  KST: { zone: "Asia/Seoul", exact: false },
  AEST: { zone: "Australia/Sydney", exact: false },
  AEDT: { zone: "Australia/Sydney", exact: false },
  NZST: { zone: "Pacific/Auckland", exact: false },
  NZDT: { zone: "Pacific/Auckland", exact: false },
}));

/**
 * Abbreviations that stand for zones far apart, each reading in the order taken when
 * nothing beside the time tells which (zone-instant.ts): the first is the one most people
 * who write the word mean. ZONES holds the first.
 */
const AMBIGUOUS = new Map<string, { zone: string; place: string }[]>(Object.entries({
  IST: [
    { zone: "Asia/Kolkata", place: "India" },
    { zone: "Europe/Dublin", place: "Ireland" },
    { zone: "Asia/Jerusalem", place: "Israel" },
  ],
  CST: [
    { zone: "America/Chicago", place: "US Central" },
    { zone: "Asia/Shanghai", place: "China" },
  ],
  BST: [
    { zone: "Europe/London", place: "Britain" },
    { zone: "Asia/Dhaka", place: "Bangladesh" },
  ],
}));

/** The zone an abbreviation stands for (upper case as written), or null. */
export function zoneOfWord(word: string): ZoneWord | null {
  return ZONES.get(word) ?? null;
}

/** The readings of an abbreviation that names zones far apart, or null. */
export function ambiguousZone(word: string): readonly { zone: string; place: string }[] | null {
  return AMBIGUOUS.get(word) ?? null;
}
