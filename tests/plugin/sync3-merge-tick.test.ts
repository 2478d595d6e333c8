// @vitest-environment happy-dom
// sync3: a git merge reaches a note between the sidebar's draw and the click (the walk11
// vault, Maya's laptop; the host writes the file behind the plugin's back, as a
// git-based sync does). The item clicked now stands inside the conflict, with its twin on
// the other side: the tick is refused with a notice naming the merge, the note is left as
// the merge wrote it, and the redrawn row leaves the conflict's items out and says why.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle } from "./harness";
import { expandButton, openItemCheckbox, openSidebar, readDetails, readRow, rowEl } from "./sidebar-dom";
import { fakeWeekTimers, letTimePass } from "../walk/walk8-week";
import { THL42, open, walk11Files } from "../walk/walk11-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const original = walk11Files()[THL42] ?? "";
const MERGED = original.replace("- [ ] Thumbnail\n", "<<<<<<< HEAD\n- [ ] Thumbnail\n=======\n- [x] Thumbnail\n>>>>>>> origin/main\n");

describe("a tick when a git merge arrived meanwhile", () => {
  it("on an item now inside the conflict: refused, the note as the merge left it, the notice names the merge", async () => {
    expect(MERGED).not.toBe(original);
    const { h } = await open();
    host = h;
    const view = await openSidebar(h);
    userClick(expandButton(rowEl(view, THL42)));
    await settle(h);
    const box = openItemCheckbox(rowEl(view, THL42), "Thumbnail");
    await h.externalWrite(THL42, MERGED);
    userClick(box);
    await letTimePass(h);
    expect(onDisk(h, THL42)).toBe(MERGED);
    expect(h.noticeMessages()).toEqual([
      "Office Hours did not tick “Thumbnail”: It stands inside an unresolved merge conflict (git's <<<<<<< and >>>>>>> lines), a copy of it on each side, so the note was not changed. Open the note to tick the one you mean.",
    ]);
    // Redrawn: "Thumbnail" is in neither count nor list, and the row says where the conflict is.
    await letTimePass(h, 1000);
    const row = rowEl(view, THL42);
    expect(readRow(row).progress).toBe("prep 2/3");
    userClick(expandButton(row));
    await settle(h);
    expect(readDetails(row).alerts.join(" ")).toMatch(/Unresolved merge conflict \(lines \d+–\d+\)/);
  });
});
