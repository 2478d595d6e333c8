// @vitest-environment happy-dom
// The episodes sidebar over the real notes: what each row shows (numbers, guests,
// per-phase progress, next item, alerts), the filters, and opening a note by mouse
// and keyboard. Expected values were worked out by reading each note.
import { MarkdownView } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pressKey, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { EPISODES_VIEW } from "../../src/plugin/episodes/episodes-view";
import { AA22, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE, activeFilePath, fileAt, finish, realNotes, settle, start } from "./harness";
import { fakeTimers, groupTitles, openSidebar, redrawn, sidebarView, readRow, rowEl, rowElements, rowPaths, whenButton, type RowText } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

// Today is Monday 2 June 2025 (harness NOW). Default settings: the notes sit at the vault
// root, outside the default show's folder, so they are grouped by the code in their names.
const EXPECTED: Record<string, Omit<RowText, "path">> = {
  [GOH25]: {
    number: "#25",
    // The topic: the guest has a line of its own.
    title: "Introduction to eBPF with Grafana Beyla",
    guests: "Nikola Grcevski",
    date: "Fri 5 Jan 2024",
    // Checklist: 11 items + 2 nested, all ticked; Just before the show: only "pronouns" open; After the show: 3 open.
    bars: ["Prep 13/13", "Before 9/10", "After 0/3"],
    next: "What are your pronouns?",
    // Its Timestamps section is empty.
    alerts: ["3 after-show items open, due 7 days after the show", "No chapters yet"],
    openCount: 4,
  },
  [GOH12]: {
    number: "#12",
    title: "Govable",
    guests: "Andrii Kovalov, Ari Herschowitz",
    date: "Fri 22 Sep 2023",
    // The last four Checklist items (Meetup, tweet, two Slack messages) are open.
    bars: ["Prep 9/13", "Before 2/10", "After 0/3"],
    // Shown as plain text: the Markdown link's text only.
    next: "Create an event and announce it on the Grafana Meetup page.",
    // No Timestamps section, but "Add timestamps to the video" after the show.
    alerts: ["4 prep items never done", "3 after-show items open, due 7 days after the show", "No chapters yet"],
    openCount: 15,
  },
  [GOH30]: {
    number: "#30",
    title: "Direction of Grafana Loki, Mimir, Tempo, and Pyroscope",
    // `Guest:: "Name"` is the template's placeholder, not a guest.
    guests: "No guest yet",
    date: "No date",
    bars: ["Prep 0/19", "Before 0/10", "After 0/7"],
    next: "Create a new .md file and copy this template into it. Check things off as you work through it.",
    // Undated, so nothing is late yet; it has a url.
    alerts: ["No guest yet"],
    openCount: 36,
  },
  [AA22]: {
    number: "#22",
    title: "Navigating through unemployment",
    guests: "Renata Andrade",
    date: "Tue 28 Nov 2023",
    bars: ["Prep 9/9", "Before 0/10", "After 0/3"],
    next: "How do you pronounce your name?",
    alerts: ["3 after-show items open, due 7 days after the show", "No chapters yet"],
    openCount: 13,
  },
  [LOGGING03]: {
    number: "#03",
    title: "Logging Best Practices",
    guests: "Jack Berg, Ed Welch",
    date: "Wed 17 Dec 2025",
    // The 29 ticked-box talking points are neither prep, before nor after; they are still open items.
    bars: ["Prep 21/21", "Before 0/10", "After 0/7"],
    next: "Should we still use logs in 2025? Are they still relevant? What should we record?",
    alerts: [],
    openCount: 46,
  },
  [LOKI_CACHE]: {
    number: "",
    title: "loki-cache",
    guests: "Poyzan Taneli, Paul Rogers",
    // `date:` is empty; the date comes from the file name.
    date: "Tue 25 Mar 2025",
    bars: ["Prep 0/19", "Before 0/10", "After 0/7"],
    next: "Create a new .md file and copy this template into it. Check things off as you work through it.",
    // One chapter, "00:00:00 Introductions", under ### Timestamps.
    alerts: ["19 prep items never done", "7 after-show items open, due 7 days after the show", "YouTube would refuse the chapters: Only 1 chapter; YouTube needs at least 3."],
    openCount: 36,
  },
};

describe("the sidebar over the real notes", () => {
  it("opens in the right sidebar and shows every episode with its numbers", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    expect(view.getViewType()).toBe(EPISODES_VIEW);
    expect(host.standIn.workspace.rightSplit.tabs.leaves).toContain(view.leaf);
    expect(view.containerEl.isShown()).toBe(true);

    userClick(whenButton(view, "All"));
    const rows = rowElements(view).map(readRow);
    // The two templates and the show's Readme are not episodes; CCG 005 has no guest field.
    expect(rows.map((r) => r.path).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.fromEntries(rows.map(({ path, ...shown }) => [path, shown]))).toEqual(EXPECTED);

    // Grouped by series; upcoming (soonest first, undated last) before past (latest first).
    expect(groupTitles(view)).toEqual(["A&A 1", "GOH 3", "Other episodes 2"]);
    expect(rowPaths(view)).toEqual([AA22, GOH30, GOH25, GOH12, LOGGING03, LOKI_CACHE]);

    // Asking again reveals the same sidebar.
    await host.runCommand("office-hours:open-sidebar");
    await settle(host);
    expect(host.app.workspace.getLeavesOfType(EPISODES_VIEW)).toEqual([view.leaf]);
  });

  it("reports the numbers missing from a series under its title", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    userClick(whenButton(view, "All"));
    const gapsOf = (key: string) => view.contentEl.querySelector(`[data-group="${key}"] .office-hours-gaps`)?.textContent;
    // GOH 12, 25 and 30 are in the fixtures: 13–24 and 26–29 are missing.
    const missing = [...Array.from({ length: 12 }, (_, i) => 13 + i), 26, 27, 28, 29];
    expect(gapsOf("series:GOH")).toBe(`No episode numbered ${missing.join(", ")}`);
    // A&A has one episode, so nothing is missing.
    expect(gapsOf("series:A&A")).toBe("");
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
    userClick(whenButton(view, "All"));
    const gaps = view.contentEl.querySelector('[data-group="series:GOH"] .office-hours-gaps')?.textContent;
    expect(gaps).toBe("Not read as an episode: GOH 09 - Getting started with Grafana Loki");
    // Given a guest field, it becomes an episode and the line goes.
    await host.app.vault.modify(fileAt(host, "GOH/GOH 09 - Getting started with Grafana Loki.md"), episode("Ward"));
    await redrawn(host);
    expect(view.contentEl.querySelector('[data-group="series:GOH"] .office-hours-gaps')?.textContent).toBe("");
  });

  it("filters by when, show and text", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    // Upcoming by default: the dated future episode and the undated one.
    expect(rowPaths(view).sort()).toEqual([GOH30, LOGGING03].sort());
    expect(whenButton(view, "Upcoming").getAttribute("aria-pressed")).toBe("true");

    userClick(whenButton(view, "Past"));
    expect(rowPaths(view)).toEqual([AA22, GOH25, GOH12, LOKI_CACHE]);
    expect(whenButton(view, "Past").getAttribute("aria-pressed")).toBe("true");
    expect(whenButton(view, "Upcoming").getAttribute("aria-pressed")).toBe("false");

    userClick(whenButton(view, "All"));
    const select = view.contentEl.querySelector<HTMLSelectElement>("select.office-hours-show-filter");
    if (!select) throw new Error("no show filter");
    expect(Array.from(select.options).map((o) => o.text)).toEqual(["All shows", "A&A", "GOH", "Other episodes"]);
    selectOption(select, "series:GOH");
    expect(rowPaths(view)).toEqual([GOH30, GOH25, GOH12]);

    const search = view.contentEl.querySelector<HTMLInputElement>("input.office-hours-search");
    if (!search) throw new Error("no search box");
    // Guests, accents and case do not matter.
    typeInto(search, "nikola");
    expect(rowPaths(view)).toEqual([GOH25]);
    selectOption(select, "");
    typeInto(search, "renáta");
    expect(rowPaths(view)).toEqual([AA22]);
    // An open item's text matches too (GOH 12's next item).
    typeInto(search, "meetup page");
    expect(rowPaths(view)).toContain(GOH12);
    typeInto(search, "nothing like this");
    expect(rowPaths(view)).toEqual([]);
    expect(view.contentEl.querySelector(".office-hours-empty")?.textContent).toBe("No episodes match these filters.");

    // The filters are part of the view's state, for the saved layout.
    expect(view.getState()).toMatchObject({ filters: { show: "", when: "all", text: "nothing like this" } });
  });

  it("opens the note when a row is clicked, and with Enter on a focused row", async () => {
    ({ host } = await start({ files: realNotes() }));
    const view = await openSidebar(host);
    userClick(whenButton(view, "All"));

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

  it("flags two episodes of a series with the same number", async () => {
    const copy = "GOH 25 - Beyla again.md";
    ({ host } = await start({ files: { ...realNotes(), [copy]: "---\ndate: 2024-01-12\n---\nGuest:: Nikola Grcevski\n\n- [ ] Invite\n" } }));
    const view = await openSidebar(host);
    userClick(whenButton(view, "All"));
    expect(readRow(rowEl(view, copy)).alerts).toContain("Number 25 is used by another episode");
    expect(readRow(rowEl(view, GOH25)).alerts).toContain("Number 25 is used by another episode");
    expect(readRow(rowEl(view, GOH12)).alerts.join()).not.toContain("used by another episode");
    expect(rowEl(view, GOH25).classList.contains("has-late")).toBe(true);
  });

  it("restores its filters from the saved layout after a restart", async () => {
    ({ host } = await start({
      files: realNotes(),
      ready: false,
      restoreLeaves: [{ side: "right", type: EPISODES_VIEW, state: { filters: { show: "series:GOH", when: "past", text: "nikola" } }, selected: true }],
    }));
    await host.layoutReady();
    await redrawn(host);
    const view = sidebarView(host);
    expect(rowPaths(view)).toEqual([GOH25]);
    expect(whenButton(view, "Past").getAttribute("aria-pressed")).toBe("true");
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
    expect(rowPaths(view).sort()).toEqual([GOH30, LOGGING03].sort());
    expect(view.contentEl.textContent).not.toContain("Reading episode notes…");
  });
});
