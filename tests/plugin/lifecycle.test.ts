// @vitest-environment happy-dom
// Loading and unloading: onload does nothing heavy (no note is read before the layout
// is ready), and unloading leaves no listener, view, command or timer behind, whatever
// state the plugin was in.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { createTestHost } from "../host/test-host";
import { EPISODES_VIEW, EpisodesView } from "../../src/plugin/episodes/episodes-view";
import OfficeHoursPlugin from "../../src/main";
import { GOH25, MANIFEST, finish, realNote, realNotes, settle, watchReads } from "./harness";
import { OFFERED_KEY } from "../../src/plugin/detect/detect-flow";
import { fakeTimers, openSidebar, redrawn } from "./sidebar-dom";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function spyOnReads(h: TestHost): () => number {
  const watch = watchReads(h);
  return () => watch.reads().length;
}

function liveEpisodeViews(h: TestHost): number {
  return h.app.workspace.getLeavesOfType(EPISODES_VIEW).filter((leaf) => leaf.view instanceof EpisodesView).length;
}

describe("loading", () => {
  it("reads no note and scans nothing in onload; the first scan waits for the layout", async () => {
    host = await createTestHost({ files: realNotes() });
    // Show detection was offered in this vault before: its first-run read is not the scan's.
    host.app.saveLocalStorage(OFFERED_KEY, "2025-01-01T00:00:00.000Z");
    const reads = spyOnReads(host);
    const getMarkdownFiles = vi.spyOn(host.app.vault, "getMarkdownFiles");
    await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await settle(host);
    expect(reads()).toBe(0);
    expect(getMarkdownFiles).not.toHaveBeenCalled();
    // The commands are there already.
    expect(host.commandIds()).toContain("office-hours:new-episode");

    await host.layoutReady();
    await settle(host);
    expect(reads()).toBe(Object.keys(realNotes()).length);
  });

  it("a new episode before the first scan warns that the number may be too low", async () => {
    host = await createTestHost({ files: realNotes() });
    await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.runCommand("office-hours:new-episode");
    expect(host.noticeMessages()).toEqual(["Still reading your notes: the suggested episode number may be too low."]);
  });

  it("enabled by the user, it opens the sidebar once", async () => {
    host = await createTestHost({ files: realNotes() });
    await host.layoutReady();
    await host.loadPlugin(OfficeHoursPlugin, MANIFEST, { byUser: true });
    await settle(host);
    expect(liveEpisodeViews(host)).toBe(1);
  });
});

describe("unloading leaves nothing behind", () => {
  it("after use: sidebar open, a note open, commands run, a settings edit pending", async () => {
    fakeTimers();
    host = await createTestHost({ files: realNotes() });
    const baseline = host.liveListenerCount();
    const plugin = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.layoutReady();
    await settle(host);
    const view = await openSidebar(host);
    await host.openFile(GOH25);
    await host.runCommand("office-hours:new-episode");
    host.activeModal()?.close();
    // A change the sidebar has not redrawn yet, and settings not applied yet.
    await host.externalWrite(GOH25, realNote(GOH25).replace("- [ ] What are your pronouns?", "- [x] What are your pronouns?"));
    await plugin.saveSettings(false);
    expect(host.liveListenerCount().total).toBeGreaterThan(baseline.total);
    expect(liveEpisodeViews(host)).toBe(1);

    await host.unloadPlugin(plugin);
    expect(host.liveListenerCount()).toEqual(baseline);
    expect(liveEpisodeViews(host)).toBe(0);
    expect(view.contentEl.childElementCount).toBe(0);
    // Pending debounces were cancelled: nothing runs later.
    const redraw = vi.spyOn(view, "redraw");
    await vi.advanceTimersByTimeAsync(5000);
    await settle(host);
    expect(redraw).not.toHaveBeenCalled();
    expect(host.errors).toEqual([]);
    // The vault's own events reach nothing of the plugin any more.
    await host.externalWrite(GOH25, realNote(GOH25));
    expect(host.errors).toEqual([]);
  });

  it("unloaded before the layout was ready, it does not start listening later", async () => {
    host = await createTestHost({ files: realNotes() });
    const baseline = host.liveListenerCount();
    const plugin = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.unloadPlugin(plugin);
    expect(host.liveListenerCount()).toEqual(baseline);
    const reads = spyOnReads(host);
    await host.layoutReady();
    await settle(host);
    expect(host.liveListenerCount()).toEqual(baseline);
    expect(reads()).toBe(0);
  });

  it("unloaded during the first scan, it stops listening", async () => {
    host = await createTestHost({ files: realNotes() });
    const baseline = host.liveListenerCount();
    const plugin = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.layoutReady();
    await host.unloadPlugin(plugin);
    await settle(host);
    expect(host.liveListenerCount()).toEqual(baseline);
  });

  it("can be loaded again after unloading, with one sidebar and one set of commands", async () => {
    fakeTimers();
    host = await createTestHost({ files: realNotes() });
    const first = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await host.layoutReady();
    await openSidebar(host);
    await host.unloadPlugin(first);
    const second = await host.loadPlugin(OfficeHoursPlugin, MANIFEST);
    await settle(host);
    await redrawn(host);
    // The leaf kept in the layout gets the new plugin's view.
    expect(liveEpisodeViews(host)).toBe(1);
    // Seven, plus the six live-show commands, the four guests commands and the three of the agenda.
    expect(host.commandIds().filter((id) => id.startsWith("office-hours:"))).toHaveLength(21);
    await host.unloadPlugin(second);
    expect(liveEpisodeViews(host)).toBe(0);
  });
});
