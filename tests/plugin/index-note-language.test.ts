// @vitest-environment happy-dom
// "Update episode list in index note" for Café con Grafana (language es in the five-show
// settings): its guests joined with "con … y …", a cancelled episode marked "(cancelado)",
// the mark the plugin wrote taken off when the episode is scheduled again, and a
// "(cancelled)" the team typed left alone. The real notes: tests/fixtures/five-shows.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { TestClock, finish, onDisk, settle, start, topModal } from "./harness";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const README = "projects/CafeConGrafana/README.md";
const CCG12 = "projects/CafeConGrafana/Episodes/CCG 012 - 240215 - TBD.md";

async function update(h: TestHost, button?: string): Promise<void> {
  await h.openFile(README);
  expect(await h.runCommand("office-hours:update-index-note")).toBe(true);
  await settle(h);
  if (button) userClick(findButton(topModal(h).modalEl, button));
  await settle(h);
}

async function setStatus(h: TestHost, status: string): Promise<void> {
  const note = h.app.vault.getFileByPath(CCG12);
  if (!note) throw new Error("no CCG 012");
  await h.app.fileManager.processFrontMatter(note, (fm: Record<string, unknown>) => {
    fm.status = status;
  });
  await settle(h, 8);
}

const ccg12 = (text: string) => text.split("\n").filter((l) => l.includes("CCG 012") && !l.startsWith("%%"));

describe("Café con Grafana's index note, in Spanish", () => {
  it("marks a cancelled episode (cancelado) and takes its own mark off when it is scheduled again", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    const h = host;
    await update(h, "Add it");
    const first = onDisk(h, README);
    expect(ccg12(first)).toHaveLength(1);
    // The guests from the notes' "Invitado(s):" lines, joined in Spanish.
    expect(first).toContain("- 2023-10-19: [[CCG 000 - 231019 - LanzandoCafeConGrafana]] con Nicole V. y Antonio C.");
    expect(first).toContain("- 2023-11-30: [[CCG 005 - 231130 - RepasemosElGStack]] con Raul Marin");
    expect(first).not.toMatch(/\((cancelled|cancelado)\)| with /);

    await setStatus(h, "cancelled");
    await update(h);
    const cancelled = onDisk(h, README);
    expect(ccg12(cancelled)).toEqual([`${ccg12(first)[0]} (cancelado)`]);
    expect(cancelled).toContain("%% office-hours:episode-list marked cancelled: CCG 012 - 240215 - TBD %%");

    await setStatus(h, "scheduled");
    await update(h);
    expect(onDisk(h, README)).toBe(first);
  });

  it("leaves a (cancelled) the team typed when the episode is scheduled again", async () => {
    ({ host } = await start({ files: fiveShowNotes(), data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    const h = host;
    await update(h, "Add it");
    const line = ccg12(onDisk(h, README))[0] ?? "";
    const file = h.app.vault.getFileByPath(README);
    if (!file) throw new Error("no README");
    const typed = onDisk(h, README).replace(line, `${line} (cancelled)`);
    await h.app.vault.modify(file, typed);
    await settle(h);
    await update(h);
    expect(onDisk(h, README)).toBe(typed);
  });
});
