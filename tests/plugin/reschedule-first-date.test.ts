// @vitest-environment happy-dom
// "Reschedule episode" giving an idea (a note made without a date) its first date: its
// items' offsets become dates as at creation, none before the day of the reschedule for a
// show still to come (it would open with items "18 days late"), the offsets' own dates
// for a show already over (a back-filled episode: a record of when the work was due).
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto, userClick } from "../host/interactions";
import { finish, onDisk, settle, showData, start, topModal, TestClock } from "./harness";
import { defaultShow } from "../../src/core/settings/settings";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const PATH = "Office Hours/OH 05 - Idea.md";
const IDEA = ["---", "date:", "---", "## Prep", "- [ ] Invite the guest 📅 -21d", "- [ ] Post the promo 📅 -2d ⏳ -25d", "- [ ] Thank the guest 📅 +1d", ""].join("\n");

async function reschedule(date: string): Promise<string> {
  const show = defaultShow("Europe/Madrid", "Office Hours");
  show.schedule = { weekday: 4, time: "16:00", timeZone: "Europe/Madrid", durationMinutes: 60 };
  const started = await start({
    // 1 February 2024, 10:00 in Madrid.
    clock: new TestClock(new Date("2024-02-01T09:00:00Z")),
    data: showData([show as unknown as Record<string, unknown>]),
    files: { [PATH]: IDEA },
  });
  host = started.host;
  await host.openFile(PATH);
  await host.runCommand("office-hours:reschedule-episode");
  await settle(host);
  const el = topModal(host).modalEl;
  const input = el.querySelector<HTMLInputElement>('input[type="date"]');
  if (!input) throw new Error("no form");
  typeInto(input, date);
  userClick(findButton(el, "Reschedule"));
  await settle(host, 8);
  return onDisk(host, PATH);
}

describe("an idea given its first date", () => {
  it("a week ahead: no item is due before today; later ones keep their offsets' dates", async () => {
    const after = await reschedule("2024-02-08");
    expect(after).toContain("date: 2024-02-08\n");
    expect(after).toContain("- [ ] Invite the guest 📅 2024-02-01\n");
    expect(after).toContain("- [ ] Post the promo 📅 2024-02-06 ⏳ 2024-02-01\n");
    expect(after).toContain("- [ ] Thank the guest 📅 2024-02-09\n");
  });

  it("a show already over (back-filling): the offsets' dates as they fall", async () => {
    const after = await reschedule("2024-01-25");
    expect(after).toContain("date: 2024-01-25\n");
    expect(after).toContain("- [ ] Invite the guest 📅 2024-01-04\n");
    expect(after).toContain("- [ ] Post the promo 📅 2024-01-23 ⏳ 2023-12-31\n");
  });
});
