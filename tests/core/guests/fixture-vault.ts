// The real notes as a vault for the guests index: every Markdown file of a fixture folder,
// classified with the given settings, fed to a GuestDirectory as the plugin feeds it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createClassifier } from "../../../src/core/vault/classify";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { feedEpisodes, isGuestNotePath } from "../../../src/core/guests/from-index";
import { readGuestNote } from "./read-guest-note";
import { lazyFrontmatter } from "../../support/notes";
import { computeCache } from "../../host/markdown-parse";
import { defaultSettings, type OfficeHoursSettings } from "../../../src/core/settings/settings";

export const FIXTURES = join(import.meta.dirname, "../../fixtures");

export function notesIn(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".md") && entry.name !== "SOURCE.md") files[relative(folder, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(folder);
  return files;
}

export function directoryOf(files: Record<string, string>, settings: OfficeHoursSettings = defaultSettings()): { directory: GuestDirectory; index: EpisodeIndex } {
  const index = new EpisodeIndex(createClassifier(settings));
  const directory = new GuestDirectory();
  for (const [path, text] of Object.entries(files)) {
    if (isGuestNotePath(path, settings)) directory.setNote(path, readGuestNote(path, text, settings.guestStatusNames));
    else index.update(path, text, lazyFrontmatter(text));
  }
  feedEpisodes(directory, index.all());
  return { directory, index };
}

/**
 * What the plugin gives the import as the vault's phrases (guest-service.ts): every note's
 * name, headings and links, as the stand-in host's metadata cache reads them.
 */
export function phrasesOf(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    out.push(path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, ""));
    const cache = computeCache(text);
    for (const heading of cache.headings ?? []) out.push(heading.heading);
    for (const link of cache.links ?? []) {
      out.push(link.link);
      if (link.displayText !== undefined && link.displayText !== link.link) out.push(link.displayText);
    }
  }
  return out;
}
