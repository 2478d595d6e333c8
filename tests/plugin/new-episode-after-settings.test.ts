// @vitest-environment happy-dom
// "New episode" run right after the shows change (accepting Detect shows, editing a show's
// folder): the episode index is re-read for the new rules a moment later, and until then
// it holds the old shows' episodes. The form must wait for it, or it proposes number 01
// and a slot an episode already has (found on the five-show vault, walking it as a new user).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, findSetting, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, settle, start, topModal } from "./harness";
import { fakeTimers } from "./sidebar-dom";
import { FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
// Fake timers: the settings' re-index waits on a timer, which a quick user does not wait for.
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function prefilled(h: TestHost): { number: string; date: string } {
  const el = topModal(h).modalEl;
  const value = (name: string) => (findSetting(el, name).querySelector("input") as HTMLInputElement).value;
  return { number: value("Number"), date: value("Date") };
}

describe("New episode right after the shows were set up", () => {
  it("proposes the show's next number and free slot, not 01 and a taken date", async () => {
    ({ host } = await start({ files: fiveShowNotes(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    const h = host;
    await h.runCommand("office-hours:detect-shows");
    await settle(h);
    userClick(findButton(topModal(h).modalEl, "Add 5 shows"));
    await settle(h);

    // At once, before the re-index timer has fired.
    await h.runCommand("office-hours:new-episode-grafana-office-hours");
    await settle(h);
    // GOH 30 is the highest; GOH 25 aired on Friday 5 January, the next Friday is free.
    expect(prefilled(h)).toEqual({ number: "31", date: "2024-01-19" });
    topModal(h).close();

    await h.runCommand("office-hours:new-episode-cafe-con-grafana");
    await settle(h);
    // CCG 012 holds Thursday 18 January: the next free Thursday is the 25th.
    expect(prefilled(h)).toEqual({ number: "13", date: "2024-01-25" });
    expect(h.noticeMessages().filter((m) => m.startsWith("Still reading"))).toEqual([]);
  });
});
