// An episode of no show (a note in a folder several shows share with nothing telling them
// apart, or outside every show folder with several shows set up) is placed by what all
// shows agree on: never by the first show in the settings (src/core/vault/no-show.ts).
// Before, its deadlines, the zone its day and `date:` were read in, and its row in the
// sidebar came from `settings.shows[0]`, so reordering the shows changed them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/vault/classify";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { SidebarModel } from "../../../src/core/sidebar/sidebar-model";
import { defaultSettings, defaultShow, type OfficeHoursSettings, type ShowSettings } from "../../../src/core/settings/settings";
import { isUnclaimed, markerFor, placedRules, placedShow, unclaimedLabel } from "../../../src/core/vault/no-show";
import { findShowIn } from "../../../src/core/vault/show-lookup";
import { todayIn } from "../../../src/core/note/dates";
import { realNote } from "../../plugin/harness";
import { lazyFrontmatter } from "../../support/notes";

const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Pacific/Auckland"];
const TIMES = ["09:00", "13:00", "16:00", "21:30"];

interface ShowShape {
  zone: string;
  time: string;
  prep: number;
  after: number;
  language: string;
}

const shape: fc.Arbitrary<ShowShape> = fc.record({
  zone: fc.constantFrom(...ZONES),
  time: fc.constantFrom(...TIMES),
  prep: fc.integer({ min: 0, max: 10 }),
  after: fc.integer({ min: 0, max: 14 }),
  language: fc.constantFrom("", "es", "de"),
});

/** Shows 0..n-1 sharing the folder "Shows" (the last one has its own folder when `ownFolder`). */
function showsOf(shapes: readonly ShowShape[]): ShowSettings[] {
  return shapes.map((s, i) => ({
    ...defaultShow(s.zone, `Show ${i}`),
    id: `show-${i}`,
    code: `S${i}`,
    folder: "Shows",
    language: s.language,
    schedule: { weekday: 3, time: s.time, timeZone: s.zone, durationMinutes: 60 },
    deadlines: { prepDaysBefore: s.prep, afterDaysAfter: s.after },
  }));
}

function settingsWith(shows: ShowSettings[]): OfficeHoursSettings {
  return { ...defaultSettings("UTC"), shows };
}

/**
 * The real "03 - Logging Best Practices" note (its `Guests::` field is every show's, so it
 * tells no show apart), moved to a date near the test's "now" with every item open, so its
 * deadlines and day matter.
 */
const LOGGING = realNote("03 - Logging Best Practices.md").replace("date: 2025-12-17", "date: 2025-06-05").replaceAll("- [x]", "- [ ]");
/** A note with a `date:` naming an instant: the day it falls on depends on the zone it is read in. */
const INSTANT = LOGGING.replace("date: 2025-06-05", "date: 2025-06-05T23:30:00Z");
const SHARED = "Shows/03 - Logging Best Practices.md";
const OUTSIDE = "Elsewhere/03 - Logging Best Practices.md";
const NOW = Date.parse("2025-06-02T10:00:00Z");

function indexOf(settings: OfficeHoursSettings, notes: Record<string, string>): EpisodeIndex {
  const index = new EpisodeIndex(createClassifier(settings));
  for (const [path, text] of Object.entries(notes)) index.update(path, text, lazyFrontmatter(text));
  return index;
}

const NOTES = { [SHARED]: LOGGING, [OUTSIDE]: INSTANT };

/** What the status report and the sidebar say of each note, with no show's object in it. */
function reportOf(settings: OfficeHoursSettings): unknown {
  const index = indexOf(settings, NOTES);
  const items = index.items((show) => todayIn(new Date(NOW), placedRules(show, settings, "Europe/Lisbon").schedule.timeZone), { ms: NOW, zoneFor: (show) => show?.schedule.timeZone ?? "Europe/Lisbon" });
  return items.map((item) => ({ path: item.episode.path, show: item.show?.id ?? null, date: item.episode.date, time: item.episode.time, status: item.status }));
}

function rowsOf(settings: OfficeHoursSettings): unknown {
  const index = indexOf(settings, NOTES);
  const model = new SidebarModel();
  model.refresh({
    revision: index.revision,
    episodes: () => index.all(),
    settings,
    todayIn: (zone) => todayIn(new Date(NOW), zone),
    nowMs: NOW,
    fallbackZone: "Europe/Lisbon",
    candidatesOf: (path) => index.classifier.candidatesFor(path),
    locale: "en",
  });
  // The signature stands for the rules, the order of the shows included: everything else is compared.
  return model.rows.map(({ signature: _signature, ...row }) => row);
}

describe("an episode of no show does not depend on the order of the shows", () => {
  it("its status (deadlines, day, alerts), its row and its date read from an instant are the same for every order of the shows", () => {
    fc.assert(
      fc.property(
        fc.array(shape, { minLength: 2, maxLength: 4 }).chain((shapes) => fc.tuple(fc.constant(shapes), fc.shuffledSubarray(showsOf(shapes), { minLength: shapes.length, maxLength: shapes.length }))),
        ([shapes, reordered]) => {
          const listed = settingsWith(showsOf(shapes));
          const shuffled = settingsWith(reordered);
          expect(reportOf(shuffled)).toEqual(reportOf(listed));
          expect(rowsOf(shuffled)).toEqual(rowsOf(listed));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("placedRules gives the same deadlines and schedule for every order", () => {
    fc.assert(
      fc.property(
        fc.array(shape, { minLength: 2, maxLength: 5 }).chain((shapes) => fc.tuple(fc.constant(showsOf(shapes)), fc.shuffledSubarray(showsOf(shapes), { minLength: shapes.length, maxLength: shapes.length }))),
        ([listed, reordered]) => {
          expect(placedRules(null, { shows: reordered }, "Europe/Lisbon")).toEqual(placedRules(null, { shows: listed }, "Europe/Lisbon"));
        },
      ),
    );
  });

  it("the deadlines are the earliest any show would set; the zone theirs when shared, else the device's", () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 2, maxLength: 5 }), (shapes) => {
        const shows = showsOf(shapes);
        const rules = placedRules(null, { shows }, "Europe/Lisbon");
        // No show would make a prep item due earlier, nor an after-show item later.
        for (const show of shows) {
          expect(rules.deadlines.prepDaysBefore).toBeGreaterThanOrEqual(show.deadlines.prepDaysBefore);
          expect(rules.deadlines.afterDaysAfter).toBeLessThanOrEqual(show.deadlines.afterDaysAfter);
        }
        expect(shows.some((s) => s.deadlines.prepDaysBefore === rules.deadlines.prepDaysBefore)).toBe(true);
        expect(shows.some((s) => s.deadlines.afterDaysAfter === rules.deadlines.afterDaysAfter)).toBe(true);
        const zones = new Set(shapes.map((s) => s.zone));
        expect(rules.schedule.timeZone).toBe(zones.size === 1 ? shapes[0]?.zone : "Europe/Lisbon");
        if (zones.size === 1) expect(rules.schedule.time).toBe([...shapes.map((s) => s.time)].sort()[0]);
        else expect(rules.schedule.time).toBe("13:00");
        expect(rules.show).toBeNull();
      }),
    );
  });
});

describe("with one show set up, an episode of no show is that show's, as before", () => {
  it("placed with the only show's own settings, and not called unclaimed", () => {
    const [only] = showsOf([{ zone: "Asia/Tokyo", time: "21:30", prep: 5, after: 1, language: "es" }]);
    if (!only) throw new Error("no show");
    const settings = settingsWith([only]);
    expect(placedShow(null, settings)).toBe(only);
    expect(isUnclaimed(null, settings)).toBe(false);
    expect(placedRules(null, settings, "Europe/Lisbon")).toEqual({ show: only, deadlines: only.deadlines, schedule: { time: "21:30", timeZone: "Asia/Tokyo" } });
  });

  it("a `date:` naming an instant is read in the only show's zone, and with several shows in a zone they all share or as written", () => {
    const classify = (shows: ShowSettings[]) => createClassifier(settingsWith(shows)).classify(OUTSIDE, INSTANT, lazyFrontmatter(INSTANT)).episode?.date;
    const [tokyo, berlin] = showsOf([
      { zone: "Asia/Tokyo", time: "13:00", prep: 2, after: 7, language: "" },
      { zone: "Europe/Berlin", time: "13:00", prep: 2, after: 7, language: "" },
    ]);
    if (!tokyo || !berlin) throw new Error("no show");
    // 23:30 UTC is the next morning in Tokyo.
    expect(classify([tokyo])).toBe("2025-06-06");
    expect(classify([tokyo, { ...berlin, schedule: { ...berlin.schedule, timeZone: "Asia/Tokyo" } }])).toBe("2025-06-06");
    // Zones differ: as written, whichever show is listed first.
    expect(classify([tokyo, berlin])).toBe("2025-06-05");
    expect(classify([berlin, tokyo])).toBe("2025-06-05");
  });
});

describe("the row of an episode of no show says so", () => {
  it("names the shows sharing its folder, in alphabetical order, and how to claim it", () => {
    const shows = showsOf([
      { zone: "UTC", time: "13:00", prep: 2, after: 7, language: "" },
      { zone: "UTC", time: "13:00", prep: 2, after: 7, language: "" },
      { zone: "UTC", time: "13:00", prep: 2, after: 7, language: "" },
    ]);
    const [s0, s1, s2] = shows;
    if (!s0 || !s1 || !s2) throw new Error("no show");
    const own = { ...s2, folder: "Own" };
    const settings = settingsWith([s1, own, s0]);
    const rows = rowsOf(settings) as { path: string; noShow: string | null }[];
    expect(rows.find((r) => r.path === SHARED)?.noShow).toBe("No show: S0 or S1? Assign it to one");
    // Outside every show folder, any show could own it.
    expect(rows.find((r) => r.path === OUTSIDE)?.noShow).toBe("No show: S0, S1 or S2? Assign it to one");
    expect(unclaimedLabel([s2, s0])).toBe("No show: S0 or S2? Assign it to one");
  });

  it("a claimed episode's row says nothing of the kind", () => {
    const shows = showsOf([
      { zone: "UTC", time: "13:00", prep: 2, after: 7, language: "" },
      { zone: "UTC", time: "13:00", prep: 2, after: 7, language: "" },
    ]);
    const claimed = `---\noffice-hours: S1\n${LOGGING.slice(4)}`;
    const index = indexOf(settingsWith(shows), { [SHARED]: claimed });
    const model = new SidebarModel();
    model.refresh({ revision: index.revision, episodes: () => index.all(), settings: settingsWith(shows), todayIn: (zone) => todayIn(new Date(NOW), zone), nowMs: NOW, fallbackZone: "UTC", locale: "en" });
    expect(model.rows.map((r) => [r.path, r.noShow])).toEqual([[SHARED, null]]);
  });
});

describe("markerFor: the value that claims a note for a show", () => {
  it("is read back as that show, whatever the shows' codes and names (empty, alike, or one's code another's name)", () => {
    const word = fc.constantFrom("", "GOH", "goh", "A&A", "Cafe", "OH");
    fc.assert(
      fc.property(fc.array(fc.record({ code: word, name: word }), { minLength: 1, maxLength: 5 }), fc.nat(), (fields, pick) => {
        const shows = fields.map((f, i) => ({ ...defaultShow("UTC", f.name), id: `id-${i}`, code: f.code }));
        const show = shows[pick % shows.length];
        if (!show) throw new Error("no show");
        const marker = markerFor(show, shows);
        // Every show has its own id, so some value always names it.
        expect(marker).not.toBeNull();
        expect(findShowIn(shows, marker ?? "")).toBe(show);
        // And the classifier reads that marker as that show.
        const text = `---\noffice-hours: "${(marker ?? "").replace(/"/g, '\\"')}"\n${LOGGING.slice(4)}`;
        expect(createClassifier(settingsWith(shows)).classify(OUTSIDE, text, lazyFrontmatter(text)).show).toBe(show);
      }),
      { numRuns: 80 },
    );
  });
});
