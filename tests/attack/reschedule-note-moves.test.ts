// @vitest-environment happy-dom
// The episode's note renamed or deleted by the user (or a sync) while the reschedule
// form is open, and undo after the note was renamed: never a lost note, never a file
// written for a note that is gone, and a notice that says what happened.
import { describe, expect, it } from "vitest";
import { onDisk, settle } from "../plugin/harness";
import { event, ICS_OLD, OLD, openForm, snapshot, submit, undo, reschedule, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();
const FOLDER = "CafeConGrafana/Episodes";

describe("the note renamed while the form is open", () => {
  it("is rescheduled under the name it has now: renamed to the new date, its invite with it, the same event", async () => {
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    const f = await openForm(h, "2024-02-22");
    const file = h.app.vault.getFileByPath(OLD) ?? fail();
    await h.app.fileManager.renameFile(file, `${FOLDER}/CCG 012 - 240215 - Tempo.md`);
    await settle(h);
    await submit(h, f);
    expect(h.noticeMessages().at(-1)).toContain("Rescheduled");
    expect(onDisk(h, `${FOLDER}/CCG 012 - 240222 - Tempo.md`)).toMatch(/^date: 2024-02-22$/m);
    const invites = h.app.vault.getFiles().filter((f) => f.extension === "ics");
    expect(invites).toHaveLength(1);
    expect(event(onDisk(h, invites[0]?.path ?? ""))).toEqual({ uid: first.uid, sequence: first.sequence + 1, start: "2024-02-22T14:45:00.000Z" });
  });
});

describe("the note deleted while the form is open", () => {
  // WAS A DEFECT (src/plugin/reschedule/apply.ts): the rename of the deleted note threw,
  // and the notice was the file system's "could not finish the reschedule: ENOENT …".
  it("is not made again: nothing is written, and the notice says the note is gone", async () => {
    const h = await setUp();
    const f = await openForm(h, "2024-02-22");
    await h.app.fileManager.trashFile(h.app.vault.getFileByPath(OLD) ?? fail());
    await settle(h);
    const before = snapshot(h);
    await submit(h, f);
    expect(snapshot(h)).toEqual(before);
    expect(h.noticeMessages().at(-1)).toBe(`Office Hours did not reschedule CCG 012 - 240215 - TBD: The note ${OLD} is gone (deleted since the form opened), so nothing was changed.`);
  });
});

describe("undo after the note was renamed by hand", () => {
  it("refuses, changing nothing, and says the note is gone from where the reschedule left it", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    const file = h.app.vault.getFileByPath(`${FOLDER}/CCG 012 - 240222 - TBD.md`) ?? fail();
    await h.app.fileManager.renameFile(file, `${FOLDER}/Renamed by me.md`);
    await settle(h);
    const before = snapshot(h);
    await undo(h);
    expect(snapshot(h)).toEqual(before);
    expect(h.noticeMessages().at(-1)).toMatch(/^Nothing was undone: /);
  });
});

function fail(): never {
  throw new Error("missing file");
}
