// Checklist text as a reader sees it, for the sidebar: `[on the events page](https://…)`
// reads "on the events page", `[[Note|Alias]]` reads "Alias", and the markers of
// emphasis, highlight and inline code are dropped. Linear, like replaceLinks.
import { replaceLinks } from "./links";

// `__` next to a space goes whole: "(^|\s)_" took one of them first, so "__bold__" read "_bold".
const MARKERS = /\*\*|==|[*`]|(^|\s)__?|__?($|\s)|__/g;

// Checklists repeat across episodes (one template): remember recent answers.
const recent = new Map<string, string>();
const RECENT_LIMIT = 2000;

export function plainText(markdown: string): string {
  let plain = recent.get(markdown);
  if (plain === undefined) {
    plain = replaceLinks(markdown)
      .display.replace(MARKERS, "$1$2")
      .replace(/\s+/g, " ")
      .trim();
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(markdown, plain);
  }
  return plain;
}
