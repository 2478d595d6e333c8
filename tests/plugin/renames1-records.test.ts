// @vitest-environment happy-dom
// renames1: an episode renamed by hand (or by a sync tool) moves the index note's record
// of the guest names the plugin wrote (keyed by the note's name), so the next update still
// knows them as the plugin's. Only record lines change; nothing is written when no record
// names the note; a reschedule's own rename (which moves the record itself) is not moved twice.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";
import { RECORD_DELAY_MS } from "../../src/plugin/renames/rename-follower";
import { fakeTimers } from "./sidebar-dom";
import { fileAt, finish, onDisk, settle, showData, start } from "./harness";
import { NEW, OLD, README, reschedule, undo, scene } from "../attack/reschedule-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
  vi.useRealTimers();
});

const INDEX = "Office Hours/Office Hours episodes.md";
const EP = "Office Hours/OH 03 - Tracing.md";
const EP_NEW = "Office Hours/OH 03 - Tracing deep dive.md";
const DATA = showData([{ id: "office-hours", name: "Office Hours", code: "OH", folder: "Office Hours", indexNote: INDEX, schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } }]);
const files = (guests: string) => ({
  [EP]: `---\ndate: 2025-05-02\n---\nGuest:: ${guests}\n\n- [x] Invite\n`,
  "Office Hours/OH 04 - Loki.md": "---\ndate: 2025-05-09\n---\nGuest:: Cy Diaz\n\n- [x] Invite\n",
  [INDEX]: `# Office Hours\n\nMy words.\n\n${BLOCK_START}\n${BLOCK_END}\n`,
});

/** The index note's lines that differ between two texts (same number of lines). */
function changed(a: string, b: string): string[] {
  const bl = b.split("\n");
  return a.split("\n").flatMap((line, i) => (line === bl[i] ? [] : [`${line} → ${bl[i] ?? ""}`]));
}

/** As Obsidian's link updater does after fileManager.renameFile (the host's does not): the list's link follows. */
async function relink(h: TestHost, from: string, to: string): Promise<void> {
  await h.app.vault.process(fileAt(h, INDEX), (data) => data.replace(`[[${from}]]`, `[[${to}]]`));
}

async function started(guests: string): Promise<TestHost> {
  fakeTimers();
  ({ host } = await start({ data: DATA, files: files(guests) }));
  expect(await host.runCommand("office-hours:update-index-note")).toBe(true);
  await settle(host);
  return host;
}

describe("an episode renamed by hand", () => {
  for (const how of ["fileManager.renameFile", "vault.rename (a sync tool)"] as const) {
    it(`by ${how}: the record follows, only its line changes; a guest taken off then leaves the line`, async () => {
      const h = await started("Ann Lee, Bo Chen");
      const before = onDisk(h, INDEX);
      expect(before).toContain("%% office-hours:episode-list wrote guests: OH 03 - Tracing: Ann Lee, Bo Chen | OH 04 - Loki: Cy Diaz %%");
      if (how === "fileManager.renameFile") await h.app.fileManager.renameFile(fileAt(h, EP), EP_NEW);
      else await h.app.vault.rename(fileAt(h, EP), EP_NEW);
      await relink(h, "OH 03 - Tracing", "OH 03 - Tracing deep dive");
      const relinked = onDisk(h, INDEX);
      await settle(h);
      await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS);
      await settle(h);
      const after = onDisk(h, INDEX);
      expect(changed(relinked, after)).toEqual([
        "%% office-hours:episode-list wrote guests: OH 03 - Tracing: Ann Lee, Bo Chen | OH 04 - Loki: Cy Diaz %% → %% office-hours:episode-list wrote guests: OH 03 - Tracing deep dive: Ann Lee, Bo Chen | OH 04 - Loki: Cy Diaz %%",
      ]);
      // Bo Chen taken off the episode: the next update takes the plugin's name off its line.
      await h.app.vault.process(fileAt(h, EP_NEW), (data) => data.replace("Guest:: Ann Lee, Bo Chen", "Guest:: Ann Lee"));
      await settle(h);
      await vi.advanceTimersByTimeAsync(2000);
      await settle(h);
      expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
      await settle(h);
      const line = onDisk(h, INDEX).split("\n").find((l) => l.includes("[[OH 03 - Tracing deep dive]]"));
      expect(line).toBe("- 2025-05-02: [[OH 03 - Tracing deep dive]] with Ann Lee");
    });
  }

  it("no record names the note (no guest written): the index note is not written", async () => {
    const h = await started("");
    const before = onDisk(h, INDEX);
    const mtime = fileAt(h, INDEX).stat.mtime;
    expect(before).not.toContain("OH 03 - Tracing:");
    const process = vi.spyOn(h.app.vault, "process");
    const modify = vi.spyOn(h.app.vault, "modify");
    await h.app.vault.rename(fileAt(h, EP), EP_NEW);
    await settle(h);
    await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS);
    await settle(h);
    expect(onDisk(h, INDEX)).toBe(before);
    expect(fileAt(h, INDEX).stat.mtime).toBe(mtime);
    expect(modify).not.toHaveBeenCalled();
    // Read inside process and refused: nothing written.
    expect(process.mock.calls.every(([file]) => file.path === INDEX)).toBe(true);
  });

  it("a move to another folder (same name) touches no record", async () => {
    const h = await started("Ann Lee");
    const before = onDisk(h, INDEX);
    const process = vi.spyOn(h.app.vault, "process");
    await h.app.vault.createFolder("Archive");
    await h.app.fileManager.renameFile(fileAt(h, EP), "Archive/OH 03 - Tracing.md");
    await settle(h);
    await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS);
    await settle(h);
    expect(onDisk(h, INDEX)).toBe(before);
    expect(process).not.toHaveBeenCalled();
  });
});

describe("two shows with an episode of the same name", () => {
  it("renaming one show's episode leaves the other show's record alone", async () => {
    fakeTimers();
    const show = (id: string, folder: string) => ({ id, name: folder, code: id.toUpperCase(), folder, indexNote: `${folder}/List.md`, schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 } });
    const note = "---\ndate: 2025-05-02\n---\nGuest:: Ann Lee\n\n- [x] Invite\n";
    const list = `${BLOCK_START}\n${BLOCK_END}\n`;
    ({ host } = await start({
      data: showData([show("a", "Alpha"), show("b", "Beta")]),
      files: { "Alpha/Episode 12.md": note, "Beta/Episode 12.md": note, "Alpha/List.md": list, "Beta/List.md": list },
    }));
    const h = host;
    for (const folder of ["Alpha", "Beta"]) {
      await h.openFile(`${folder}/List.md`);
      expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
      await settle(h);
    }
    const alpha = onDisk(h, "Alpha/List.md");
    expect(alpha).toContain("wrote guests: Episode 12: Ann Lee %%");
    await h.app.vault.rename(fileAt(h, "Beta/Episode 12.md"), "Beta/Episode 12 - Tempo.md");
    await settle(h);
    await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS);
    await settle(h);
    expect(onDisk(h, "Beta/List.md")).toContain("wrote guests: Episode 12 - Tempo: Ann Lee %%");
    expect(onDisk(h, "Alpha/List.md")).toBe(alpha);
  });
});

describe("a reschedule's own rename", () => {
  const name = (path: string) => path.slice(path.lastIndexOf("/") + 1, -3);

  it("moves the record once (the reschedule's), and its undo puts the list back exactly", async () => {
    fakeTimers();
    const { host: h } = await scene();
    host = h;
    const first = onDisk(h, README);
    expect(first).toContain(`wrote guests: ${name(OLD)}: Israel Blancas %%`);
    await reschedule(h, "2024-02-22");
    expect(h.noticeMessages().at(-1)).toContain("Rescheduled");
    const rescheduled = onDisk(h, README);
    expect(rescheduled).toContain(`wrote guests: ${name(NEW)}: Israel Blancas %%`);
    await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS * 2);
    await settle(h);
    // The listener found nothing left to move: the list is as the reschedule wrote it.
    expect(onDisk(h, README)).toBe(rescheduled);
    await undo(h);
    await vi.advanceTimersByTimeAsync(RECORD_DELAY_MS * 2);
    await settle(h);
    expect(h.noticeMessages().some((m) => m.startsWith("Reschedule undone:") && m.includes(`episode list restored in ${README}`))).toBe(true);
    expect(onDisk(h, README)).toBe(first);
  });
});
