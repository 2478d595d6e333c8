// Where an episode stands on a given day (status.ts) and a show's episode numbers
// (numbering.ts). Each alert rule is checked on both sides of its boundary day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeStatus, phaseProgress, relativeDays, type StatusRules } from "../../src/core/status/status";
import { numbering, padNumber } from "../../src/core/vault/numbering";
import { addDays } from "../../src/core/time/calendar-date";
import type { Episode } from "../../src/core/types";
import { readNote } from "../support/notes";

const SHOW_DAY = "2024-01-05";
// Prep due 2 days before the show, warned about 3 days before that; after-show items due 7 days after.
const RULES: StatusRules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };

interface NoteParts {
  date?: string | null;
  url?: boolean;
  guest?: boolean;
  prep?: string[];
  before?: string[];
  after?: string[];
}

/** A note with the given checklists; each item is "x" (done), " " (open) or "-" (cancelled). */
function note({ date = SHOW_DAY, url = true, guest = true, prep = [" "], before = [], after = [] }: NoteParts = {}): Episode {
  const items = (marks: string[]) => marks.map((m, i) => `- [${m}] item ${i + 1}`);
  const text = [
    "---",
    ...(date ? [`date: ${date}`] : []),
    ...(url ? ["url: https://youtube.com/live/x"] : []),
    "---",
    guest ? "Guest:: Nikola Grcevski" : "Guest::",
    "## Checklist",
    ...items(prep),
    "## Just before the show",
    ...items(before),
    "## After the show",
    ...items(after),
    "",
  ].join("\n");
  return readNote("GOH 25 - Beyla.md", text);
}

/** The status `days` days before the show (negative: after it). */
function statusAt(episode: Episode, daysBefore: number) {
  return episodeStatus(episode, addDays(SHOW_DAY, -daysBefore) ?? "", RULES);
}

describe("relativeDays", () => {
  it.each([
    [0, "today"],
    [1, "tomorrow"],
    [-1, "yesterday"],
    [2, "in 2 days"],
    [-2, "2 days ago"],
    [400, "in 400 days"],
    // Intl groups the digits of long counts.
    [-1234, "1,234 days ago"],
  ])("%d → %j", (days, text) => {
    expect(relativeDays(days)).toBe(text);
  });
});

describe("phaseProgress", () => {
  it("adds up each phase's sections, leaving cancelled items out", () => {
    const e = note({ prep: ["x", " ", "-"], before: ["x", "x"], after: [" "] });
    expect(phaseProgress(e)).toEqual({
      prep: { done: 1, total: 2 },
      before: { done: 2, total: 2 },
      after: { done: 0, total: 1 },
      other: { done: 0, total: 0 },
    });
  });
});

describe("episodeStatus: when", () => {
  it.each([
    [3, "upcoming", 3],
    [0, "upcoming", 0],
    [-1, "past", -1],
  ])("%d days before the show it is %s", (daysBefore, when, daysUntil) => {
    const status = statusAt(note({ prep: [] }), daysBefore);
    expect([status.when, status.daysUntil]).toEqual([when, daysUntil]);
  });

  it("is undated without a date, and then never late", () => {
    const status = episodeStatus(note({ date: null, prep: [" ", " "], after: [" "] }), SHOW_DAY, RULES);
    expect(status).toMatchObject({ when: "undated", daysUntil: null, alerts: [] });
  });
});

describe("episodeStatus: alerts", () => {
  const alerts = (episode: Episode, daysBefore: number) => statusAt(episode, daysBefore).alerts;

  it("says there is no guest or url yet while the show is ahead or undated, never once it is past", () => {
    const bare = note({ guest: false, url: false, prep: [] });
    const missing = [
      { severity: "info", message: "No guest yet" },
      { severity: "info", message: "No URL yet" },
    ];
    expect(alerts(bare, 10)).toEqual(missing);
    expect(alerts(bare, 0)).toEqual(missing);
    expect(alerts(bare, -1)).toEqual([]);
    expect(episodeStatus(note({ guest: false, url: false, prep: [], date: null }), SHOW_DAY, RULES).alerts).toEqual(missing);
  });

  it("counts a placeholder guest as no guest", () => {
    const e = readNote("x.md", '---\ndate: 2024-01-05\nurl: u\n---\nGuest:: "Name"\n- [ ] a\n');
    expect(episodeStatus(e, "2024-01-01", RULES).alerts).toContainEqual({ severity: "info", message: "No guest yet" });
  });

  it.each([
    // More than warnDaysBefore ahead of the prep deadline: quiet.
    [6, []],
    // Prep is due 2 days before the show; warned from 3 days before that.
    [5, [{ severity: "soon", message: "2 prep items open, due in 3 days" }]],
    [4, [{ severity: "soon", message: "2 prep items open, due in 2 days" }]],
    [3, [{ severity: "soon", message: "2 prep items open, due tomorrow" }]],
    [2, [{ severity: "soon", message: "2 prep items open, due today" }]],
    // Past the prep deadline, show still ahead.
    [1, [{ severity: "late", message: "2 prep items open, show tomorrow" }]],
    [0, [{ severity: "late", message: "2 prep items open, show today" }]],
    // Show over.
    [-1, [{ severity: "late", message: "2 prep items never done" }]],
    [-30, [{ severity: "late", message: "2 prep items never done" }]],
  ])("with prep open %d days before the show: %j", (daysBefore, expected) => {
    expect(alerts(note({ prep: [" ", "x", " ", "-"] }), daysBefore)).toEqual(expected);
  });

  it("says nothing about prep when it is all done or cancelled", () => {
    for (const days of [5, 0, -1]) expect(alerts(note({ prep: ["x", "-"] }), days)).toEqual([]);
  });

  it("uses the singular for one item", () => {
    expect(alerts(note({ prep: [" "] }), 0)).toEqual([{ severity: "late", message: "1 prep item open, show today" }]);
    expect(alerts(note({ prep: [], after: [" "] }), -8)).toEqual([{ severity: "late", message: "1 after-show item open, due 7 days after the show" }]);
  });

  it.each([
    // Not before the show, whatever is open.
    [0, []],
    [-1, [{ severity: "soon", message: "2 after-show items open" }]],
    [-7, [{ severity: "soon", message: "2 after-show items open" }]],
    [-8, [{ severity: "late", message: "2 after-show items open, due 7 days after the show" }]],
  ])("with after-show items open %d days before the show: %j", (daysBefore, expected) => {
    expect(alerts(note({ prep: [], after: [" ", " ", "x"] }), daysBefore)).toEqual(expected);
  });

  it("follows the show's own deadlines and warning window", () => {
    const rules: StatusRules = { deadlines: { prepDaysBefore: 0, afterDaysAfter: 1 }, warnDaysBefore: 0 };
    const e = note({ prep: [" "], after: [" "] });
    const at = (daysBefore: number) => episodeStatus(e, addDays(SHOW_DAY, -daysBefore) ?? "", rules).alerts;
    expect(at(1)).toEqual([]);
    expect(at(0)).toEqual([{ severity: "soon", message: "1 prep item open, due today" }]);
    expect(at(-1)).toEqual([
      { severity: "late", message: "1 prep item never done" },
      { severity: "soon", message: "1 after-show item open" },
    ]);
    expect(at(-2)).toContainEqual({ severity: "late", message: "1 after-show item open, due 1 day after the show" });
  });

  it("for any day, prep alerts follow the rules exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (daysBefore, prepDays, warn) => {
        const rules: StatusRules = { deadlines: { prepDaysBefore: prepDays, afterDaysAfter: 7 }, warnDaysBefore: warn };
        const status = episodeStatus(note({ prep: [" "] }), addDays(SHOW_DAY, -daysBefore) ?? "", rules);
        const prep = status.alerts.filter((a) => a.message.includes("prep"));
        const dueIn = daysBefore - prepDays;
        const expected = daysBefore < 0 || dueIn < 0 ? "late" : dueIn <= warn ? "soon" : null;
        expect(prep.map((a) => a.severity)).toEqual(expected === null ? [] : [expected]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("numbering", () => {
  const item = (number: number | null, path: string) => ({ number, path });

  it("is empty for no numbered episodes, and the first number is 1", () => {
    expect(numbering([])).toEqual({ highest: null, next: 1, duplicates: [], gaps: [], notEpisodes: [] });
    expect(numbering([item(null, "a.md")])).toEqual({ highest: null, next: 1, duplicates: [], gaps: [], notEpisodes: [] });
  });

  it("finds the highest, the next, duplicates with their paths sorted, and the gaps", () => {
    const items = [item(3, "c.md"), item(7, "z.md"), item(1, "a.md"), item(7, "b.md"), item(null, "n.md"), item(3, "d.md"), item(3, "a3.md")];
    expect(numbering(items)).toEqual({
      highest: 7,
      next: 8,
      duplicates: [
        { number: 3, paths: ["a3.md", "c.md", "d.md"] },
        { number: 7, paths: ["b.md", "z.md"] },
      ],
      gaps: [2, 4, 5, 6],
      notEpisodes: [],
    });
  });

  it("counts gaps only between the lowest and the highest, and caps them at 50", () => {
    expect(numbering([item(10, "a"), item(12, "b")]).gaps).toEqual([11]);
    const typo = numbering([item(1, "a"), item(2500, "b")]);
    expect(typo.gaps).toHaveLength(50);
    expect(typo.gaps[0]).toBe(2);
    expect(typo.gaps[49]).toBe(51);
    expect(typo.next).toBe(2501);
  });

  it("starts from zero when an episode 0 exists", () => {
    expect(numbering([item(0, "pilot.md")])).toEqual({ highest: 0, next: 1, duplicates: [], gaps: [], notEpisodes: [] });
  });

  it.each([
    [5, 2, "05"],
    [5, 1, "5"],
    [123, 2, "123"],
    [0, 3, "000"],
  ])("padNumber(%d, %d) is %j", (value, width, text) => {
    expect(padNumber(value, width)).toBe(text);
  });
});
