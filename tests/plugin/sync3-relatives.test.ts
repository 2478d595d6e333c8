// @vitest-environment happy-dom
// sync3: a view that updates only the notes a change names (the agenda, the guests index)
// must also update the notes whose being an episode turns on it: a sync conflict copy
// becomes the episode when its original is deleted, and stops being one when the original
// arrives after it (src/core/vault/sync-copies.ts, relatives; withSyncRelatives in
// src/plugin/agenda/agenda-service.ts and src/plugin/guests/guest-indexer.ts). The
// sidebar redraws from the whole index on every change: checked here that it follows too.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, showData, start, TestClock } from "./harness";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";
import { openGuests, pipeline, redrawGuests } from "./guests-dom";
import { fakeTimers, openSidebar, redrawn, rowPaths, viewButton } from "./sidebar-dom";
import { userClick } from "../host/interactions";

let host: TestHost | undefined;
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

function goh(): ShowSettings {
  const show = defaultShow("UTC", "Grafana Office Hours");
  show.id = "goh";
  show.code = "GOH";
  show.folder = "Shows";
  show.schedule = { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 };
  return show;
}

const NOW = new Date("2026-11-11T09:00:00Z");
const SHOW = goh();
// Maya's note names Ann Lee; the copy Dropbox kept of Tom's version names Bo Chan.
const ORIGINAL = planEpisode({ topic: "Tracing", guests: ["Ann Lee"], date: "2026-11-27", time: "13:00", number: 7 }, SHOW, null, new Date("2026-10-27T09:00:00Z"));
const COPY_TEXT = planEpisode({ topic: "Tracing", guests: ["Bo Chan"], date: "2026-11-27", time: "13:00", number: 7 }, SHOW, null, new Date("2026-10-27T09:00:00Z")).content;
const COPY = ORIGINAL.path.replace(/\.md$/, " (Tom's conflicted copy 2026-11-10).md");

async function vault(files: Record<string, string>): Promise<TestHost> {
  ({ host } = await start({ clock: new TestClock(NOW), data: showData([SHOW as unknown as Record<string, unknown>]), files }));
  return host;
}

function agendaPaths(h: TestHost): string[] {
  const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
  if (!(view instanceof AgendaView)) throw new Error("no agenda");
  view.redraw(true);
  return [...view.contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map((item) => item.dataset.path ?? "");
}

const guestNames = (view: Parameters<typeof pipeline>[0]) => Object.values(pipeline(view)).flat().sort();

describe("the original deleted: its conflict copy is the episode", () => {
  it("the guests view lists the copy's guest, not the deleted note's", async () => {
    const h = await vault({ [ORIGINAL.path]: ORIGINAL.content, [COPY]: COPY_TEXT });
    const view = await openGuests(h);
    expect(guestNames(view)).toEqual(["Ann Lee"]);
    await h.app.fileManager.trashFile(fileAt(h, ORIGINAL.path));
    await redrawGuests(h, view);
    expect(guestNames(view)).toEqual(["Bo Chan"]);
  });

  it("the sidebar shows the copy's row", async () => {
    fakeTimers();
    const h = await vault({ [ORIGINAL.path]: ORIGINAL.content, [COPY]: COPY_TEXT });
    const view = await openSidebar(h);
    userClick(viewButton(view, "All"));
    await redrawn(h);
    expect(rowPaths(view)).toEqual([ORIGINAL.path]);
    await h.app.fileManager.trashFile(fileAt(h, ORIGINAL.path));
    await redrawn(h);
    expect(rowPaths(view)).toEqual([COPY]);
  });
});

describe("the original arrives after its copy: the copy is no episode any more", () => {
  it("the agenda drops the copy's items: each item once, the original's", async () => {
    const h = await vault({ [COPY]: COPY_TEXT });
    await h.runCommand("office-hours:open-agenda");
    await settle(h);
    const before = agendaPaths(h);
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before)).toEqual(new Set([COPY]));
    await h.app.vault.create(ORIGINAL.path, ORIGINAL.content);
    await settle(h);
    const after = agendaPaths(h);
    expect(new Set(after)).toEqual(new Set([ORIGINAL.path]));
    expect(after.length).toBe(before.length);
  });

  it("the guests view drops the copy's guest for the original's", async () => {
    const h = await vault({ [COPY]: COPY_TEXT });
    const view = await openGuests(h);
    expect(guestNames(view)).toEqual(["Bo Chan"]);
    await h.app.vault.create(ORIGINAL.path, ORIGINAL.content);
    await redrawGuests(h, view);
    expect(guestNames(view)).toEqual(["Ann Lee"]);
  });
});
