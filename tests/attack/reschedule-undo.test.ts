// @vitest-environment happy-dom
// Attacks on "Reschedule episode" and "Undo last reschedule" through the stand-in host.
// Undo and there-and-back: every file as it was, byte for byte; refusals that change
// nothing; CRLF and a byte order mark; typing in the index note kept.
import { describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { onDisk, settle } from "../plugin/harness";
import { event, ICS_NEW, ICS_OLD, NEW, OLD, README, reschedule, snapshot, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

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

  it("refuses, changing nothing, when the note was edited on disk, the list since, or the .ics is no longer the episode's", async () => {
    for (const [what, edit] of [
      ["note", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(NEW) ?? fail(), (d) => `${d}More notes.\n`)],
      ["list", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(README) ?? fail(), (d) => d.replace("with Israel Blancas", "with Israel Blancas (confirmed)"))],
      // An edit that keeps it the episode's invite is no hindrance (invite-sequence.test.ts): another file under its name is.
      ["ics", async (h: TestHost) => h.app.vault.process(h.app.vault.getFileByPath(ICS_NEW) ?? fail(), (d) => d.replace(/^PRODID:.*$/m, "PRODID:-//Me//My calendar//EN"))],
    ] as const) {
      const h = await setUp();
      await reschedule(h, "2024-02-22");
      await edit(h);
      await settle(h);
      const before = snapshot(h);
      await undo(h);
      expect(snapshot(h), what).toEqual(before);
      expect(h.noticeMessages().at(-1), what).toMatch(/^Nothing was undone: .* changed since( \(.*\))?\.$/);
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

function fail(): never {
  throw new Error("missing file");
}
