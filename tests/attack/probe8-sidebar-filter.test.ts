// @vitest-environment happy-dom
// probe8: the sidebar's show filter when its show goes away. Promise (README, "Using it"):
// the toolbar shows the filters that are in force. Filtered to GOH, then every GOH note is
// deleted (or the show's notes moved away): the filter stays in force, so the list is empty.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { selectOption, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { GOH12, GOH25, GOH30, fileAt, finish, realNotes, start } from "../plugin/harness";
import { withChosenOption } from "../../src/core/sidebar/filter-options";
import { fakeTimers, groupTitles, openSidebar, redrawn, rowPaths, setGroupByShow, viewButton } from "../plugin/sidebar-dom";
import { defaultSettings, defaultShow } from "../../src/core/settings/settings";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

describe("the show filter once its show has no episodes left", () => {
  it("still names the filter in force, so an empty list is explained", async () => {
    ({ host } = await start({ files: realNotes() }));
    const h = host;
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    const select = view.contentEl.querySelector<HTMLSelectElement>("select.office-hours-show-filter");
    if (!select) throw new Error("no show filter");
    selectOption(select, "series:GOH");
    expect(rowPaths(view)).toEqual([GOH25, GOH12, GOH30]);
    for (const path of [GOH25, GOH12, GOH30]) await h.app.fileManager.trashFile(fileAt(h, path));
    await redrawn(h);
    expect(rowPaths(view)).toEqual([]);
    // The select shows the filter that empties the list, not a blank or "All shows".
    expect(select.selectedIndex).toBeGreaterThanOrEqual(0);
    expect(select.value).toBe("series:GOH");
    expect(select.options[select.selectedIndex]?.text).toBe("GOH (no episodes now)");
    // Choosing "All shows" lists the rest again.
    selectOption(select, "");
    expect(rowPaths(view).length).toBeGreaterThan(0);
  });
});

describe("withChosenOption", () => {
  const options = [{ key: "show:goh", label: "Grafana Office Hours" }];
  it("adds nothing when the choice is listed or is every show", () => {
    expect(withChosenOption(options, "show:goh", [], new Map())).toEqual(options);
    expect(withChosenOption(options, "", [], new Map())).toEqual(options);
  });
  it("names a missing choice as last listed, else by its show's name or code", () => {
    expect(withChosenOption([], "show:goh", [], new Map([["show:goh", "GOH old name"]]))).toEqual([{ key: "show:goh", label: "GOH old name (no episodes now)" }]);
    expect(withChosenOption([], "show:aa", [{ id: "aa", name: "A&A" }], new Map())).toEqual([{ key: "show:aa", label: "A&A (no episodes now)" }]);
    expect(withChosenOption([], "series:CCG", [], new Map())).toEqual([{ key: "series:CCG", label: "CCG (no episodes now)" }]);
    expect(withChosenOption([], "series:", [], new Map())).toEqual([{ key: "series:", label: "Other episodes (no episodes now)" }]);
  });
});

describe("a show renamed in the settings while the sidebar is filtered to it", () => {
  it("the filter keeps its show (by id) and names it by its new name; the group title follows", async () => {
    const show = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "" };
    const started = await start({ files: realNotes(), data: { ...defaultSettings("UTC"), shows: [show] } });
    host = started.host;
    const h = started.host;
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    setGroupByShow(view, true);
    const select = view.contentEl.querySelector<HTMLSelectElement>("select.office-hours-show-filter");
    if (!select) throw new Error("no show filter");
    selectOption(select, "show:goh");
    expect(rowPaths(view)).toEqual([GOH25, GOH12, GOH30]);
    const first = started.plugin.settings.shows[0];
    if (!first) throw new Error("no show");
    first.name = "GOH Live";
    await started.plugin.saveSettings(false);
    await vi.advanceTimersByTimeAsync(1000);
    await redrawn(h);
    expect(rowPaths(view)).toEqual([GOH25, GOH12, GOH30]);
    expect(select.value).toBe("show:goh");
    expect(select.options[select.selectedIndex]?.text).toBe("GOH Live");
    expect(groupTitles(view)).toEqual(["GOH Live 3"]);
  });
});
