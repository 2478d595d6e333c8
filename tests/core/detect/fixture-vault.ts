// Vaults for the detection tests: a fixture folder read as the notes a shell would pass,
// or a small vault written inline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { detectShows } from "../../../src/core/detect/detect";
import { notesWorthReading } from "../../../src/core/detect/notes-to-read";
import { defaultSettings, type OfficeHoursSettings } from "../../../src/core/settings/settings";
import type { DetectResult, NoteText, ProposedShow } from "../../../src/core/detect/types";
import { noteText } from "../../support/notes";

export const FIXTURES = join(import.meta.dirname, "../../fixtures");

/** Every note of a fixture folder (SOURCE.md describes the copy; it is not part of the vault). */
export function fixtureNotes(folder: string): NoteText[] {
  const root = join(FIXTURES, folder);
  const notes: NoteText[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      // Dot folders (.obsidian, a sync tool's .stversions) are no part of the vault Obsidian
      // or the command line reads.
      if (name.startsWith(".")) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md") && !(dir === root && name === "SOURCE.md")) {
        notes.push(noteText({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") }));
      }
    }
  };
  walk(root);
  return notes;
}

export function vault(files: Record<string, string>): NoteText[] {
  return Object.entries(files).map(([path, text]) => noteText({ path, text }));
}

export interface DetectOptions {
  settings?: OfficeHoursSettings;
  templateFolders?: string[];
  timeZone?: string;
}

/** Detection as the shells run it: only the notes worth reading are handed over. */
export function detect(notes: readonly NoteText[], options: DetectOptions = {}): DetectResult {
  const settings = options.settings ?? defaultSettings(options.timeZone ?? "Europe/Amsterdam");
  const templateFolders = options.templateFolders ?? [];
  const wanted = new Set(notesWorthReading(notes.map((n) => n.path), [...templateFolders, ...settings.templateFolders]));
  return detectShows({ notes: notes.filter((n) => wanted.has(n.path)), templateFolders, settings, timeZone: options.timeZone ?? "Europe/Amsterdam" });
}

export function byCode(result: DetectResult, code: string): ProposedShow {
  const found = result.shows.find((p) => p.show.code === code);
  if (!found) throw new Error(`no proposal with code ${code}: ${result.shows.map((p) => p.show.code).join(", ")}`);
  return found;
}

export function byName(result: DetectResult, name: string): ProposedShow {
  const found = result.shows.find((p) => p.show.name === name);
  if (!found) throw new Error(`no proposal named ${name}: ${result.shows.map((p) => p.show.name).join(", ")}`);
  return found;
}

/** A small episode note: frontmatter date, a guest line as given, and a checklist. */
export function episode(options: { date?: string; guest?: string; headings?: string[]; extra?: string } = {}): string {
  const headings = options.headings ?? ["Checklist", "After the show"];
  return [
    "---",
    `date: ${options.date ?? ""}`,
    "---",
    "# Title",
    "",
    options.guest ?? "Guest:: Ann Lee",
    "",
    ...headings.flatMap((h) => [`## ${h}`, "", "- [ ] Do a thing", "- [x] Done thing", ""]),
    options.extra ?? "",
  ].join("\n");
}
