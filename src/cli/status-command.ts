// `office-hours status <folder> [--json]`: the vault report over the same core as the plugin.
import { episodeJson, seriesSummaries } from "../core/status/report";
import { formatTable } from "../core/status/report-table";
import { todayIn } from "../core/note/dates";
import type { CliIo } from "./io";
import type { ShowSettings } from "../core/settings/settings";
import { guestIndex, guestsLine } from "./guests-command";
import { guestNamesShown } from "../core/guests/shown-names";
import { indexVault } from "./indexed-vault";
import { shownFolder } from "./shown-folder";
import { seriesOf } from "../core/vault/classify";
import { unknownSeries, unknownSeriesLine } from "../core/detect/unknown-series";
import { webLink } from "../core/snippets/web-link";
import { placedRules } from "../core/vault/no-show";
import { episodeHint } from "./no-episodes";

export interface StatusOptions {
  folder: string;
  /** The folder as typed. */
  given: string;
  json: boolean;
  today: string | null;
  configDir: string;
  /** The table's width in columns. */
  width: number;
}

export function statusCommand(options: StatusOptions, io: CliIo): number {
  const root = options.folder;
  const { config, index, scan: read, errors } = indexVault(root, options.configDir, io, !options.json);
  const failures = index.errors();

  const today = options.today;
  // A note of no show is placed as the sidebar and the agenda place it (no-show.ts): the only
  // show's zone, else the zone all shows share, else the machine's; not the machine's always.
  const zoneFor = (show: ShowSettings | null) => placedRules(show, config.settings, io.timeZone).schedule.timeZone;
  const todayFor = (show: ShowSettings | null) => today ?? todayIn(io.now(), zoneFor(show));
  // With --today the day is given, not the instant: only an `ended:` mark counts then.
  const items = index.items(todayFor, today === null ? { ms: io.now().getTime(), zoneFor } : undefined);
  if (options.json) {
    const output = {
      // The url only as a web link (webLink, the rule of {{url}} and the invite): a script may post it.
      episodes: items.map(episodeJson).map((episode) => ({ ...episode, url: webLink(episode.url) })),
      templates: index.templatePaths(),
      series: seriesSummaries(items, index.namedNotes()),
      errors,
    };
    io.out(JSON.stringify(output, null, 2));
  } else {
    // Guests named as the guests report names them (the person a link or an alias leads
    // to), from the one index that also gives the counts line under the table.
    const guests = guestIndex(root, index, read.kept, config.settings);
    const day = todayIn(io.now(), "UTC");
    const named = guestNamesShown(items, (item, guest) => guests.directory.lookup(guest, day, guests.linkDest(item.episode.path))?.name ?? null);
    io.out(formatTable(named, options.width, (item) => todayFor(item.show)));
    const skipped = errors.length > 0 ? `, ${errors.length} unreadable` : "";
    // "1 note", not "1 notes"; a note that could not be read counts as unreadable only.
    const readable = read.notes - failures.length;
    const notes = `${readable} note${readable === 1 ? "" : "s"}`;
    // From what the scan named already: no detection run on every report.
    const reported = new Set(items.map((item) => seriesOf(item.episode, item.show)));
    const unknown = unknownSeriesLine(unknownSeries(index.namedNotes(), reported, config.settings), shownFolder(options.given));
    // No episode at all and no series seen that is not set up: say what makes an episode and point to detect.
    const none = items.length === 0 && unknown === null ? `${episodeHint(options.given)}\n` : "";
    io.out(`\n${unknown === null ? "" : `${unknown}\n`}${none}${guestsLine(guests.directory, io.now(), options.given)}`);
    io.out(`${items.length} episode${items.length === 1 ? "" : "s"} in ${notes}${skipped}.`);
  }
  // The run failed as a whole only when nothing at all could be read.
  return read.notes - failures.length === 0 && errors.length > 0 ? 1 : 0;
}
