// Defect found by reader7, in a file reader7 does not own (src/core/reschedule/properties.ts,
// planned by note-plan.ts): Reschedule moves the `date:` property and the file name, never a
// `date::` field. Since the reader dates a note without a `date` property by its own
// `date::` field (src/core/note/inline-date.ts; it wins over the file name's date, as
// Dataview's file.day does), a note dated that way keeps its old date when its name carries
// the date (the name moves, the field stays and still counts); otherwise a `date:` property is
// added and wins, and the field is left saying the old day. Rule wanted: the reschedule moves
// the field the episode is dated by, as it moves the property.
import { describe, expect, it } from "vitest";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";
import { readNote } from "../../support/notes";

const text = ["# Office Hours", "", "Streamed live (date:: 2022-01-06) on the channel.", "", "## Before the show", "- [ ] Book the guest", ""].join("\n");

describe("rescheduling a note dated by its date:: field", () => {
  it("the reader dates the note by the field (the premise)", () => {
    expect(readNote("Office Hours 2022-01-06.md", text).date).toBe("2022-01-06");
  });

  it("moves the field: the note reads the new date, and no field is left on the old one", () => {
    const episode = readNote("Office Hours 2022-01-06.md", text);
    // The new name carries the date (Office Hours 2022-01-13.md), so no property is added.
    const plan = planNoteReschedule(text, episode, { date: "2022-01-13", time: "18:00" }, "18:00", true);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(readNote("Office Hours 2022-01-13.md", plan.text).date).toBe("2022-01-13");
    expect(plan.text).not.toContain("2022-01-06");
  });

  it("with no date in the name: the field moves, and no property is made in a note that has none", () => {
    const episode = readNote("Office Hours.md", text);
    const plan = planNoteReschedule(text, episode, { date: "2022-01-13", time: "18:00" }, "18:00", false);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.text).toContain("(date:: 2022-01-13)");
    expect(plan.text.startsWith("---")).toBe(false);
  });
});
