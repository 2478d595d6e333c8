// @vitest-environment happy-dom
// The real five-show vault (copied unchanged), every episode with a date: rescheduled a
// week later through the form, then back. Each note, its name and every other file of
// the vault must be as they were, byte for byte (the invites the sweep exports aside).
import { afterEach, describe, expect, it } from "vitest";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, settle, start, TestClock } from "../plugin/harness";
import { fiveShowData, FIVE_SHOWS_NOW } from "../support/five-show-settings";
import { fiveShowNotes } from "../support/five-shows";
import { addDays } from "../../src/core/time/calendar-date";
import { formChanges, openForm, submit } from "./reschedule-setup";
import { findButton, userClick } from "../host/interactions";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

describe("the five-show vault, every dated episode a week later and back", () => {
  it("gives back every note byte for byte under its own name", { timeout: 240_000 }, async () => {
    const files = fiveShowNotes();
    ({ host } = await start({ files, data: fiveShowData(), clock: new TestClock(FIVE_SHOWS_NOW) }));
    const h = host;
    const vaultBefore = Object.fromEntries(Object.keys(files).map((path) => [path, onDisk(h, path)]));
    const episodes = h.app.vault.getMarkdownFiles().map((f) => f.path).filter((path) => path.startsWith("projects/")).sort();
    const moved: string[] = [];
    const refused: string[] = [];
    for (const path of episodes) {
      await h.openFile(path);
      await h.runCommand("office-hours:reschedule-episode");
      await settle(h);
      const modal = h.activeModal();
      const date = modal?.modalEl.querySelector<HTMLInputElement>('input[type="date"]')?.value ?? "";
      if (!modal || date === "") {
        modal?.close();
        continue;
      }
      modal.close();
      const there = addDays(date, 7) ?? "";
      const f = await openForm(h, there);
      const blocked = f.el.querySelector(".office-hours-field-error");
      if (blocked) {
        refused.push(`${path}: ${blocked.textContent ?? ""}`);
        userClick(findButton(f.el, "Cancel"));
        continue;
      }
      const renamed = formChanges(f)
        .map((c) => /^renamed to “(.*)”$/.exec(c)?.[1])
        .find((name) => name !== undefined);
      await submit(h, f);
      expect(h.noticeMessages().at(-1), path).toMatch(/^Rescheduled /);
      expect(h.app.workspace.getActiveFile()?.basename, path).toBe(renamed ?? path.slice(path.lastIndexOf("/") + 1, -3));
      const back = await openForm(h, date);
      await submit(h, back);
      expect(h.noticeMessages().at(-1), path).toMatch(/^Rescheduled /);
      expect(h.app.workspace.getActiveFile()?.path, path).toBe(path);
      moved.push(path);
    }
    // Only the real refusals are tolerated, each with its reason (none expected here).
    expect(refused).toEqual([]);
    // Every note with a date, in its frontmatter or its name (the two Loki calls): GOH 16 and 30 have none.
    expect(moved).toHaveLength(10);
    for (const [path, text] of Object.entries(vaultBefore)) expect(onDisk(h, path), path).toBe(text);
    expect(h.app.vault.getFiles().filter((f) => !f.path.startsWith(".obsidian/")).map((f) => f.path).sort()).toEqual(Object.keys(vaultBefore).sort());
  });
});
