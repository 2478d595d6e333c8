// `office-hours status <folder> [--json]`: the vault report over the same core as the plugin.
import { existsSync, statSync } from "node:fs";
import { createClassifier } from "../core/vault/classify";
import { EpisodeIndex } from "../core/vault/episode-index";
import { episodeJson, formatTable, seriesSummaries } from "../core/status/report";
import { todayIn } from "../core/note/dates";
import { isValidDate } from "../core/time/calendar-date";
import { scanVault } from "./scan-vault";
import { readVaultConfig } from "./vault-config";
import type { CliIo } from "./io";

export interface StatusOptions {
  folder: string;
  json: boolean;
  today: string | null;
  configDir: string;
}

export function statusCommand(options: StatusOptions, io: CliIo): number {
  const root = options.folder;
  if (!existsSync(root)) {
    io.error(`office-hours: no folder at ${root}`);
    return 2;
  }
  if (!statSync(root).isDirectory()) {
    io.error(`office-hours: ${root} is a file, not a folder`);
    return 2;
  }
  if (options.today !== null && !isValidDate(options.today)) {
    io.error(`office-hours: --today needs a date like 2024-01-05, not "${options.today}"`);
    return 2;
  }
  const config = readVaultConfig(root, options.configDir, io.timeZone);
  for (const message of config.messages) io.error(`office-hours: ${message}`);

  const index = new EpisodeIndex(createClassifier(config.settings, config.templateFolders));
  const read = scanVault(root, index);
  for (const problem of read.problems) io.error(`office-hours: ${problem.path}: ${problem.message}`);
  // A note whose reading failed is named like a file that could not be read, and the
  // others are reported all the same.
  const failures = index.errors().map((f) => ({ path: f.path, message: `could not be read: ${f.message}` }));
  for (const failure of failures) io.error(`office-hours: ${failure.path}: ${failure.message}`);
  const errors = [...read.problems, ...failures];

  const today = options.today;
  const items = index.items((show) => today ?? todayIn(io.now(), show?.schedule.timeZone ?? io.timeZone));
  if (options.json) {
    const output = {
      episodes: items.map(episodeJson),
      templates: index.templatePaths(),
      series: seriesSummaries(items, index.namedNotes()),
      errors,
    };
    io.out(JSON.stringify(output, null, 2));
  } else {
    io.out(formatTable(items, io.columns));
    const skipped = errors.length > 0 ? `, ${errors.length} unreadable` : "";
    // "1 note", not "1 notes"; a note that could not be read counts as unreadable only.
    const readable = read.notes - failures.length;
    const notes = `${readable} note${readable === 1 ? "" : "s"}`;
    io.out(`\n${items.length} episode${items.length === 1 ? "" : "s"} in ${notes}${skipped}.`);
  }
  // The run failed as a whole only when nothing at all could be read.
  return read.notes - failures.length === 0 && errors.length > 0 ? 1 : 0;
}
