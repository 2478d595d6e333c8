// @vitest-environment happy-dom
// "Go live" and "Reschedule episode" in a vault with no episode say how to make one, naming
// the new-episode command as the palette lists it. Before: "Create one with the new-episode
// command.", a name the palette does not have (it lists "Office Hours: New Office Hours
// episode" with one show, "Office Hours: New episode" with several).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, settle, showData, start } from "./harness";
import { fakeTimers } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** The notices `id` gave. */
async function said(h: TestHost, id: string): Promise<string[]> {
  const before = h.noticeMessages().length;
  expect(await h.runCommand(id)).toBe(true);
  await settle(h);
  return h.noticeMessages().slice(before);
}

/** The palette's names of the new-episode commands that take no show (without the plugin's "Office Hours: "). */
function newEpisodeName(h: TestHost): string {
  const found = h.standIn.commands.listCommands().find((c) => c.id === "office-hours:new-episode");
  if (!found) throw new Error("No new-episode command");
  return found.name.replace(/^Office Hours: /, "");
}

const show = (id: string, name: string, code: string) => ({ id, name, code, folder: name, schedule: { weekday: 2, time: "13:00", timeZone: "UTC", durationMinutes: 60 } });

describe("a command that needs an episode, with none in the vault", () => {
  it.each([
    ["the untouched default show", undefined, "New Office Hours episode"],
    ["one show of the host's own", showData([show("bb", "Berlin Bytes", "BB")]), "New Berlin Bytes episode"],
    ["two shows", showData([show("bb", "Berlin Bytes", "BB"), show("ll", "Late Lunch", "LL")]), "New episode"],
  ])("with %s names the new-episode command as the palette lists it", async (_what, data, expected) => {
    ({ host } = await start({ files: {}, detectionOffered: false, ...(data ? { data } : {}) }));
    const h = host;
    await settle(h);
    expect(newEpisodeName(h)).toBe(expected);
    for (const id of ["go-live", "reschedule-episode"]) {
      const notices = await said(h, `office-hours:${id}`);
      expect(notices, id).toEqual([`No episode notes found yet. Create one with “${expected}” in the command palette.`]);
    }
  });
});
