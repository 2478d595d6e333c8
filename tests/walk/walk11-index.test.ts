// @vitest-environment happy-dom
// walk11: "Update episode list in index note" on the show's index note
// (Shows/THL/Two Hosts Live.md in tests/fixtures/walk11-vault), the first time: the plugin
// shows the list it would write and asks before taking over the lists kept by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, topModal } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { COPIES, INDEX, THL42_DROPBOX, THL42_SYNCTHING, open, walk11Files } from "./walk11-steps";

/** The copies a sync tool named with its conflict mark (the others are " (1)" and " 1"). */
const SYNC_COPIES = [THL42_DROPBOX, THL42_SYNCTHING];

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** The command run on the index note; the preview it opens, as text. */
async function preview(): Promise<{ h: TestHost; text: string }> {
  const { h } = await open();
  host = h;
  await h.openFile(INDEX);
  expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
  await letTimePass(h);
  return { h, text: topModal(h).modalEl.textContent ?? "" };
}

const linkOf = (path: string) => `[[${path.slice(path.lastIndexOf("/") + 1, -".md".length)}]]`;

describe("the index note's episode list in the shared vault", () => {
  it("asks first: nothing is written before the user chooses, both hosts' THL 44 are in the list", async () => {
    const { h, text } = await preview();
    expect(onDisk(h, INDEX)).toBe(walk11Files()[INDEX]);
    expect(text).toContain("[[THL 44 - Grafana Alloy]]");
    expect(text).toContain("[[THL 44 - Profiling with Pyroscope]]");
  });

  // Fixed in sync1 (src/core/vault/sync-copies.ts, the same as walk11-sidebar's): the list
  // the plugin would write held the sync tools' conflict copies as episodes, "[[THL 42 -
  // Tempo (conflicted copy 2025-03-01)]] with Priya Nair" under Upcoming: taken over, the
  // team's index note (often published as the show's README) would list them until the
  // copies were deleted. The " (1)" and " 1" notes are no sync tool's mark (people name
  // notes so, and so does the plugin's own free name): they stay episodes, listed, and
  // their rows say what they look like a copy of (walk11-sidebar).
  it("the list it would write links no conflict copy", async () => {
    const { text } = await preview();
    const after = text.slice(text.indexOf("After"));
    for (const copy of SYNC_COPIES) expect(after).not.toContain(linkOf(copy));
    expect(after).toContain("[[THL 42 - Tempo]] with Priya Nair");
    for (const copy of COPIES.filter((c) => !SYNC_COPIES.includes(c))) expect(after).toContain(linkOf(copy));
  });
});
