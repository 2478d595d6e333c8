// @vitest-environment happy-dom
// The settings page's "Declined in Detect shows" row follows the declines as they change on
// the page: a link cleared there is declined at once, and the row listed it only after the
// page was left and opened again ("Nothing declined." under a link just declined); after the
// last "Propose again" the row was an empty list (review3).
import { afterEach, describe, expect, it } from "vitest";
import { findButton, findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, showData, start } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const CHANNEL = "https://www.youtube.com/@grafana";
const PLAYLIST = "https://www.youtube.com/playlist?list=PL1";

async function stored(h: TestHost): Promise<OfficeHoursSettings> {
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

describe("the declined row on the settings page", () => {
  it("lists a link as soon as it is cleared, and says so when the last one is taken back", async () => {
    const data = showData([{ id: "goh", name: "GOH live", code: "GOH", folder: "GOH", links: { channel: CHANNEL, playlist: PLAYLIST, meetup: "", studio: "" } }]);
    ({ host } = await start({ files: { "GOH/GOH 1 - Intro.md": "# GOH 1\n" }, data }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "GOH live"));
    const row = findSetting(tab, "Declined in Detect shows");
    expect(row.textContent).toContain("Nothing declined.");

    typeInto(findSetting(tab, "Channel link").querySelector("input") as HTMLInputElement, "");
    await settle(host);
    expect(row.querySelector("li")?.textContent).toContain(`Channel link: ${CHANNEL}`);
    expect(row.textContent).not.toContain("Nothing declined.");

    typeInto(findSetting(tab, "Playlist link").querySelector("input") as HTMLInputElement, "");
    await settle(host);
    expect(row.querySelectorAll("li")).toHaveLength(2);

    // Typed back as it was: its "no" is taken back, and the row drops it.
    typeInto(findSetting(tab, "Playlist link").querySelector("input") as HTMLInputElement, PLAYLIST);
    await settle(host);
    expect(row.querySelectorAll("li")).toHaveLength(1);

    userClick(findButton(row, "Propose again"));
    await settle(host);
    expect((await stored(host)).shows[0]?.declined).toBeUndefined();
    expect(row.textContent).toContain("Nothing declined.");
  });
});
