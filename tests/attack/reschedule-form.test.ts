// @vitest-environment happy-dom
// Attacks on "Reschedule episode" and "Undo last reschedule" through the stand-in host.
// What the form and the apply do when the target is a no-op, a time the clocks skip, a name
// taken, or when the note, its invite or the index note changes while the form is open.
import { describe, expect, it } from "vitest";
import { onDisk, settle } from "../plugin/harness";
import { typeInto } from "../host/interactions";
import { formChanges, ICS_OLD, NEW, OLD, openForm, README, snapshot, submit, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

describe("a reschedule that changes nothing", () => {
  it("to the same date and time: the form says so and nothing is written or renamed", async () => {
    const h = await setUp();
    const before = snapshot(h);
    const f = await openForm(h, "2024-02-15", "16:00");
    expect(formChanges(f)).toEqual(["The episode is already at that date and time."]);
    await submit(h, f);
    expect(h.activeModal()).not.toBeNull();
    expect(snapshot(h)).toEqual(before);
  });
});

describe("daylight saving in the show's zone", () => {
  it("a time the clocks skip (02:30 on 31 March in Madrid) is warned about, with the time the show would start", async () => {
    const h = await setUp();
    const f = await openForm(h, "2024-03-31", "02:30");
    expect(f.el.querySelector(".office-hours-time-hint")?.textContent).toContain("03:30 CEST");
    const warnings = Array.from(f.el.querySelectorAll(".office-hours-reschedule-warning")).map((li) => li.textContent);
    expect(warnings).toEqual(["02:30 does not happen on 2024-03-31 in Europe/Madrid (the clocks go forward): the show would start at 03:30."]);
    // A time that happens twice (27 October) is a real time: no warning.
    typeInto(f.date, "2024-10-27");
    expect(f.el.querySelectorAll(".office-hours-reschedule-warning")).toHaveLength(0);
  });
});

describe("the note changes while the form is open", () => {
  it("deleted: nothing is created, renamed or rewritten, and a notice says so", async () => {
    const h = await setUp();
    const f = await openForm(h, "2024-02-22");
    const file = h.app.vault.getFileByPath(OLD);
    if (!file) throw new Error("no note");
    await h.app.fileManager.trashFile(file);
    await settle(h);
    const before = snapshot(h);
    await submit(h, f);
    expect(snapshot(h)).toEqual(before);
    expect(h.app.vault.getFileByPath(NEW)).toBeNull();
    expect(h.noticeMessages().at(-1)).toMatch(/did not reschedule|could not finish/);
  });

  it("renamed by the user: the new name keeps what the user typed and gets the new date", async () => {
    const h = await setUp();
    const f = await openForm(h, "2024-02-22");
    const file = h.app.vault.getFileByPath(OLD);
    if (!file) throw new Error("no note");
    await h.app.fileManager.renameFile(file, "CafeConGrafana/Episodes/CCG 012 - 240215 - Tempo.md");
    await settle(h);
    await submit(h, f);
    expect(h.app.vault.getFileByPath("CafeConGrafana/Episodes/CCG 012 - 240222 - Tempo.md")).not.toBeNull();
    expect(onDisk(h, "CafeConGrafana/Episodes/CCG 012 - 240222 - Tempo.md")).toContain("date: 2024-02-22\n");
  });

  it("its date edited in the open editor: refused, the name and every file as they were, the typing kept", async () => {
    const h = await setUp();
    const view = await h.openFile(OLD);
    const f = await openForm(h, "2024-02-22");
    const line = view.editor.getValue().split("\n").indexOf("date: 2024-02-15");
    expect(line).toBeGreaterThan(0);
    view.editor.setLine(line, "date: 2024-02-29");
    const typed = view.editor.getValue();
    await h.flush();
    const before = snapshot(h);
    await submit(h, f);
    expect(snapshot(h)).toEqual(before);
    expect(h.app.vault.getFileByPath(NEW)).toBeNull();
    expect(view.editor.getValue()).toBe(typed);
    expect(h.noticeMessages().at(-1)).toContain("The note's date or time changed while the form was open.");
  });
});

describe("the new name is taken", () => {
  it("after the form opened: refused when the button is pressed, every file as it was, the other note untouched", async () => {
    const h = await setUp();
    const f = await openForm(h, "2024-02-22");
    expect(f.el.querySelector(".office-hours-field-error")).toBeNull();
    await h.app.vault.create(NEW, "Someone else's note\n");
    await settle(h);
    const before = snapshot(h);
    await submit(h, f);
    expect(snapshot(h)).toEqual(before);
    // The click looks again: the form stays open and names the note in the way.
    expect(h.activeModal()).not.toBeNull();
    expect(f.el.querySelector(".office-hours-field-error")?.textContent).toContain(`“${NEW}” already exists`);
  });

  it("by a name that differs only in case (one file on macOS and Windows): refused in the form, nothing written", async () => {
    const h = await setUp({ extra: { [NEW.replace("TBD", "tbd")]: "Mine\n" } });
    const before = snapshot(h);
    const f = await openForm(h, "2024-02-22");
    expect(f.el.querySelector(".office-hours-field-error")?.textContent).toContain("already exists");
    await submit(h, f);
    expect(snapshot(h)).toEqual(before);
  });
});

describe("the invite or the index note goes while the form is open", () => {
  for (const gone of [ICS_OLD, README]) {
    it(`${gone.endsWith(".ics") ? "the .ics" : "the index note"} deleted: the rest is rescheduled, the notice says what was left, and undo takes it back`, async () => {
      const h = await setUp();
      const before = onDisk(h, OLD);
      const f = await openForm(h, "2024-02-22");
      await h.app.fileManager.trashFile(h.app.vault.getFileByPath(gone) ?? fail());
      await settle(h);
      await submit(h, f);
      expect(onDisk(h, NEW)).toContain("date: 2024-02-22\n");
      const notice = h.noticeMessages().at(-1) ?? "";
      expect(notice).toContain("Rescheduled CCG 012 - 240215 - TBD:");
      expect(notice).toMatch(gone.endsWith(".ics") ? /calendar invite was not updated/ : /episode list could not be found again/);
      expect(h.app.vault.getFileByPath(gone)).toBeNull();
      await undo(h);
      expect(h.noticeMessages().at(-1)).toContain("Reschedule undone:");
      expect(onDisk(h, OLD)).toBe(before);
    });
  }
});

function fail(): never {
  throw new Error("missing file");
}
