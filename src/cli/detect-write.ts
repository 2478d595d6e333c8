// `detect --write`: the accepted proposals merged into the plugin's data.json as it is at
// the moment of writing. Detection reads the notes first, which takes a while on a large
// vault; meanwhile Obsidian may save the settings (a toggle, a show edited). So the file
// is read again just before writing and the proposals are merged onto that, the way the
// review screen merges onto the settings at the moment of Add (core/detect/merge.ts): a
// field the user changed meanwhile stays, a show deleted meanwhile is not brought back.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { mergeProposals, overStored, type Merged } from "../core/detect/merge";
import { foldersFollowingShows } from "../core/detect/guests-folder";
import { linkResolver, linkedGuestsFolderOf } from "../core/detect/linked-guests";
import { cleanFolder } from "../core/detect/detect";
import type { ProposedShow } from "../core/detect/types";
import { migrateSettings } from "../core/settings/settings";
import { todayIn } from "../core/note/dates";
import { describe } from "./read-folder";
import type { CliIo } from "./io";
import { parseSettingsJson } from "../core/settings/settings-json";

export interface WriteRequest {
  root: string;
  dataPath: string;
  accepted: readonly ProposedShow[];
  /** "Look for episodes only in the show folders" as proposed, and as the settings held it when detection began. */
  scopeOn: boolean;
  scopeBefore: boolean;
  /** Every note's path in the vault: where the guest links lead (linked-guests.ts). */
  notePaths: readonly string[];
}

/** Merge and write; the exit code. Nothing is written when the file became unusable. */
export function writeDetected(request: WriteRequest, io: CliIo): number {
  const { dataPath } = request;
  const stored = readStored(dataPath, io);
  if (stored === undefined) return 1;
  const migration = migrateSettings(stored === null ? null : parseSettingsJson(stored), io.timeZone);
  // The scope setting is set only when the proposal differs from what detection began with:
  // one the user changed meanwhile is theirs.
  const merged = mergeProposals(migration.settings, request.accepted, request.scopeOn !== request.scopeBefore ? request.scopeOn : undefined);
  const paths = request.notePaths;
  const linked = linkedGuestsFolderOf(
    request.accepted,
    linkResolver(paths),
    (folder) => paths.filter((p) => p.startsWith(`${folder}/`)).length,
    merged.settings.shows.map((s) => cleanFolder(s.folder)),
  );
  const moved = foldersFollowingShows(merged.settings, (folder) => existsSync(join(request.root, folder)), linked?.folder ?? null);
  Object.assign(merged.settings, moved);
  const backup = stored === null ? null : backUp(dataPath, stored, todayIn(io.now(), io.timeZone));
  mkdirSync(dirname(dataPath), { recursive: true });
  writeFileSync(dataPath, JSON.stringify(overStored(stored === null ? null : parseSettingsJson(stored), merged.settings), null, 2) + "\n");
  const parts = [
    ...whatChanged(merged),
    moved.guestsFolder === undefined ? "" : `guest notes will go in “${moved.guestsFolder}”${linked !== null && linked.folder === moved.guestsFolder ? ` (where the episodes' guest links lead: ${linked.count} of ${linked.of} linked notes)` : ""}`,
    moved.snippetsFolder === undefined ? "" : `snippet notes will go in “${moved.snippetsFolder}”`,
  ].filter((p) => p !== "");
  io.error(`office-hours: wrote ${dataPath}: ${parts.join("; ") || "nothing changed"}${backup ? ` (the previous file is kept as ${backup})` : ""}`);
  return 0;
}

function whatChanged(merged: Merged): string[] {
  return [
    merged.added.length > 0 ? `added ${merged.added.join(", ")}` : "",
    merged.corrected.length > 0 ? `corrected ${merged.corrected.join(", ")}` : "",
    merged.replaced ? `replaced the unchanged default show “${merged.replaced}”` : "",
    merged.onlyShowFolders === true ? "turned on “look for episodes only in the show folders”" : "",
    ...merged.conflicts.map((c) => `kept ${c.show}'s ${c.field} as it is now (${c.kept}), not ${c.proposed}`),
    ...merged.dropped.map((name) => `left out ${name}: the show was removed meanwhile`),
    ...merged.alreadySetUp.map((s) => `left out ${s.proposed}: ${s.existing} is set up in its folder`),
  ];
}

/** The stored settings' text, null when there is none, undefined (after saying why) when it cannot be used. */
export function readStored(path: string, io: CliIo): string | null | undefined {
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
    parseSettingsJson(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? "it is not valid JSON" : describe(error);
    io.error(`office-hours: cannot use ${path} (${reason}); nothing was written. Fix or move it, then run again.`);
    return undefined;
  }
  return text;
}

/** `data.backup-<date>.json` beside the settings; an identical copy is reused. */
function backUp(path: string, text: string, date: string): string {
  const dir = dirname(path);
  let target = join(dir, `data.backup-${date}.json`);
  for (let n = 2; existsSync(target); n++) {
    if (readFileSync(target, "utf8") === text) return target;
    target = join(dir, `data.backup-${date}-${n}.json`);
  }
  writeFileSync(target, text);
  return target;
}
