// Loading and saving settings through Obsidian, with the repairs done by the pure
// migrateSettings. A data.json that cannot be parsed is kept as a backup file before
// defaults are used, so the user's settings are never silently lost.
import { Notice, normalizePath, type Plugin } from "obsidian";
import { migrateSettings, type OfficeHoursSettings } from "../../core/settings/settings";
import { localTimeZone } from "../clock";

export async function loadSettings(plugin: Plugin): Promise<OfficeHoursSettings> {
  let raw: unknown;
  try {
    raw = await plugin.loadData();
  } catch (error) {
    const backup = await backUpCorruptData(plugin);
    new Notice(
      `Office Hours could not read its settings (${error instanceof Error ? error.message : "unreadable file"}). ` +
        (backup ? `The file was kept as ${backup}; ` : "") +
        "default settings are used.",
      10000,
    );
    return migrateSettings(null, localTimeZone()).settings;
  }
  const migration = migrateSettings(raw, localTimeZone());
  if (migration.notes.length > 0) {
    new Notice(`Office Hours repaired its settings: ${migration.notes.join(" ")}`, 10000);
    await plugin.saveData(migration.settings);
  }
  return migration.settings;
}

/** Copy data.json aside; returns the backup's path, or null when there was nothing to copy. */
async function backUpCorruptData(plugin: Plugin): Promise<string | null> {
  const adapter = plugin.app.vault.adapter;
  const dir = plugin.manifest.dir ?? normalizePath(`${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`);
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
