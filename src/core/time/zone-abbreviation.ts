// Short zone names for people: "UTC", "CET"/"CEST", "PST"/"PDT", "IST".
//
// Intl only gives a real abbreviation in the locales where it is in common use (CLDR
// "commonlyUsed"): en-US knows PST but writes Berlin as "GMT+1", en-GB knows CET/CEST
// and BST, en-IN knows IST, en-AU knows AEST. So we ask a short list of English locales
// in turn and keep the first answer that is a name rather than an offset. CLDR only
// names a zone where that name is in use, so the order decides nothing but speed.
// When no locale has a name, date-fns writes the offset ("GMT+5:45", its `O` token) so
// every engine prints the same thing. (@date-fns/tz's tzName asks en-US only.)

import { format } from "date-fns";
import { inZone, isReadableInstant, isValidTimeZone } from "./zone-clock";

// Checked against every zone Intl lists, in January and July (Node 20, ICU 78): across
// 24 English locales no two ever gave different names for the same zone and instant,
// and these ten cover every name but Guam's "ChST".
const ABBREVIATION_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-NZ", "en-CA", "en-IE", "en-ZA", "en-SG", "en-HK"];

// "GMT+1", "UTC-03:30", "GMT−5" (some engines use the minus sign U+2212).
const OFFSET_STYLE = /^(?:GMT|UTC)[+\-\u2212]/;

const nameFormats = new Map<string, Intl.DateTimeFormat>();

function nameFormat(locale: string, timeZone: string, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let formatter = nameFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
    nameFormats.set(key, formatter);
  }
  return formatter;
}

function zoneNamePart(formatter: Intl.DateTimeFormat, instant: Date): string {
  return formatter.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
}

/**
 * The zone's abbreviation at `instant` ("CEST" in summer, "CET" in winter), or the
 * offset as "GMT+5:30" when no English locale has a name for it, or "" for an invalid
 * zone or instant.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const zone = inZone(timeZone);
  if (!zone || !isReadableInstant(instant)) return "";
  for (const locale of ABBREVIATION_LOCALES) {
    const name = zoneNamePart(nameFormat(locale, timeZone, "short"), instant);
    if (name !== "" && !OFFSET_STYLE.test(name)) return name;
  }
  return format(instant, "O", { in: zone });
}

/** The zone's long name in `locale` ("Central European Summer Time"), or "" when unavailable. */
export function zoneLongName(instant: Date, timeZone: string, locale: string): string {
  if (!isValidTimeZone(timeZone) || !isReadableInstant(instant)) return "";
  try {
    return zoneNamePart(nameFormat(locale, timeZone, "long"), instant);
  } catch {
    return "";
  }
}
