// The sidebar's rows must not depend on the order the index holds the episodes in: the
// index puts a note it read again at the end, so anything order-dependent in a row made
// one changed note rebuild (and reword) its neighbours' rows, or left them stale. Two
// such things: which overlapping episodes a warning names, and which series gets a
// contested chip colour.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SidebarModel, type ModelInput, type SourceEpisode } from "../../src/core/sidebar/sidebar-model";
import { defaultSettings, defaultShow, type OfficeHoursSettings, type ShowSettings } from "../../src/core/settings/settings";
import { recordOf } from "../support/notes";
import { nameParser } from "../../src/core/note/name-pattern";

const SHOW = { ...defaultShow("UTC", "Office Hours"), id: "oh", code: "OH", folder: "OH" };
const SETTINGS: OfficeHoursSettings = { ...defaultSettings("UTC"), shows: [SHOW] };
/** Monday 15 January 2024, noon UTC: every date below is still to come. */
const NOW = Date.parse("2024-01-15T12:00:00Z");

function source(path: string, date: string, version: number, show: ShowSettings | null = SHOW, extra = ""): SourceEpisode {
  const text = `---\ndate: ${date}\n---\nGuest:: Ann\n## Checklist\n- [ ] Book\n${extra}## After the show\n- [ ] Upload\n`;
  return { episode: recordOf(path, text, show ? { parseName: nameParser(show.fileNamePattern, show.code) } : {}), show, version };
}

function input(episodes: readonly SourceEpisode[], revision: number): ModelInput {
  return {
    revision,
    episodes: () => episodes,
    settings: SETTINGS,
    todayIn: () => "2024-01-15",
    nowMs: NOW,
    fallbackZone: "UTC",
    locale: "en",
  };
}

/** Each row's alerts and chip, by path. */
function shown(model: SidebarModel): Record<string, string> {
  return Object.fromEntries(model.rows.map((row) => [row.path, `${row.chip?.code ?? ""} ${row.chip?.colour ?? ""} | ${row.alerts.map((a) => a.message).join(" | ")}`]));
}

/** Five episodes, three of them on the same Friday: each of those overlaps the other two. */
const SAME_SLOT = [
  source("OH/OH 1 - One.md", "2024-01-19", 1),
  source("OH/OH 2 - Two.md", "2024-01-19", 2),
  source("OH/OH 3 - Three.md", "2024-01-19", 3),
  source("OH/OH 4 - Four.md", "2024-01-26", 4),
  source("OH/OH 5 - Five.md", "2024-02-02", 5),
];

describe("the sidebar's rows, whatever the index's order", () => {
  it("name the same overlapping episodes and give the same chips for any order of the episodes", () => {
    // GOH and A&A want the same chip colour (as in the real notes), and so does KK.
    const series = [source("GOH 12 - Govable.md", "2024-03-01", 6, null), source("A&A 22 - Unemployment.md", "2024-03-08", 7, null), source("KK 1 - Kick-off.md", "2024-03-15", 8, null)];
    const all = [...SAME_SLOT, ...series];
    const expected = new SidebarModel();
    expected.refresh(input(all, 1));
    const reference = shown(expected);
    expect(reference["OH/OH 1 - One.md"]).toContain("Overlaps “OH 2 - Two”");
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        const model = new SidebarModel();
        model.refresh(input(order, 1));
        expect(shown(model)).toEqual(reference);
      }),
    );
  });

  it("one note read again (it goes to the end of the index) rebuilds its row only, though it shares its slot", () => {
    const model = new SidebarModel();
    model.refresh(input(SAME_SLOT, 1));
    const before = new Map(model.rows.map((row) => [row.path, row]));
    const [first, ...rest] = SAME_SLOT as [SourceEpisode, ...SourceEpisode[]];
    const ticked = source(first.episode.path, "2024-01-19", 9, SHOW, "- [x] Thumbnail\n");
    model.refresh(input([...rest, ticked], 2));
    expect(model.rebuilt).toBe(1);
    for (const row of model.rows) if (row.path !== ticked.episode.path) expect(row).toBe(before.get(row.path));
  });

  it("a note moved to its neighbours' day rebuilds the rows whose warnings now name it, and those only", () => {
    const model = new SidebarModel();
    model.refresh(input(SAME_SLOT, 1));
    const moved = source("OH/OH 5 - Five.md", "2024-01-19", 9);
    model.refresh(input([...SAME_SLOT.slice(0, 4), moved], 2));
    // OH 5 itself, and OH 1 to 3, which now overlap one more episode; OH 4 is untouched.
    expect(model.rebuilt).toBe(4);
    expect(shown(model)["OH/OH 3 - Three.md"]).toBe("OH pink | Overlaps “OH 5 - Five” (Fri 19 Jan 13:00 UTC) | Overlaps “OH 2 - Two” (Fri 19 Jan 13:00 UTC) | Overlaps 1 more episode | 1 prep item open, due in 2 days");
  });

  it("a new series wanting a show's chip colour rebuilds the rows whose chip moved", () => {
    const goh = [source("GOH 12 - Govable.md", "2024-03-01", 1, null), source("GOH 13 - Loki.md", "2024-03-08", 2, null)];
    const model = new SidebarModel();
    model.refresh(input([...SAME_SLOT, ...goh], 1));
    expect(shown(model)["GOH 12 - Govable.md"]).toBe("GOH green | ");
    // A&A wants green too and comes first in order: it takes green, GOH moves on.
    model.refresh(input([...SAME_SLOT, ...goh, source("A&A 22 - Unemployment.md", "2024-03-15", 3, null)], 2));
    expect(model.rebuilt).toBe(3);
    expect(Object.values(shown(model)).filter((text) => text.startsWith("GOH") || text.startsWith("A&A"))).toEqual(["GOH cyan | ", "GOH cyan | ", "A&A green | "]);
  });
});
