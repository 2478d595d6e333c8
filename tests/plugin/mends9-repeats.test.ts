// @vitest-environment happy-dom
// A fortnightly podcast set up by hand: "Repeats" in the show's settings offers "Every other
// week", stores it, shows it again, and the New episode form then proposes the next free
// Tuesday two weeks on from the latest episode, saying so under the date. Before: Repeats
// offered every week or a week of the month, and the form proposed a week after the last.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findSetting, selectOption, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeTimers } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const stored = (h: TestHost) => JSON.parse(onDisk(h, DATA_PATH)) as OfficeHoursSettings;

function repeatsOf(tab: HTMLElement): HTMLSelectElement {
  const select = findSetting(tab, "Repeats").querySelector("select");
  if (!select) throw new Error("no Repeats dropdown");
  return select;
}

/** Berlin Bytes, weekly on Tuesdays, with its latest episode on Tuesday 27 May 2025 (NOW is Monday 2 June). */
const SHOW = { id: "bb", name: "Berlin Bytes", code: "BB", folder: "Berlin Bytes", schedule: { weekday: 2, time: "10:00", timeZone: "UTC", durationMinutes: 60 } };
const FILES = {
  "Berlin Bytes/BB 01 - Pilot.md": "---\ndate: 2025-05-13\n---\nGuest:: Ann Lee\n\n## Checklist\n- [x] Record\n",
  "Berlin Bytes/BB 02 - Rust.md": "---\ndate: 2025-05-27\n---\nGuest:: Bo Chen\n\n## Checklist\n- [x] Record\n",
};

describe("Repeats: every other week", () => {
  it("chosen in the settings, it is stored, shown again, and the form proposes two weeks after the latest episode", async () => {
    ({ host } = await start({ files: FILES, data: showData([SHOW]) }));
    let tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Berlin Bytes"));
    const options = Array.from(repeatsOf(tab).options).map((o) => o.textContent);
    expect(options.slice(0, 2)).toEqual(["Every week", "Every other week"]);
    selectOption(repeatsOf(tab), "every-2-weeks");
    await settle(host);
    expect(stored(host).shows[0]?.schedule).toMatchObject({ weekday: 2, weeksApart: 2 });
    expect(stored(host).shows[0]?.schedule.weekOfMonth).toBeUndefined();
    host.closeSettings();

    tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Berlin Bytes"));
    expect(repeatsOf(tab).value).toBe("every-2-weeks");
    host.closeSettings();

    await host.runCommand("office-hours:new-episode");
    await settle(host);
    const form = topModal(host).modalEl;
    expect(findSetting(form, "Date").querySelector("input")?.value).toBe("2025-06-10");
    expect(findSetting(form, "Date").querySelector(".setting-item-description")?.firstChild?.textContent).toBe(
      "Prefilled with the next free Tuesday two weeks on from the latest dated episode (every other week).",
    );
  });

  it("a monthly choice after it drops every other week; Every week drops both", async () => {
    ({ host } = await start({ files: FILES, data: showData([{ ...SHOW, schedule: { ...SHOW.schedule, weeksApart: 2 } }]) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Berlin Bytes"));
    expect(repeatsOf(tab).value).toBe("every-2-weeks");
    selectOption(repeatsOf(tab), "1");
    await settle(host);
    expect(stored(host).shows[0]?.schedule).toMatchObject({ weekOfMonth: 1 });
    expect(stored(host).shows[0]?.schedule.weeksApart).toBeUndefined();
    selectOption(repeatsOf(tab), "every-2-weeks");
    await settle(host);
    selectOption(repeatsOf(tab), "");
    await settle(host);
    const schedule = stored(host).shows[0]?.schedule ?? {};
    expect("weeksApart" in schedule || "weekOfMonth" in schedule).toBe(false);
  });
});
