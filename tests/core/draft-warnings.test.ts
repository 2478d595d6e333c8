// The new-episode form warns (and still lets the host create the note) about a date in
// the past, a weekday other than the show's, and a slot another episode already has.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftWarnings } from "../../src/core/new-episode/draft-warnings";
import { suggestDraft, type EpisodeDraft, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { busySlotsFor } from "../../src/core/deadlines/conflicts";

/** Grafana Office Hours: Fridays 13:00 UTC, an hour. */
function goh(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", ...overrides };
}

const NOW = new Date("2024-01-03T10:00:00Z"); // a Wednesday
const draft = (date: string, time = "13:00"): EpisodeDraft => ({ topic: "Beyla", guests: [], date, time, number: 26 });
const GOH25: ShowEpisodeFacts = { number: 25, date: "2024-01-05", path: "GOH/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md" };

describe("draftWarnings", () => {
  it("says nothing about the show's next free slot", () => {
    expect(draftWarnings(draft("2024-01-12"), goh(), [GOH25], NOW)).toEqual([]);
  });

  it("warns about a date in the past", () => {
    expect(draftWarnings(draft("2023-12-29"), goh(), [], NOW)).toEqual(["2023-12-29 at 13:00 (UTC) is in the past."]);
  });

  it("a show on air right now is not past yet; once over it is", () => {
    const friday = draft("2024-01-05");
    expect(draftWarnings(friday, goh(), [], new Date("2024-01-05T13:30:00Z"))).toEqual([]);
    expect(draftWarnings(friday, goh(), [], new Date("2024-01-05T14:00:00Z"))).toEqual(["2024-01-05 at 13:00 (UTC) is in the past."]);
  });

  it("warns about a weekday other than the show's", () => {
    expect(draftWarnings(draft("2024-01-11"), goh(), [], NOW)).toEqual(["That is a Thursday; Grafana Office Hours is usually on Fridays. Fine for a special episode."]);
  });

  it("warns about a slot another episode of the show has", () => {
    expect(draftWarnings(draft("2024-01-05"), goh(), [GOH25], NOW)).toEqual([
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski is already on 2024-01-05.",
    ]);
  });

  it("another hour the same day is a free slot; an overlapping one is not", () => {
    expect(draftWarnings(draft("2024-01-05", "18:00"), goh(), [GOH25], NOW)).toEqual([]);
    expect(draftWarnings(draft("2024-01-05", "13:30"), goh(), [GOH25], NOW)).toHaveLength(1);
    expect(draftWarnings(draft("2024-01-05", "18:00"), goh(), [{ ...GOH25, time: "17:30" }], NOW)).toHaveLength(1);
  });

  it("judges the day in the show's zone", () => {
    // Friday 5 January 23:30 in Los Angeles is Saturday in UTC; still the show's Friday.
    const la = goh({ schedule: { weekday: 5, time: "23:30", timeZone: "America/Los_Angeles", durationMinutes: 60 } });
    expect(draftWarnings(draft("2024-01-05", "23:30"), la, [], NOW)).toEqual([]);
  });

  it("says all three together, and nothing for an empty or broken date", () => {
    expect(draftWarnings(draft("2023-12-28"), goh(), [{ ...GOH25, date: "2023-12-28" }], NOW)).toHaveLength(3);
    expect(draftWarnings(draft(""), goh(), [GOH25], NOW)).toEqual([]);
    expect(draftWarnings(draft("2024-02-30"), goh(), [GOH25], NOW)).toEqual([]);
  });

  it("never warns about what the form proposes", () => {
    const dates = fc.array(fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10)), { maxLength: 10 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 40 }), dates, fc.constantFrom("UTC", "Europe/Berlin", "America/New_York"), fc.integer({ min: 0, max: 6 }), (minutes, taken, zone, weekday) => {
        const now = new Date(Date.UTC(2024, 0, 1) + minutes * 60_000);
        const show = goh({ schedule: { weekday, time: "13:00", timeZone: zone, durationMinutes: 60 } });
        const existing = taken.map((date, i) => ({ number: i + 1, date, path: `GOH ${i + 1}.md` }));
        const proposed = suggestDraft(show, existing, now);
        expect(draftWarnings(proposed, show, existing, now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("draftWarnings with the show's breaks and a shared studio", () => {
  const CCG = (overrides: Partial<ShowSettings> = {}) => goh({ id: "ccg", code: "CCG", name: "Café con Grafana", ...overrides });

  it("names the break a date falls on, as the show's Breaks setting writes it", () => {
    const busy = busySlotsFor(goh({ breaks: ["2024-01-12 Equipo en Fosdem"] }), [], "2024-01-03");
    expect(draftWarnings(draft("2024-01-12"), goh(), [], NOW, busy)).toEqual(["On Equipo en Fosdem (2024-01-12)."]);
    expect(draftWarnings(draft("2024-01-19"), goh(), [], NOW, busy)).toEqual([]);
  });

  it("warns when a show streaming from the same studio has an episode whose invite overlaps", () => {
    const studio = { ...goh().links, studio: "https://streamyard.com/s/team" };
    const show = goh({ links: studio });
    const other = { episode: { path: "CCG/CCG 012 - TBD.md", basename: "CCG 012 - TBD", date: "2024-01-12", time: "13:30" }, show: CCG({ links: studio }) };
    const busy = busySlotsFor(show, [other], "2024-01-03");
    expect(draftWarnings(draft("2024-01-12"), show, [], NOW, busy)).toEqual(["Another show that streams from the same studio has an episode then."]);
    // Another studio, or another hour: no warning.
    expect(draftWarnings(draft("2024-01-12"), goh(), [], NOW, busySlotsFor(goh(), [other], "2024-01-03"))).toEqual([]);
    expect(draftWarnings(draft("2024-01-12", "17:00"), show, [], NOW, busy)).toEqual([]);
  });
});
