// Whether two written times are one instant ("13:00 UTC" and "14:00 CET", "08:00 EST"),
// and which zone an abbreviation that names several means. A zone word's offset is taken
// on a winter and a summer day of both hemispheres.
import { zonedToInstant } from "../time/zoned-to-instant";
import { zoneAbbreviation } from "../time/zone-abbreviation";
import { ambiguousZone, type ZoneWord } from "./schedule-words";

export interface ZoneTime {
  /** `HH:mm`, 24-hour. */
  time: string;
  /** As written: "UTC", "CEST". */
  word: string;
  zone: ZoneWord;
  /** How an abbreviation that names several zones was read (IST: India, Ireland or Israel). */
  note?: string;
}

// The days an abbreviation's offset is read on: CET in January, CEST in July; a word no day names ("ET") may mean either.
const SAMPLE_DAYS = ["2024-01-15", "2024-07-15"];
const DAY_MINUTES = 24 * 60;

// At most 1,440 times × the zone words: a note repeating one schedule costs one look-up each.
const minutesOf = new Map<string, { named: Set<number>; all: Set<number> }>();

function minutes(at: ZoneTime): { named: Set<number>; all: Set<number> } {
  const key = `${at.time} ${at.word} ${at.zone.zone}`;
  let found = minutesOf.get(key);
  if (!found) {
    found = readMinutes(at);
    minutesOf.set(key, found);
  }
  return found;
}

function readMinutes(at: ZoneTime): { named: Set<number>; all: Set<number> } {
  const all: { minute: number; named: boolean }[] = [];
  for (const day of SAMPLE_DAYS) {
    const result = zonedToInstant(day, at.time, at.zone.zone);
    if (!result.ok) continue;
    const minute = result.instant.getUTCHours() * 60 + result.instant.getUTCMinutes();
    all.push({ minute: minute % DAY_MINUTES, named: at.zone.exact || zoneAbbreviation(result.instant, at.zone.zone) === at.word });
  }
  const named = all.filter((a) => a.named);
  return { named: new Set((named.length > 0 ? named : all).map((a) => a.minute)), all: new Set(all.map((a) => a.minute)) };
}

/** Whether two written times can be one instant, each zone word read on the days it names. */
export function sameInstant(a: ZoneTime, b: ZoneTime): boolean {
  const mine = minutes(a).named;
  return [...minutes(b).named].some((m) => mine.has(m));
}

/**
 * Whether two written times are one instant on some day, whatever their words name: "14:00
 * CET / 08:00 EDT" is written all year by people who do not change the word with the season.
 */
export function sameInstantAnyDay(a: ZoneTime, b: ZoneTime): boolean {
  const mine = minutes(a).all;
  return [...minutes(b).all].some((m) => mine.has(m));
}

/**
 * The times of one statement with each ambiguous abbreviation read as the zone whose clock
 * shows its time at the instant the others name ("14:00 CET (18:30 IST)": India, "(13:00
 * IST)": Ireland); with nothing beside it to tell, as the first reading (IST: India, where
 * the word is in use all year and by far the most people write it), said as a guess.
 */
export function readAmbiguous(times: readonly ZoneTime[]): ZoneTime[] {
  const plain = times.filter((t) => ambiguousZone(t.word) === null);
  return times.map((t) => {
    const readings = ambiguousZone(t.word);
    if (readings === null) return t;
    const places = readings.map((r) => r.place);
    const list = `${places.slice(0, -1).join(", ")} or ${places.at(-1) ?? ""}`;
    const fits = readings.filter((r) => plain.some((p) => sameInstantAnyDay({ ...t, zone: { zone: r.zone, exact: false } }, p)));
    const chosen = fits[0] ?? readings[0];
    if (!chosen) return t;
    const why =
      fits.length > 0 && plain.length > 0
        ? `${t.word} may be ${list}; ${t.time} ${t.word} is ${chosen.place}'s clock (${chosen.zone}) at the time beside it`
        : `${t.word} may be ${list}; read as ${chosen.place} (${chosen.zone}), nothing beside it tells which`;
    return { ...t, zone: { zone: chosen.zone, exact: false }, note: why };
  });
}
