// The episode's own streaming-studio link. A StreamYard invite link belongs to one
// broadcast, so the notes keep it per episode: the checklist says "Get the Streamyard
// invite link and put it in the location of the calendar invite", and CCG 005 has the
// link on the line under that item. It wins over the show's studio setting.
import type { Episode } from "../types";
import { frontmatterText } from "../note/frontmatter";
import { ownValue } from "../records";
import { withoutTrailing } from "../text/trim-end";

/** Properties and inline fields (canonical keys) that name the studio. */
const STUDIO_KEYS = ["studio", "studio-link", "location"];

/**
 * A StreamYard broadcast or guest link: a path after the host, not the home page, with its
 * ?query and #fragment (a guest link can carry its token there). Parentheses and quotes are
 * not taken: they close a Markdown link or the sentence around it.
 */
const STREAMYARD = /https:\/\/(?:www\.)?streamyard\.com\/[A-Za-z0-9][A-Za-z0-9_\-/]*(?:\?[A-Za-z0-9_\-.~%=&+/:@!$,;*?]*)?(?:#[A-Za-z0-9_\-.~%=&+/:@!$,;*?]*)?/;

/** Punctuation that ends a sentence is not the link's, as GitHub's autolinks treat it. */
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "*"]);

/** The studio link the note names, or null: a `studio:` property, a `Studio::` field, else a StreamYard link in the body. */
export function noteStudioLink(episode: Episode, noteText: string): string | null {
  for (const key of STUDIO_KEYS) {
    const property = frontmatterText(ownValue(episode.frontmatter, key));
    if (property && /^https?:\/\//i.test(property.trim())) return property.trim();
    const field = ownValue(episode.fields, key)?.[0]?.trim();
    if (field && /^https?:\/\//i.test(field)) return field;
  }
  const found = STREAMYARD.exec(noteText)?.[0];
  return found === undefined ? null : withoutTrailing(found, TRAILING);
}
