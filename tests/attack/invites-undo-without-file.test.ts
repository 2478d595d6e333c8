// @vitest-environment happy-dom
// WAS A DEFECT (src/plugin/reschedule/undo.ts): "Undo last reschedule" refused as a whole
// ("the calendar invite … changed since") when the .ics was deleted after the reschedule,
// though the reschedule itself goes on without one. Now it restores what it still can (the
// note, its name, the index list), makes no new invite file, and says so.
import { describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { onDisk, settle } from "../plugin/harness";
import { ICS_NEW, ICS_OLD, NEW, README, reschedule, snapshot, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

const withoutIcs = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => !path.endsWith(".ics")));

async function rescheduleThenDeleteInvite(h: TestHost): Promise<void> {
  await reschedule(h, "2024-02-22");
  expect(h.app.vault.getFileByPath(ICS_NEW)).not.toBeNull();
  await h.externalDelete(ICS_NEW);
  await settle(h);
}

describe("undo after the invite was deleted", () => {
  it("restores the note, its name and the index list byte for byte, makes no .ics, and says the invite was gone", async () => {
    const h = await setUp();
    const original = withoutIcs(snapshot(h));
    await rescheduleThenDeleteInvite(h);
    await undo(h);
    expect(snapshot(h)).toEqual(original);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics")).toEqual([]);
    const notice = h.noticeMessages().at(-1) ?? "";
    expect(notice).toMatch(/^Reschedule undone: /);
    expect(notice).toContain("renamed back to");
    expect(notice).toContain(`episode list restored in ${README}`);
    expect(notice).toContain(`the calendar invite ${ICS_NEW} was gone (deleted after the reschedule) and was not made again; “Create calendar invite” writes one at the old time`);
    // And the command it names makes it, at the old time, above every SEQUENCE issued.
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h, 8);
    expect(onDisk(h, ICS_OLD)).toMatch(/^DTSTART:20240215T144500Z\r$/m);
  });

  it("still refuses, changing nothing, when the note was edited since", async () => {
    const h = await setUp();
    await rescheduleThenDeleteInvite(h);
    const note = h.app.vault.getFileByPath(NEW);
    if (!note) throw new Error("no note");
    await h.app.vault.process(note, (d) => `${d}More notes.\n`);
    await settle(h);
    const before = snapshot(h);
    await undo(h);
    expect(snapshot(h)).toEqual(before);
    expect(h.noticeMessages().at(-1)).toMatch(/^Nothing was undone: the note .* changed since\.$/);
  });

  it("still refuses, changing nothing, when another file took the invite's name", async () => {
    const h = await setUp();
    await rescheduleThenDeleteInvite(h);
    await h.externalWrite(ICS_NEW, "BEGIN:VCALENDAR\r\nPRODID:-//Me//My calendar//EN\r\nEND:VCALENDAR\r\n");
    await settle(h);
    const before = snapshot(h);
    await undo(h);
    expect(snapshot(h)).toEqual(before);
    expect(h.noticeMessages().at(-1)).toMatch(/^Nothing was undone: the calendar invite .* changed since/);
  });
});
