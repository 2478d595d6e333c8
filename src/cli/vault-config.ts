// What the vault's own configuration says: this plugin's settings, and the template
// folders of the core Templates plugin and of Templater (notes there are templates).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { migrateSettings, type OfficeHoursSettings } from "../core/settings/settings";
import { describe } from "./read-folder";
import { isRecord } from "../core/records";
import { showFolderMessages } from "./show-folders";
import { parseSettingsJson } from "../core/settings/settings-json";

export interface VaultConfig {
  settings: OfficeHoursSettings;
  templateFolders: string[];
  messages: string[];
}

export function readVaultConfig(root: string, configDir: string, timeZone: string): VaultConfig {
  const messages: string[] = [];
  const dataPath = join(root, configDir, "plugins", "office-hours", "data.json");
  const data = readJson(dataPath, messages);
  const migration = migrateSettings(data, timeZone);
  for (const note of migration.notes) messages.push(`settings: ${note}`);
  // Only shows the user listed: the default show a vault with no settings gets names a
  // folder nobody chose, and saying it is missing would be noise on every such vault.
  if (isRecord(data) && Array.isArray(data.shows)) messages.push(...showFolderMessages(root, migration.settings.shows));

  const templateFolders: string[] = [];
  const core = readJson(join(root, configDir, "templates.json"), messages);
  if (isRecord(core) && typeof core.folder === "string" && core.folder.trim() !== "") templateFolders.push(core.folder);
  const templater = readJson(join(root, configDir, "plugins", "templater-obsidian", "data.json"), messages);
  if (isRecord(templater) && typeof templater.templates_folder === "string" && templater.templates_folder.trim() !== "") {
    templateFolders.push(templater.templates_folder);
  }
  return { settings: migration.settings, templateFolders, messages };
}

function readJson(path: string, messages: string[]): unknown {
  if (!existsSync(path)) return null;
  try {
    return parseSettingsJson(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "not valid JSON" : describe(error);
    messages.push(`${path}: ${reason}; it is ignored and defaults are used`);
    return null;
  }
}
