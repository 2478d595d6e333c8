// @vitest-environment happy-dom
// After "Detect shows" adds the vault's shows (mends5): the guests folder, while it is the
// untouched default "Office Hours/Guests" and no such folder exists, follows the shows into
// their common parent folder; a folder the user set, or the default folder that already
// holds guest notes, stays where it is.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import type { OfficeHoursSettings } from "../../src/core/settings/settings";
import { DATA_PATH, finish, settle, start, topModal } from "./harness";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

async function addAll(h: TestHost): Promise<OfficeHoursSettings> {
  expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
  await settle(h);
  userClick(findButton(topModal(h).modalEl, "Add 5 shows"));
  await settle(h);
  return JSON.parse(await h.app.vault.adapter.read(DATA_PATH)) as OfficeHoursSettings;
}

describe("the guests folder after Detect shows", () => {
  it("follows the five shows under projects/ when it is the untouched default and absent", async () => {
    let plugin;
    ({ host, plugin } = await start({ files: fiveShowNotes() }));
    const stored = await addAll(host);
    expect(stored.shows.every((s) => s.folder.startsWith("projects/"))).toBe(true);
    expect(stored.guestsFolder).toBe("projects/Guests");
    expect(plugin.settings.guestsFolder).toBe("projects/Guests");
  });

  it("stays when the default folder already exists (guest notes are there)", async () => {
    ({ host } = await start({ files: { ...fiveShowNotes(), "Office Hours/Guests/Ann Lee.md": "# Ann Lee\n" } }));
    expect((await addAll(host)).guestsFolder).toBe("Office Hours/Guests");
  });

  it("stays when the user set it", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: { version: 1, guestsFolder: "People" } }));
    expect((await addAll(host)).guestsFolder).toBe("People");
  });
});
