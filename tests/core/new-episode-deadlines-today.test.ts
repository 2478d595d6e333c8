// Found on a new user's first hour: an episode made three days ahead (the form's proposed
// slot) opened with ten items "18 days late" and "10 overdue" (the built-in template dates
// first contact three weeks before), while the row's alert said "3 prep items due, the
// first in 2 days". Now an offset date before the creation day, in the show's zone, is
// that day; an episode already over when its note is made (back-filling) keeps the
// template's dates.
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
  it("the built-in template three days before the show: nothing due before today, later items keep their dates", () => {
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-05", time: "18:00", number: 1 };
    const dates = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-02T10:00:00Z")).content);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates.filter((d) => d < "2025-06-02")).toEqual([]);
    // First contact (three weeks before) is due today; the show's day items and the thank-you keep theirs.
    expect(dates[0]).toBe("2025-06-02");
    expect(dates).toContain("2025-06-05");
    expect(dates).toContain("2025-06-06");
  });

  it("today is the show's day in its zone: 23:30 UTC on 1 June is already 2 June in Berlin", () => {
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-05", time: "18:00", number: 1 };
    const dates = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-01T23:30:00Z")).content);
    expect(dates[0]).toBe("2025-06-02");
  });

  it("every item's date is its offset's date or today, whichever is later; an episode already over keeps its offsets' dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 120 }), fc.integer({ min: 0, max: 23 }), (daysAhead, hour) => {
        const now = new Date(Date.UTC(2025, 5, 2, hour, 15));
        const today = now.getUTCHours() >= 22 ? "2025-06-03" : "2025-06-02"; // Berlin is UTC+2 in June
        const date = addDays("2025-06-02", daysAhead) ?? "";
        // 18:00-19:00 in Berlin is 16:00-17:00 UTC: the show on 2 June is over from 17:00 UTC.
        const over = date < "2025-06-02" || (date === "2025-06-02" && hour >= 17);
        const draft = { topic: "Kickoff", guests: ["Ann Lee"], date, time: "18:00", number: 1 };
        const unclamped = dueDates(planEpisode(draft, berlinWeekly(), null, LONG_AGO).content);
        const clamped = dueDates(planEpisode(draft, berlinWeekly(), null, now).content);
        expect(unclamped.length).toBeGreaterThan(20);
        expect(clamped).toEqual(over ? unclamped : unclamped.map((d) => (d !== "none" && d < today ? today : d)));
      }),
    );
  });

  it("back-filling an episode a month after its show: every item keeps the template's date", () => {
    const draft = { topic: "Kickoff", guests: ["Ann Lee"], date: "2025-05-01", time: "18:00", number: 1 };
    const dates = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-02T10:00:00Z")).content);
    expect(dates[0]).toBe("2025-04-10"); // first contact, three weeks before
    expect(dates).not.toContain("2025-06-02");
    expect(dates.every((d) => d < "2025-06-02")).toBe(true);
  });

  it("made on the show's day: before it ends the early items are due today, once it has ended they keep their dates", () => {
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-02", time: "18:00", number: 1 };
    // 18:30 in Berlin: the show is on air; 19:05: it ended five minutes ago.
    const during = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-02T16:30:00Z")).content);
    const after = dueDates(planEpisode(draft, berlinWeekly(), null, new Date("2025-06-02T17:05:00Z")).content);
    expect(during[0]).toBe("2025-06-02");
    expect(during.filter((d) => d < "2025-06-02")).toEqual([]);
    expect(after[0]).toBe("2025-05-12");
  });

  it("a date written in the template stays as written, and a Dataview offset starts today like 📅", () => {
    const template = "---\ndate:\n---\n## Checklist\n- [ ] Renew the studio plan 📅 2025-05-01\n- [ ] Book the guest (due:: -21d)\n";
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-05", time: "18:00", number: 1 };
    const content = planEpisode(draft, berlinWeekly(), template, new Date("2025-06-02T10:00:00Z")).content;
    expect(content).toContain("- [ ] Renew the studio plan 📅 2025-05-01\n");
    expect(content).toContain("- [ ] Book the guest 📅 2025-06-02\n");
  });

  it("a template's ⏳ scheduled and 🛫 start offsets start today too, and keep their order with the due date", () => {
    const template = "---\ndate:\n---\n## Checklist\n- [ ] Book the guest 🛫 -30d ⏳ -20d 📅 -14d\n- [ ] Rehearse ⏳ -2d 📅 -1d\n";
    const draft = { topic: "Kickoff", guests: [], date: "2025-06-20", time: "18:00", number: 1 };
    const content = planEpisode(draft, berlinWeekly(), template, new Date("2025-06-02T10:00:00Z")).content;
    expect(content).toContain("- [ ] Book the guest 🛫 2025-06-02 ⏳ 2025-06-02 📅 2025-06-06");
    expect(content).toContain("- [ ] Rehearse ⏳ 2025-06-18 📅 2025-06-19");
  });
});
