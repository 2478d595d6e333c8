// The file-name pattern that fits most of a series' names, and the number padding the
// names use. A name that ends with its own guests ("…, with Nikola Grcevski") fits both
// the plain pattern and the one with `{{guests}}`; the guests form is chosen when at
// least as many names fit it, so "A&A 22 - Topic with Guest" keeps its guests.
import { DEFAULT_FILE_NAME_PATTERN } from "../settings/settings";
import type { NoteFacts } from "./note-facts";
import { guestVariant } from "./name-shape";
import type { Found } from "./schedule";
import type { Series } from "./series";

export function findPattern(series: Series, guestNames: ReadonlyMap<string, string[]>): Found<string> | null {
  const counts = new Map<string, number>();
  let named = 0;
  let withGuests = 0;
  for (const member of series.members) {
    const shape = member.shape;
    if (!shape || shape.pattern === "") continue;
    named++;
    counts.set(shape.pattern, (counts.get(shape.pattern) ?? 0) + 1);
    const joiner = guestVariant(shape.title, guestNames.get(member.path) ?? []);
    if (joiner !== null) {
      withGuests++;
      const pattern = `${shape.pattern}${joiner}{{guests}}`;
      counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
    }
  }
  if (named === 0) return null;
  // Most names first; on a tie the longer (more specific) pattern.
  const [pattern, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [DEFAULT_FILE_NAME_PATTERN, 0];
  const example = series.members.find((m) => m.shape?.pattern && pattern.startsWith(m.shape.pattern))?.basename;
  const reasons = [`${count} of ${named} names fit it${example ? `, such as “${example}”` : ""}`];
  if (withGuests > 0 && !pattern.includes("{{guests}}")) reasons.push(`${withGuests} of them end with the guests' names, too few to make {{guests}} part of the pattern`);
  return { value: pattern, confidence: "found", reasons };
}

/**
 * Digits in the numbers as written: a leading zero proves the padding ("005" is 3);
 * without one, the shortest number is the most the padding can be ("12", "30" give 2).
 */
export function findPadding(members: readonly NoteFacts[]): Found<number> | null {
  const numbers = members.map((m) => m.shape?.numberText).filter((t): t is string => typeof t === "string");
  if (numbers.length === 0) return null;
  const padded = numbers.filter((t) => t.length > 1 && t.startsWith("0"));
  const width = padded.length > 0 ? Math.max(...padded.map((t) => t.length)) : Math.min(...numbers.map((t) => t.length));
  const clamped = Math.min(6, Math.max(1, width));
  const sample = padded[0] ?? [...numbers].sort((a, b) => a.length - b.length)[0] ?? "";
  const reason = padded.length > 0 ? `numbers written with leading zeros, such as ${sample}` : `the shortest number written has ${clamped} digit${clamped === 1 ? "" : "s"} (${sample})`;
  return { value: clamped, confidence: "found", reasons: [reason] };
}
