// @vitest-environment happy-dom
// The episodes sidebar over the real notes: what each compact row shows (chip, number,
// state, date, guests, the progress that matters now, next item, alert or quiet count),
// the views and filters, grouping by show, and opening a note by mouse and keyboard.
// Expected values were worked out by reading each note.
import { MarkdownView } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pressKey, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { EPISODES_VIEW } from "../../src/plugin/episodes/episodes-view";
import { AA22, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE, activeFilePath, fileAt, finish, realNotes, settle, start } from "./harness";
import {
  expandRow,
  fakeTimers,
  groupTitles,
  openSidebar,
  redrawn,
  sidebarView,
  readRow,
  rowEl,
  rowElements,
  rowPaths,
  setGroupByShow,
  viewButton,
  viewCount,
  type RowText,
} from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

// Today is Monday 2 June 2025 (harness NOW). Default settings: the notes sit at the vault
// root, outside the default show's folder, so their chip is the code in their names.
// Every episode but "03 - Logging Best Practices" aired more than four weeks ago: those
// are archived, with a quiet count of what they left open instead of alerts.
const EXPECTED: Record<string, Omit<RowText, "path">> = {
  [GOH25]: {
    chip: "GOH",
    number: "#25",
    // The topic: the guest has a place of its own.
    title: "Introduction to eBPF with Grafana Beyla",
    state: "published",
    date: "Fri 5 Jan 2024",
    relative: "last year",
    guests: "Nikola Grcevski",
    progress: "",
    next: null,
    alert: null,
    // After the show: 3 open. "What are your pronouns?" before it is moot now.
    quiet: "3 after-show items left open",
    openCount: 3,
  },
  [GOH12]: {
    chip: "GOH",
    number: "#12",
    title: "Govable",
    state: "published",
    date: "Fri 22 Sep 2023",
    relative: "2 years ago",
    guests: "Andrii Kovalov, Ari Herschowitz",
    progress: "",
    next: null,
    alert: null,
    // Its four open prep items are moot after the show: never "never done".
    quiet: "3 after-show items left open",
    openCount: 3,
  },
  [GOH30]: {
    chip: "GOH",
    number: "#30",
    title: "Direction of Grafana Loki, Mimir, Tempo, and Pyroscope",
    // No date, but a link to its video: it aired, on a day the note does not give.
    state: "published",
    date: "Date unknown",
    relative: "",
    // `Guest:: "Name"` is the template's placeholder, not a guest; the show is over, so not "yet".
    guests: "no guest",
    progress: "",
    next: null,
    alert: null,
    quiet: "7 after-show items left open",
    openCount: 7,
  },
  [AA22]: {
    chip: "A&A",
    number: "#22",
    title: "Navigating through unemployment",
    state: "published",
    date: "Tue 28 Nov 2023",
    relative: "2 years ago",
    guests: "Renata Andrade",
    progress: "",
    next: null,
    alert: null,
    quiet: "3 after-show items left open",
    openCount: 3,
  },
  [LOGGING03]: {
    chip: "",
    number: "#03",
    title: "Logging Best Practices",
    state: "scheduled",
    date: "Wed 17 Dec 2025",
    relative: "in 6 months",
    guests: "Jack Berg, Ed Welch",
    // Before the show only prep matters, and it is done: the just-before items wait for show day.
    progress: "prep 21/21",
    next: null,
    alert: null,
    quiet: null,
    // Prep is done; the 29 ticked-box talking points are neither prep, before nor after, and the
    // just-before and after-show items wait for the show: nothing to count now (all 46 folded).
    openCount: 0,
  },
  [LOKI_CACHE]: {
    chip: "",
    number: "",
    title: "loki-cache",
    state: "published",
    // `date:` is empty; the date comes from the file name.
    date: "Tue 25 Mar 2025",
    relative: "3 months ago",
    guests: "Poyzan Taneli, Paul Rogers",
    progress: "",
    next: null,
    // Its one chapter would be refused by YouTube, but it is archived: no alert.
    alert: null,
    quiet: "7 after-show items left open",
    openCount: 7,
  },
};

describe("the sidebar over the real notes", () => {
  it("opens in the right sidebar and shows every episode in one compact list, latest first", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    expect(view.getViewType()).toBe(EPISODES_VIEW);
    expect(host.standIn.workspace.rightSplit.tabs.leaves).toContain(view.leaf);
    expect(view.containerEl.isShown()).toBe(true);
    // One mode today, with room for more.
    expect(Array.from(view.contentEl.querySelectorAll(".office-hours-modes [role=tab]")).map((b) => [b.textContent, b.getAttribute("aria-selected")])).toEqual([["Episodes", "true"]]);

    userClick(viewButton(view, "All"));
    const rows = rowElements(view).map(readRow);
    // The two templates and the show's Readme are not episodes; CCG 005 has no guest field.
    expect(rows.map((r) => r.path).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.fromEntries(rows.map(({ path, ...shown }) => [path, shown]))).toEqual(EXPECTED);
    // One list across shows, latest first, the undated one last; no group headers.
    expect(rowPaths(view)).toEqual([LOGGING03, LOKI_CACHE, GOH25, AA22, GOH12, GOH30]);
    expect(groupTitles(view)).toEqual([]);

    // Asking again reveals the same sidebar.
    await host.runCommand("office-hours:open-sidebar");
    await settle(host);
    expect(host.app.workspace.getLeavesOfType(EPISODES_VIEW)).toEqual([view.leaf]);
  });

  it("shows every phase, every alert and the open items once a row is expanded", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    expect(expandRow(view, GOH25)).toEqual({ phases: ["Prep 13/13", "Before 9/10", "After 0/3"], alerts: [] });
    expect(rowEl(view, GOH25).querySelectorAll(".office-hours-open-item")).toHaveLength(4);
    expect(expandRow(view, LOGGING03).phases).toEqual(["Prep 21/21", "Before 0/10", "After 0/7"]);
  });

  it("groups by show on request, each group with its count and the numbers missing from it", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    setGroupByShow(view, true);
    expect(groupTitles(view)).toEqual(["A&A 1", "GOH 3", "Other episodes 2"]);
    expect(rowPaths(view)).toEqual([AA22, GOH25, GOH12, GOH30, LOGGING03, LOKI_CACHE]);
    const gapsOf = (key: string) => view.contentEl.querySelector(`[data-group="${key}"] .office-hours-gaps`)?.textContent;
    // GOH 12, 25 and 30 are in the fixtures: 13–24 and 26–29 are missing.
    expect(gapsOf("series:GOH")).toBe("No episode numbered 13–24, 26–29");
    // A&A has one episode, so nothing is missing.
    expect(gapsOf("series:A&A")).toBe("");
    expect(view.getState()).toMatchObject({ filters: { groupByShow: true } });
    setGroupByShow(view, false);
    expect(groupTitles(view)).toEqual([]);
  });

  it("a numbered note that is not read as an episode is no gap, and is named under the title", async () => {
    const episode = (guest: string) => `---\ndate: 2023-08-11\n---\nGuest:: ${guest}\n\n- [x] Contact the guest\n`;
    ({ host } = await start({
      files: {
        "GOH/GOH 08 - Observing the Internet of Things.md": episode("Golioth"),
        // Like the real GOH 09: a checklist and no guest field, so not an episode without configuration.
        "GOH/GOH 09 - Getting started with Grafana Loki.md": "---\ndate: 2023-08-25\n---\n- [x] Contact the guest\n",
        "GOH/GOH 10 - Grafana Play.md": episode("Matt Abrams"),
      },
    }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    setGroupByShow(view, true);
    const gaps = view.contentEl.querySelector('[data-group="series:GOH"] .office-hours-gaps')?.textContent;
    expect(gaps).toBe("Not read as an episode: GOH 09 - Getting started with Grafana Loki");
    // Given a guest field, it becomes an episode and the line goes.
    await host.app.vault.modify(fileAt(host, "GOH/GOH 09 - Getting started with Grafana Loki.md"), episode("Ward"));
    await redrawn(host);
    expect(view.contentEl.querySelector('[data-group="series:GOH"] .office-hours-gaps')?.textContent).toBe("");
  });

  it("opens on what needs attention, and filters by view, show and text", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    // Needs attention by default: only the scheduled call; the archived ones are counted quietly.
    expect(rowPaths(view)).toEqual([LOGGING03]);
    expect(viewButton(view, "Needs attention").getAttribute("aria-pressed")).toBe("true");
    expect(view.contentEl.querySelector(".office-hours-quiet-summary")?.textContent).toBe("5 archived episodes left 23 after-show items open (in Past)");
    expect([viewCount(view, "Needs attention"), viewCount(view, "Ideas"), viewCount(view, "Past"), viewCount(view, "All")]).toEqual([1, 0, 5, 6]);

    userClick(viewButton(view, "Past"));
    // Most recent first; the one whose day is unknown last.
    expect(rowPaths(view)).toEqual([LOKI_CACHE, GOH25, AA22, GOH12, GOH30]);
    expect(viewButton(view, "Past").getAttribute("aria-pressed")).toBe("true");
    expect(viewButton(view, "Needs attention").getAttribute("aria-pressed")).toBe("false");

    userClick(viewButton(view, "Ideas"));
    expect(rowPaths(view)).toEqual([]);
    expect(view.contentEl.querySelector(".office-hours-empty")?.textContent).toBe("No episodes match these filters.");

    userClick(viewButton(view, "All"));
    const select = view.contentEl.querySelector<HTMLSelectElement>("select.office-hours-show-filter");
    if (!select) throw new Error("no show filter");
    expect(Array.from(select.options).map((o) => o.text)).toEqual(["All shows", "A&A", "GOH", "Other episodes"]);
    selectOption(select, "series:GOH");
    expect(rowPaths(view)).toEqual([GOH25, GOH12, GOH30]);
    expect(viewCount(view, "All")).toBe(3);

    const search = view.contentEl.querySelector<HTMLInputElement>("input.office-hours-search");
    if (!search) throw new Error("no search box");
    // Guests, accents and case do not matter.
    typeInto(search, "nikola");
    expect(rowPaths(view)).toEqual([GOH25]);
    selectOption(select, "");
    typeInto(search, "renáta");
    expect(rowPaths(view)).toEqual([AA22]);
    typeInto(search, "nothing like this");
    expect(rowPaths(view)).toEqual([]);
    expect(view.contentEl.querySelector(".office-hours-empty")?.textContent).toBe("No episodes match these filters.");

    // The filters are part of the view's state, for the saved layout.
    expect(view.getState()).toMatchObject({ filters: { view: "all", show: "", text: "nothing like this", groupByShow: false } });
  });

  it("does nothing when nothing changed, one status for one changed note, and follows the day", async () => {
    const started = await start({ files: realNotes() });
    host = started.host;
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    const observer = new MutationObserver(() => undefined);
    observer.observe(view.contentEl, { subtree: true, childList: true, attributes: true, characterData: true });
    view.redraw(true);
    view.redraw(true);
    expect(observer.takeRecords()).toEqual([]);
    expect([view.lastRedrawCount, view.episodes.statusesRebuilt]).toEqual([0, 0]);

    await host.externalWrite(LOGGING03, `${realNotes()[LOGGING03] ?? ""}\n- [x] One more prep item\n`);
    await redrawn(host);
    expect([view.lastRedrawCount, view.episodes.statusesRebuilt]).toEqual([1, 1]);

    // A day later (the notes belong to no show: the day is the device's), every row's
    // relative date is computed again.
    started.clock.current = new Date(started.clock.current.getTime() + 86_400_000);
    view.redraw(true);
    expect(view.episodes.statusesRebuilt).toBe(6);
    expect(readRow(rowEl(view, LOGGING03)).relative).toBe("in 6 months");
    observer.disconnect();
  });

  it("opens the note when a row is clicked, and with Enter on a focused row", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));

    const main = (path: string): HTMLElement => {
      const el = rowEl(view, path).querySelector<HTMLElement>(".office-hours-row-main");
      if (!el) throw new Error("no row main");
      return el;
    };
    userClick(main(GOH25));
    await settle(host);
    expect(activeFilePath(host)).toBe(GOH25);
    expect(host.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(GOH25);

    const row = main(AA22);
    expect(row.getAttribute("tabindex")).toBe("0");
    row.focus();
    expect(document.activeElement).toBe(row);
    pressKey("Enter");
    await settle(host);
    expect(activeFilePath(host)).toBe(AA22);
    // The note replaced the one in the same tab: no pile of tabs.
    expect(host.standIn.workspace.rootSplit.tabs.leaves).toHaveLength(1);

    // Arrow keys open and close a row's list of open items.
    main(GOH30).focus();
    pressKey("ArrowRight");
    expect(rowEl(view, GOH30).querySelectorAll(".office-hours-open-item")).toHaveLength(36);
    expect(document.activeElement).toBe(main(GOH30));
    pressKey("ArrowLeft");
    expect(rowEl(view, GOH30).querySelectorAll(".office-hours-open-item")).toHaveLength(0);
  });

  it("flags a scheduled episode whose number another episode of its series uses", async () => {
    const copy = "GOH 25 - Beyla again.md";
    ({ host } = await start({ files: { ...realNotes(), [copy]: "---\ndate: 2025-06-20\n---\nGuest:: Nikola Grcevski\n\n- [ ] Invite\n" } }));
    const view = await openSidebar(host);
    expect(readRow(rowEl(view, copy)).alert).toBe("Number 25 is also used by “GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski”.");
    // Amber, not red: nothing is late.
    expect(rowEl(view, copy).querySelector(".office-hours-alert.is-soon")).not.toBeNull();
    expect(rowEl(view, copy).classList.contains("has-late")).toBe(false);
    // The archived GOH 25 stays quiet.
    userClick(viewButton(view, "All"));
    expect(readRow(rowEl(view, GOH25)).alert).toBeNull();
  });

  it("restores its filters from the saved layout after a restart", async () => {
    ({ host } = await start({
      files: realNotes(),
      ready: false,
      // A layout saved by an older version: `when` instead of `view`.
      restoreLeaves: [{ side: "right", type: EPISODES_VIEW, state: { filters: { show: "series:GOH", when: "past", text: "nikola" } }, selected: true }],
    }));
    await host.layoutReady();
    await redrawn(host);
    const view = sidebarView(host);
    expect(rowPaths(view)).toEqual([GOH25]);
    expect(viewButton(view, "Past").getAttribute("aria-pressed")).toBe("true");
    expect(view.getState()).toMatchObject({ mode: "episodes", filters: { view: "past", show: "series:GOH", text: "nikola" } });
    expect(view.contentEl.querySelector<HTMLInputElement>("input.office-hours-search")?.value).toBe("nikola");
    expect(view.contentEl.querySelector<HTMLSelectElement>("select.office-hours-show-filter")?.value).toBe("series:GOH");
  });

  it("says it is still reading before the layout is ready, then shows the episodes", async () => {
    ({ host } = await start({ files: realNotes(), ready: false }));
    // The ribbon icon works before the first scan too.
    const ribbon = host.standIn.hostRibbonEl.querySelector<HTMLElement>('[aria-label="Open episodes sidebar"]');
    if (!ribbon) throw new Error("no ribbon icon");
    userClick(ribbon);
    await redrawn(host);
    const view = sidebarView(host);
    expect(view.contentEl.textContent).toContain("Reading episode notes…");
    expect(rowElements(view)).toEqual([]);
    await host.layoutReady();
    await redrawn(host);
    expect(rowPaths(view)).toEqual([LOGGING03]);
    expect(view.contentEl.textContent).not.toContain("Reading episode notes…");
  });
});
