// @vitest-environment happy-dom
// Attacks on "Reschedule episode" and "Undo last reschedule" through the stand-in host, as
// a demanding user would make them: no-op targets, notes that vanish or move while the
// form is open, a user's .ics in the way, reschedules in a row and undo after them, the
// index note's own lines, a pattern that writes only part of the date.
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, LOKI_CACHE, onDisk, realNote, settle, showData, start, TestClock } from "../plugin/harness";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";
import { findButton, typeInto, userClick } from "../host/interactions";
import {
  ccg, event, formChanges, NOW, ICS_NEW, ICS_OLD, NEW, OLD, openForm, outsideBlock, README, README_HEAD, README_TAIL, reschedule, scene, snapshot, submit, undo,
} from "./reschedule-setup";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

async function setUp(options: Parameters<typeof scene>[0] = {}): Promise<TestHost> {
  const s = await scene(options);
  host = s.host;
  return s.host;
}

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

describe("the calendar invite", () => {
  it("is never written over the user's own file at the new name: the invite stays at its old name, the user's file as it was", async () => {
    const mine = "BEGIN:VCALENDAR\r\nPRODID:-//Me//My calendar//EN\r\nEND:VCALENDAR\r\n";
    const h = await setUp({ extra: { [ICS_NEW]: mine } });
    const was = event(onDisk(h, ICS_OLD));
    await reschedule(h, "2024-02-22");
    expect(onDisk(h, ICS_NEW)).toBe(mine);
    const now = event(onDisk(h, ICS_OLD));
    expect(now.uid).toBe(was.uid);
    expect(now.sequence).toBe(was.sequence + 1);
    expect(now.start).toBe("2024-02-22T14:45:00.000Z");
    // Undone: the invite back at the old time, still under its old name; the user's file untouched.
    await undo(h);
    expect(onDisk(h, ICS_NEW)).toBe(mine);
    expect(event(onDisk(h, ICS_OLD)).start).toBe("2024-02-15T14:45:00.000Z");
  });

  it("keeps its UID and raises SEQUENCE at every reschedule and undo", async () => {
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    await reschedule(h, "2024-02-22");
    await reschedule(h, "2024-03-07");
    const third = "CafeConGrafana/Episodes/CCG 012 - 240307 - TBD.ics";
    expect(event(onDisk(h, third))).toEqual({ uid: first.uid, sequence: first.sequence + 2, start: "2024-03-07T14:45:00.000Z" });
    await undo(h);
    expect(event(onDisk(h, ICS_NEW))).toEqual({ uid: first.uid, sequence: first.sequence + 3, start: "2024-02-22T14:45:00.000Z" });
    await reschedule(h, "2024-02-29");
    expect(event(onDisk(h, "CafeConGrafana/Episodes/CCG 012 - 240229 - TBD.ics")).sequence).toBe(first.sequence + 4);
  });
});

describe("there and back", () => {
  it("a week later, then a week earlier: the note, its name and the index note byte for byte; the invite at the old time, two sequences on", async () => {
    const h = await setUp();
    const before = snapshot(h);
    const ics = event(onDisk(h, ICS_OLD));
    await reschedule(h, "2024-02-22", "17:30");
    await reschedule(h, "2024-02-15", "16:00");
    const after = snapshot(h);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const path of Object.keys(before)) if (!path.endsWith(".ics")) expect(after[path], path).toBe(before[path]);
    expect(event(after[ICS_OLD] ?? "")).toEqual({ ...ics, sequence: ics.sequence + 2 });
  });
});

describe("invites kept in a calendar folder", () => {
  it("the invite there is found, updated and renamed with the note, and put back by undo", async () => {
    const h = await setUp({ settings: { calendarFolder: "Calendar" }, extra: { "Calendar/.keep.md": "" } });
    const old = "Calendar/CCG 012 - 240215 - TBD.ics";
    const first = event(onDisk(h, old));
    await reschedule(h, "2024-02-22");
    expect(h.app.vault.getFileByPath(old)).toBeNull();
    expect(event(onDisk(h, "Calendar/CCG 012 - 240222 - TBD.ics"))).toEqual({ uid: first.uid, sequence: first.sequence + 1, start: "2024-02-22T14:45:00.000Z" });
    await undo(h);
    expect(event(onDisk(h, old))).toEqual({ uid: first.uid, sequence: first.sequence + 2, start: "2024-02-15T14:45:00.000Z" });
  });
});

describe("undo", () => {
  it("after two reschedules takes back the second only; a second undo has nothing to take back", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    const middle = snapshot(h);
    await reschedule(h, "2024-03-07");
    await undo(h);
    const back = snapshot(h);
    // The .ics is written again at the old time with a higher SEQUENCE: everything else is byte for byte.
    const ics = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([p]) => !p.endsWith(".ics")));
    expect(ics(back)).toEqual(ics(middle));
    expect(Object.keys(back).sort()).toEqual(Object.keys(middle).sort());
    await undo(h);
    expect(h.noticeMessages().at(-1)).toBe("There is no reschedule to undo.");
    expect(snapshot(h)).toEqual(back);
  });

  it("refuses, changing nothing, when the note was edited on disk, the list or the .ics since", async () => {
    for (const [what, edit] of [
      ["note", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(NEW) ?? fail(), (d) => `${d}More notes.\n`)],
      ["list", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(README) ?? fail(), (d) => d.replace("with Israel Blancas", "with Israel Blancas (confirmed)"))],
      ["ics", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(ICS_NEW) ?? fail(), (d) => d.replace("SUMMARY:", "SUMMARY:Moved "))],
    ] as const) {
      const h = await setUp();
      await reschedule(h, "2024-02-22");
      await edit(h);
      await settle(h);
      const before = snapshot(h);
      await undo(h);
      expect(snapshot(h), what).toEqual(before);
      expect(h.noticeMessages().at(-1), what).toMatch(/^Nothing was undone: .* changed since\.$/);
      finish(h);
      host = undefined;
    }
  });
});

describe("undo, more", () => {
  it("refuses, changing nothing, when a new note took the old name since", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    await h.app.vault.create(OLD, "A new note of mine.\n");
    const before = snapshot(h);
    await undo(h);
    expect(snapshot(h)).toEqual(before);
    expect(h.noticeMessages().at(-1)).toBe(`Nothing was undone: “${OLD}” exists again.`);
  });

  it("takes out the time: line a reschedule had to add, byte for byte", async () => {
    const h = await setUp();
    // A note without a time of its own (it takes the show's 16:00).
    const file = h.app.vault.getFileByPath(OLD) ?? fail();
    await h.app.vault.process(file, (d) => d.replace(/^time: .*\n/m, ""));
    await settle(h);
    const before = onDisk(h, OLD);
    expect(before).not.toMatch(/^time:/m);
    await reschedule(h, "2024-02-22", "17:30");
    expect(onDisk(h, NEW)).toContain("date: 2024-02-22\ntime: 17:30\n");
    await undo(h);
    expect(onDisk(h, OLD)).toBe(before);
  });
});

describe("line endings and a byte order mark", () => {
  it("a closed CRLF note with a BOM comes back byte for byte after reschedule and undo", async () => {
    const h = await setUp();
    // Only the index note is open: the episode is picked, and edited in the background.
    await h.openFile(README);
    const file = h.app.vault.getFileByPath(OLD) ?? fail();
    await h.app.vault.process(file, (d) => `\ufeff${d.replace(/\r?\n/g, "\r\n")}`);
    await settle(h);
    const before = onDisk(h, OLD);
    expect(before.startsWith("\ufeff---\r\n")).toBe(true);
    await reschedule(h, "2024-02-22", undefined, "CCG 012");
    const after = onDisk(h, NEW);
    expect(after.startsWith("\ufeff---\r\n")).toBe(true);
    expect(after).toContain("date: 2024-02-22\r\n");
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    await undo(h);
    expect(onDisk(h, OLD)).toBe(before);
  });
});

describe("the index note", () => {
  it("keeps every line of the user's outside the block through a reschedule and its undo", async () => {
    const h = await setUp();
    const mine = outsideBlock(onDisk(h, README));
    expect(mine).toBe(`${README_HEAD}\n${README_TAIL}`);
    await reschedule(h, "2024-02-22");
    const after = onDisk(h, README);
    expect(outsideBlock(after)).toBe(mine);
    // The episode's one line names it by its new name; no line is left for the old one.
    const block = after.slice(after.indexOf("%% office-hours:episode-list start"), after.indexOf("%% office-hours:episode-list end"));
    expect(block.split("\n").filter((line) => line.includes("[[CCG 012"))).toEqual(["- 2024-02-22: [[CCG 012 - 240222 - TBD]] with Israel Blancas"]);
    await undo(h);
    expect(outsideBlock(onDisk(h, README))).toBe(mine);
  });
});

describe("the index note open with unsaved typing", () => {
  it("keeps the typing through the reschedule and its undo (the list is written through the editor)", async () => {
    const h = await setUp();
    const view = await h.openFile(README);
    view.editor.replaceRange("Typed just now, not saved yet.\n", { line: 2, ch: 0 });
    const typed = view.editor.getValue();
    await h.openFile(OLD, { newLeaf: true });
    await reschedule(h, "2024-02-22");
    expect(view.editor.getValue()).toContain("Typed just now, not saved yet.\n");
    expect(view.editor.getValue()).toContain("[[CCG 012 - 240222 - TBD]]");
    await h.flush();
    expect(onDisk(h, README)).toBe(view.editor.getValue());
    await undo(h);
    expect(h.noticeMessages().at(-1)).toContain("Reschedule undone:");
    expect(view.editor.getValue()).toBe(typed);
  });
});

describe("the agenda", () => {
  it("follows the reschedule and its undo: every item once, under the note's new path, then the old", async () => {
    const h = await setUp();
    await h.runCommand("office-hours:open-agenda");
    await settle(h);
    const items = () => {
      const view = h.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
      if (!(view instanceof AgendaView)) throw new Error("no agenda");
      view.redraw(true);
      return [...view.contentEl.querySelectorAll<HTMLElement>(".office-hours-agenda-item")].map((el) => `${el.dataset.path ?? ""}:${el.dataset.line ?? ""}`).sort();
    };
    const before = items();
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((item) => item.startsWith(`${OLD}:`))).toBe(true);
    await h.openFile(OLD);
    await reschedule(h, "2024-02-22");
    expect(items()).toEqual(before.map((item) => item.replace(OLD, NEW)).sort());
    await undo(h);
    expect(items()).toEqual(before);
  });
});

describe("an idea made without a date", () => {
  it("gets its date, and its items' offsets become Tasks dates; undo gives the offsets back", async () => {
    const show = ccg({ fileNamePattern: "{{code}} {{number}} - {{topic}}" });
    const h = await setUp({ show, episode: { topic: "Idea", number: 13, date: "" } });
    const path = "CafeConGrafana/Episodes/CCG 013 - Idea.md";
    const before = onDisk(h, path);
    expect(before).toContain("📅 -3w");
    await h.openFile(path);
    const f = await openForm(h, "2024-03-14");
    expect(formChanges(f)).toContain("date set to 2024-03-14");
    await submit(h, f);
    const after = onDisk(h, path);
    expect(after).toContain("date: 2024-03-14\n");
    expect(after).not.toMatch(/📅 [-+]?\d+[dwh]\b/);
    expect(after).toContain("📅 2024-02-22");
    await undo(h);
    expect(onDisk(h, path)).toBe(before);
  });
});

describe("typing in the index note just before undo", () => {
  it("is kept, and the list is put back around it", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    const view = await h.openFile(README, { newLeaf: true });
    view.editor.replaceRange("Typed a second ago.\n", { line: 2, ch: 0 });
    await h.runCommand("office-hours:undo-reschedule");
    await settle(h, 8);
    expect(h.noticeMessages().at(-1)).toContain("Reschedule undone:");
    expect(view.editor.getValue()).toContain("Typed a second ago.\n");
    expect(view.editor.getValue()).toContain("[[CCG 012 - 240215 - TBD]] with Israel Blancas");
    await h.flush();
    expect(onDisk(h, README)).toContain("Typed a second ago.\n");
  });
});

describe("a pattern that writes only part of the date", () => {
  it("a monthly name ({{date:YYYY-MM}}) moved within its month keeps its name and is rescheduled", async () => {
    const show = ccg({ fileNamePattern: "{{date:YYYY-MM}} {{code}} {{number}} - {{topic}}" });
    const h = await setUp({ show });
    const path = "CafeConGrafana/Episodes/2024-02 CCG 012 - TBD.md";
    expect(h.app.vault.getFileByPath(path)).not.toBeNull();
    const f = await openForm(h, "2024-02-22");
    expect(formChanges(f)[0]).toBe("date 2024-02-15 → 2024-02-22");
    expect(f.el.querySelector(".office-hours-field-error")).toBeNull();
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    expect(onDisk(h, path)).toContain("date: 2024-02-22\n");
    // Moved into March, the name follows.
    await reschedule(h, "2024-03-07");
    expect(onDisk(h, "CafeConGrafana/Episodes/2024-03 CCG 012 - TBD.md")).toContain("date: 2024-03-07\n");
  });
});

describe("exporting the invite again a minute after reschedules", () => {
  // DEFECT (src/plugin/snippets/ invite export, SEQUENCE from the clock alone): a new
  // export takes "minutes since 2024" as its SEQUENCE even over an invite whose SEQUENCE
  // is higher; after two reschedules in the export's minute, an export a minute later has
  // a lower SEQUENCE, and calendar apps keep the old event. The export should write at
  // least the file's SEQUENCE + 1, as the reschedule does.
  it.fails("writes a SEQUENCE above the invite's, so calendar apps take it", async () => {
    const s = await scene();
    host = s.host;
    const h = s.host;
    await reschedule(h, "2024-02-22");
    await reschedule(h, "2024-02-29");
    const path = "CafeConGrafana/Episodes/CCG 012 - 240229 - TBD.ics";
    const rescheduled = event(onDisk(h, path)).sequence;
    s.clock.current = new Date(s.clock.current.getTime() + 60_000);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h);
    expect(event(onDisk(h, path)).sequence).toBeGreaterThan(rescheduled);
  });
});

describe("exporting the invite again after a numberless episode was renamed", () => {
  // DEFECT (src/plugin/snippets/ and src/core/snippets/episode-invite.ts, episodeUid): the
  // export computes the UID from the note's new path, takes the invite the reschedule kept
  // for a stranger's, and writes a second file with a new UID: the calendar gets a second
  // event. The reschedule finds the invite (invite-identity.ts); the export does not.
  it.fails("updates the one invite (same UID) instead of adding a second event", async () => {
    const show = ccg({ fileNamePattern: "{{date}}-{{topic}}" });
    const h = await setUp({ show, episode: { topic: "loki-cache", number: null, date: "2024-02-15" } });
    const first = event(onDisk(h, "CafeConGrafana/Episodes/2024-02-15-loki-cache.ics"));
    await reschedule(h, "2024-02-22");
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h);
    const asked = h.activeModal();
    if (asked) {
      userClick(findButton(asked.modalEl, "Leave them out"));
      await settle(h);
    }
    const invites = h.app.vault.getFiles().filter((f) => f.extension === "ics");
    expect(invites.map((f) => f.path)).toEqual(["CafeConGrafana/Episodes/2024-02-22-loki-cache.ics"]);
    expect(event(onDisk(h, "CafeConGrafana/Episodes/2024-02-22-loki-cache.ics")).uid).toBe(first.uid);
  });
});

describe("a note whose date is only in its name (the real Loki note, `date:` empty)", () => {
  it("is renamed to the new date, its empty date: left empty, and undo names it back", async () => {
    const loki = realNote(LOKI_CACHE);
    const show = ccg({ id: "loki", name: "Loki Community Call", code: "LCC", folder: "Loki", fileNamePattern: "{{date}}-{{topic}}", indexNote: "" });
    const { host: h } = await start({ clock: new TestClock(NOW), data: showData([show as unknown as Record<string, unknown>]), files: { [`Loki/${LOKI_CACHE}`]: loki } });
    host = h;
    await h.openFile(`Loki/${LOKI_CACHE}`);
    const f = await openForm(h, "2025-04-01");
    expect(formChanges(f)).toContain("renamed to “2025-04-01-loki-cache”");
    await submit(h, f);
    expect(h.noticeMessages().at(-1)).toContain("Rescheduled 2025-03-25-loki-cache: renamed to 2025-04-01-loki-cache");
    expect(onDisk(h, "Loki/2025-04-01-loki-cache.md")).toBe(loki);
    await undo(h);
    expect(onDisk(h, `Loki/${LOKI_CACHE}`)).toBe(loki);
  });
});

describe("a show without episode numbers (its notes named by date, like Loki's)", () => {
  // An episode without a number gets a UID made from its note's path
  // (src/core/snippets/episode-invite.ts, episodeUid), so once a reschedule renames the
  // note the path gives another UID: the invite is found by its file name, the plugin's
  // PRODID and its event starting when the note says, and keeps the UID it has.
  it("finds its invite again at the second reschedule: the same UID, the next SEQUENCE", async () => {
    const show = ccg({ fileNamePattern: "{{date}}-{{topic}}" });
    const h = await setUp({ show, episode: { topic: "loki-cache", number: null, date: "2024-02-15" } });
    const first = event(onDisk(h, "CafeConGrafana/Episodes/2024-02-15-loki-cache.ics"));
    await reschedule(h, "2024-02-22");
    expect(event(onDisk(h, "CafeConGrafana/Episodes/2024-02-22-loki-cache.ics")).sequence).toBe(first.sequence + 1);
    await reschedule(h, "2024-02-29");
    expect(event(onDisk(h, "CafeConGrafana/Episodes/2024-02-29-loki-cache.ics"))).toEqual({ uid: first.uid, sequence: first.sequence + 2, start: "2024-02-29T14:45:00.000Z" });
  });
});

function fail(): never {
  throw new Error("missing file");
}

