// Properties that hold for every vault: detection never throws, proposes only folders
// and notes that exist, gives valid settings with distinct ids, and merging them keeps
// every show that was configured.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectShows } from "../../../src/core/detect/detect";
import { mergeProposals } from "../../../src/core/detect/merge";
import { defaultSettings, migrateSettings } from "../../../src/core/settings/settings";
import type { NoteText } from "../../../src/core/detect/types";
import { noteText } from "../../support/notes";

const folder = fc.constantFrom("", "Shows", "Shows/2024", "Shows/Episodes", "Podcast", "Templates", "projects/Café", "a/b/c", "constructor", "__proto__");
const basename = fc.oneof(
  fc.tuple(fc.constantFrom("GOH", "A&A", "CCG", "EP", "Episode", "x"), fc.integer({ min: 0, max: 120 }), fc.string({ maxLength: 12 })).map(([c, n, t]) => `${c} ${n} - ${t || "T"}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.string({ maxLength: 10 })).map(([n, t]) => `${String(n).padStart(2, "0")} - ${t || "T"}`),
  fc.tuple(fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }), fc.string({ maxLength: 10 })).map(([d, t]) => `${d.toISOString().slice(0, 10)}-${t || "t"}`),
  fc.constantFrom("README", "Index", "Show template", "Calendario", "Invitados", "Podcast", "Shows"),
  fc.string({ minLength: 1, maxLength: 16 }),
);
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(
    "Guest:: Ann Lee",
    "Guests:: [[Bo Chen]], [[Cy Diaz]]",
    "Invitado(s): Ana y Luis",
    "Host:: Nicole",
    "Guest::",
    "- [ ] Contact the guest",
    "- [x] Schedule 13:00 UTC (15:00 CEST) on Friday",
    "## Checklist",
    "## Vorbereitung",
    "### Just before the show",
    "## After the show",
    "Grafana Office Hours (GOH) is a weekly show.",
    "- [Link](GOH%2012%20-%20X.md)",
    "[[GOH 3 - Y]]",
    "```",
    "<% tp.file.title %>",
    "constructor:: x",
    "---",
    "date: 2024-01-05",
    "office-hours: false",
  ) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const note = fc.tuple(folder, basename, fc.array(line, { maxLength: 14 })).map(([f, b, lines]): NoteText => noteText({
  path: `${f === "" ? "" : `${f}/`}${b.replace(/[/\\]/g, "-")}.md`,
  text: lines.join("\n"),
}));

function foldersOf(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

describe("detection, for any vault", () => {
  it("never throws and proposes only folders and notes that exist, as valid settings", () => {
    let proposed = 0;
    fc.assert(
      fc.property(fc.array(note, { maxLength: 25 }), fc.constantFrom("UTC", "Europe/Berlin"), (notes, timeZone) => {
        const settings = defaultSettings(timeZone);
        const result = detectShows({ notes, templateFolders: ["Templates"], settings, timeZone });
        const paths = new Set(notes.map((n) => n.path));
        const folders = new Set(["", ...notes.flatMap((n) => foldersOf(n.path))]);
        const ids = new Set<string>();
        proposed += result.shows.length;
        for (const proposal of result.shows) {
          const show = proposal.show;
          expect(folders.has(show.folder), show.folder).toBe(true);
          if (show.template !== "") expect(paths.has(show.template), show.template).toBe(true);
          if (show.indexNote !== "") expect(paths.has(show.indexNote), show.indexNote).toBe(true);
          for (const path of proposal.episodes) expect(paths.has(path)).toBe(true);
          expect(ids.has(show.id)).toBe(false);
          ids.add(show.id);
          // What would be stored reads back as it is: a valid show, nothing to repair.
          const migrated = migrateSettings({ version: 1, shows: [show] }, timeZone);
          expect(migrated.notes).toEqual([]);
          expect(migrated.settings.shows[0]).toEqual(show);
        }
        const merged = mergeProposals(settings, result.shows);
        expect(merged.settings.shows.length).toBe(result.shows.length > 0 ? result.shows.length : 1);
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: the generated vaults do hold shows.
    expect(proposed).toBeGreaterThan(50);
  });
});
