// For frontmatter written in the ways people and tools write it, a reschedule either
// refuses with a reason or leaves YAML that still parses, reads back as the new date and
// time, and keeps every other property as it was.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { frontmatterOfText, readNote } from "../support/notes";
import { planNoteReschedule } from "../../src/core/reschedule/note-plan";

const PATH = "Shows/Idea.md";

const dateLine = fc.constantFrom(
  "date: 2026-03-15",
  'date: "2026-03-15"',
  "date: '2026-03-15'",
  '"date": 2026-03-15',
  "date: 2026-03-15 # moved once",
  "date: 2026-03-15T13:00",
  "date: 2026-3-15",
  "date:",
  "date: ",
  'date: ""',
  "date:\n  2026-03-15",
  null,
);
const timeLine = fc.constantFrom("time: 13:00", 'time: "13:00"', "time: 9:30", "'time': 13:00", "time:", null);
const other = fc.constantFrom("url: https://youtu.be/x", "tags: [show, live]", "nested:\n  date: 2020-01-01\n  time: 01:00", "list:\n- a\n- b", "office-hours: Show", "# a comment line");

const frontmatter = fc
  .tuple(dateLine, timeLine, fc.array(other, { maxLength: 3 }), fc.boolean())
  .map(([date, time, rest, dateFirst]) => {
    const keys = [date, time].flatMap((line) => (line === null ? [] : [line]));
    return ["---", ...(dateFirst ? [...keys, ...rest] : [...rest, ...keys]), "---", "- [ ] A 📅 2026-03-01", "- [ ] B 📅 -7d", ""].join("\n");
  });

describe("a reschedule on any frontmatter", () => {
  it("refuses with a reason, or leaves YAML that reads as the new date and time and keeps the rest", () => {
    fc.assert(
      fc.property(frontmatter, fc.constantFrom("2026-03-22", "2026-12-01"), fc.constantFrom("13:00", "07:45"), (text, date, time) => {
        const before = frontmatterOfText(text).data as Record<string, unknown> | null | undefined;
        fc.pre(before !== null && typeof before === "object");
        const episode = readNote(PATH, text);
        const result = planNoteReschedule(text, episode, { date, time }, "13:00", false, "UTC");
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(10);
          return;
        }
        const after = frontmatterOfText(result.text).data as Record<string, unknown> | null | undefined;
        expect(after, result.text).toBeTypeOf("object");
        expect(after, result.text).not.toBeNull();
        const read = readNote(PATH, result.text);
        expect(read.date, result.text).toBe(date);
        expect(read.time ?? "13:00", result.text).toBe(time);
        for (const key of Object.keys(before ?? {})) if (key !== "date" && key !== "time") expect(after?.[key], key).toEqual(before?.[key]);
      }),
      { numRuns: 300 },
    );
  });
});
