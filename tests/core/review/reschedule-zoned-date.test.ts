// Review finding (src/core/reschedule/properties.ts): since the reader takes a `date:`
// naming its zone (`…T18:00:00Z`) as the instant it names, shown on the show's clock, a
// reschedule must not write the show's wall clock into that value's digits and keep its
// `Z`: the note then names another instant than the one the host chose.
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";

const zone = "Europe/Berlin";
const note = "---\ndate: 2026-03-04T18:00:00Z\n---\nGuest:: Ann\n- [ ] Book\n";

describe("reschedule of a date naming its zone", () => {
  // Defect: properties.ts writes 19:00 into `…T18:00:00Z`, read back as 20:00 in Berlin.
  it("reads back at the date and time chosen on the show's clock (or refuses)", () => {
    const episode = readNote("GOH 1 - Zoned.md", note, { timeZone: zone });
    expect([episode.date, episode.time]).toEqual(["2026-03-04", "19:00"]);
    const plan = planNoteReschedule(note, episode, { date: "2026-03-11", time: "19:00" }, "19:00", false, zone);
    if (!plan.ok) throw new Error(plan.reason);
    const after = readNote("GOH 1 - Zoned.md", plan.text, { timeZone: zone });
    expect([after.date, after.time]).toEqual(["2026-03-11", "19:00"]);
  });

  it("writes the value's own offset, the day it falls on there, and refuses without the show's zone", () => {
    const plus = "---\ndate: 2026-03-04 23:30+0100\n---\n- [ ] Book\n";
    const read = readNote("n.md", plus, { timeZone: "America/New_York" });
    expect([read.date, read.time]).toEqual(["2026-03-04", "17:30"]);
    const plan = planNoteReschedule(plus, read, { date: "2026-03-05", time: "19:00" }, "17:30", false, "America/New_York");
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.text).toContain("date: 2026-03-06 01:00+0100\n");
    const back = readNote("n.md", plan.text, { timeZone: "America/New_York" });
    expect([back.date, back.time]).toEqual(["2026-03-05", "19:00"]);
    const noZone = planNoteReschedule(note, readNote("n.md", note), { date: "2026-03-11", time: "19:00" }, "19:00", false);
    expect(noZone.ok).toBe(false);
  });
});
