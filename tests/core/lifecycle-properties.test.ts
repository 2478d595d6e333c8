// Rules of the lifecycle that must hold for every note and every day: "Next" is never a
// moot item, red means past a deadline that still matters, an archived episode is quiet.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeStatus, type StatusRules } from "../../src/core/status/status";
import { EPISODE_STATES, isOver } from "../../src/core/status/lifecycle";
import { readNote } from "../support/notes";
import { addDays } from "../../src/core/time/calendar-date";

const TODAY = "2024-06-14";
const mark = fc.constantFrom(" ", "x", "-");

const noteArb = fc.record({
  offset: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }),
  url: fc.constantFrom(null, "https://youtube.com/live/ZEUzucqXUnQ", "https://www.youtube.com/watch?v=TBD"),
  guest: fc.boolean(),
  status: fc.option(fc.constantFrom(...EPISODE_STATES, "Cancelled", "on hold", "draft"), { nil: null }),
  prep: fc.array(mark, { maxLength: 4 }),
  before: fc.array(mark, { maxLength: 4 }),
  after: fc.array(mark, { maxLength: 4 }),
  other: fc.array(mark, { maxLength: 2 }),
});

const rulesArb = fc.record({
  prepDaysBefore: fc.integer({ min: 0, max: 10 }),
  afterDaysAfter: fc.integer({ min: 0, max: 30 }),
  warnDaysBefore: fc.integer({ min: 0, max: 10 }),
  archiveAfterWeeks: fc.integer({ min: 1, max: 10 }),
});

type NoteParts = typeof noteArb extends fc.Arbitrary<infer T> ? T : never;

function build(n: NoteParts) {
  const items = (marks: string[], name: string) => marks.map((m, i) => `- [${m}] ${name} ${i + 1}`);
  const date = n.offset === null ? null : addDays(TODAY, n.offset);
  const text = [
    "---",
    ...(date ? [`date: ${date}`] : []),
    ...(n.url ? [`url: ${n.url}`] : []),
    ...(n.status ? [`status: ${n.status}`] : []),
    "---",
    n.guest ? "Guest:: Ann Lee" : "Guest::",
    ...items(n.other, "loose"),
    "## Checklist",
    ...items(n.prep, "prep"),
    "## Talking points",
    ...items(n.other, "point"),
    "## Just before the show",
    ...items(n.before, "before"),
    "## After the show",
    ...items(n.after, "after"),
    "",
  ].join("\n");
  return readNote("GOH 25 - Beyla.md", text);
}

describe("the lifecycle, for any note and any day", () => {
  it("never proposes a moot item, keeps archived episodes quiet, and is red only past a deadline", () => {
    fc.assert(
      fc.property(noteArb, rulesArb, (n, r) => {
        const episode = build(n);
        const rules: StatusRules = { deadlines: { prepDaysBefore: r.prepDaysBefore, afterDaysAfter: r.afterDaysAfter }, warnDaysBefore: r.warnDaysBefore, archiveAfterWeeks: r.archiveAfterWeeks };
        const status = episodeStatus(episode, TODAY, rules);
        const { state, daysUntil } = status;
        expect(EPISODE_STATES).toContain(state);
        const nextPhase = status.next ? episode.sections[status.next.section]?.phase : null;
        if (isOver(state) || state === "cancelled") expect([null, "after"]).toContain(nextPhase);
        // A note whose checklists name no phase offers its first open item up to the show.
        const phased = status.phases.prep.total + status.phases.before.total + status.phases.after.total > 0;
        if (state === "idea" || state === "scheduled") expect(phased ? [null, "prep"] : [null, "other"]).toContain(nextPhase);
        if (state === "live") expect(phased ? [null, "before", "prep"] : [null, "other"]).toContain(nextPhase);
        if (status.archived || state === "done" || state === "cancelled") expect(status.next).toBeNull();

        const alerts = status.alerts.filter((a) => !a.message.startsWith("Status “"));
        if (status.archived || state === "cancelled" || state === "idea") expect(alerts).toEqual([]);
        if (isOver(state)) expect(alerts.filter((a) => /prep|guest/i.test(a.message))).toEqual([]);
        if (!isOver(state)) expect(alerts.filter((a) => /after-show|video|chapter/i.test(a.message))).toEqual([]);
        // Red means past a deadline: the prep deadline before the show, the after-show one after it.
        if (alerts.some((a) => a.severity === "late")) {
          expect(daysUntil).not.toBeNull();
          const days = daysUntil ?? 0;
          if (isOver(state)) expect(days + r.afterDaysAfter).toBeLessThan(0);
          else expect(days - r.prepDaysBefore).toBeLessThan(0);
        }
        // Without a status property, done is exactly "over, nothing open after the show".
        if (!status.lifecycle.fromProperty && isOver(state)) {
          expect(state === "done").toBe(status.phases.after.done === status.phases.after.total);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
