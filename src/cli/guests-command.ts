// `office-hours guests <folder> [--json]`: every guest of the vault with status, shows,
// episodes and missing facts, over the same core as the plugin's Guests view.
import { shownFolder } from "./shown-folder";
import { EpisodeIndex } from "../core/vault/episode-index";
import { GuestDirectory } from "../core/guests/directory";
import { episodeGuestsOf, feedEpisodes, isGuestNotePath, linkDestOf, linkedNotePaths } from "../core/guests/from-index";
import { NotePaths } from "../core/guests/link-dest";
import { readNotes } from "./read-folder";
import { showCell } from "../core/status/report-table";
import type { IndexedEpisode } from "../core/vault/episode-index";
import { readGuestNote } from "../core/guests/guest-note";
import { mayBeSame } from "../core/guests/may-be-same";
import { formatGuestTable, guestCounts, guestJson } from "../core/guests/report";
import { todayIn } from "../core/note/dates";
import type { NoteFile } from "./read-folder";
import type { CliIo } from "./io";
import type { OfficeHoursSettings } from "../core/settings/settings";
import { indexVault } from "./indexed-vault";
import { readCommandArgs } from "./args";
import { CLI_NAME, usageLine } from "../core/detect/cli-name";
import { episodeHint } from "./no-episodes";

export const GUESTS_USAGE = usageLine("guests <folder> [--json] [--today YYYY-MM-DD] [--width 80] [--config-dir .obsidian]");

interface GuestsOptions {
  folder: string;
  /** The folder as typed, for the command the report suggests. */
  given: string;
  json: boolean;
  today: string | null;
  configDir: string;
  width: number;
}

export function parseGuestsArgs(args: readonly string[], io: CliIo): GuestsOptions | null {
  return readCommandArgs("guests", args, ["json", "today", "width", "config-dir"], GUESTS_USAGE, io);
}

/** The vault's guests index, built the way the plugin builds it. */
export function vaultGuests(
  root: string,
  configDir: string,
  io: CliIo,
): {
  directory: GuestDirectory;
  errors: { path: string; message: string }[];
  today: (zone: string | null) => string;
  showLabel: (show: string) => string;
  /** How many episodes the vault holds: none is worth saying why. */
  episodes: number;
} {
  // The episodes as the vault report scans them, with the guests folder's notes.
  const { config, index, errors, scan } = indexVault(root, configDir, io, true);
  const { directory } = guestIndex(root, index, scan.kept, config.settings);
  // A guest note that cannot be read is already among the scan's problems.
  return { directory, errors, today: (zone) => todayIn(io.now(), zone ?? io.timeZone), showLabel: showLabels(index.all()), episodes: index.all().length };
}

/** A vault's guests index, and where an episode's guest links lead from the note at `path` (null: nowhere a person's note is). */
export interface GuestIndex {
  directory: GuestDirectory;
  linkDest: (path: string) => (link: string) => string | null;
}

/**
 * The guests index of an indexed vault, built the way the plugin builds it: the guests
 * folder's notes (`guestNotes`, kept by the scan), the notes the episodes' guest links
 * lead to wherever they are, then the episodes. `guests` and `status` both read it, so
 * the vault report's guests are the guests report's people.
 */
export function guestIndex(root: string, index: EpisodeIndex, guestNotes: readonly NoteFile[], settings: OfficeHoursSettings): GuestIndex {
  const directory = new GuestDirectory();
  readGuestNotes(guestNotes, settings, directory);
  const linkDest = readLinkedNotes(root, index, settings, directory);
  return { directory, linkDest };
}

/**
 * Each show as the guests index names it ("Grafana Office Hours", a folder's name) to the
 * label the vault report's Show column gives its episodes ("GOH", "GOCC"): one naming in both tables.
 */
function showLabels(episodes: readonly IndexedEpisode[]): (show: string) => string {
  const labels = new Map<string, string>();
  for (const indexed of episodes) {
    const show = episodeGuestsOf(indexed).show;
    const label = showCell(indexed);
    if (show !== null && label !== "" && !labels.has(show)) labels.set(show, label);
  }
  return (show) => labels.get(show) ?? show;
}

export function guestsCommand(options: GuestsOptions, io: CliIo): number {
  const root = options.folder;
  const { directory, errors, today, showLabel, episodes } = vaultGuests(root, options.configDir, io);
  const people = directory.people(options.today ?? today(null));
  const pairs = mayBeSame(people);
  const counts = guestCounts(people);
  if (options.json) {
    io.out(JSON.stringify({ guests: people.map(guestJson), counts, maybeSame: pairs, conflicts: directory.conflicts(), errors }, null, 2));
  } else {
    io.out(formatGuestTable(people, pairs, options.width, showLabel));
    io.out(`\n${guestSummaryLine(counts)}`);
    // No guest because no episode: say what makes one, as status and agenda do.
    if (episodes === 0) io.out(`No episodes found.\n${episodeHint(options.given)}`);
  }
  return 0;
}

/** "10 guests named in episodes, 1 in more than one episode (1 across shows); 2 more with a guest note only." */
export function guestSummaryLine(counts: ReturnType<typeof guestCounts>): string {
  const others = counts.guests - counts.withEpisodes;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.withEpisodes, "guest")} named in episodes, ${counts.recurring} in more than one episode (${counts.acrossShows} across shows)${others > 0 ? `; ${others} more with a guest note only` : ""}.`;
}

/** The vault report's pointer to this report: "Guests: 10 …; details: npx office-hours guests <folder>". */
export function guestsLine(directory: GuestDirectory, now: Date, given: string): string {
  // Two lines: the summary alone is most of an 80-column line.
  return `${guestSummaryLine(guestCounts(directory.people(todayIn(now, "UTC"))))}\nGuests in detail: ${CLI_NAME} guests ${shownFolder(given)}`;
}

/**
 * The episodes into the index, each guest link resolved as Obsidian resolves it (link-dest.ts),
 * after the notes those links lead to outside the guests folder (People/Ann Lee.md): a
 * second walk of the folder's names, and a read of those few notes only. (Unreadable
 * ones are among the scan's problems already.) Gives where each episode's links lead.
 */
function readLinkedNotes(root: string, index: EpisodeIndex, settings: OfficeHoursSettings, directory: GuestDirectory): (path: string) => (link: string) => string | null {
  const episodes = index.all();
  let linkDest = (path: string): ((link: string) => string | null) => {
    void path;
    return () => null;
  };
  if (!episodes.some((e) => e.episode.guests.some((g) => g.target !== null))) {
    feedEpisodes(directory, episodes);
    return linkDest;
  }
  const { notes } = readNotes(root, (paths) => {
    const vault = new NotePaths(paths);
    linkDest = (path) => linkDestOf(path, (link, from) => vault.dest(link, from), index);
    return new Set([...linkedNotePaths(episodes, (indexed) => linkDest(indexed.episode.path))].filter((path) => !isGuestNotePath(path, settings)));
  });
  for (const note of notes) directory.setNote(note.path, readGuestNote(note.path, note.text, settings.guestStatusNames, note.frontmatter));
  feedEpisodes(directory, episodes, (indexed) => linkDest(indexed.episode.path));
  return linkDest;
}

/** The notes of the guests folder (kept by the scan) into the index, their properties parsed by the tool's YAML library. */
function readGuestNotes(notes: readonly NoteFile[], settings: OfficeHoursSettings, directory: GuestDirectory): void {
  for (const note of notes) directory.setNote(note.path, readGuestNote(note.path, note.text, settings.guestStatusNames, note.frontmatter));
}
