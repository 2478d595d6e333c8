// @vitest-environment happy-dom
// The invite's description gives each guest the show's time in their own zone, from the
// guest's note. WAS A DEFECT (src/plugin/reschedule/apply.ts and undo.ts): the reschedule
// and its undo wrote the invite without the guest notes, so the rescheduled invite lost
// the "In your time zone" lines the export had put in, just when the time changed.
import { describe, expect, it } from "vitest";
import { onDisk } from "../plugin/harness";
import { parseIcs, textOf } from "../core/calendar/ics-oracle";
import { ICS_NEW, ICS_OLD, reschedule, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

function description(ics: string): string {
  const [vevent] = parseIcs(ics).events;
  return (vevent && textOf(vevent, "description")) ?? "";
}

describe("a guest whose note gives their time zone", () => {
  it("is told the new time in their zone by the rescheduled invite, and the old one again after undo", async () => {
    const h = await setUp({ extra: { "Office Hours/Guests/Israel Blancas.md": "---\ntimezone: America/Chicago\n---\n" } });
    expect(description(onDisk(h, ICS_OLD))).toContain("In your time zone:\n- Israel Blancas: Thursday 15 February, 09:00 your time (America/Chicago)");
    await reschedule(h, "2024-02-22", "17:30");
    expect(description(onDisk(h, ICS_NEW))).toContain("In your time zone:\n- Israel Blancas: Thursday 22 February, 10:30 your time (America/Chicago)");
    await undo(h);
    expect(description(onDisk(h, ICS_OLD))).toContain("In your time zone:\n- Israel Blancas: Thursday 15 February, 09:00 your time (America/Chicago)");
  });
});
