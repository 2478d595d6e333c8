// The one date formatter behind templates and snippets: date-fns's format, on the
// instant as read in the show's zone (a TZDate), with names from Intl in Obsidian's
// language. Patterns may use moment tokens (what Obsidian's core Templates and
// Templater users already write) or Unicode/date-fns tokens; date-fns speaks only the
// latter, so the pattern is translated first (pattern-tokens.ts).

import { format } from "date-fns";
import { toDay } from "./calendar-date";
import { intlLocale } from "./intl-locale";
import { translatePattern, type PatternPart } from "./pattern-tokens";
import { Recent } from "./recent";
import { zoneAbbreviation, zoneLongName } from "./zone-abbreviation";
import { inZone, isReadableInstant, type ZoneContext } from "./zone-clock";

// Templates and snippets use a handful of patterns over and over, on a few instants.
const translations = new Recent<PatternPart[]>(500);
const instantTexts = new Recent<string>(2000);
const dayTexts = new Recent<string>(2000);
// Long patterns (a hostile one can be megabytes) are worked out but not kept.
const KEPT_PATTERN_LENGTH = 200;

function partsOf(pattern: string): PatternPart[] {
  return pattern.length <= KEPT_PATTERN_LENGTH ? translations.get(pattern, () => translatePattern(pattern)) : translatePattern(pattern);
}

function remembered(cache: Recent<string>, key: unknown[], pattern: string, compute: () => string): string {
  // JSON keeps the parts apart whatever characters a zone, locale or pattern holds.
  return String(pattern).length <= KEPT_PATTERN_LENGTH ? cache.get(JSON.stringify(key), compute) : compute();
}

/**
 * `instant` as seen in `timeZone`, written with `pattern` (see pattern-tokens.ts), names
 * in `locale` (default 'en'; an unusable locale falls back to 'en'). Never throws: an
 * invalid instant gives "Invalid date" (as moment) and an invalid zone "Invalid time zone".
 */
export function formatDate(instant: Date, timeZone: string, pattern: string, locale?: string): string {
  if (!isReadableInstant(instant)) return "Invalid date";
  return remembered(instantTexts, [instant.getTime(), timeZone, locale, pattern], pattern, () => {
    const zone = inZone(timeZone);
    if (!zone) return "Invalid time zone";
    const code = intlLocale(locale).code;
    return formatWith(instant, zone, pattern, locale, (long) => (long ? zoneLongName(instant, timeZone, code) : zoneAbbreviation(instant, timeZone)));
  });
}

/**
 * A calendar date ('YYYY-MM-DD') written with `pattern`, as formatDate does; a date has
 * no zone, so zone tokens write nothing. "Invalid date" for anything but a real date.
 */
export function formatDay(date: string, pattern: string, locale?: string): string {
  return remembered(dayTexts, [date, locale, pattern], pattern, () => {
    const day = toDay(date);
    return day ? formatWith(day, undefined, pattern, locale, () => "") : "Invalid date";
  });
}

function formatWith(
  date: Date,
  zone: ZoneContext | undefined,
  pattern: string,
  locale: string | undefined,
  zoneName: (long: boolean) => string,
): string {
  const options = { locale: intlLocale(locale), in: zone };
  // A hostile pattern repeats the same part many times: each is formatted once.
  const done = new Map<string, string>();
  let out = "";
  for (const part of partsOf(String(pattern))) {
    if (part.kind === "zone") {
      out += zoneName(part.long);
      continue;
    }
    let text = done.get(part.pattern);
    if (text === undefined) {
      text = format(date, part.pattern, options);
      done.set(part.pattern, text);
    }
    out += text;
  }
  return out;
}
