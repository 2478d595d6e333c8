// `office-hours agenda <folder> [--json] [--days N] [--today YYYY-MM-DD]`: every open
// item of every episode by deadline, the same list as the plugin's Agenda, for teams
// that keep the vault in git (a daily CI job can post the overdue list).
import { Agenda, type AgendaGroup } from "../core/deadlines/agenda";
import { agendaJson, formatAgenda } from "../core/deadlines/agenda-report";
import { upcomingWarnings } from "../core/deadlines/conflicts";
import { todayIn } from "../core/note/dates";
import type { ShowSettings } from "../core/settings/settings";
import type { CliIo } from "./io";
import { indexVault } from "./indexed-vault";
import { readCommandArgs } from "./args";
import { usageLine } from "../core/detect/cli-name";
import { placedRules, placedShow } from "../core/vault/no-show";
import { noEpisodesLines } from "./no-episodes";
import { leftOutLines, leftOutOf } from "./agenda-left-out";

export const AGENDA_USAGE = usageLine("agenda <folder> [--json] [--days N] [--today YYYY-MM-DD] [--width 80] [--config-dir .obsidian]");

export interface AgendaOptions {
  folder: string;
  json: boolean;
  days: number | null;
  today: string | null;
  configDir: string;
  /** The lines' width in columns, as for status. */
  width: number;
  /** The folder as typed, for the command the report suggests (the resolved folder when absent). */
  given?: string;
}

/** Arguments after `agenda`; null (after saying why) when they are wrong. */
export function parseAgendaArgs(args: readonly string[], io: CliIo): AgendaOptions | null {
  return readCommandArgs("agenda", args, ["json", "days", "today", "width", "config-dir"], AGENDA_USAGE, io);
}

export function agendaCommand(options: AgendaOptions, io: CliIo): number {
  const root = options.folder;
  const { config, index, scan } = indexVault(root, options.configDir, io);

  // An episode of no show among several is judged by what all shows agree on, the machine's
  // zone where they differ (no-show.ts), never by the first show listed.
  const placed = (show: ShowSettings | null) => placedRules(show, config.settings, io.timeZone);
  const todayFor = (show: ShowSettings | null) => options.today ?? todayIn(io.now(), placed(show).schedule.timeZone);
  const agenda = new Agenda(placed, config.settings.archiveAfterWeeks);
  const episodes = index.all();
  agenda.sync(episodes);
  const groups = agenda.view(todayFor, options.days === null ? {} : { days: options.days });
  const conflicts = upcomingWarnings(episodes, placedShow(null, config.settings) ?? undefined, (e) => e.episode.date !== null && e.episode.date >= todayFor(e.show));
  // Notes whose items are left out for their state (conflict copies, git's markers), said after the list.
  const leftOut = leftOutOf(index);
  if (options.json) io.out(JSON.stringify({ ...agendaJson(groups, conflicts), leftOut }, null, 2));
  else if (episodes.length === 0) {
    // Not "Nothing open.": that reads as "all done" over a vault the tool found nothing in.
    io.out(noEpisodesLines(scan.notes - index.errors().length, options.given ?? root));
  } else {
    io.out(formatAgenda(groups, conflicts, options.width));
    const why = emptyAgendaReason(agenda, groups, todayFor, options.days);
    if (why !== null) io.out(why);
    const leftOutText = leftOutLines(leftOut, options.width);
    if (leftOutText !== "") io.out(`\n${leftOutText}`);
  }
  return 0;
}

const countItems = (groups: readonly AgendaGroup[]) => groups.reduce((sum, group) => sum + group.items.length, 0);
const items = (n: number) => `${n} unticked item${n === 1 ? "" : "s"}`;

/**
 * "Nothing open." over a vault whose status says "archived, 7 open" reads as a bug: when
 * the list is empty but notes still hold unticked items, say how many were left out and why
 * (not work any more, or not due within --days).
 */
function emptyAgendaReason(agenda: Agenda, groups: readonly AgendaGroup[], todayFor: (show: ShowSettings | null) => string, days: number | null): string | null {
  if (countItems(groups) > 0 || agenda.entries.length === 0) return null;
  const matter = days === null ? 0 : countItems(agenda.view(todayFor));
  const moot = agenda.entries.length - matter;
  const parts: string[] = [];
  if (matter > 0) parts.push(`${items(matter)} not due within ${days ?? 0} day${days === 1 ? "" : "s"} (or undated)`);
  if (moot > 0) parts.push(`${items(moot)} that ${moot === 1 ? "is" : "are"} not work now (prep once the show is over, talking points, anything of an archived, done or cancelled episode)`);
  return `Left out: ${parts.join("; ")}.`;
}
