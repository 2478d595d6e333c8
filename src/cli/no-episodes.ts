// What status, agenda and guests say when the vault holds no episode at all: "Nothing open."
// over such a vault reads as "all done", and the user cannot tell no work from a vault the
// tool does not understand (notes with no guest field outside every show folder, a show
// folder written "./Shows" or "shows" for Shows/).
import { CLI_NAME } from "../core/detect/cli-name";
import { shownFolder } from "./shown-folder";

/** What makes a note an episode, and the command that proposes the settings. */
export function episodeHint(given: string): string {
  return [
    "A note is an episode in a show's folder, or anywhere with a task and a Guest:: field, or with the",
    "office-hours: property in its frontmatter. To propose the shows and folders this vault holds:",
    `${CLI_NAME} detect ${shownFolder(given)}`,
  ].join("\n");
}

/** "No episodes found in 3 notes." and the hint. */
export function noEpisodesLines(notes: number, given: string): string {
  return `No episodes found in ${notes} note${notes === 1 ? "" : "s"}.\n${episodeHint(given)}`;
}
