// Short zone names for people: "UTC", "CET"/"CEST", "PST"/"PDT", "IST".
//
// Intl only gives a real abbreviation in the locales where it is in common use (CLDR
// "commonlyUsed"): en-US knows PST but writes Berlin as "GMT+1", en-GB knows CET/CEST
// and BST, en-IN knows IST, en-AU knows AEST. So we ask a short list of English locales
// in turn and keep the first answer that is a name rather than an offset. CLDR only
// names a zone where that name is in use, so the order decides nothing but speed.
// When no locale has a name, the offset is written here ("GMT+5:45") so every engine
// prints the same thing.

import { wallClock } from "./zone-clock";

// Checked against every zone Intl lists, in January and July (Node 20, ICU 78): across
// 24 English locales no two ever gave different names for the same zone and instant,
// and these ten cover every name but Guam's "ChST".
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-NZ", "en-CA", "en-IE", "en-ZA", "en-SG", "en-HK"];

// "GMT+1", "UTC-03:30", "GMT−5" (some engines use the minus sign U+2212).
const OFFSET_STYLE = /^(?:GMT|UTC)[+\-\u2212]/;

const nameFormats = new Map<string, Intl.DateTimeFormat>();

function nameFormat(locale: string, timeZone: string, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = nameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
    nameFormats.set(key, format);
  }
  return format;
}

function zoneNamePart(format: Intl.DateTimeFormat, instant: Date): string {
  return format.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
}

/**
 * The zone's abbreviation at `instant` ("CEST" in summer, "CET" in winter), or the
 * offset as "GMT+5:30" when no English locale has a name for it, or "" for an invalid
 * zone or instant.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  if (!clock) return "";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = zoneNamePart(nameFormat(locale, timeZone, "short"), instant);
    if (name !== "" && !OFFSET_STYLE.test(name)) return name;
  }
  return gmtOffsetName(clock.offsetMinutes);
}

/** The zone's long name in `locale` ("Central European Summer Time"), or "" when unavailable. */
export function zoneLongName(instant: Date, timeZone: string, locale: string): string {
  if (!wallClock(instant, timeZone)) return "";
  try {
    return zoneNamePart(nameFormat(locale, timeZone, "long"), instant);
  } catch {
    return "";
  }
}

/** "GMT" for zero, else "GMT+1", "GMT+5:30", "GMT-3:30" (the style Intl uses). */
export function gmtOffsetName(offsetMinutes: number): string {
  const total = Math.round(offsetMinutes);
  if (total === 0) return "GMT";
  const sign = total < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(total) / 60);
  const minutes = Math.abs(total) % 60;
  return `GMT${sign}${hours}${minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`}`;
}

/** "+01:00" style (`separator` ":") or "+0100" style (`separator` ""). Zero is "+00:00". */
export function isoOffset(offsetMinutes: number, separator: string): string {
  const total = Math.round(offsetMinutes);
  const sign = total < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(total) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(total) % 60).padStart(2, "0");
  return `${sign}${hours}${separator}${minutes}`;
}
