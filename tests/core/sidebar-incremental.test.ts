// The sidebar's cache against no cache: after any sequence of changes (an item ticked, a
// date moved, a note added or removed, a new day, a show's break added as a settings
// change re-reads every note), every row the cached model gives reads exactly as a
// model made from scratch gives it, and a row whose content changed has a new signature
// (the list redraws a row only when its signature changed).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SidebarModel, type ModelInput, type SourceEpisode } from "../../src/core/sidebar/sidebar-model";
import { defaultSettings, defaultShow, type OfficeHoursSettings, type ShowSettings } from "../../src/core/settings/settings";
import type { EpisodeRow } from "../../src/core/sidebar/view-model";
import { recordOf } from "../support/notes";
import { nameParser } from "../../src/core/note/name-pattern";

const SHOW = { ...defaultShow("UTC", "Office Hours"), id: "oh", code: "OH", folder: "OH" };
const DATES = ["2024-01-12", "2024-01-19", "2024-01-19", "2024-01-26", "2024-02-02"];
const DAYS = ["2024-01-15", "2024-01-19", "2024-01-20"];

function source(path: string, date: string, ticked: number, version: number, show: ShowSettings | null): SourceEpisode {
  const items = ["Book", "Thumbnail", "Post"].map((item, i) => `- [${i < ticked ? "x" : " "}] ${item}`).join("\n");
  const text = `---\ndate: ${date}\n---\nGuest:: Ann\n## Checklist\n${items}\n## After the show\n- [ ] Upload\n`;
  return { episode: recordOf(path, text, show ? { parseName: nameParser(show.fileNamePattern, show.code) } : {}), show, version };
}

interface Note {
  path: string;
  date: string;
  ticked: number;
  version: number;
  show: boolean;
}

type Step =
  | { kind: "tick" | "remove"; at: number }
  | { kind: "move"; at: number; date: string }
  | { kind: "add"; date: string; series: boolean }
  | { kind: "day" }
  | { kind: "break"; date: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom("tick" as const, "remove" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), at: fc.nat(), date: fc.constantFrom(...DATES) }),
  fc.record({ kind: fc.constant("add" as const), date: fc.constantFrom(...DATES), series: fc.boolean() }),
  fc.record({ kind: fc.constant("day" as const) }),
  fc.record({ kind: fc.constant("break" as const), date: fc.constantFrom(...DATES) }),
);

/** A row's content: everything but its signature. */
function content(row: EpisodeRow): string {
  const { signature: _signature, ...rest } = row;
  return JSON.stringify(rest);
}

describe("the sidebar's cached rows", () => {
  it("read as rows made from scratch after any changes, with a new signature whenever their content changed", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        let version = 0;
        let day = 0;
        let settings: OfficeHoursSettings = { ...defaultSettings("UTC"), shows: [SHOW] };
        // The index keeps notes in a Map: one read again goes last.
        let notes: Note[] = DATES.map((date, i) => ({ path: i % 2 ? `OH/OH ${i} - N${i}.md` : `GOH ${i} - N${i}.md`, date, ticked: 0, version: ++version, show: i % 2 === 1 }));
        const sources = () => notes.map((n) => source(n.path, n.date, n.ticked, n.version, n.show ? (settings.shows[0] ?? null) : null));
        const input = (list: SourceEpisode[]): ModelInput => ({
          revision: version * 10 + day,
          episodes: () => list,
          settings,
          todayIn: () => DAYS[day] ?? "2024-01-15",
          nowMs: Date.parse(`${DAYS[day] ?? "2024-01-15"}T10:00:00Z`),
          fallbackZone: "UTC",
          locale: "en",
        });
        const cached = new SidebarModel();
        cached.refresh(input(sources()));
        let before = new Map(cached.rows.map((row) => [row.path, row]));
        let added = 0;
        for (const s of steps) {
          const at = "at" in s ? s.at % Math.max(1, notes.length) : 0;
          const reRead = (note: Note, change: Partial<Note>) => [...notes.filter((n) => n !== note), { ...note, ...change, version: ++version }];
          const note = notes[at];
          if (s.kind === "tick" && note) notes = reRead(note, { ticked: Math.min(3, note.ticked + 1) });
          else if (s.kind === "move" && note) notes = reRead(note, { date: s.date });
          else if (s.kind === "remove" && note) {
            notes = notes.filter((n) => n !== note);
            version++;
          }
          else if (s.kind === "add") notes = [...notes, { path: s.series ? `A&A ${++added} - New.md` : `OH/OH ${20 + ++added} - New.md`, date: s.date, ticked: 0, version: ++version, show: !s.series }];
          else if (s.kind === "day") day = Math.min(DAYS.length - 1, day + 1);
          else if (s.kind === "break") {
            // A settings change: the plugin re-reads every note (new versions, same order).
            settings = { ...settings, shows: [{ ...SHOW, breaks: [...(settings.shows[0]?.breaks ?? []), `${s.date} Holiday`] }] };
            notes = notes.map((n) => ({ ...n, version: ++version }));
          }
          const list = sources();
          cached.refresh(input(list));
          const fresh = new SidebarModel();
          fresh.refresh(input(list));
          expect(cached.rows.map(content)).toEqual(fresh.rows.map(content));
          for (const row of cached.rows) {
            const old = before.get(row.path);
            if (old && content(old) !== content(row)) expect(row.signature).not.toBe(old.signature);
          }
          before = new Map(cached.rows.map((row) => [row.path, row]));
        }
      }),
      { numRuns: 40 },
    );
  });
});
