// @vitest-environment happy-dom
// The five-show team moves a Grafana Office Hours episode a week, across the end of
// summer time in Berlin (26 October 2025) but not yet in Chicago (2 November), where the
// guest lives. The show stays at 16:00 in Berlin, so the guest's hour moves from 09:00 to
// 10:00: the host must tell her. The form said only "16:00 CET", though the README
// promises the guests' zones there as well.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, settle, start, topModal } from "./harness";
import { fiveShowData } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const ANN = "---\ntimezone: America/Chicago\npronouns: she/her\n---\n";

async function newGohEpisode(h: TestHost, guests: string, date: string): Promise<void> {
  expect(await h.runCommand("office-hours:new-episode-goh")).toBe(true);
  await settle(h);
  const el = topModal(h).modalEl;
  typeInto(findSetting(el, "Topic").querySelector("input") as HTMLInputElement, "Alloy pipelines");
  typeInto(findSetting(el, "Guests").querySelector("input") as HTMLInputElement, guests);
  typeInto(findSetting(el, "Date").querySelector("input") as HTMLInputElement, date);
  userClick(findButton(el, "Create"));
  await settle(h, 8);
}

function timeHint(h: TestHost): string {
  return topModal(h).modalEl.querySelector(".office-hours-time-hint")?.textContent ?? "";
}

describe("Reschedule shows the show's new time in each guest's zone", () => {
  it("across a daylight-saving change that Berlin and Chicago make on different days", async () => {
    ({ host } = await start({ files: { ...fiveShowNotes(), "Office Hours/Guests/Ann Lee.md": ANN }, data: fiveShowData(), clock: new TestClock(new Date("2025-10-06T09:00:00Z")) }));
    const h = host;
    await newGohEpisode(h, "Ann Lee, Bo Chen", "2025-10-24");
    expect(await h.runCommand("office-hours:reschedule-episode")).toBe(true);
    await settle(h);
    expect(timeHint(h)).toBe("16:00 CEST (09:00 CDT for Ann Lee)");
    const date = topModal(h).modalEl.querySelector<HTMLInputElement>('input[type="date"]');
    if (!date) throw new Error("no form");
    typeInto(date, "2025-10-31");
    await settle(h);
    // Bo Chen has no known zone: only the show's time is theirs.
    expect(timeHint(h)).toBe("16:00 CET (10:00 CDT for Ann Lee)");
  });
});
