// @vitest-environment happy-dom
// A guest note renamed after a marriage ("Ann Lee" → "Ann Lee-Smith") while the episodes
// still link the old name (the stand-in host, like Obsidian with link updating off, keeps the
// links): the view offers the two as maybe one person, and "Same person" joins them.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { fileAt, finish, onDisk, start } from "./harness";
import { guestRow, openGuests, readGuestRow, redrawGuests } from "./guests-dom";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

describe("a guest note renamed to a double last name", () => {
  it("is offered as maybe the linked name's person, and Same person joins them", async () => {
    ({ host } = await start({
      files: {
        "Office Hours/OH 03 - Tests.md": "---\ndate: 2025-03-10\n---\nGuest:: [[Ann Lee]]\n",
        "Office Hours/Guests/Ann Lee.md": "---\ntimezone: Europe/Paris\n---\n",
      },
    }));
    const view = await openGuests(host);
    expect(readGuestRow(guestRow(view, "Ann Lee")).facts).toBe("Europe/Paris");
    await host.app.fileManager.renameFile(fileAt(host, "Office Hours/Guests/Ann Lee.md"), "Office Hours/Guests/Ann Lee-Smith.md");
    await redrawGuests(host, view);
    const pair = view.contentEl.querySelector(".office-hours-maybe-same .office-hours-pair");
    expect(pair?.textContent).toContain("Ann Lee-Smith / Ann Lee: one part of a double last name.");
    userClick(findButton(pair as HTMLElement, "Same person"));
    await redrawGuests(host, view);
    expect(onDisk(host, "Office Hours/Guests/Ann Lee-Smith.md")).toMatch(/^---\ntimezone: Europe\/Paris\naliases:\n {2}- '?Ann Lee'?\n---\n$/);
    expect(readGuestRow(guestRow(view, "Ann Lee-Smith")).meta).toContain("1 episode");
    expect(() => guestRow(view, "Ann Lee")).toThrow();
  });
});
