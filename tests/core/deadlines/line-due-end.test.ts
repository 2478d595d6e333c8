// A deadline is read where the Tasks plugin reads it: among the fields at the END of the
// line. A 📅 followed by plain words is description ("Reply to the 📅 2026-01-01 invite"):
// no deadline, and the date stays in the item's text. Dataview's bracketed `[due:: …]`
// may sit anywhere, as Dataview reads it. A reschedule moves exactly what is read.
import { readNote } from "../../support/notes";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readLineDue } from "../../../src/core/deadlines/line-due";
import { planningMarks } from "../../../src/core/reschedule/planning-dates";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";

describe("a 📅 mark in the middle of a sentence", () => {
  it.each([
    "- [ ] Reply to the 📅 2026-01-01 invite",
    "- [ ] Send the invite 📅 2026-11-27, then wait",
    "- [ ] Post 📅 -7d, then share",
    "- [ ] Move 📅 2026-11-20 to Friday #promo",
    "- [ ] Explain 📅 3w to the guest",
  ])("is description: %s", (line) => {
    expect(readLineDue(line)).toEqual({ date: null, offset: null, problems: [], spans: [] });
  });

  it("stays in the item's text, which keeps no deadline of its own", () => {
    const note = readNote("Shows/OH 01 - X.md", "---\ndate: 2026-02-01\n---\n## Checklist\n- [ ] Reply to the 📅 2026-01-01 invite\n");
    const task = note.tasks[0];
    expect(task?.text).toBe("Reply to the 📅 2026-01-01 invite");
    expect(task?.due).toBeUndefined();
  });

  it.each([
    ["- [ ] Send 📅 2026-11-27 #promo ^abc", "2026-11-27"],
    ["- [ ] Send 📅 2026-11-27 ⏳ 2026-11-20 🔁 every week 🔼", "2026-11-27"],
    ["- [ ] Send 📅 2026-11-27 [priority:: high]", "2026-11-27"],
    ["- [ ] Send 📅 2026-11-27 %% booked by Ann %%", "2026-11-27"],
    ["- [ ] Send (📅 2026-11-27).", "2026-11-27"],
    ["- [ ] Send 📅 2026-11-20 then 📅 2026-11-27", "2026-11-27"],
  ])("is read among the fields at the end: %s", (line, date) => {
    expect(readLineDue(line).date?.value).toBe(date);
  });

  it("still warns of a bad mark at the end, never of one in a sentence", () => {
    expect(readLineDue("- [ ] Send 📅 3w").problems).toHaveLength(1);
    expect(readLineDue("- [ ] Send 📅 3w to Ann").problems).toEqual([]);
  });

  it("Dataview's bracketed field counts anywhere on the line, as Dataview reads it", () => {
    expect(readLineDue("- [ ] Send [due:: 2026-11-27] to Ann").date?.value).toBe("2026-11-27");
    expect(readLineDue("- [ ] Send (due:: -7d) to Ann").offset?.offset).toEqual({ amount: -7, unit: "d" });
  });

  it("for any words after it, a 📅 date is description; at the end, before tags, it is the deadline", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const date = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), date, fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 3 }), (before, value, after, tags) => {
        expect(readLineDue(`- [ ] ${before.join(" ")} 📅 ${value} ${after.join(" ")}`).date).toBeNull();
        expect(readLineDue(`- [ ] ${before.join(" ")} 📅 ${value} ${tags.map((t) => `#${t}`).join(" ")}`).date?.value).toBe(value);
      }),
    );
  });
});

describe("a reschedule moves what is read, and nothing in a sentence", () => {
  it("leaves a mid-sentence ⏳ or 📅 as written and moves the ones at the end", () => {
    expect(planningMarks("- [ ] Move ⏳ 2026-11-20 to Friday")).toEqual([]);
    expect(planningMarks("- [ ] Work on it ⏳ 2026-11-20 📅 2026-11-27").map((m) => m.date)).toEqual(["2026-11-20"]);
    const text = "---\ndate: 2026-12-01\n---\n## Checklist\n- [ ] Reply to the 📅 2026-01-01 invite ⏳ 2026-11-20 📅 2026-11-27\n- [ ] Move ⏳ 2026-11-20 to Friday\n";
    const result = planNoteReschedule(text, readNote("Shows/OH 01 - X.md", text), { date: "2026-12-08", time: "13:00" }, "13:00", false);
    expect(result.ok && result.text).toBe(
      "---\ndate: 2026-12-08\n---\n## Checklist\n- [ ] Reply to the 📅 2026-01-01 invite ⏳ 2026-11-27 📅 2026-12-04\n- [ ] Move ⏳ 2026-11-20 to Friday\n",
    );
  });
});
