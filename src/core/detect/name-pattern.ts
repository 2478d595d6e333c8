// The file-name pattern that fits most of a series' names, and the number padding the
// names use. Two things are added to the plain pattern when the names show them: the
// guests part (guest-ending.ts), when at least half the names of notes that list guests
// end with them, and slugs (`{{topic:slug}}`), when the titles are written
// "road-to-4-0" more often than as typed.
import { DEFAULT_FILE_NAME_PATTERN } from "../settings/settings";
import { isPlainTitle, isSlug } from "../note/slug";
import type { NoteFacts } from "./note-facts";
import { findGuestEnding } from "./guest-ending";
import type { Found } from "./schedule";
import type { Series } from "./series";

export function findPattern(series: Series, guestNames: ReadonlyMap<string, string[]>): Found<string> | null {
  const counts = new Map<string, number>();
  let named = 0;
  for (const member of series.members) {
    const pattern = member.shape?.pattern;
    if (!pattern) continue;
    named++;
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  if (named === 0) return null;
  // Most names first; on a tie the longer (more specific) pattern.
  const [plain, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [DEFAULT_FILE_NAME_PATTERN, 0];
  const fitting = series.members.filter((m) => m.shape?.pattern === plain);
  const example = fitting[0]?.basename;
  const reasons = [`${count} of ${named} names fit it${example ? `, such as “${example}”` : ""}`];
  let pattern = plain;
  const season = plain.includes("{{season}}") ? seasonWidth(fitting) : null;
  if (season !== null) {
    // `{{season}}` writes two digits (S01); other widths are said in the token.
    if (season.width !== 2) pattern = pattern.replace("{{season}}", `{{season:${season.width}}}`);
    reasons.push(`episodes are numbered within seasons; ${season.reason}`);
  }

  const slugs = fitting.filter((m) => isSlug(m.shape?.title ?? "")).length;
  const typed = fitting.filter((m) => isPlainTitle(m.shape?.title ?? "")).length;
  if (slugs > typed && plain.endsWith("{{topic}}")) {
    pattern = `${plain.slice(0, -"{{topic}}".length)}{{topic:slug}}`;
    reasons.push(`${slugs} of ${count} titles are written in lowercase words joined by “-”, so new names are too (“Tracing with Tempo” becomes “tracing-with-tempo”)`);
  } else if (slugs > 0) reasons.push(`${slugs} of ${count} titles are written in lowercase words joined by “-”, too few to write new titles so`);

  const ending = findGuestEnding(fitting, guestNames);
  if (ending && ending.count * 2 >= ending.withGuests && !pattern.includes("{{topic:slug}}")) {
    pattern = `${pattern}${ending.joiner}{{guests}}`;
    const spellings = ending.spellings.length > 1 ? ` (written ${ending.spellings.map((s) => `“${s.trim()}”`).join(" and ")}; “${ending.joiner.trim()}” as in “${ending.example}”)` : "";
    reasons.push(`${ending.count} of the ${ending.withGuests} names of notes that list guests end with them${spellings}`);
  } else if (ending) {
    reasons.push(`${ending.count} of the ${ending.withGuests} names of notes that list guests end with them, too few to make {{guests}} part of the pattern`);
  }
  return { value: pattern, confidence: "found", reasons };
}

/** The season's digits, by findPadding's rule: a leading zero proves it, else the shortest. */
function seasonWidth(members: readonly NoteFacts[]): { width: number; reason: string } {
  const seasons = members.map((m) => m.shape?.seasonText).filter((t): t is string => typeof t === "string");
  const padded = seasons.filter((t) => t.length > 1 && t.startsWith("0"));
  const width = Math.min(3, Math.max(1, padded.length > 0 ? longest(padded) : shortest(seasons)));
  const sample = padded[0] ?? seasons[0] ?? "";
  return { width, reason: `seasons written with ${width} digit${width === 1 ? "" : "s"}, such as ${sample}` };
}

/**
 * Digits in the numbers as written: a leading zero proves the padding ("005" is 3);
 * without one, the shortest number is the most the padding can be ("12", "30" give 2).
 */
export function findPadding(members: readonly NoteFacts[]): Found<number> | null {
  const numbers = members.map((m) => (m.shape ?? m.bareShape)?.numberText).filter((t): t is string => typeof t === "string");
  if (numbers.length === 0) return null;
  const padded = numbers.filter((t) => t.length > 1 && t.startsWith("0"));
  const width = padded.length > 0 ? longest(padded) : shortest(numbers);
  const clamped = Math.min(6, Math.max(1, width));
  const sample = padded[0] ?? [...numbers].sort((a, b) => a.length - b.length)[0] ?? "";
  const reason = padded.length > 0 ? `numbers written with leading zeros, such as ${sample}` : `the shortest number written has ${clamped} digit${clamped === 1 ? "" : "s"} (${sample})`;
  return { value: clamped, confidence: "found", reasons: [reason] };
}

// By a loop: `Math.max(...texts)` throws past about 150,000 arguments (a series that large
// stopped Detect with "Maximum call stack size exceeded").
function longest(texts: readonly string[]): number {
  return texts.reduce((most, t) => Math.max(most, t.length), 0);
}

function shortest(texts: readonly string[]): number {
  return texts.reduce((least, t) => Math.min(least, t.length), Infinity);
}
