// @vitest-environment happy-dom
// A recorded podcast, end to end on the stand-in host: the show's Format set to "Recorded
// podcast" on its settings page (the link rows follow: the feed, the recording studio),
// then "New episode" writes the podcast template (a recording, editing, publishing), the
// sidebar reads its phases, the snippet picker offers the podcast's wording, and the
// .ics invites to the recording at the recording link.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, findButton, findSetting, selectOption, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, activeFilePath, finish, onDisk, settle, showData, start, topModal } from "./harness";
import { fakeTimers, openSidebar, readRow, rowEl, viewButton } from "./sidebar-dom";
import { PODCAST_SNIPPETS } from "../../src/core/snippets/podcast-snippets";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const STUDIO = "https://riverside.example/studio/techtalk";
const TECH_TALK = {
  id: "tech-talk",
  name: "Tech Talk",
  code: "TT",
  folder: "Tech Talk",
  schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 45 },
  links: { channel: "https://feeds.example.com/techtalk", playlist: "", meetup: "", studio: STUDIO },
};
const PATH = "Tech Talk/TT 01 - Testing in production, with Ann Lee.md";

function settingNames(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll(".setting-item-name"), (el) => el.textContent ?? "");
}

function stored(h: TestHost): { shows: Record<string, unknown>[] } {
  return JSON.parse(onDisk(h, DATA_PATH)) as { shows: Record<string, unknown>[] };
}

describe("a recorded podcast", () => {
  it("set on the settings page, makes a podcast episode whose snippets and invite speak of a recording", async () => {
    ({ host } = await start({ files: {}, data: showData([TECH_TALK]) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Tech Talk"));
    expect(settingNames(tab)).toEqual(expect.arrayContaining(["Format", "Channel link", "Streaming studio link"]));
    const select = findSetting(tab, "Format").querySelector("select");
    if (!select) throw new Error("no format dropdown");
    expect(select.value).toBe("livestream");
    selectOption(select, "podcast");
    await settle(host);
    expect(stored(host).shows[0]?.format).toBe("podcast");
    // The page stays, its links named for a podcast.
    expect(settingNames(tab)).toEqual(expect.arrayContaining(["Podcast feed link", "Recording studio link"]));
    expect(settingNames(tab)).not.toContain("Streaming studio link");
    // Back to a live stream: stored without the key, as before the setting existed; then a podcast again.
    selectOption(select, "livestream");
    await settle(host);
    expect("format" in (stored(host).shows[0] ?? {})).toBe(false);
    expect(settingNames(tab)).toContain("Streaming studio link");
    selectOption(select, "podcast");
    await settle(host);
    host.closeSettings();

    expect(await host.runCommand("office-hours:new-episode")).toBe(true);
    await settle(host);
    const form = topModal(host).modalEl;
    typeInto(findSetting(form, "Topic").querySelector("input") as HTMLInputElement, "Testing in production");
    typeInto(findSetting(form, "Guests").querySelector("input") as HTMLInputElement, "Ann Lee");
    userClick(findButton(form, "Create folder and note"));
    await settle(host);
    expect(activeFilePath(host)).toBe(PATH);
    const text = onDisk(host, PATH);
    expect(text).toContain("- [ ] Invite them to the recording");
    expect(text).toContain("`Tech Talk #01 recording with Ann Lee`");
    expect(text).toContain(`Set up the recording session on [the recording studio](${STUDIO})`);
    expect(text).toContain("## Post-production\n");
    expect(text).not.toMatch(/stream|broadcast|thumbnail/i);

    // The sidebar reads the note's phases: 6 prep items before the show.
    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    expect(readRow(rowEl(view, PATH)).progress).toBe("prep 0/6");

    // The picker offers the podcast's snippets, filled from the episode.
    const { editor } = await host.openFile(PATH);
    editor.setCursor({ line: editor.lineCount() - 1, ch: 0 });
    expect(await host.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(host);
    const names = Array.from(topModal(host).modalEl.querySelectorAll(".office-hours-snippet-name"), (el) => el.textContent);
    expect(names).toEqual(PODCAST_SNIPPETS.map((s) => s.name));
    chooseSuggestion("Recording invite title", topModal(host).modalEl);
    await settle(host);
    expect(host.activeModal()).toBeNull();
    expect(editor.getValue()).toBe(`${text}Tech Talk #01 recording with Ann Lee`);

    // The calendar invite is to the recording, at the recording link.
    expect(await host.runCommand("office-hours:create-calendar-invite")).toBe(true);
    await settle(host);
    const ics = onDisk(host, PATH.replace(/\.md$/, ".ics")).replace(/\r\n[ \t]/g, "");
    expect(ics).toMatch(/^SUMMARY:Tech Talk #01 recording with Ann Lee\r$/m);
    expect(ics).toMatch(new RegExp(`^LOCATION:${STUDIO.replace(/[.]/g, "\\.")}\\r$`, "m"));
    expect(ics).toContain("Join the recording: ");
  });
});
