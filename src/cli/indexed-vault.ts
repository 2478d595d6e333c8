// What status, agenda and guests all start with: the vault's settings, every note scanned
// into the episode index, and each problem said on stderr as it is found.
import { EpisodeIndex } from "../core/vault/episode-index";
import { createClassifier } from "../core/vault/classify";
import { readVaultConfig, type VaultConfig } from "./vault-config";
import { scanVault, type VaultScan } from "./scan-vault";
import type { CliIo } from "./io";
import { isGuestNotePath } from "../core/guests/from-index";

export interface IndexedVault {
  config: VaultConfig;
  index: EpisodeIndex;
  scan: VaultScan;
  /** Files that could not be read, then notes whose reading failed ("could not be read: …"). */
  errors: { path: string; message: string }[];
}

/** `guestNotes`: also keep the guests folder's notes (in `scan.kept`), read by the same walk. */
export function indexVault(root: string, configDir: string, io: CliIo, guestNotes = false): IndexedVault {
  const config = readVaultConfig(root, configDir, io.timeZone);
  for (const message of config.messages) io.error(`office-hours: ${message}`);
  // The command-line tool reports and never ticks: its index keeps no tick identities.
  const index = new EpisodeIndex(createClassifier(config.settings, config.templateFolders), "report");
  const scan = scanVault(root, index, guestNotes ? (path) => isGuestNotePath(path, config.settings) : undefined);
  for (const problem of scan.problems) io.error(`office-hours: ${problem.path}: ${problem.message}`);
  // A note whose reading failed is named like a file that could not be read, and the
  // others are reported all the same.
  const failures = index.errors().map((f) => ({ path: f.path, message: `could not be read: ${f.message}` }));
  for (const failure of failures) io.error(`office-hours: ${failure.path}: ${failure.message}`);
  return { config, index, scan, errors: [...scan.problems, ...failures] };
}
