// Checklist text as a reader sees it, for the sidebar: `[on the events page](https://…)`
// reads "on the events page", `[[Note|Alias]]` reads "Alias", and the markers of
// emphasis, highlight and inline code are dropped. Linear, like replaceLinks.
import { replaceLinks } from "./links";

const MARKERS = /\*\*|__|==|[*`]|(^|\s)_|_($|\s)/g;

export function plainText(markdown: string): string {
  return replaceLinks(markdown)
    .display.replace(MARKERS, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}
