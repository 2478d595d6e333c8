// @vitest-environment happy-dom
// "Create calendar invite" over an invite it exported before, while another device writes
// that file: between the export's look at the file and its write, a sync brings another
// revision of the invite, or the user's own calendar under that name. WAS A DEFECT
// (src/plugin/snippets/snippet-commands.ts, exportInvite: vault.read, then vault.modify):
// the write took the UID and SEQUENCE from the text read before, so it wrote over what
// came in between, a newer revision or a file that was not ours any more. Now one
// Vault.process re-checks ownership on the text it replaces (invite-file.ts).
import { describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { findButton, userClick } from "../host/interactions";
import { onDisk, settle } from "../plugin/harness";
import { ccg, event, ICS_OLD, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();

/** Run `change` right after the export's first look at `path` (read or cachedRead), before anything is written. */
function raceAfterFirstRead(h: TestHost, path: string, change: () => Promise<void>): void {
  const vault = h.app.vault;
  let fired = false;
  for (const method of ["read", "cachedRead"] as const) {
    const original = vault[method].bind(vault);
    vi.spyOn(vault, method).mockImplementation(async (file) => {
      const text = await original(file);
      if (!fired && file.path === path) {
        fired = true;
        await change();
      }
      return text;
    });
  }
}

async function exportAgain(h: TestHost): Promise<void> {
  await h.runCommand("office-hours:create-calendar-invite");
  await settle(h, 8);
}

describe("exporting over the episode's invite while another device writes it", () => {
  it("a newer revision synced in between: the export's SEQUENCE is above that revision's, read from the text it replaces", async () => {
    const h = await setUp();
    const mine = onDisk(h, ICS_OLD);
    const first = event(mine);
    // Another device's reschedule: the same event, a SEQUENCE far above this device's clock.
    const newer = mine.replace(/^SEQUENCE:\d+/m, "SEQUENCE:9999999");
    raceAfterFirstRead(h, ICS_OLD, () => h.externalWrite(ICS_OLD, newer));
    await exportAgain(h);
    vi.restoreAllMocks();
    const written = event(onDisk(h, ICS_OLD));
    expect(written.uid).toBe(first.uid);
    expect(written.sequence).toBe(10000000);
    expect(h.noticeMessages().at(-1)).toMatch(/^Calendar invite “.*” saved to /);
  });

  it("the user's own calendar put at that name in between: left byte for byte, a notice says why, nothing else written", async () => {
    const h = await setUp();
    const theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Me//My calendar//EN\r\nEND:VCALENDAR\r\n";
    raceAfterFirstRead(h, ICS_OLD, () => h.externalWrite(ICS_OLD, theirs));
    const files = h.app.vault.getFiles().length;
    await exportAgain(h);
    vi.restoreAllMocks();
    expect(onDisk(h, ICS_OLD)).toBe(theirs);
    expect(h.app.vault.getFiles().length).toBe(files);
    expect(h.noticeMessages().at(-1)).toBe(
      `No calendar invite was saved: ${ICS_OLD} was left as it is: it is no longer this episode's invite (it changed since the export started). Run the command again to save the invite under a free name.`,
    );
    // Run again, it is a stranger's file from the start: the invite goes to a free name.
    await exportAgain(h);
    expect(onDisk(h, ICS_OLD)).toBe(theirs);
    expect(event(onDisk(h, ICS_OLD.replace(/\.ics$/, " (2).ics"))).start).toBe("2024-02-15T14:45:00.000Z");
  });
});

describe("a new invite file whose name is taken while the export asks for missing values", () => {
  it("is refused: the file that appeared is left as it is and the notice says so", async () => {
    const show = ccg({ fileNamePattern: "{{date}}-{{topic}}" });
    const h = await setUp({ show, episode: { topic: "loki-cache", number: null, date: "2024-02-15" } });
    const path = "CafeConGrafana/Episodes/2024-02-15-loki-cache.ics";
    await h.externalDelete(path);
    await settle(h);
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h);
    const asked = h.activeModal() ?? fail();
    // While the question is open, a sync brings a file to that name.
    const synced = "BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nEND:VCALENDAR\r\n";
    await h.externalWrite(path, synced);
    await settle(h);
    userClick(findButton(asked.modalEl, "Leave them out"));
    await settle(h, 8);
    expect(onDisk(h, path)).toBe(synced);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics").map((f) => f.path)).toEqual([path]);
    expect(h.noticeMessages().at(-1)).toBe(
      `No calendar invite was saved: ${path} appeared while the invite was being made; it was left as it is. Run the command again to save the invite under a free name.`,
    );
  });
});

function fail(): never {
  throw new Error("missing");
}
