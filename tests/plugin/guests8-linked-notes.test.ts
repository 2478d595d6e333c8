// @vitest-environment happy-dom
// guests8: a guest link's note is the guest's note wherever it is. The Guests view of the
// people vault (tests/core/guests8/people-vault.ts) says what `office-hours guests` says
// for it; a note created, renamed or deleted moves the people its name's links lead to;
// the snippets give a linked guest's time in the zone of the note the link leads to.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, settle, start, topModal } from "./harness";
import { guestRow, openGuests, readGuestRow, redrawGuests } from "./guests-dom";
import { EXPECTED, OH03, peopleVault } from "../core/guests8/people-vault";
import type { GuestsView } from "../../src/plugin/guests/guests-view";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

function row(view: GuestsView, name: string) {
  return readGuestRow(guestRow(view, name));
}

describe("the Guests view: a linked note is the guest's note wherever it is", () => {
  it("each person's note and time zone as the links lead: the same as the command line's", async () => {
    ({ host } = await start({ files: peopleVault() }));
    const view = await openGuests(host);
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const r = row(view, name);
      if (expected.note === null) expect(r.missing, name).toContain("No guest note");
      else expect(r.missing, name).not.toContain("No guest note");
      if (expected.timezone === null) expect(r.facts, name).not.toMatch(/\//);
      else expect(r.facts, name).toContain(expected.timezone);
    }
  });

  it("a note created where a link leads becomes the guest's note; renamed away or deleted, it is no longer", async () => {
    const files = peopleVault();
    files[OH03] = files[OH03]?.replace("[[Ann Lee]]", "[[Ann Lee]], [[Dan Ray]]") ?? "";
    ({ host } = await start({ files }));
    const view = await openGuests(host);
    expect(row(view, "Dan Ray").missing).toContain("No guest note");
    await host.app.vault.create("People/Dan Ray.md", "---\ntimezone: Asia/Kolkata\n---\n");
    await redrawGuests(host, view);
    expect(row(view, "Dan Ray").facts).toContain("Asia/Kolkata");
    // Renamed (the stand-in host, like Obsidian with link updating off, keeps the links).
    await host.app.fileManager.renameFile(fileAt(host, "People/Dan Ray.md"), "People/Daniel Ray.md");
    await redrawGuests(host, view);
    expect(row(view, "Dan Ray").missing).toContain("No guest note");
    expect(() => guestRow(view, "Daniel Ray")).toThrow();
    // Ann Lee's note deleted: [[Ann Lee]] leads to the other note of her name.
    await host.app.fileManager.trashFile(fileAt(host, "People/Ann Lee.md"));
    await redrawGuests(host, view);
    expect(row(view, "Ann Lee").facts).toContain("America/Denver");
  });

  it("the outreach snippet gives a linked guest's time in her note's zone, of two people of one name", async () => {
    const files = peopleVault();
    files[OH03] = "---\ndate: 2025-03-10\n---\nGuest:: [[Ann Lee]]\n";
    // Another Ann Lee, linked by her path: her name alone now leads to no one note.
    files["Office Hours/OH 04 - Later.md"] = "---\ndate: 2025-03-17\n---\nGuest:: [[Old/Ann Lee]]\n";
    ({ host } = await start({ files }));
    const episode = await host.openFile(OH03);
    episode.editor.setCursor({ line: 0, ch: 0 });
    expect(await host.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(host);
    chooseSuggestion("Guest outreach invitation", topModal(host).modalEl);
    await settle(host);
    userClick(findButton(topModal(host).contentEl, "Leave blank"));
    await settle(host);
    expect(episode.editor.getValue()).toMatch(/your time \(Europe\/Dublin\)/);
  });
});
