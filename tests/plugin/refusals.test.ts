// @vitest-environment happy-dom
// Values that cannot work are refused with a clear message and change nothing: an index
// note path that leaves the vault, and a note's url that is no link in a calendar invite.
import { afterEach, describe, expect, it } from "vitest";
import { findSetting, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, finish, onDisk, settle, showData, start } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const SHOW = { id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } };
const EPISODE = "Office Hours/OH 03 - Tempo tips, with Ann Lee.md";

function note(url: string): string {
  return `---\nurl: ${url}\ndate: 2025-06-13\n---\n# OH 03\n\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Invite Ann\n`;
}

function allPaths(h: TestHost): string[] {
  return h.app.vault
    .getAllLoadedFiles()
    .map((f) => f.path)
    .sort();
}

describe("an index note outside the vault", () => {
  it.each(["../../x", "/etc/office-hours", "C:\\Users\\me\\Index", ".obsidian/index"])("%j: a notice says why, and nothing is written", async (indexNote) => {
    // In memory: a path that escaped would not reach the real disk even on failure.
    ({ host } = await start({ storage: "memory", files: { [EPISODE]: note("") }, data: showData([{ ...SHOW, indexNote }]) }));
    const before = allPaths(host);
    expect(await host.runCommand("office-hours:update-index-note")).toBe(true);
    await settle(host);
    expect(host.noticeMessages()).toHaveLength(1);
    expect(host.noticeMessages()[0]).toMatch(new RegExp(`^The episode list was not written\\. “.+” (is not a path inside the vault|leaves its folder|is in a hidden folder).* Change the index note in the settings of Office Hours\\.$`));
    expect(allPaths(host)).toEqual(before);
    expect(host.errors).toEqual([]);
  });

  it("is refused in the settings tab as it is typed, and not saved", async () => {
    ({ host } = await start({ files: { [EPISODE]: note("") }, data: showData([SHOW]) }));
    const tab = await host.openSettings("office-hours");
    userClick(findSetting(tab, "Office Hours"));
    const input = findSetting(tab, "Index note").querySelector("input");
    if (!input) throw new Error("no input");
    typeInto(input, "../../x");
    await settle(host);
    expect(findSetting(tab, "Index note").querySelector(".office-hours-field-error")?.textContent).toBe(
      "“../../x” leaves its folder with “.” or “..”; write the path from the vault's top folder.",
    );
    expect((JSON.parse(onDisk(host, DATA_PATH)) as { shows: { indexNote: string }[] }).shows[0]?.indexNote).toBe("");
  });
});

describe("a calendar invite for a note whose url is no link", () => {
  it("is written without a URL, and the notice says why", async () => {
    // Studio and channel links set, so the export asks for nothing and writes at once.
    const links = { studio: "https://streamyard.com/s/oh", channel: "https://youtube.com/@oh" };
    ({ host } = await start({ files: { [EPISODE]: note("youtu.be/abc (live)") }, data: showData([{ ...SHOW, links }]) }));
    await host.openFile(EPISODE);
    await host.runCommand("office-hours:create-calendar-invite");
    await settle(host);
    const ics = onDisk(host, EPISODE.replace(/\.md$/, ".ics"));
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).not.toContain("youtu.be");
    expect(ics).not.toMatch(/^URL/m);
    expect(host.noticeMessages()).toEqual([
      "Calendar invite “Office Hours #03 with Ann Lee” saved to Office Hours/OH 03 - Tempo tips, with Ann Lee.ics. The note's url “youtu.be/abc (live)” is not a web link (https://…), so the invite has no URL.",
    ]);
  });
});
