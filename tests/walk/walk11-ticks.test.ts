// @vitest-environment happy-dom
// walk11: ticks from the Episodes sidebar on Maya's laptop while the sync tool brings in
// Tom's changes (tests/fixtures/walk11-vault, Monday 3 March 2025). The change arrives
// between the sidebar's draw and Maya's click, before the list redraws: the host writes the
// file behind the plugin's back, as Syncthing or Dropbox does. What a team expects: a tick
// lands on the note the row is, never on a conflict copy; a tick from the other laptop is
// kept; an item already ticked or a note renamed meanwhile is refused with a notice that
// says so, and nothing is written or recreated.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle } from "../plugin/harness";
import { expandButton, openItemCheckbox, openSidebar, redrawn, rowEl, rowPaths, viewButton } from "../plugin/sidebar-dom";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { COPIES, THL42, open, walk11Files } from "./walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const linesWith = (text: string, words: string) => text.split("\n").filter((l) => l.includes(words));
const original = walk11Files()[THL42] ?? "";

/** THL 42's row expanded, "Thumbnail"'s checkbox in hand (not clicked yet). */
async function aboutToTick(): Promise<{ h: TestHost; view: EpisodesView; box: HTMLInputElement }> {
  const { h } = await open();
  host = h;
  const view = await openSidebar(h);
  userClick(expandButton(rowEl(view, THL42)));
  await settle(h);
  return { h, view, box: openItemCheckbox(rowEl(view, THL42), "Thumbnail") };
}

async function click(h: TestHost, box: HTMLInputElement): Promise<void> {
  userClick(box);
  await letTimePass(h);
}

describe("a tick while the other laptop's changes arrive", () => {
  it("lands on THL 42 itself: the two conflict copies and the others are unchanged, byte for byte", async () => {
    const { h, box } = await aboutToTick();
    await click(h, box);
    expect(linesWith(onDisk(h, THL42), "Thumbnail")).toEqual(["- [x] Thumbnail"]);
    for (const copy of COPIES) expect(onDisk(h, copy)).toBe(walk11Files()[copy]);
  });

  it("Tom ticked another item meanwhile: both ticks are in the note", async () => {
    const { h, box } = await aboutToTick();
    await h.externalWrite(THL42, original.replace("- [ ] Schedule the stream", "- [x] Schedule the stream"));
    await click(h, box);
    const text = onDisk(h, THL42);
    expect([...linesWith(text, "Thumbnail"), ...linesWith(text, "Schedule the stream")]).toEqual(["- [x] Thumbnail", "- [x] Schedule the stream on YouTube"]);
    expect(h.noticeMessages()).toEqual([]);
  });

  it("Tom added an item above it meanwhile: the tick still finds “Thumbnail”, his line is kept", async () => {
    const { h, box } = await aboutToTick();
    const tom = original.replace("- [ ] Thumbnail", "- [ ] Send Priya the questions\n- [ ] Thumbnail");
    await h.externalWrite(THL42, tom);
    await click(h, box);
    expect(onDisk(h, THL42)).toBe(tom.replace("- [ ] Thumbnail", "- [x] Thumbnail"));
  });

  it("Tom ticked the same item meanwhile: refused, the note as Tom left it, the notice says why", async () => {
    const { h, box } = await aboutToTick();
    const tom = original.replace("- [ ] Thumbnail", "- [x] Thumbnail");
    await h.externalWrite(THL42, tom);
    await click(h, box);
    expect(onDisk(h, THL42)).toBe(tom);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Thumbnail”: It was ticked or changed in the note meanwhile, so the note was not changed. Open the note to see it, or tick it again once the list has redrawn.",
    ]);
  });

  it("Tom renamed the note meanwhile (a delete and a create, as sync tools send it): refused, nothing recreated at the old name, the row comes back under the new one", async () => {
    const { h, view, box } = await aboutToTick();
    const renamed = "Shows/THL/THL 42 - Tempo with Priya Nair.md";
    await h.externalDelete(THL42);
    await h.externalWrite(renamed, original);
    await click(h, box);
    expect(h.app.vault.getFileByPath(THL42)).toBeNull();
    expect(onDisk(h, renamed)).toBe(original);
    expect(h.noticeMessages()).toEqual(["Office Hours did not tick “Thumbnail”: The note no longer exists, so nothing was changed. Tick it again once the list has redrawn."]);
    await redrawn(h);
    userClick(viewButton(view, "All"));
    await letTimePass(h, 1000);
    expect(rowPaths(view)).toContain(renamed);
    expect(rowPaths(view)).not.toContain(THL42);
  });
});
