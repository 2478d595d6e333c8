// Which lines of a note hold its guests, so their links are the guests' and not the show's.
// Three places, one rule, "what sits under a guest key is the guest's":
//  - a guest field on one line (`Guest:: [Ann](https://youtube.com/@ann)`);
//  - a property named for guests, with everything nested under it (`guests:` then
//    `  - name: Ann` / `    channel: https://…`, or `  - https://…`, or a flow list
//    `guests: [{name: Ann, channel: https://…}]` on the key's own line);
//  - a guest field with no value on its line and a list under it (`Guests:` then `- [Ann](…)`),
//    up to the first line that is neither a list item nor indented (a task ends it too:
//    a checklist is the show's).
// The key is any guest word the guest fields know (guest-keys.ts), in any language.
import { isGuestWord } from "./guest-keys";

/** `Guest:: …`, `**Invitado(s):** …`: the key a line starts with, its value after. */
const FIELD_KEY = /^\s*(?:[-*+]\s+)?[*_]*([^:[\]]{1,40}?)[*_]*\s*::?(?:\s|$)/;
/**
 * A key sits in a line's first characters; looking only there keeps FIELD_KEY's emphasis
 * runs around a lazy key from backtracking over a whole line (a line of 20,000 `*` took 36 s).
 */
const KEY_REACH = 100;
/** A top-level property: a key at the line's start, not a list item, comment or continuation. */
const PROPERTY = /^(["']?)([^\s#:"'-][^:]{0,80}?)\1\s*:(?:\s|$)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/;

/** The guest key a line starts with, and whether a value follows it on the line. */
function guestKey(line: string): { valued: boolean } | null {
  const head = line.slice(0, KEY_REACH);
  const m = FIELD_KEY.exec(head);
  const key = m?.[1];
  if (m === null || key === undefined || !isGuestWord(key)) return null;
  return { valued: line.slice(m[0].length).trim() !== "" };
}

/** `Guests:`, `Guest::`, `**Invitados:**`: a line ending in a colon, emphasis and spaces aside. */
function endsInKey(line: string): boolean {
  let end = line.length;
  while (end > 0 && " \t*_".includes(line.charAt(end - 1))) end--;
  return end > 0 && line.charAt(end - 1) === ":";
}

/** For each line: true when it is, or sits under, a guest key. */
export function guestLines(lines: readonly string[], bodyStart: number): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  // The properties: lines 1 … bodyStart - 2 (between the --- lines).
  let underGuests = false;
  for (let n = 1; n < bodyStart - 1; n++) {
    const line = lines[n] ?? "";
    const property = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-") ? null : PROPERTY.exec(line.slice(0, KEY_REACH));
    if (property) underGuests = isGuestWord(property[2] ?? "");
    else if (line.trim() !== "" && !/^[\s-]/.test(line)) underGuests = false;
    out[n] = underGuests;
  }
  // The body.
  let block = false;
  for (let n = bodyStart; n < lines.length; n++) {
    const line = lines[n] ?? "";
    if (line.trim() === "") continue;
    // The key pattern runs only where a guest key can be: a line with a link (the field's own
    // line) or one ending in its key (a list follows); most lines are neither (a read of the whole vault).
    const key = line.includes("://") || endsInKey(line) ? guestKey(line) : null;
    if (key !== null) {
      out[n] = true;
      block = !key.valued;
      continue;
    }
    if (block && !TASK.test(line) && (LIST_ITEM.test(line) || /^\s/.test(line))) out[n] = true;
    else block = false;
  }
  return out;
}
