// @vitest-environment happy-dom
// The declarative settings page builds a page's rows once per drawing. It built them
// again for every row it drew (a show page of ~35 rows built ~35 times, the general page
// likewise), so drawing grew with the square of the rows. Values are still those of the
// moment of drawing: a change typed on a page shows when the page is drawn again.
import { afterEach, describe, expect, it, vi } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, showData, start } from "./harness";
import { ShowIdentityRows } from "../../src/plugin/settings/show-identity-rows";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

const shows = Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, name: `Show ${i}`, code: `S${i}`, folder: `Shows/S${i}`, schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } }));

function input(root: HTMLElement, name: string): HTMLInputElement {
  const el = findSetting(root, name).querySelector<HTMLInputElement>("input");
  if (!el) throw new Error(`No input for ${name}`);
  return el;
}

describe("the settings page's rows", () => {
  it("a show's page is built once when drawn, not once per row", async () => {
    ({ host } = await start({ data: showData(shows) }));
    const tab = await host.openSettings("office-hours");
    const built = vi.spyOn(ShowIdentityRows.prototype, "rows");
    userClick(findSetting(tab, "Show 3"));
    expect(tab.querySelectorAll(".setting-item").length).toBeGreaterThan(30);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it("drawn again after a change, a page shows the value as changed", async () => {
    ({ host } = await start({ data: showData(shows) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Show 3"));
    typeInto(input(tab, "Host name"), "Ann Lee");
    await settle(host);
    userClick(tab.querySelector(".setting-page-back") as HTMLElement);
    userClick(findSetting(tab, "Show 3"));
    expect(input(tab, "Host name").value).toBe("Ann Lee");
  });
});
