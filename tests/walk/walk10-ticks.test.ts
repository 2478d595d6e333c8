// @vitest-environment happy-dom
// walk10: ticks from the Episodes sidebar on the Tasks plugin's lines, after "Detect shows".
// The vault's Tasks settings (.obsidian/plugins/obsidian-tasks-plugin/data.json) have
// "set done date" on, as Tasks does by default: ticking a task in Obsidian adds `✅ <today>`
// and, on a recurring task, writes its next occurrence (above the done one, Tasks'
// default). A Tasks user ticking from the sidebar expects the same line Tasks would write,
// or, for the recurring one, to be sent to the note where Tasks writes it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import { userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle } from "../plugin/harness";
import { expandButton, openItemCheckbox, openSidebar, redrawn, rowEl } from "../plugin/sidebar-dom";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { PH149, PH150, detectAndAdd, install, vaultFiles } from "./walk10-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

/** Installed, Detect's proposal accepted as it stands, the sidebar open. */
async function ticked(path: string, item: string): Promise<string> {
  const { h } = await install();
  host = h;
  await detectAndAdd(h, "Add 1 show");
  const view = await openSidebar(h);
  userClick(expandButton(rowEl(view, path)));
  await settle(h);
  userClick(openItemCheckbox(rowEl(view, path), item));
  await letTimePass(h);
  await redrawn(h);
  return onDisk(h, path);
}

const linesWith = (text: string, words: string) => text.split("\n").filter((l) => l.includes(words));

describe("a tick from the sidebar on a Tasks line", () => {
  it("ticks the item and keeps its Tasks fields as written; nothing else in the note changes", async () => {
    const before = vaultFiles()[PH150] ?? "";
    const after = await ticked(PH150, "Thumbnail");
    expect(linesWith(after, "Thumbnail")[0]).toMatch(/^- \[x\] Thumbnail ⏳ 2025-02-25 📅 2025-02-27/);
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(changed.length).toBe(1);
  });

  // Was a defect (src/core/tick/toggle.ts, setTaskStatus: "Only the one status character
  // changes"): the Tasks plugin, with its default "set done date" on, writes `✅ 2025-03-03`
  // when the item is ticked in Obsidian; ticked from the sidebar, the line got none, so the
  // Tasks user's "done today" queries and their own history missed it. Rule chosen: a tick
  // on a line that already carries Tasks fields (a 📅/⏳/🛫/➕ date, a 🔁 rule, a priority)
  // adds `✅ <today in the show's zone>` where Tasks puts it; a plain `- [ ]` line stays one
  // character (src/core/tick/tasks-fields.ts).
  it("adds the ✅ done date the Tasks plugin would add", async () => {
    const after = await ticked(PH150, "Thumbnail");
    expect(linesWith(after, "Thumbnail")).toEqual(["- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ 2025-03-03"]);
  });

  // Was a defect (src/core/tick/toggle.ts): ticking a recurring item (`🔁 every week`) from
  // the sidebar ended its recurrence silently: the line was done and no next occurrence
  // written, so the host's weekly chore never came back. Writing the next occurrence needs
  // Tasks' own recurrence rules ("every 2 weeks on Monday", "every month on the last
  // Friday", "when done"...), which only Tasks reads right. Rule chosen: refuse; the note
  // is unchanged (the recurrence survives), and the notice says the item repeats and offers
  // to open the note at it, where Tasks ticks it and writes the next one.
  it("a recurring item ticked from the sidebar is refused: the note unchanged, the notice says it repeats and opens the note at it", async () => {
    const item = "Check the comments on the video";
    const before = vaultFiles()[PH149] ?? "";
    const after = await ticked(PH149, item);
    expect(after).toBe(before);
    expect(linesWith(after, item)).toEqual(["- [ ] Check the comments on the video 🔁 every week 📅 2025-03-04"]);
    const h = host as TestHost;
    const said = h.noticeMessages().filter((m) => m.includes(item));
    expect(said).toEqual([
      `Office Hours did not tick “${item}”: It repeats (🔁): ticked here its recurrence would end, as only the Tasks plugin writes the next occurrence, so the note was not changed. Open the note and tick it there.Open note`,
    ]);
    // "Open note" opens it with the cursor on the item's line.
    const button = [...document.querySelectorAll<HTMLButtonElement>(".notice button")].find((b) => b.textContent === "Open note");
    if (!button) throw new Error("No Open note button");
    userClick(button);
    await settle(h);
    const view = h.app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe(PH149);
    const cursor = view?.editor.getCursor().line ?? -1;
    expect(view?.editor.getLine(cursor)).toBe("- [ ] Check the comments on the video 🔁 every week 📅 2025-03-04");
    expect(onDisk(h, PH149)).toBe(before);
  });
});
