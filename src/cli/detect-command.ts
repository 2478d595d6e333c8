// `office-hours detect <folder> [--json] [--write] [--config-dir .obsidian]`: the shows
// the notes describe, as the plugin's review screen proposes them. `--write` accepts
// every proposal into the vault's plugin settings, merged the same way the review screen
// merges, onto data.json as it is when writing (detect-write.ts), after keeping a copy
// of it, with "look for episodes only in the show folders" as proposed (scope.ts). What the review would list unticked (a value the user
// declined, a podcast format offered to a show set up as a live stream) is not applied,
// and --write records no "no" either: nobody chose anything.
import { join } from "node:path";
import { detectShows } from "../core/detect/detect";
import { notesWorthReading } from "../core/detect/notes-to-read";
import { formatDetection } from "../core/detect/describe";
import { readNotes } from "./read-folder";
import { readStored, writeDetected } from "./detect-write";
import { readVaultConfig } from "./vault-config";
import type { CliIo } from "./io";
import { readCommandArgs } from "./args";
import { foundEpisodes, scopeLine, scopeProposal } from "../core/detect/scope";
import { createClassifier } from "../core/vault/classify";
import { EpisodeIndex } from "../core/vault/episode-index";
import { scanVault } from "./scan-vault";
import { usageLine } from "../core/detect/cli-name";

export const DETECT_USAGE = usageLine("detect <folder> [--json] [--write] [--config-dir .obsidian]");

export interface DetectOptions {
  folder: string;
  json: boolean;
  write: boolean;
  configDir: string;
}

/** Arguments after `detect`; null (after saying why) when they are wrong. */
export function parseDetectArgs(args: readonly string[], io: CliIo): DetectOptions | null {
  return readCommandArgs("detect", args, ["json", "write", "config-dir"], DETECT_USAGE, io);
}

export function detectCommand(options: DetectOptions, io: CliIo): number {
  const root = options.folder;
  const config = readVaultConfig(root, options.configDir, io.timeZone);
  const dataPath = join(root, options.configDir, "plugins", "office-hours", "data.json");
  const stored = options.write ? readStored(dataPath, io) : null;
  if (stored === undefined) return 1;
  for (const message of config.messages) io.error(`office-hours: ${message}`);

  // Only the notes detection looks at are read: the paths decide which.
  let notePaths: string[] = [];
  const read = readNotes(root, (paths) => {
    notePaths = paths;
    return new Set(notesWorthReading(paths, [...config.templateFolders, ...config.settings.templateFolders]));
  });
  for (const problem of read.problems) io.error(`office-hours: ${problem.path}: ${problem.message}`);
  const result = detectShows({
    notes: read.notes,
    templateFolders: config.templateFolders,
    settings: config.settings,
    timeZone: io.timeZone,
  });
  // Whether to look for episodes only in the show folders: only when no episode the vault
  // holds now (every note classified as the plugin does) would be lost by it.
  const index = new EpisodeIndex(createClassifier(config.settings, config.templateFolders));
  const scan = scanVault(root, index);
  const reported = new Set(read.problems.map((p) => p.path));
  for (const problem of scan.problems) if (!reported.has(problem.path)) io.error(`office-hours: ${problem.path}: ${problem.message}`);
  const scope = scopeProposal(config.settings, result.shows, foundEpisodes(index));

  if (options.json) {
    io.out(
      JSON.stringify(
        {
          shows: result.shows.map((p) => p.show),
          evidence: result.shows.map((p) => ({
            id: p.show.id,
            correctionOf: p.correctionOf,
            changes: p.changes,
            summary: p.summary,
            episodes: p.episodes,
            fields: p.evidence,
            warnings: p.warnings,
            // Only when there is something held, so the output for settings without declines is as before.
            ...(p.held.length > 0 ? { held: p.held.map((h) => ({ field: h.field, why: h.why, values: h.values })) } : {}),
          })),
          unchanged: result.unchanged,
          ...(result.stillDeclined.length > 0 ? { stillDeclined: result.stillDeclined } : {}),
          skipped: result.skipped,
          scope: { episodesOnlyInShowFolders: scope.on, proposed: scope.propose, alreadyOn: scope.alreadyOn, reason: scope.reason, outside: scope.outside },
        },
        null,
        2,
      ),
    );
  } else io.out(`${formatDetection(result, config.settings.shows)}\n\n${scopeLine(scope)}`);

  if (!options.write) return 0;
  // A correction with nothing but held changes changes nothing.
  const accepted = result.shows.filter((p) => p.correctionOf === null || p.changes.length > 0);
  if (accepted.length === 0 && scope.on === config.settings.episodesOnlyInShowFolders) {
    io.error("office-hours: nothing to write; the settings were left as they are");
    return 0;
  }
  return writeDetected({ root, dataPath, accepted, scopeOn: scope.on, scopeBefore: config.settings.episodesOnlyInShowFolders, notePaths }, io);
}
