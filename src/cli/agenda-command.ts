// `office-hours agenda <folder> [--json] [--days N] [--today YYYY-MM-DD]`: every open
// item of every episode by deadline, the same list as the plugin's Agenda, for teams
// that keep the vault in git (a daily CI job can post the overdue list).
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Agenda } from "../core/deadlines/agenda";
import { agendaJson, formatAgenda } from "../core/deadlines/agenda-report";
import { upcomingWarnings } from "../core/deadlines/conflicts";
import { todayIn } from "../core/note/dates";
import { isValidDate } from "../core/time/calendar-date";
import type { ShowSettings } from "../core/settings/settings";
import type { CliIo } from "./io";
import { DEFAULT_WIDTH, readWidth } from "./width";
import { indexVault } from "./indexed-vault";

export const AGENDA_USAGE = `       office-hours agenda <folder> [--json] [--days N] [--today YYYY-MM-DD] [--width 80] [--config-dir .obsidian]`;

export interface AgendaOptions {
  folder: string;
  json: boolean;
  days: number | null;
  today: string | null;
  configDir: string;
  /** The lines' width in columns, as for status. */
  width: number;
}

/** Arguments after `agenda`; null (after saying why) when they are wrong. */
export function parseAgendaArgs(args: readonly string[], io: CliIo): AgendaOptions | null {
  let folder: string | null = null;
  const options: Omit<AgendaOptions, "folder"> = { json: false, days: null, today: null, configDir: ".obsidian", width: DEFAULT_WIDTH };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") options.json = true;
    else if (arg === "--days" || arg === "--today" || arg === "--config-dir" || arg === "--width") {
      const value = args[++i];
      if (value === undefined) {
        io.error(`office-hours: ${arg} needs a value`);
        return null;
      }
      if (arg === "--days") {
        if (!/^\d{1,4}$/.test(value)) {
          io.error(`office-hours: --days needs a whole number of days from 0 to 9999, not "${value}"`);
          return null;
        }
        options.days = Number(value);
      } else if (arg === "--width") {
        const width = readWidth(value, io);
        if (width === null) return null;
        options.width = width;
      } else if (arg === "--today") {
        if (!isValidDate(value)) {
          io.error(`office-hours: --today needs a date like 2024-01-05, not "${value}"`);
          return null;
        }
        options.today = value;
      } else options.configDir = value;
    } else if (arg.startsWith("--")) {
      io.error(`office-hours: unknown option ${arg} for agenda\nUsage:\n${AGENDA_USAGE}`);
      return null;
    } else if (folder === null) folder = arg;
    else {
      io.error(`office-hours: only one folder, got "${folder}" and "${arg}"`);
      return null;
    }
  }
  if (folder === null) {
    io.error(`office-hours: agenda needs a folder\nUsage:\n${AGENDA_USAGE}`);
    return null;
  }
  return { folder: resolve(io.cwd, folder), ...options };
}

export function agendaCommand(options: AgendaOptions, io: CliIo): number {
  const root = options.folder;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    io.error(`office-hours: no folder at ${root}`);
    return 2;
  }
  const { config, index } = indexVault(root, options.configDir, io);

  const fallback = config.settings.shows[0];
  const todayFor = (show: ShowSettings | null) => options.today ?? todayIn(io.now(), (show ?? fallback)?.schedule.timeZone ?? io.timeZone);
  const agenda = new Agenda((show) => {
    const rules = show ?? fallback;
    return { deadlines: rules?.deadlines ?? { prepDaysBefore: 2, afterDaysAfter: 7 }, schedule: rules?.schedule ?? { time: "13:00", timeZone: io.timeZone } };
  }, config.settings.archiveAfterWeeks);
  const episodes = index.all();
  agenda.sync(episodes);
  const groups = agenda.view(todayFor, options.days === null ? {} : { days: options.days });
  const conflicts = upcomingWarnings(episodes, fallback, (e) => e.episode.date !== null && e.episode.date >= todayFor(e.show));
  io.out(options.json ? JSON.stringify(agendaJson(groups, conflicts), null, 2) : formatAgenda(groups, conflicts, options.width));
  return 0;
}
