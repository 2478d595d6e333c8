// A relative deadline with a space inside it (`📅 -7 d`) was dropped without a word: a 📅
// value ran to the first space, `-7` followed by words read as description. Now the
// offset is one mark: `-7 d` and `-7 days` read as `-7d` (as `(due:: -7 d)` always did),
// `- 7d` and `-7 dd` are warnings naming the item's line, and `📅 3 reminders` stays words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLineDue } from "../../../src/core/deadlines/line-due";
import { dateChecklist } from "../../../src/core/deadlines/template-offsets";
import { readNote } from "../../support/notes";
import { bestGrowth, perLine } from "../../support/growth";

const note = (item: string) => `---\ndate: 2026-03-20\n---\n## Pre-show\n- [ ] Book the guest\n- [ ] ${item}\n`;

describe("📅 offsets written with a space", () => {
  it.each([
    ["Send the invite 📅 -7 d", -7, "d"],
    ["Send the invite 📅 -7 days", -7, "d"],
    ["Send the invite 📅 -1 week", -1, "w"],
    ["Send the invite 📅 +2 D #after", 2, "d"],
    ["Send the invite 📅 -12 hours.", -12, "h"],
  ])("%s is the offset", (item, amount, unit) => {
    const episode = readNote("Shows/OH/OH 12 - Test.md", note(item));
    expect(episode.tasks[1]?.dueOffset).toEqual({ amount, unit });
    expect(episode.warnings).toEqual([]);
  });

  it.each([
    ["Send the invite 📅 - 7d", "has a space after its sign"],
    ["Send the invite 📅 - 7 days", "has a space after its sign"],
    ["Send the invite 📅 -7 dd", "is not an offset like -7d"],
    ["Send the invite 📅 -7 días", "or an offset like -7d"],
    ["Send the invite 📅 7 days", "needs a sign"],
  ])("%s is a warning naming the item's line, and the phase deadline is kept", (item, why) => {
    const episode = readNote("Shows/OH/OH 12 - Test.md", note(item));
    expect(episode.warnings).toHaveLength(1);
    expect(episode.warnings[0]).toContain("Line 6:");
    expect(episode.warnings[0]).toContain(why);
    expect(episode.tasks[1]?.dueOffset).toBeUndefined();
  });

  it("words after a 📅 that are no offset stay description, silently", () => {
    for (const line of ["- [ ] Send 📅 3 reminders", "- [ ] Put the 📅 -7 d invite up", "- [ ] Reply to the 📅 2026-01-01 invite"]) {
      expect(readLineDue(line)).toMatchObject({ date: null, offset: null, problems: [] });
    }
  });

  it("for every size, unit word and run of spaces, `📅 -N  unit` reads as `📅 -Nunit`", () => {
    const units = ["h", "d", "w", "hour", "hours", "day", "days", "week", "weeks", "D", "Days"];
    fc.assert(
      fc.property(fc.constantFrom("-", "+"), fc.integer({ min: 0, max: 52 }), fc.constantFrom(...units), fc.stringMatching(/^[ \t]{1,4}$/), (sign, n, unit, gap) => {
        const spaced = readLineDue(`- [ ] Item 📅 ${sign}${n}${gap}${unit}`);
        const close = readLineDue(`- [ ] Item 📅 ${sign}${n}${unit}`);
        expect(spaced.offset?.offset).toEqual(close.offset?.offset);
        expect(spaced.problems).toEqual(close.problems);
        expect(spaced.offset?.to).toBe(`- [ ] Item 📅 ${sign}${n}${gap}${unit}`.length);
      }),
    );
  });

  it("a template's spaced offset becomes a date in the new note, the whole mark replaced", () => {
    const made = dateChecklist("## Pre-show\n- [ ] Send the invite 📅 -7 days\n", { date: "2026-03-20", time: "16:00", timeZone: "Europe/Berlin" });
    expect(made.text).toBe("## Pre-show\n- [ ] Send the invite 📅 2026-03-13\n");
    expect(made.problems).toEqual([]);
  });

  it.each([
    ["signs and numbers", (n: number) => "📅 - 7 ".repeat(Math.floor(n / 8))],
    ["signed numbers before words", (n: number) => "📅 -7 dd ".repeat(Math.floor(n / 9))],
    ["numbers before units", (n: number) => "📅 7 days ".repeat(Math.floor(n / 10))],
    ["marks without spaces", (n: number) => `📅${"-".repeat(n)}`],
    ["a sign and a long run of spaces", (n: number) => `- [ ] x 📅 -${" ".repeat(n)}7d`],
  ])("reading a long line of %s is linear in its length", (_name, make) => {
    const run = (text: string) => text.split("\n").forEach((line) => readLineDue(line));
    expect(bestGrowth(run, perLine(make), 4_000, 8)).toBeLessThan(8);
  });
});
