// Reschedule moves the date where the note keeps it: a note without a `date:` value, dated by
// its own Dataview `date::` field, has that field moved (in the form it is written: own line,
// `(date:: …)`, `[date:: …]`, a link to a daily note, a time kept), never a `date:` property
// added beside it. Undo gives the note back byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";
import { lineEdits } from "../../../src/core/reschedule/undo";
import { applyEdits } from "../../../src/core/live/edits";
import { dateFields } from "../../../src/core/note/date-fields";
import { bestGrowth, perLine } from "../../support/growth";
import { readNote } from "../../support/notes";

const BODY = ["## Before the show", "- [ ] Book the guest", ""];
const note = (...lines: string[]) => [...lines, "", ...BODY].join("\n");

/** The note after moving to `date` at `time`; the name carries no date unless `named`. */
function moved(text: string, date: string, time = "18:00", name = "Office Hours.md") {
  const episode = readNote(name, text);
  const plan = planNoteReschedule(text, episode, { date, time }, "18:00", name !== "Office Hours.md", "UTC");
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
}

describe("the date:: field that dates the note moves, in its own form", () => {
  const cases: [string, string, string][] = [
    ["own line", "date:: 2022-01-06", "date:: 2022-01-13"],
    ["in parentheses", "Streamed live (date:: 2022-01-06) on the channel.", "Streamed live (date:: 2022-01-13) on the channel."],
    ["in brackets", "Aired [date:: 2022-01-06] with Ann", "Aired [date:: 2022-01-13] with Ann"],
    ["emphasised key, unpadded", "- **Date**:: 2022-1-6", "- **Date**:: 2022-1-13"],
    ["a link to the daily note", "date:: [[Journal/2022-01-06|Thursday]]", "date:: [[Journal/2022-01-13|Thursday]]"],
    ["spaced key", "Date :: 2022-01-06", "Date :: 2022-01-13"],
  ];
  for (const [form, before, after] of cases) {
    it(`${form}: the line moves, no property is made`, () => {
      const plan = moved(note("# Office Hours", before), "2022-01-13");
      expect(plan.text).toBe(note("# Office Hours", after));
      expect(readNote("Office Hours.md", plan.text).date).toBe("2022-01-13");
    });
  }

  it("a time written in the field moves in it; no time: property is added", () => {
    const plan = moved(note("date:: 2022-01-06T18:00"), "2022-01-13", "19:30");
    expect(plan.text).toBe(note("date:: 2022-01-13T19:30"));
    expect(readNote("Office Hours.md", plan.text)).toMatchObject({ date: "2022-01-13", time: "19:30" });
  });

  it("a field without a time takes a new time as a time: property (as a date: without one does)", () => {
    const plan = moved(note("date:: 2022-01-06"), "2022-01-13", "19:30");
    expect(plan.text).toBe(["---", "time: 19:30", "---", "date:: 2022-01-13", "", ...BODY].join("\n"));
  });

  it("an empty date: property stays empty: the field keeps dating the note", () => {
    const text = ["---", "date:", "---", "date:: 2022-01-06", "", ...BODY].join("\n");
    expect(moved(text, "2022-01-13").text).toBe(text.replace("date:: 2022-01-06", "date:: 2022-01-13"));
  });

  it("a name carrying the date is renamed and the field moves too (it wins over the name)", () => {
    const plan = moved(note("(date:: 2022-01-06)"), "2022-01-13", "18:00", "Office Hours 2022-01-06.md");
    expect(plan.text).not.toContain("2022-01-06");
    expect(readNote("Office Hours 2022-01-13.md", plan.text).date).toBe("2022-01-13");
  });

  it("the open items move by the same days; the notice names the field", () => {
    const plan = moved(note("date:: 2022-01-06", "- [ ] Send the link 📅 2022-01-03"), "2022-01-13");
    expect(plan.text).toContain("- [ ] Send the link 📅 2022-01-10");
    expect(plan.changes[0]).toBe("date 2022-01-06 → 2022-01-13 (date:: field, line 1)");
  });

  it("a second field on the same day moves with it; one on another day stays", () => {
    const text = note("date:: 2022-01-06", "Recorded (date:: 2022-01-06), booked (date:: 2021-12-01).");
    expect(moved(text, "2022-01-13").text).toBe(note("date:: 2022-01-13", "Recorded (date:: 2022-01-13), booked (date:: 2021-12-01)."));
  });

  it("a date: property dates the note: it moves, and a field in a sentence is not touched", () => {
    const text = ["---", "date: 2022-01-06", "---", "Booked (date:: 2021-12-01) at KubeCon.", "", ...BODY].join("\n");
    expect(moved(text, "2022-01-13").text).toBe(text.replace("date: 2022-01-06", "date: 2022-01-13"));
  });

  it("a field in a code block or on a checklist item is no date of the note: a property is added as before", () => {
    const text = ["```", "date:: 2022-01-06", "```", "- [ ] Invite (date:: 2022-01-01)", "", ...BODY].join("\n");
    const plan = moved(text, "2022-01-13");
    expect(plan.text.startsWith("---\ndate: 2022-01-13\n---\n")).toBe(true);
    expect(plan.text).toContain("```\ndate:: 2022-01-06\n```");
  });

  it("undo: the edits back give the note byte for byte, read on the old date", () => {
    const text = note("# Office Hours", "Streamed live (date:: 2022-01-06T18:00) on the channel.");
    const plan = moved(text, "2022-01-20", "17:00");
    const back = applyEdits(plan.text, lineEdits(plan.text, text));
    expect(back).toBe(text);
    expect(readNote("Office Hours.md", back)).toMatchObject({ date: "2022-01-06", time: "18:00" });
  });

  it("for all dates, forms and shifts: the note reads the new date, and moving back gives the bytes back", () => {
    const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const forms = [(d: string) => `date:: ${d}`, (d: string) => `Live (date:: ${d}) today`, (d: string) => `[date:: ${d}]`, (d: string) => `**Date**:: [[${d}]]`];
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: forms.length - 1 }), (from, to, k) => {
        fc.pre(from !== to);
        const text = note(forms[k]?.(from) ?? "");
        const there = moved(text, to);
        expect(readNote("Office Hours.md", there.text).date).toBe(to);
        expect(there.text.startsWith("---")).toBe(false);
        expect(moved(there.text, from).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("finding the field on a long line of other fields is linear in its length", () => {
    const make = perLine((n) => `${"(k:: v) ".repeat(Math.floor(n / 8))}(date:: 2022-01-06)`);
    const run = (text: string) => {
      const lines = text.split("\n");
      expect(dateFields(lines, 0)[0]?.at).toBeGreaterThan(0);
    };
    expect(bestGrowth(run, make, 4_000, 8)).toBeLessThan(8);
  });
});
