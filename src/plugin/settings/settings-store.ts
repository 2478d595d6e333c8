// Loading and saving settings through Obsidian, with the repairs done by the pure
// migrateSettings. Nothing the user stored is lost: a data.json that cannot be parsed is
// kept as data.corrupt.json, and one whose repair drops or changes a value is first
// copied to data.backup-<date>.json (settings-repair.ts says when); then the repaired
// settings are saved so the next start needs no repair.
import { Notice, normalizePath, type Plugin } from "obsidian";
import { migrateSettings, type OfficeHoursSettings } from "../../core/settings/settings";
import { backupFileName, isBackupFileName, planSettingsLoad, repairMessage } from "../../core/settings/settings-repair";
import { timeZoneMessage, unknownTimeZones } from "../../core/settings/time-zones";
import { todayIn } from "../../core/note/dates";
import { localTimeZone } from "../clock";
import { parseSettingsJson, withoutBom } from "../../core/settings/settings-json";

const NOTICE_MS = 10000;

export async function loadSettings(plugin: Plugin, now: Date): Promise<OfficeHoursSettings> {
  let raw: unknown;
  try {
    raw = await loadDataFile(plugin);
  } catch (error) {
    const backup = await backUpCorruptData(plugin);
    new Notice(
      `Office Hours could not read its settings (${error instanceof Error ? error.message : "unreadable file"}). ` +
        (backup ? `The file was kept as ${backup}; ` : "") +
        "default settings are used.",
      NOTICE_MS,
    );
    return migrateSettings(null, localTimeZone()).settings;
  }
  return settingsFrom(plugin, raw, now);
}

/**
 * data.json's value, as Obsidian's loadData reads it; when that fails on a file whose only
 * fault is a byte order mark before the "{" (settings-json.ts), the file read without it.
 * Any other failure is loadData's own.
 */
export async function loadDataFile(plugin: Plugin): Promise<unknown> {
  try {
    return (await plugin.loadData()) as unknown;
  } catch (error) {
    let text: string;
    try {
      text = await plugin.app.vault.adapter.read(normalizePath(`${pluginDir(plugin)}/data.json`));
    } catch {
      throw error;
    }
    if (withoutBom(text) === text) throw error;
    return parseSettingsJson(text);
  }
}

/** The settings in a data.json that was read, and whether the file may be written now. */
export interface ReadSettings {
  settings: OfficeHoursSettings;
  /** The repair changed what is stored, so the file should be saved. */
  save: boolean;
  /** False when a repair drops or changes a value and no backup could be made: write nothing over the file. */
  mayWrite: boolean;
}

/**
 * The settings in a data.json that was read, repaired, with a backup first when the repair
 * drops or changes a value (and a notice saying so). The one path for every read of the
 * file: at start-up, on a change from another device, and before a held change is merged in.
 */
export async function readSettings(plugin: Plugin, raw: unknown, now: Date): Promise<ReadSettings> {
  const migration = migrateSettings(raw, localTimeZone());
  const plan = planSettingsLoad(raw, migration);
  let mayWrite = true;
  if (plan.backup) {
    const backup = await backUpData(plugin, todayIn(now, localTimeZone()));
    // Without a copy the file stays as it is: the repaired settings are used until a change is saved.
    if (backup === null) mayWrite = false;
    new Notice(repairMessage(migration, plan, backup), NOTICE_MS);
  }
  const zones = unknownTimeZones(migration.settings);
  if (zones.length > 0) new Notice(timeZoneMessage(zones), NOTICE_MS);
  return { settings: migration.settings, save: plan.save && mayWrite, mayWrite };
}

/** The settings in a data.json that was read: repaired (with a backup first when a value is dropped or changed) and saved when needed. */
export async function settingsFrom(plugin: Plugin, raw: unknown, now: Date): Promise<OfficeHoursSettings> {
  const read = await readSettings(plugin, raw, now);
  if (read.save) await plugin.saveData(read.settings);
  return read.settings;
}

function pluginDir(plugin: Plugin): string {
  return plugin.manifest.dir ?? normalizePath(`${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`);
}

/**
 * Copy data.json to data.backup-<day>.json before a repair; returns the backup's path,
 * or null when it could not be written. A backup with the same content (from any day)
 * is reused, so loading the same bad data again makes no second copy.
 */
async function backUpData(plugin: Plugin, day: string): Promise<string | null> {
  const adapter = plugin.app.vault.adapter;
  const dir = pluginDir(plugin);
  try {
    const text = await adapter.read(normalizePath(`${dir}/data.json`));
    const listed = await adapter.list(dir);
    for (const path of listed.files) {
      if (isBackupFileName(path.slice(path.lastIndexOf("/") + 1)) && (await adapter.read(path)) === text) return path;
    }
    let target = normalizePath(`${dir}/${backupFileName(day, 1)}`);
    for (let n = 2; await adapter.exists(target); n++) target = normalizePath(`${dir}/${backupFileName(day, n)}`);
    await adapter.write(target, text);
    return target;
  } catch {
    return null;
  }
}

/** Copy data.json aside; returns the backup's path, or null when there was nothing to copy. */
async function backUpCorruptData(plugin: Plugin): Promise<string | null> {
  const adapter = plugin.app.vault.adapter;
  const dir = pluginDir(plugin);
  const source = normalizePath(`${dir}/data.json`);
  try {
    if (!(await adapter.exists(source))) return null;
    let target = normalizePath(`${dir}/data.corrupt.json`);
    for (let n = 2; await adapter.exists(target); n++) target = normalizePath(`${dir}/data.corrupt-${n}.json`);
    await adapter.write(target, await adapter.read(source));
    return target;
  } catch {
    return null;
  }
}
