// A show that airs every other week (schedule.weeksApart 2, core/settings/cadence.ts): the
// form proposes the next free slot two weeks on from the latest dated episode, warns about
// an off week, the texts say so, and stored settings are kept or repaired. Before: a show
// was weekly or monthly, so a fortnightly podcast's next episode was proposed a week after
// its last and its outreach text called it weekly.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { suggestDraft, type ShowEpisodeFacts } from "../../../src/core/new-episode/new-episode";
import { draftWarnings } from "../../../src/core/new-episode/draft-warnings";
import { defaultShow, migrateSettings, type ShowSettings } from "../../../src/core/settings/settings";
import { cadenceText, fortnightAnchor, nextSlotText } from "../../../src/core/settings/cadence";
import { addDays, daysBetween, weekdayOf } from "../../../src/core/time/calendar-date";
import { snippetsForShow } from "../../../src/core/snippets/catalog";
import { snippetLocale } from "../../../src/core/snippets/snippet-language";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { readNote } from "../../support/notes";

/** Wednesday 8 October 2025, 09:00 UTC (walk9's morning). */
const NOW = new Date("2025-10-08T09:00:00Z");

function bytes(fortnightly = true, weekday = 2): ShowSettings {
  const show = defaultShow("UTC", "Berlin Bytes");
  show.code = "BB";
  show.schedule = { weekday, time: "10:00", timeZone: "UTC", durationMinutes: 60, ...(fortnightly ? { weeksApart: 2 as const } : {}) };
  return show;
}

const episode = (date: string | null, number: number): ShowEpisodeFacts => ({ number, date, path: `Berlin Bytes/BB ${number}.md` });

describe("a fortnightly show's next slot", () => {
  it("two weeks on from the latest dated episode, even when that one is still to come", () => {
    const existing = [episode("2025-09-16", 1), episode("2025-09-30", 2), episode("2025-10-14", 3)];
    expect(suggestDraft(bytes(), existing, NOW).date).toBe("2025-10-28");
    // The same show set weekly: the Tuesday after.
    expect(suggestDraft(bytes(false), existing, NOW).date).toBe("2025-10-21");
  });

  it("a skipped week re-anchors: after a 21-day gap the count goes on from the later episode", () => {
    const existing = [episode("2025-09-16", 1), episode("2025-09-30", 2), episode("2025-10-21", 3)];
    expect(suggestDraft(bytes(), existing, NOW).date).toBe("2025-11-04");
  });

  it("an episode held a day late (a Wednesday) still marks its Tuesday's week", () => {
    expect(suggestDraft(bytes(), [episode("2025-09-30", 1), episode("2025-10-15", 2)], NOW).date).toBe("2025-10-28");
    expect(suggestDraft(bytes(), [episode("2025-09-30", 1), episode("2025-10-13", 2)], NOW).date).toBe("2025-10-28");
  });

  it("with no dated episode, the next free weekday: the first episode sets the weeks", () => {
    expect(suggestDraft(bytes(), [], NOW).date).toBe("2025-10-14");
    expect(suggestDraft(bytes(), [episode(null, 1)], NOW).date).toBe("2025-10-14");
  });

  it("an episode long ago: the next on-week slot from now, not one from the past", () => {
    // 2025-01-07 + 40 weeks = 2025-10-14 (on), so the week of 21 October is off.
    expect(suggestDraft(bytes(), [episode("2025-01-07", 1)], NOW).date).toBe("2025-10-14");
    expect(suggestDraft(bytes(), [episode("2025-01-14", 1)], NOW).date).toBe("2025-10-21");
  });

  it("the proposal is on the weekday, an even number of weeks from the latest dated episode, and the first such free date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 3 }), (weekday, latestOffset, nowOffset, taken) => {
        const now = new Date(NOW.getTime() + nowOffset * 86_400_000);
        const show = bytes(true, weekday);
        const latest = addDays("2025-10-08", latestOffset) ?? "";
        const existing: ShowEpisodeFacts[] = [episode(latest, 1)];
        let date = suggestDraft(show, existing, now).date;
        for (let i = 0; i < taken; i++) {
          existing.push(episode(date, i + 2));
          date = suggestDraft(show, existing, now).date;
        }
        expect(weekdayOf(date)).toBe(weekday);
        const anchor = fortnightAnchor(existing.map((e) => e.date), weekday) ?? "";
        expect(Math.abs(daysBetween(anchor, date) ?? 1) % 14).toBe(0);
        // The previous on-week slot is either taken, in the past, or before the latest episode.
        const before = addDays(date, -14) ?? "";
        const today = now.toISOString().slice(0, 10);
        expect(existing.some((e) => e.date === before) || before < today || before <= anchor).toBe(true);
      }),
    );
  });
});

describe("an off week", () => {
  it("the form warns, naming the cadence and the episode it counts from; an on week has no warning", () => {
    const existing = [episode("2025-09-30", 1), episode("2025-10-14", 2)];
    const draft = { topic: "x", guests: [], date: "2025-10-21", time: "10:00", number: 3 };
    expect(draftWarnings(draft, bytes(), existing, NOW)).toEqual([
      "That is an off week: Berlin Bytes is on every other Tuesday, two weeks from 2025-10-14. Fine for a special episode.",
    ]);
    expect(draftWarnings({ ...draft, date: "2025-10-28" }, bytes(), existing, NOW)).toEqual([]);
    expect(draftWarnings(draft, bytes(false), existing, NOW)).toEqual([]);
  });
});

describe("the words", () => {
  it("cadence and form hint say every other week", () => {
    expect(cadenceText(bytes().schedule)).toBe("every other Tuesday");
    expect(cadenceText(bytes(false).schedule)).toBe("Tuesdays");
    expect(nextSlotText(bytes().schedule)).toBe("Prefilled with the next free Tuesday two weeks on from the latest dated episode (every other week).");
    expect(nextSlotText(bytes(false).schedule)).toBe("Prefilled with the next free Tuesday.");
  });

  it("the outreach snippet calls the show fortnightly in English and quincenal in Spanish", () => {
    const text = "---\ndate: 2025-10-28\n---\nGuest:: Ann Lee\n## Checklist\n- [ ] Invite\n";
    const outreach = (show: ShowSettings) => {
      const snippet = snippetsForShow([], [show.name, show.code], show.format, show.language).find((s) => s.id === "outreach");
      if (!snippet) throw new Error("no outreach snippet");
      const note = readNote("Berlin Bytes/BB 05 - Pilot.md", text, { guestFields: show.guestFields });
      return fillSnippet(snippet.text, snippetValues(note, show, text, {}, snippetLocale(snippet, show.language, "en"))).text;
    };
    expect(outreach(bytes())).toContain("We do a fortnightly livestream called Berlin Bytes");
    expect(outreach(bytes(false))).toContain("We do a weekly livestream called Berlin Bytes");
    const spanish = (fortnightly: boolean) => ({ ...bytes(fortnightly), language: "es" });
    expect(outreach(spanish(true))).toContain("Hacemos un show quincenal en vivo");
    expect(outreach(spanish(false))).toContain("Hacemos un show semanal en vivo");
    // A podcast's text (the format walk9's show has) says it too.
    expect(outreach({ ...bytes(), format: "podcast" })).toContain("We do a fortnightly podcast called Berlin Bytes");
  });
});

describe("stored settings", () => {
  const stored = (schedule: Record<string, unknown>) =>
    migrateSettings({ version: 1, shows: [{ id: "bb", name: "Berlin Bytes", schedule: { weekday: 2, time: "10:00", timeZone: "UTC", durationMinutes: 60, ...schedule } }] }, "UTC");

  it("every other week is kept, and a weekly show stores no key for it", () => {
    const kept = stored({ weeksApart: 2 });
    expect(kept.settings.shows[0]?.schedule.weeksApart).toBe(2);
    expect(kept.notes.join("\n")).not.toContain("weeks apart");
    expect("weeksApart" in (stored({}).settings.shows[0]?.schedule ?? {})).toBe(false);
  });

  it("a corrupt value is dropped and named: the show is weekly", () => {
    for (const bad of [3, "2", 0, null, 2.5]) {
      const read = stored({ weeksApart: bad });
      expect(read.settings.shows[0]?.schedule.weeksApart).toBeUndefined();
      expect(read.notes).toContain(`show 1 weeks apart ${JSON.stringify(bad)} is not 2 (every other week); the show is weekly.`);
    }
  });

  it("beside a week of the month, the show stays monthly and the repair is named", () => {
    const read = stored({ weeksApart: 2, weekOfMonth: 1 });
    expect(read.settings.shows[0]?.schedule).toMatchObject({ weekOfMonth: 1 });
    expect(read.settings.shows[0]?.schedule.weeksApart).toBeUndefined();
    expect(read.notes).toContain("show 1 weeks apart 2 beside a week of the month; the show is monthly.");
  });
});
