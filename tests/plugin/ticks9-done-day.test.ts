// @vitest-environment happy-dom
// A tick's `✅ date` is today in the zone of the episode's own show, as the index classed
// the note (ticks9). Before, tick.ts placed the note by its folder alone, so a note that
// an `office-hours:` marker gives to one show, sitting in another show's folder (or in no
// show's folder), was dated by the other show's day (or the device's). Each place that
// ticks is driven here as the host drives it: the sidebar's and the agenda's checkboxes,
// the live view's "Just before the show" item, the auto-tick of the after-show item, and
// "Update episode list in index note".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, userClick } from "../host/interactions";
import { TestClock, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeTimers, openSidebar, redrawn, rowEl, expandButton, openItemCheckbox, viewButton } from "./sidebar-dom";
import { liveView } from "./live-dom";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

// 11:30 UTC on Monday 3 March 2025: already Tuesday 4 March in Auckland (UTC+13), still
// Monday 3 March in Lima (UTC-5), and in UTC.
const NOW = new Date("2025-03-03T11:30:00Z");
const AKL_DAY = "2025-03-04";
const LIM_DAY = "2025-03-03";

const SHOWS = [
  { id: "akl", name: "Auckland Hour", code: "AKL", folder: "Auckland", indexNote: "Auckland/Auckland Hour episodes.md", schedule: { weekday: 2, time: "18:00", timeZone: "Pacific/Auckland", durationMinutes: 60 } },
  { id: "lim", name: "Lima Hour", code: "LIM", folder: "Lima", schedule: { weekday: 1, time: "18:00", timeZone: "America/Lima", durationMinutes: 60 } },
];

/** An AKL episode note claimed by its marker; `extra` lines go in its frontmatter. */
function note(n: number, extra: string[] = []): string {
  return [
    "---",
    "office-hours: AKL",
    "date: 2025-03-04",
    ...extra,
    "---",
    `# AKL ${n}`,
    "",
    "Guest:: Ann Lee",
    "",
    "## Prep",
    "- [ ] Thumbnail ⏳ 2025-02-25 📅 2025-02-27",
    "- [ ] Update the [[Auckland Hour episodes]] index note 📅 2025-03-05",
    "",
    "## Just before the show",
    "- [ ] Test the microphone 📅 2025-03-04",
    "",
    "## Timestamps",
    "",
    "00:00:00 Intro",
    "00:02:00 Tracing 101",
    "00:20:00 Demo",
    "00:50:00 Outro",
    "",
    "## After the show",
    "- [ ] Add timestamps to the video (at least four). 📅 2025-03-06",
    "",
  ].join("\n");
}

/** In the other show's folder, and in no show's folder. */
const IN_LIMA = "Lima/AKL 7 - Tracing, with Ann Lee.md";
const OUTSIDE = "Inbox/AKL 8 - Metrics, with Ann Lee.md";
const INDEX = "Auckland/Auckland Hour episodes.md";
const LIM_NOTE = "Lima/LIM 9 - Logs, with Bo Chen.md";

async function setUp(extra: Record<string, unknown> = {}, frontmatter: string[] = []): Promise<TestHost> {
  const files = { [IN_LIMA]: note(7, frontmatter), [OUTSIDE]: note(8, frontmatter), [INDEX]: "# Auckland Hour episodes\n" };
  const started = await start({ clock: new TestClock(NOW), data: showData(SHOWS, extra), files });
  host = started.host;
  await settle(host);
  return host;
}

const lineOf = (h: TestHost, path: string, item: string) => onDisk(h, path).split("\n").find((l) => l.includes(item));

describe("a tick's done date is its own show's day, for a note its marker claims outside its show's folder", () => {
  it("from the sidebar", async () => {
    const h = await setUp();
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    for (const path of [IN_LIMA, OUTSIDE]) {
      userClick(expandButton(rowEl(view, path)));
      await settle(h);
      userClick(openItemCheckbox(rowEl(view, path), "Thumbnail"));
      await redrawn(h);
      expect(lineOf(h, path, "Thumbnail"), path).toBe(`- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ ${AKL_DAY}`);
    }
  });

  it("from the agenda", async () => {
    const h = await setUp();
    await h.runCommand("office-hours:open-agenda");
    await settle(h);
    const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
    if (!(view instanceof AgendaView)) throw new Error("no agenda");
    for (const path of [IN_LIMA, OUTSIDE]) {
      view.redraw(true);
      const item = [...view.contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].find(
        (el) => el.querySelector(".office-hours-agenda-text")?.textContent?.startsWith("Thumbnail") && el.dataset.path === path,
      );
      const box = item?.querySelector<HTMLInputElement>("input[type=checkbox]");
      if (!box) throw new Error(`no Thumbnail item of ${path}`);
      box.checked = true;
      box.dispatchEvent(new Event("change"));
      await settle(h);
      expect(lineOf(h, path, "Thumbnail"), path).toBe(`- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ ${AKL_DAY}`);
    }
  });

  // One live view per host: it follows the note it was opened on.
  it.each([IN_LIMA, OUTSIDE])("from the live view's “Just before the show” items: %s", async (path) => {
    const h = await setUp();
    await h.openFile(path);
    expect(await h.runCommand("office-hours:open-live-view")).toBe(true);
    await redrawn(h);
    const label = [...liveView(h).contentEl.querySelectorAll<HTMLElement>(".is-before .office-hours-open-item")].find((el) => el.textContent?.startsWith("Test the microphone"));
    const box = label?.querySelector<HTMLInputElement>("input[type=checkbox]");
    if (!box) throw new Error(`no before item in the live view of ${path}`);
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await settle(h);
    expect(lineOf(h, path, "Test the microphone")).toBe(`- [x] Test the microphone 📅 2025-03-04 ✅ ${AKL_DAY}`);
  });

  it("from the auto-tick of the after-show item", async () => {
    // The show ended an hour ago, by its marks: the item about timestamps is ticked by itself.
    const marks = ["live: 2025-03-03T09:00:00Z", "ended: 2025-03-03T10:30:00Z"];
    const h = await setUp({ autoTickChapters: true }, marks);
    for (const [n, path] of [[7, IN_LIMA] as const, [8, OUTSIDE] as const]) {
      // The auto-tick runs when the note changes: a line added on another device.
      await h.externalWrite(path, `${note(n, marks)}\nThanks, Ann!\n`);
      await redrawn(h);
      expect(lineOf(h, path, "Add timestamps"), path).toBe(`- [x] Add timestamps to the video (at least four). 📅 2025-03-06 ✅ ${AKL_DAY}`);
    }
  });

  it("from “Update episode list in index note”", async () => {
    const h = await setUp({ tickDoneAtCreation: true });
    await h.openFile(INDEX);
    expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
    await settle(h);
    const modal = topModal(h).modalEl;
    userClick(findButton(modal, "Add it"));
    await settle(h, 8);
    for (const path of [IN_LIMA, OUTSIDE]) {
      expect(lineOf(h, path, "Auckland Hour episodes]] index"), path).toBe(`- [x] Update the [[Auckland Hour episodes]] index note 📅 2025-03-05 ✅ ${AKL_DAY}`);
    }
  });

  it("from “Update episode list in index note” left open over the show's midnight: dated when ticked", async () => {
    const clock = new TestClock(NOW);
    const started = await start({ clock, data: showData(SHOWS, { tickDoneAtCreation: true }), files: { [IN_LIMA]: note(7), [OUTSIDE]: note(8), [INDEX]: "# Auckland Hour episodes\n" } });
    const h = (host = started.host);
    await settle(h);
    await h.openFile(INDEX);
    expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
    await settle(h);
    // The host answers the question a day later in Auckland.
    clock.current = new Date(NOW.getTime() + 24 * 3600_000);
    userClick(findButton(topModal(h).modalEl, "Add it"));
    await settle(h, 8);
    for (const path of [IN_LIMA, OUTSIDE]) {
      expect(lineOf(h, path, "Auckland Hour episodes]] index"), path).toBe("- [x] Update the [[Auckland Hour episodes]] index note 📅 2025-03-05 ✅ 2025-03-05");
    }
  });

  it("while a note of the show whose folder holds them is dated by that show's own day", async () => {
    // What makes the cases above tell: at this moment the two shows are a day apart.
    const h = await setUp();
    await h.app.vault.create(LIM_NOTE, note(9).replace("office-hours: AKL\n", "").replace("# AKL 9", "# LIM 9"));
    await settle(h);
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    userClick(expandButton(rowEl(view, LIM_NOTE)));
    await settle(h);
    userClick(openItemCheckbox(rowEl(view, LIM_NOTE), "Thumbnail"));
    await redrawn(h);
    expect(lineOf(h, LIM_NOTE, "Thumbnail")).toBe(`- [x] Thumbnail ⏳ 2025-02-25 📅 2025-02-27 ✅ ${LIM_DAY}`);
  });
});
