// A guest's name as written in an item, whatever its script or capitals: the run reader
// (name-runs.ts) finds names by their capitals, so a name in a script without them ("王小明",
// "محمد علي") or a handle ("@ann") is never a run, and "Invite 王小明" asked no one. These
// match the episode's guests' own names instead, folded (core/text/fold.ts), on word
// boundaries: a name is met only where it stands whole.
import { foldName } from "../text/fold";
import { personKey } from "./person-name";

/** The guest whose name (folded) the text begins with, after white space, and the folded text after it; null when none does. */
export function guestAtStart(text: string, guests: readonly string[]): { key: string; rest: string } | null {
  const folded = foldName(text);
  let best: { key: string; rest: string } | null = null;
  for (const guest of guests) {
    const name = foldName(guest);
    if (name === "" || !folded.startsWith(name) || !boundaryAt(folded, name.length)) continue;
    // The longest name wins: "Ann Lee" and "Ann Lee Jr" both begin "ann lee jr".
    if (best === null || name.length > folded.length - best.rest.length) best = { key: personKey(guest), rest: folded.slice(name.length) };
  }
  return best;
}

/** The guests whose names (folded) stand whole anywhere in the text. Linear in the text for each guest. */
export function guestsWrittenIn(text: string, guests: readonly string[]): string[] {
  const folded = foldName(text);
  const out: string[] = [];
  for (const guest of guests) {
    const name = foldName(guest);
    if (name === "") continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      if (!boundaryAt(folded, at) || !boundaryAt(folded, at + name.length)) continue;
      const key = personKey(guest);
      if (!out.includes(key)) out.push(key);
      break;
    }
  }
  return out;
}

/** No letter or digit on both sides of `at`: a name ends or starts there. */
function boundaryAt(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !(/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[at] ?? ""));
}
