// `office-hours demo <folder>`: a vault with one show and episodes at different
// stages, written by the core's own template code and ticked with the core's own
// toggle, plus the built plugin installed and enabled. Running it again only adds what
// is missing: notes and settings the user changed are never overwritten; only the
// plugin's own files (main.js, manifest.json, styles.css) are refreshed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEMO_WELCOME_TITLE, demoNotes, demoSettings } from "../core/demo";
import type { CliIo } from "./io";

export const DEMO_PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

export interface DemoResult {
  created: string[];
  kept: string[];
}

export function writeDemoVault(root: string, projectRoot: string, now: Date, io: Pick<CliIo, "timeZone">): DemoResult {
  const result: DemoResult = { created: [], kept: [] };
  const writeIfMissing = (relative: string, content: string) => {
    const full = join(root, relative);
    if (existsSync(full)) {
      result.kept.push(relative);
      return;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    result.created.push(relative);
  };

  refuseOtherFolder(root);
  // Checked before anything is made: a missing build leaves no half-made vault behind.
  const missing = DEMO_PLUGIN_FILES.find((file) => !existsSync(join(projectRoot, file)));
  if (missing !== undefined) throw new Error(`${missing} is missing; build the plugin first (npm run build), or run npm start, which builds it.`);
  const pluginDir = join(root, ".obsidian", "plugins", "office-hours");
  mkdirSync(pluginDir, { recursive: true });
  for (const file of DEMO_PLUGIN_FILES) copyFileSync(join(projectRoot, file), join(pluginDir, file));

  const settingsPath = ".obsidian/plugins/office-hours/data.json";
  const settings = existsSync(join(root, settingsPath))
    ? null
    : demoSettings(io.timeZone);
  if (settings) writeIfMissing(settingsPath, JSON.stringify(settings, null, 2) + "\n");
  else result.kept.push(settingsPath);

  enablePlugin(join(root, ".obsidian", "community-plugins.json"));

  const show = (settings ?? demoSettings(io.timeZone)).shows[0];
  if (show) for (const [path, content] of demoNotes(show, now)) writeIfMissing(path, content);
  return result;
}

/**
 * `demo ~/Notes` by mistake would add six made-up episodes, settings and an enabled plugin to
 * a real vault (nothing overwritten, but all of it to clean up): only a new or empty folder,
 * or a demo vault made before, is written to.
 */
function refuseOtherFolder(root: string): void {
  if (!existsSync(root)) return;
  if (!statSync(root).isDirectory()) throw new Error(`${root} is a file; give a folder for the demo vault.`);
  if (readdirSync(root).length === 0) return;
  const welcome = join(root, "Welcome.md");
  const isDemo = existsSync(welcome) && readFileSync(welcome, "utf8").startsWith(DEMO_WELCOME_TITLE);
  if (!isDemo) throw new Error(`${root} already holds files and is not a demo vault (no Welcome.md made by the demo); nothing was written. Give a new or empty folder.`);
}

/** Add our id to community-plugins.json, keeping whatever else is enabled. */
function enablePlugin(path: string): void {
  let enabled: unknown = [];
  if (existsSync(path)) {
    try {
      enabled = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      throw new Error(`${path} is not valid JSON; fix or delete it and run again.`);
    }
  }
  const list = Array.isArray(enabled) ? enabled.filter((v): v is string => typeof v === "string") : [];
  if (!list.includes("office-hours")) {
    list.push("office-hours");
    writeFileSync(path, JSON.stringify(list, null, 2) + "\n");
  }
}
