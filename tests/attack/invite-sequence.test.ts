// @vitest-environment happy-dom
// Every write over the episode's invite (export, reschedule, undo) follows one rule
// (nextRevision in src/core/reschedule/invite-identity.ts): the UID and SEQUENCE come from
// the text being replaced, and the SEQUENCE written is above it. WAS A DEFECT
// (src/plugin/reschedule/apply.ts and undo.ts): the reschedule wrote only over the exact
// text it read when the form opened, with that text's SEQUENCE + 1, and undo only over the
// exact text the reschedule wrote; a revision synced from another device in between (a
// higher SEQUENCE) made the reschedule skip the invite and undo refuse as a whole.
import { describe, expect, it } from "vitest";
import { onDisk, settle } from "../plugin/harness";
import { event, formChanges, ICS_NEW, ICS_OLD, openForm, reschedule, scene, snapshot, submit, undo, sceneHosts } from "./reschedule-setup";

const { setUp, keep } = sceneHosts();

/** The invite as another device's plugin would have written it: the same event, SEQUENCE `n`. */
const revision = (ics: string, n: number) => ics.replace(/^SEQUENCE:\d+/m, `SEQUENCE:${n}`);

describe("a revision of the invite synced from another device", () => {
  it("while the reschedule form is open: the new time is written over it, with its UID and its SEQUENCE + 1", async () => {
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    const f = await openForm(h, "2024-02-22");
    await h.externalWrite(ICS_OLD, revision(onDisk(h, ICS_OLD), 9_999_999));
    await settle(h);
    await submit(h, f);
    expect(event(onDisk(h, ICS_NEW))).toEqual({ uid: first.uid, sequence: 10_000_000, start: "2024-02-22T14:45:00.000Z" });
    expect(h.app.vault.getFileByPath(ICS_OLD)).toBeNull();
    expect(h.noticeMessages().at(-1)).toContain(`calendar invite updated (${ICS_NEW}, sequence 10000000)`);
  });

  it("after the reschedule: undo writes the old time over it, with its SEQUENCE + 1, and takes back the rest", async () => {
    const h = await setUp();
    const original = snapshot(h);
    const first = event(onDisk(h, ICS_OLD));
    await reschedule(h, "2024-02-22");
    await h.externalWrite(ICS_NEW, revision(onDisk(h, ICS_NEW), 9_999_999));
    await settle(h);
    await undo(h);
    expect(h.noticeMessages().at(-1)).toContain(`calendar invite back at the old time (${ICS_OLD}, sequence 10000000)`);
    expect(event(onDisk(h, ICS_OLD))).toEqual({ uid: first.uid, sequence: 10_000_000, start: "2024-02-15T14:45:00.000Z" });
    const back = snapshot(h);
    for (const path of Object.keys(original)) if (!path.endsWith(".ics")) expect(back[path], path).toBe(original[path]);
  });

  it("written with a lower-case name and a parameter (`sequence;X-FROM=phone:…`): read as its number, and the export goes above it", async () => {
    // WAS A DEFECT (a reader that took only `SEQUENCE:<digits>`; now readSequence in core/calendar/ics-read.ts):
    // property names are case-insensitive and may carry parameters (RFC 5545 §3.1); such a
    // line read as no SEQUENCE, 0, and the export wrote the clock's minute, far below it.
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    await h.externalWrite(ICS_OLD, onDisk(h, ICS_OLD).replace(/^SEQUENCE:\d+/m, "sequence;X-FROM=phone:9999999"));
    await settle(h);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h, 8);
    expect(event(onDisk(h, ICS_OLD))).toEqual({ ...first, sequence: 10_000_000 });
  });
});

describe("the invite exported again between a reschedule and its undo", () => {
  it("does not block undo: the old time is written over the export, above its SEQUENCE", async () => {
    // Was refused as a whole ("the calendar invite … changed since"), however long ago.
    const s = await scene();
    const h = keep(s.host);
    await reschedule(h, "2024-02-22");
    s.clock.current = new Date(s.clock.current.getTime() + 90 * 60_000);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h, 8);
    const exported = event(onDisk(h, ICS_NEW));
    await undo(h);
    expect(h.noticeMessages().at(-1)).toMatch(/^Reschedule undone: /);
    expect(event(onDisk(h, ICS_OLD))).toEqual({ uid: exported.uid, sequence: exported.sequence + 1, start: "2024-02-15T14:45:00.000Z" });
  });
});

describe("an invite whose SEQUENCE no write can go above", () => {
  for (const [what, edit] of [
    ["two SEQUENCE lines", (ics: string) => ics.replace(/^(SEQUENCE:\d+\r\n)/m, "$1SEQUENCE:3\r\n")],
    ["the largest a calendar takes (2^31 - 1)", (ics: string) => revision(ics, 2 ** 31 - 1)],
  ] as const) {
    it(`(${what}) is left byte for byte by the export and the reschedule, and the notices say why`, async () => {
      const h = await setUp();
      const stuck = edit(onDisk(h, ICS_OLD));
      await h.externalWrite(ICS_OLD, stuck);
      await settle(h);
      await h.runCommand("office-hours:create-calendar-invite");
      await settle(h, 8);
      expect(onDisk(h, ICS_OLD)).toBe(stuck);
      expect(h.noticeMessages().at(-1)).toMatch(new RegExp(`^No calendar invite was saved: .*TBD\\.ics was left as it is: its SEQUENCE (cannot be read|is the largest)`));
      const f = await openForm(h, "2024-02-22");
      expect(formChanges(f)).toContain("CCG 012 - 240215 - TBD.ics left as it is: its SEQUENCE cannot be read or raised, so no calendar would take an update");
      await submit(h, f);
      expect(onDisk(h, ICS_OLD)).toBe(stuck);
      expect(h.app.vault.getFileByPath(ICS_NEW)).toBeNull();
      expect(h.noticeMessages().at(-1)).toMatch(/The calendar invite was not updated \(.*TBD\.ics was left as it is: its SEQUENCE/);
    });
  }
});
