// The template folders other plugins keep: the core Templates plugin's and Templater's.
// Notes there are templates, never episodes; detection looks there for show templates.
import { normalizePath, type App } from "obsidian";

export async function readTemplateFolders(app: App): Promise<string[]> {
  const config = app.vault.configDir;
  const sources: [string, string][] = [
    [normalizePath(`${config}/templates.json`), "folder"],
    [normalizePath(`${config}/plugins/templater-obsidian/data.json`), "templates_folder"],
  ];
  const folders: string[] = [];
  for (const [path, key] of sources) {
    try {
      if (!(await app.vault.adapter.exists(path))) continue;
      const data: unknown = JSON.parse(await app.vault.adapter.read(path));
      const value = typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined;
      if (typeof value === "string" && value.trim() !== "") folders.push(normalizePath(value));
    } catch {
      // Another plugin's unreadable settings are not ours to report; skip them.
    }
  }
  return folders;
}
