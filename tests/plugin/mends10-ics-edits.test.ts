// @vitest-environment happy-dom
// mends10: an invite the plugin exported and the user then edited by hand (a line added to
// its description, an alarm) is theirs: "Create calendar invite" again, a reschedule and an
// undo leave it byte for byte and say why, naming the file. WAS A DEFECT: the rewrite
// checked only that the file was the episode's (PRODID and UID) and replaced the edits.
import { describe, expect, it } from "vitest";
import { onDisk, settle } from "./harness";
import { event, ICS_OLD, reschedule, sceneHosts } from "../attack/reschedule-setup";
import { icsCheck } from "../../src/core/calendar/ics-check";
import type { TestHost } from "../host/test-host";

const { setUp } = sceneHosts();

async function exportAgain(h: TestHost): Promise<void> {
  await h.runCommand("office-hours:create-calendar-invite");
  await settle(h, 8);
}

/** The user's edit: a line of their own in the description, as a text editor leaves it. */
const edited = (ics: string) => ics.replace(/^DESCRIPTION:/m, "DESCRIPTION:Bring the demo laptop.\\n");

describe("an exported invite edited by hand since", () => {
  it("is written with its check, and while unedited an export again rewrites it (same UID, higher SEQUENCE)", async () => {
    const h = await setUp();
    const first = onDisk(h, ICS_OLD);
    expect(icsCheck(first)).toBe("unchanged");
    await exportAgain(h);
    const again = onDisk(h, ICS_OLD);
    expect(icsCheck(again)).toBe("unchanged");
    expect(event(again).uid).toBe(event(first).uid);
    expect(event(again).sequence).toBeGreaterThan(event(first).sequence);
    expect(h.noticeMessages().at(-1)).toMatch(/^Calendar invite “.*” saved to /);
  });

  it("is left byte for byte by an export again, with a notice naming the file and what to do", async () => {
    const h = await setUp();
    const mine = edited(onDisk(h, ICS_OLD));
    await h.externalWrite(ICS_OLD, mine);
    await settle(h);
    const files = h.app.vault.getFiles().length;
    await exportAgain(h);
    expect(onDisk(h, ICS_OLD)).toBe(mine);
    expect(h.app.vault.getFiles().length).toBe(files);
    expect(h.noticeMessages().at(-1)).toBe(
      `No calendar invite was saved: ${ICS_OLD} was left as it is: it was edited since Office Hours wrote it, and writing over it would lose those edits. Rename or delete it, then export the invite again.`,
    );
  });

  it("is left byte for byte by a reschedule, which says so and names the file", async () => {
    const h = await setUp();
    const mine = edited(onDisk(h, ICS_OLD));
    await h.externalWrite(ICS_OLD, mine);
    await settle(h);
    await reschedule(h, "2024-02-22");
    expect(onDisk(h, ICS_OLD)).toBe(mine);
    expect(h.noticeMessages().join("\n")).toContain(`${ICS_OLD} was left as it is: it was edited since Office Hours wrote it`);
  });

  it("one another device's plugin raised (SEQUENCE only) is no edit: rewritten above it", async () => {
    const h = await setUp();
    await h.externalWrite(ICS_OLD, onDisk(h, ICS_OLD).replace(/^SEQUENCE:\d+/m, "SEQUENCE:9999999"));
    await settle(h);
    await exportAgain(h);
    expect(event(onDisk(h, ICS_OLD)).sequence).toBe(10000000);
  });

  it("one without a check (exported before the check existed) is rewritten as before", async () => {
    const h = await setUp();
    const old = onDisk(h, ICS_OLD).replace(/^X-OFFICE-HOURS-CHECK:.*\r\n/m, "");
    await h.externalWrite(ICS_OLD, old);
    await settle(h);
    await exportAgain(h);
    expect(icsCheck(onDisk(h, ICS_OLD))).toBe("unchanged");
    expect(event(onDisk(h, ICS_OLD)).sequence).toBeGreaterThan(event(old).sequence);
  });
});
