// @vitest-environment happy-dom
// WAS A DEFECT: an invite made after the user deleted the old .ics took the clock's minute
// as its SEQUENCE, the same as (or, after a clock running ahead, below) what a calendar
// already took, and calendars ignore an update whose SEQUENCE does not go up. The plugin
// now keeps the last SEQUENCE issued per UID in its data (core/calendar/sequence-ledger.ts).
import { describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { DATA_PATH, onDisk, settle } from "../plugin/harness";
import { ccg, event, ICS_NEW, ICS_OLD, NOW, reschedule, scene, sceneHosts, undo } from "./reschedule-setup";
import { sequenceFor } from "../../src/core/calendar/ics-writer";
import { episodeUid } from "../../src/core/snippets/episode-invite";
import type { Episode } from "../../src/core/types";

const { setUp, keep } = sceneHosts();

/** The user deletes the invite (from the file explorer or another device). */
async function deleteFile(h: TestHost, path: string): Promise<void> {
  if (!h.app.vault.getFileByPath(path)) throw new Error(`no ${path}`);
  await h.externalDelete(path);
  await settle(h);
}

async function exportInvite(h: TestHost): Promise<void> {
  await h.runCommand("office-hours:create-calendar-invite");
  await settle(h, 8);
}

const stored = (h: TestHost): Record<string, unknown> => (JSON.parse(onDisk(h, DATA_PATH)) as { inviteSequences: Record<string, unknown> }).inviteSequences;

/** The UID the plugin gives CCG 012 (the show's id and the number). */
const UID = episodeUid({ number: 12, path: "" } as Episode, ccg());

describe("a new invite after the old .ics was deleted", () => {
  it("made twice within the same minute: each SEQUENCE above the last issued, and the UID kept", async () => {
    const h = await setUp();
    const first = event(onDisk(h, ICS_OLD));
    expect(first.sequence).toBe(sequenceFor(NOW));
    const seen = [first.sequence];
    for (let round = 0; round < 2; round += 1) {
      await deleteFile(h, ICS_OLD);
      await exportInvite(h);
      const again = event(onDisk(h, ICS_OLD));
      expect(again.uid).toBe(first.uid);
      seen.push(again.sequence);
    }
    // The injected clock never moved: only the ledger can raise it.
    expect(seen).toEqual([first.sequence, first.sequence + 1, first.sequence + 2]);
    expect(stored(h)[first.uid ?? ""]).toBe(first.sequence + 2);
  });

  it("after reschedules in the same minute: the invite made again goes above the last reschedule's", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    await reschedule(h, "2024-02-29");
    const ics = `${ICS_NEW.replace("240222", "240229")}`;
    const last = event(onDisk(h, ics)).sequence;
    expect(last).toBe(sequenceFor(NOW) + 2);
    await deleteFile(h, ics);
    await exportInvite(h);
    expect(event(onDisk(h, ics)).sequence).toBe(last + 1);
  });

  it("a SEQUENCE issued by a clock running ahead (stored in data.json) is still gone above when the clock is back", async () => {
    const ahead = sequenceFor(NOW) + 90;
    const s = await scene({ settings: { inviteSequences: { [UID]: ahead } } });
    const h = keep(s.host);
    // The scene's own export already went above it.
    expect(event(onDisk(h, ICS_OLD))).toMatchObject({ uid: UID, sequence: ahead + 1 });
    await deleteFile(h, ICS_OLD);
    await exportInvite(h);
    expect(event(onDisk(h, ICS_OLD)).sequence).toBe(ahead + 2);
  });

  it("the ledger survives a restart: data.json read again gives the same floor", async () => {
    const s = await scene();
    const h = keep(s.host);
    await deleteFile(h, ICS_OLD);
    await exportInvite(h);
    const before = event(onDisk(h, ICS_OLD)).sequence;
    await h.unloadPlugin(s.plugin);
    const again = await h.loadPlugin(s.plugin.constructor as never, s.plugin.manifest);
    await h.layoutReady();
    await settle(h);
    await deleteFile(h, ICS_OLD);
    await h.openFile(s.path);
    await exportInvite(h);
    expect(event(onDisk(h, ICS_OLD)).sequence).toBe(before + 1);
    await h.unloadPlugin(again);
  });
});

describe("corrupt stored SEQUENCE numbers", () => {
  for (const [what, value, dropped] of [
    ["not an object", "garbage", /inviteSequences was not a list of calendar invites/],
    ["entries that are no whole number", { [UID]: "9", "b@office-hours": -1, "c@office-hours": 1.5, "d@office-hours": 2 ** 31 }, /4 of the stored invite SEQUENCE numbers were not a whole number/],
  ] as const) {
    it(`(${what}): the plugin starts, says what it dropped, keeps a copy, and invites by the file and the clock`, async () => {
      const s = await scene({ settings: { inviteSequences: value } });
      const h = keep(s.host);
      expect(h.noticeMessages().join("\n")).toMatch(dropped);
      expect(h.noticeMessages().join("\n")).toMatch(/The settings as they were are kept in .*data\.backup-/);
      expect(event(onDisk(h, ICS_OLD))).toMatchObject({ uid: UID, sequence: sequenceFor(NOW) });
      await deleteFile(h, ICS_OLD);
      await exportInvite(h);
      expect(event(onDisk(h, ICS_OLD)).sequence).toBe(sequenceFor(NOW) + 1);
      expect(Object.values(stored(h))).toEqual([sequenceFor(NOW) + 1]);
    });
  }
});

describe("undo", () => {
  it("issues its SEQUENCE to the ledger too: an invite made after undo and a deletion goes above the undo's", async () => {
    const h = await setUp();
    await reschedule(h, "2024-02-22");
    await undo(h);
    const undone = event(onDisk(h, ICS_OLD)).sequence;
    expect(undone).toBe(sequenceFor(NOW) + 2);
    await deleteFile(h, ICS_OLD);
    await exportInvite(h);
    expect(event(onDisk(h, ICS_OLD)).sequence).toBe(undone + 1);
  });
});
