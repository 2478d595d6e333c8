// @vitest-environment happy-dom
// Attacks on "Reschedule episode" and "Undo last reschedule" through the stand-in host.
// The index note's list and the agenda after a reschedule, and notes named or dated in
// other ways: a monthly pattern, the real Loki note dated by its name, an idea with no date.
import { describe, expect, it } from "vitest";
import { LOKI_CACHE, onDisk, realNote, settle, showData, start, TestClock } from "../plugin/harness";
import { AGENDA_VIEW, AgendaView } from "../../src/plugin/agenda/agenda-view";
import { findButton, userClick } from "../host/interactions";
import { ccg, formChanges, NEW, NOW, OLD, openForm, outsideBlock, README, README_HEAD, README_TAIL, reschedule, submit, undo, sceneHosts } from "./reschedule-setup";

const { setUp, keep } = sceneHosts();

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

describe("a note whose date is only in its name (the real Loki note, `date:` empty)", () => {
  it("is renamed to the new date, its empty date: left empty, and undo names it back", async () => {
    const loki = realNote(LOKI_CACHE);
    const show = ccg({ id: "loki", name: "Loki Community Call", code: "LCC", folder: "Loki", fileNamePattern: "{{date}}-{{topic}}", indexNote: "" });
    const { host: h } = await start({ clock: new TestClock(NOW), data: showData([show as unknown as Record<string, unknown>]), files: { [`Loki/${LOKI_CACHE}`]: loki } });
    keep(h);
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
