// A monthly show ("the first Tuesday of the month"): the form proposes its next free slot
// on that week, warns about another week, the settings keep it, and the built-in template
// does not call it weekly. Before: a monthly show's second episode was proposed a week
// after its first, and the outreach text said "We do a weekly livestream".
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { planEpisode, suggestDraft, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";
import { draftWarnings } from "../../src/core/new-episode/draft-warnings";
import { defaultShow, migrateSettings, type ShowSettings } from "../../src/core/settings/settings";
import { onCadence, type WeekOfMonth } from "../../src/core/settings/cadence";
import { addDays, weekdayOf } from "../../src/core/time/calendar-date";

/** Monday 2 June 2025, 10:00 UTC. */
const NOW = new Date("2025-06-02T10:00:00Z");

function nyMonthly(weekOfMonth?: WeekOfMonth, weekday = 2): ShowSettings {
  const show = defaultShow("America/New_York", "NY Monthly");
  show.code = "NM";
  show.schedule = { weekday, time: "19:00", timeZone: "America/New_York", durationMinutes: 60, ...(weekOfMonth === undefined ? {} : { weekOfMonth }) };
  return show;
}

const episode = (date: string, number: number): ShowEpisodeFacts => ({ number, date, path: `NY Monthly/NM ${number}.md` });

describe("a monthly show's next slot", () => {
  it("the first Tuesday: 3 June, and with that taken, 1 July (not 10 June)", () => {
    expect(suggestDraft(nyMonthly(1), [], NOW).date).toBe("2025-06-03");
    expect(suggestDraft(nyMonthly(1), [episode("2025-06-03", 1)], NOW)).toMatchObject({ date: "2025-07-01", number: 2 });
  });

  it("the last Tuesday of June 2025 is the 24th; the second, the 10th", () => {
    expect(suggestDraft(nyMonthly(-1), [], NOW).date).toBe("2025-06-24");
    expect(suggestDraft(nyMonthly(2), [], NOW).date).toBe("2025-06-10");
  });

  it("a weekly show is as before: the next free Tuesday", () => {
    expect(suggestDraft(nyMonthly(), [episode("2025-06-03", 1)], NOW).date).toBe("2025-06-10");
  });

  it("the proposal is always on the show's week and weekday, and no earlier such date is free (property)", () => {
    const week = fc.constantFrom<WeekOfMonth>(1, 2, 3, 4, -1);
    fc.assert(
      fc.property(week, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 3 }), (w, weekday, offsetDays, taken) => {
        const now = new Date(NOW.getTime() + offsetDays * 86_400_000);
        const show = nyMonthly(w, weekday);
        const first = suggestDraft(show, [], now).date;
        // Take the first `taken` proposals; the next one is still on the show's week.
        const existing: ShowEpisodeFacts[] = [];
        let date = first;
        for (let i = 0; i < taken; i++) {
          existing.push(episode(date, i + 1));
          date = suggestDraft(show, existing, now).date;
        }
        expect(onCadence(date, show.schedule)).toBe(true);
        // Nothing on the show's week between the previous proposal and this one was skipped.
        const previous = existing.at(-1)?.date ?? null;
        if (previous !== null) {
          for (let d = addDays(previous, 1) ?? ""; d < date; d = addDays(d, 1) ?? "") expect(onCadence(d, show.schedule)).toBe(false);
        }
        expect(weekdayOf(date)).toBe(weekday);
      }),
      { numRuns: 150 },
    );
  });
});

describe("around it", () => {
  it("the form warns about another week of the month, and names the cadence for another weekday", () => {
    const show = nyMonthly(1);
    const draft = { topic: "Pilot", guests: [], time: "19:00", number: 1 };
    expect(draftWarnings({ ...draft, date: "2025-06-03" }, show, [], NOW)).toEqual([]);
    expect(draftWarnings({ ...draft, date: "2025-06-10" }, show, [], NOW)).toEqual([
      "That is the second Tuesday of the month; NY Monthly is usually on the first Tuesday of the month. Fine for a special episode.",
    ]);
    expect(draftWarnings({ ...draft, date: "2025-06-05" }, show, [], NOW)).toEqual([
      "That is a Thursday; NY Monthly is usually on the first Tuesday of the month. Fine for a special episode.",
    ]);
  });

  it("the settings keep a week of the month, drop a wrong one with a note, and store no key for a weekly show", () => {
    const stored = (schedule: Record<string, unknown>) => ({ version: 1, shows: [{ ...nyMonthly(), schedule: { ...nyMonthly().schedule, ...schedule } }] });
    expect(migrateSettings(stored({ weekOfMonth: -1 })).settings.shows[0]?.schedule.weekOfMonth).toBe(-1);
    const wrong = migrateSettings(stored({ weekOfMonth: 5 }));
    expect(wrong.settings.shows[0]?.schedule).not.toHaveProperty("weekOfMonth");
    expect(wrong.notes.join(" ")).toMatch(/week of the month/);
    const weekly = migrateSettings(stored({}));
    expect(weekly.settings.shows[0]?.schedule).not.toHaveProperty("weekOfMonth");
    expect(weekly.notes).toEqual([]);
  });

  it("the built-in template calls a monthly show monthly, a weekly one weekly", () => {
    const draft = { topic: "Pilot", guests: ["Ann Lee"], date: "2025-06-03", time: "19:00", number: 1 };
    expect(planEpisode(draft, nyMonthly(1), null, NOW).content).toContain("We do a monthly livestream called NY Monthly");
    expect(planEpisode(draft, nyMonthly(), null, NOW).content).toContain("We do a weekly livestream called NY Monthly");
  });
});
