// The plugin's record of what it wrote into an .ics, kept in the file itself: a hash of its
// content lines, as X-OFFICE-HOURS-CHECK (an X- property, which calendar apps keep or
// ignore, RFC 5545 §3.8.8.2). Kept in the file, not in the plugin's data, so it travels
// with the file to every device, and an invite another device's plugin wrote is known as
// written by the plugin too. A rewrite (export again, reschedule, undo) first asks whether
// the text still has the hash it was written with: when not, someone edited the invite
// and writing over it would lose that, so the write is refused.

import { hashText } from "../tick/hash";
import { unfoldedLines } from "./ics-read";

export const CHECK_PROPERTY = "X-OFFICE-HOURS-CHECK";

/**
 * Lines the hash leaves out: the check itself, and the version bookkeeping every rewrite
 * replaces anyway (SEQUENCE, read from the file and raised; DTSTAMP, the time of writing).
 * Another device raising SEQUENCE is no edit to keep; a changed word, time, link or alarm is.
 */
const BOOKKEEPING = new Set([CHECK_PROPERTY, "SEQUENCE", "DTSTAMP"]);

/** A content line's name, upper-cased (before its parameters or value). */
function nameOf(line: string): string {
  return (/^[A-Za-z0-9-]+/.exec(line)?.[0] ?? "").toUpperCase();
}

/** The hash of the content lines (unfolded) other than the bookkeeping, 16 hex digits. */
function checkOf(lines: readonly string[]): string {
  const kept = lines.filter((line) => line !== "" && !BOOKKEEPING.has(nameOf(line))).join("\n");
  // Two 32-bit FNV-1a runs from different starting values: 64 bits, so an edit that keeps the hash is out of reach by chance.
  const hex = (h: number) => h.toString(16).toUpperCase().padStart(8, "0");
  return hex(hashText(kept)) + hex(hashText(kept, 0x01234567));
}

const END = "END:VCALENDAR\r\n";

/**
 * `ics` (as buildIcs writes it) with the check line added before its END:VCALENDAR (short
 * enough to need no folding), which the plugin writes to disk; a check already in it is
 * replaced. Text that does not end as buildIcs ends it is returned as it is, unchecked.
 */
export function withCheck(ics: string): string {
  if (!ics.endsWith(END)) return ics;
  const body = ics
    .slice(0, ics.length - END.length)
    .split("\r\n")
    .filter((line) => nameOf(line) !== CHECK_PROPERTY)
    .join("\r\n");
  return `${body}${CHECK_PROPERTY}:${checkOf(unfoldedLines(body + END))}\r\n${END}`;
}

/**
 * What the file's check says: "unchanged" (the hash holds), "edited" (it does not, or the
 * file has more than one check), or "unchecked" (none: written before the check existed,
 * or by another program).
 */
export function icsCheck(text: string): "unchanged" | "edited" | "unchecked" {
  const lines = unfoldedLines(text);
  const checks = lines.filter((line) => nameOf(line) === CHECK_PROPERTY);
  if (checks.length === 0) return "unchecked";
  if (checks.length > 1) return "edited";
  return checks[0] === `${CHECK_PROPERTY}:${checkOf(lines)}` ? "unchanged" : "edited";
}
