// The episode list inside a show's index note (like "Grafana Office Hours Readme":
// Upcoming and Past lists with links). The plugin owns only the text between its two
// marker comments; everything outside them is the user's and is never changed.
export const BLOCK_START = "%% office-hours:episode-list start (kept up to date by the Office Hours plugin; edits inside are replaced) %%";
export const BLOCK_END = "%% office-hours:episode-list end %%";

const START_PREFIX = "%% office-hours:episode-list start";
const END_PREFIX = "%% office-hours:episode-list end";

export interface IndexEntry {
  /** A ready link to the note, in the user's link style. */
  link: string;
  date: string | null;
  guests: string;
  upcoming: boolean;
}

export function renderBlock(entries: readonly IndexEntry[], newline = "\n"): string {
  const line = (e: IndexEntry) => `- ${e.date ? `${e.date}: ` : ""}${e.link}${e.guests ? ` with ${e.guests}` : ""}`;
  const upcoming = entries.filter((e) => e.upcoming).sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  const past = entries.filter((e) => !e.upcoming).sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const lines = [
    BLOCK_START,
    "### Upcoming",
    "",
    ...(upcoming.length > 0 ? upcoming.map(line) : ["- (none yet)"]),
    "",
    "### Past",
    "",
    ...(past.length > 0 ? past.map(line) : ["- (none yet)"]),
    BLOCK_END,
  ];
  return lines.join(newline);
}

export type BlockUpdate = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

/** Put `block` in place of the existing marked block, or append it when there is none. */
export function replaceBlock(text: string, block: string): BlockUpdate {
  const starts = occurrences(text, START_PREFIX);
  const ends = occurrences(text, END_PREFIX);
  if (starts.length === 0 && ends.length === 0) {
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    const separator = text === "" ? "" : text.endsWith("\n") ? newline : newline + newline;
    // Split on \r?\n: a block rendered with CRLF (renderBlock's newline) came out "\r\r\n".
    const updated = text + separator + block.split(/\r?\n/).join(newline) + newline;
    return { ok: true, text: updated, changed: true };
  }
  const start = starts[0];
  const end = ends[0];
  if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end < start) {
    return {
      ok: false,
      reason: "The note's episode-list markers are missing, repeated or out of order, so it was not changed. Fix or remove them and try again.",
    };
  }
  const endOfEnd = text.indexOf("%%", end + END_PREFIX.length);
  // The %% must close the marker on its own line: the next %% anywhere later (a comment
  // of the user's further down) made everything up to it part of the list, and lost it.
  const endLine = text.indexOf("\n", end);
  if (endOfEnd < 0 || (endLine >= 0 && endOfEnd > endLine)) {
    return { ok: false, reason: "The end marker of the episode list is not closed with %%, so the note was not changed." };
  }
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const replacement = block.split(/\r?\n/).join(newline);
  const updated = text.slice(0, start) + replacement + text.slice(endOfEnd + 2);
  return { ok: true, text: updated, changed: updated !== text };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
