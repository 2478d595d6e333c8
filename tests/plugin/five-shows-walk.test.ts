// @vitest-environment happy-dom
// A demanding user's walk through the sidebar and the agenda on the real five-show vault
// (tests/fixtures/five-shows, unchanged) on Monday 15 January 2024: each fact said once,
// in words that fit the episode's state; long gaps in a show's numbers read at a glance;
// a tick from the sidebar updates its row, the agenda and the status bar, and leaves the
// keyboard focus in the row.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { TestClock, finish, onDisk, settle, start } from "./harness";
import { expandButton, fakeTimers, itemText, openSidebar, readDetails, readRow, redrawn, rowEl, rowPaths, setGroupByShow, viewButton } from "./sidebar-dom";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";
import type { EpisodesView } from "../../src/plugin/episodes/episodes-view";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const GOH25 = "projects/Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const GOH30 = "projects/Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md";
const AA37 = "projects/Adobo and Avocados/A&A 37 - Observability for testers with Abby Bangser.md";

async function sidebar(): Promise<{ h: TestHost; view: EpisodesView }> {
  ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
  return { h: host, view: await openSidebar(host) };
}

async function expand(h: TestHost, view: EpisodesView, path: string): Promise<HTMLElement> {
  userClick(expandButton(rowEl(view, path)));
  await settle(h);
  return rowEl(view, path);
}

describe("the five-show vault, read by a demanding user", () => {
  it("an aired episode with no guest says “no guest”, not “no guest yet”", async () => {
    const { view } = await sidebar();
    userClick(viewButton(view, "Past"));
    expect(readRow(rowEl(view, GOH30)).guests).toBe("no guest");
    userClick(viewButton(view, "All"));
    // Every row still to come names its guests.
    expect(readRow(rowEl(view, AA37)).guests).toBe("Abby Bangser");
  });

  it("an expanded row names its next item once: no “Due next” line repeating it", async () => {
    const { h, view } = await sidebar();
    const row = await expand(h, view, AA37);
    expect(readRow(row).next).toBe("Contact the guest and tell them about Adobo and Avocados.");
    expect(row.querySelector(".office-hours-due")).toBeNull();
    // The list gives it with its due date.
    const first = row.querySelector(".office-hours-open-item");
    expect(first ? itemText(first) : "").toBe("Contact the guest and tell them about Adobo and Avocados.");
    expect(first?.querySelector(".office-hours-item-due")?.textContent).toBe("due in 126 days");
  });

  it("the count on a row's arrow is the number of items its expanded list shows first, as its quiet line says", async () => {
    const { h, view } = await sidebar();
    userClick(viewButton(view, "All"));
    const counts: Record<string, [number, number]> = {};
    for (const path of rowPaths(view)) {
      const count = readRow(rowEl(view, path)).openCount;
      const row = await expand(h, view, path);
      counts[path.slice(path.lastIndexOf("/") + 1, path.lastIndexOf("/") + 8)] = [count, row.querySelectorAll(".office-hours-open-items > .office-hours-open-item").length];
      userClick(expandButton(row));
      await settle(h);
    }
    for (const [shown, listed] of Object.values(counts)) expect(shown).toBe(listed);
    // GOH 25 after its show: the three after-show items, not the ten moot just-before ones.
    expect(counts["GOH 25 "]).toEqual([3, 3]);
    const goh25 = rowEl(view, GOH25);
    expect(expandButton(goh25).getAttribute("aria-label")).toBe("Show 3 open items (13 in all)");
    // An archived episode: the same three its quiet line names.
    userClick(viewButton(view, "Past"));
    const aa22 = readRow(rowEl(view, "projects/Adobo and Avocados/A&A 22 - Navigating through unemployment with Renata Andrade.md"));
    expect([aa22.quiet, aa22.openCount]).toEqual(["3 after-show items left open", 3]);
  });

  it("grouped by show, the numbers no note has read as ranges", async () => {
    const { view } = await sidebar();
    userClick(viewButton(view, "All"));
    setGroupByShow(view, true);
    const gaps = [...view.contentEl.querySelectorAll(".office-hours-group")].map((g) => `${g.querySelector(".office-hours-group-label")?.textContent ?? ""}: ${g.querySelector(".office-hours-gaps")?.textContent ?? ""}`);
    expect(gaps).toEqual([
      "Adobo and Avocados: No episode numbered 23–36",
      "Cafe con Grafana: No episode numbered 1–4, 6–11",
      "Grafana Office Hours: No episode numbered 13–15, 17–24, 26–29",
      "Grafana OTel Community Call: ",
      "Loki Community Calls: ",
    ]);
  });

  it("a tick from the sidebar updates the row, the agenda and the status bar, and keeps the focus in the row", async () => {
    const { h, view } = await sidebar();
    await h.runCommand("office-hours:open-agenda");
    await redrawn(h);
    const agenda = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
    if (!(agenda instanceof AgendaView)) throw new Error("no agenda");
    const overdue = () => [...agenda.contentEl.querySelectorAll(".office-hours-agenda-group.is-overdue .office-hours-agenda-text")].map((el) => el.textContent);
    const status = () => h.standIn.hostStatusBarEl.querySelector(".office-hours-overdue-status")?.textContent;
    agenda.redraw(true);
    expect(overdue()).toHaveLength(3);
    expect(status()).toBe("3 overdue");

    const row = await expand(h, view, GOH25);
    expect(readRow(row)).toMatchObject({ progress: "after 0/3", alert: null });
    expect(readDetails(row).alerts[0]).toBe("3 after-show items open, due 3 days ago");
    const box = row.querySelector<HTMLInputElement>(".office-hours-open-item input");
    if (!box) throw new Error("no open item");
    box.focus();
    userClick(box);
    await redrawn(h);
    expect(onDisk(h, GOH25)).toContain("- [x] Add timestamps to the video (at least four).");
    const after = rowEl(view, GOH25);
    expect(readRow(after)).toMatchObject({ progress: "after 1/3", next: "Add any links shared to the description of the video." });
    expect(readDetails(after)).toMatchObject({ phases: ["Prep 13/13", "Before 0/10", "After 1/3"], alerts: ["2 after-show items open, due 3 days ago", "No chapters yet"] });
    expect(document.activeElement).toBe(after.querySelector(".office-hours-open-item input"));
    agenda.redraw(true);
    expect(overdue()).toEqual(["Add any links shared to the description of the video.", 'Add the video to video playlists that make sense (at the very least, the "Grafana Office Hours" one.)']);
    expect(status()).toBe("2 overdue");
  });
});

describe("the five-show vault, left open overnight", () => {
  it("the sidebar and the agenda follow the clock: a new day updates them without any note changing", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
    const clock = new TestClock(FIVE_SHOWS_NOW);
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock }));
    const h = host;
    const nextDay = async () => {
      clock.current = new Date(clock.current.getTime() + 86_400_000);
      await vi.advanceTimersByTimeAsync(61_000);
      await settle(h);
    };
    const view = await openSidebar(h);
    userClick(viewButton(view, "Ideas"));
    const CCG012 = "projects/CafeConGrafana/Episodes/CCG 012 - 240215 - TBD.md";
    expect(readRow(rowEl(view, CCG012)).relative).toBe("in 3 days");
    await nextDay();
    expect(readRow(rowEl(view, CCG012)).relative).toBe("in 2 days");

    // The agenda opens in the same sidebar: shown, it follows the day; the list, hidden, catches up once shown.
    await h.runCommand("office-hours:open-agenda");
    await redrawn(h);
    const agenda = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
    if (!(agenda instanceof AgendaView)) throw new Error("no agenda");
    expect(agenda.containerEl.isShown()).toBe(true);
    const late = () => [...agenda.contentEl.querySelectorAll(".office-hours-agenda-group.is-overdue .office-hours-item-due")].map((el) => el.textContent);
    expect(late()).toEqual(["4 days late", "4 days late", "4 days late"]);
    await nextDay();
    expect(late()).toEqual(["5 days late", "5 days late", "5 days late"]);
    await h.app.workspace.revealLeaf(view.leaf);
    // (The app also redraws it when its tab is shown, through a ResizeObserver the stand-in
    // host does not fire; the minute's check does it at the latest.)
    await vi.advanceTimersByTimeAsync(61_000);
    await settle(h);
    expect(readRow(rowEl(view, CCG012)).relative).toBe("tomorrow");
  });
});
