// Several shows may keep their episodes in one folder ("Shows/" holding GOH, A&A and CCG
// notes side by side). There the folder says only "one of these": a note goes to a show
// only when something in it tells that show apart from the others sharing the folder.
// Before, it went silently to the first of them, and was read with that show's guest
// field, pattern and zone: "03 - Logging Best Practices" (`Guests::`) became an A&A
// episode with no guest, since A&A's guest field is `Guest` only.
import type { ShowSettings } from "../settings/settings";

/**
 * The one show among `shows` (those sharing the note's folder) that the note's own evidence
 * points to, or null when nothing tells them apart. Each piece of evidence narrows the
 * shows it matches, and says nothing when it matches none:
 * 1. the show's name or code written in the note's name as whole words
 *    ("Grafana Office Hours Readme", "Logging (GOH)");
 * 2. the show's guest field, when the note has a guest field only some of them read
 *    (`Invitado(s):` is CCG's; `Guest::` is everyone's, so it narrows nothing).
 * (The marker `office-hours: <show>` and a code at the start of the name are settled
 * before this is asked.) Shows with the same headings read a note the same way, so the
 * checklist's headings tell nothing apart here.
 */
export function claimantAmong(basename: string, shows: readonly ShowSettings[], readsGuestField: (show: ShowSettings) => boolean): ShowSettings | null {
  let left: readonly ShowSettings[] = shows;
  const narrow = (test: (show: ShowSettings) => boolean): void => {
    const matched = left.filter(test);
    if (matched.length > 0) left = matched;
  };
  const lower = basename.toLowerCase();
  narrow((show) => mentions(lower, show.name.toLowerCase()) || mentions(lower, show.code.toLowerCase()));
  // Shows with the same guest fields give the same answer: the note is read once per set of fields.
  const answers = new Map<string, boolean>();
  const reads = (show: ShowSettings): boolean => {
    const key = show.guestFields.join("\n");
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = readsGuestField(show)));
    return answer;
  };
  if (left.length > 1) narrow(reads);
  return left.length === 1 ? (left[0] ?? null) : null;
}

/** Why a note in a shared folder belongs to none of the shows there, and how to say which. */
export function unclaimedWarning(folder: string, shows: readonly ShowSettings[]): string {
  const names = shows.map((s) => (s.code !== "" ? s.code : s.name)).join(", ");
  return (
    `Several shows keep their episodes in “${folder}” (${names}), and nothing in this note says which one it belongs to, so it is listed under no show. ` +
    "Start its name with the show's code (“CODE 03 - Topic”) or add the property `office-hours: <code>`."
  );
}

/**
 * `term` in `text` as whole words: not inside a longer word ("OH" is not in "John").
 * Both lower case. Each occurrence is checked once, so a long name costs its length
 * times the term's.
 */
export function mentions(text: string, term: string): boolean {
  if (term === "") return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + term.length])) return true;
  }
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
