// A task's due date as the Tasks plugin writes it: `📅 2026-11-27` anywhere in the item.
import { toIsoDate } from "./dates";

const DUE = /\u{1F4C5}\uFE0F?\s*(\d{4})-(\d{2})-(\d{2})\b/u;

/** The item's due date as `YYYY-MM-DD`, or null when it names none (or an impossible day). */
export function dueDateOf(text: string): string | null {
  if (text.indexOf("\u{1F4C5}") < 0) return null;
  const m = DUE.exec(text);
  return m ? toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
