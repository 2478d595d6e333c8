// DEFECT (found on a new user's first hour, not fixed here): a new episode's item
// deadlines can be before the day its note is made. An episode made three days ahead (the
// form's proposed slot) opens with ten items "18 days late" and "10 overdue" (the built-in
// template dates first contact three weeks before), while the row's alert says "3 prep
// items due, the first in 2 days". The fix is three lines (dateChecklist in
// core/deadlines/template-offsets.ts takes the creation day, in the show's zone, and a
// `📅` offset date before it becomes that day), but the agenda, reschedule and
// offsets-at-creation tests make their late items by creating notes days before the show,
// and the README's Deadlines section (not walk2's) promises the template's dates as they
// are: the lead decides. These tests pass once it is fixed.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { addDays } from "../../src/core/time/calendar-date";

function berlinWeekly(): ShowSettings {
  const show = defaultShow("Europe/Berlin", "Berlin Weekly");
  show.code = "BW";
  show.schedule = { weekday: 4, time: "18:00", timeZone: "Europe/Berlin", durationMinutes: 60 };
  return show;
}

function dueDates(content: string): string[] {
  return content
    .split("\n")
    .filter((line) => /^\s*- \[ \]/.test(line))
    .map((line) => /📅 (\d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? "none");
}

const LONG_AGO = new Date("2000-01-01T00:00:00Z");

describe("a new episode's deadlines start today", () => {
  it.fails("the built-in template three days before the show: nothing due before today, later items keep their dates", () => {
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-05", time: "18:00", number: 1 };
    const dates = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-02T10:00:00Z")).content);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates.filter((d) => d < "2025-06-02")).toEqual([]);
    // First contact (three weeks before) is due today; the show's day items and the thank-you keep theirs.
    expect(dates[0]).toBe("2025-06-02");
    expect(dates).toContain("2025-06-05");
    expect(dates).toContain("2025-06-06");
  });

  it.fails("today is the show's day in its zone: 23:30 UTC on 1 June is already 2 June in Berlin", () => {
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-05", time: "18:00", number: 1 };
    const dates = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-01T23:30:00Z")).content);
    expect(dates[0]).toBe("2025-06-02");
  });

  it.fails("every item's date is its offset's date or today, whichever is later", () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 120 }), fc.integer({ min: 0, max: 23 }), (daysAhead, hour) => {
        const now = new Date(Date.UTC(2025, 5, 2, hour, 15));
        const today = now.getUTCHours() >= 22 ? "2025-06-03" : "2025-06-02"; // Berlin is UTC+2 in June
        const date = addDays("2025-06-02", daysAhead) ?? "";
        const draft = { topic: "Kickoff", guests: ["Ann Lee"], date, time: "18:00", number: 1 };
        const unclamped = dueDates(planEpisode(draft, berlinWeekly(), null, LONG_AGO).content);
        const clamped = dueDates(planEpisode(draft, berlinWeekly(), null, now).content);
        expect(clamped).toEqual(unclamped.map((d) => (d !== "none" && d < today ? today : d)));
      }),
    );
  });
});
