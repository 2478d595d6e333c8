// @vitest-environment happy-dom
// "Bo Chan (she/her)" in a guest field: the Guests view and the note it creates read the
// parentheses as pronouns. Read as a company, "Create note" wrote `company: she/her`.
import { afterEach, describe, expect, it } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, onDisk, start } from "./harness";
import { guestRow, openGuests, readGuestRow, redrawGuests } from "./guests-dom";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

describe("pronouns in a guest field's parentheses", () => {
  it("are no company on the row, not missing, and go into the new guest note as pronouns", async () => {
    ({ host } = await start({ files: { "Office Hours/OH 04 - Testing.md": "---\ndate: 2025-04-10\n---\nGuest:: Bo Chan (she/her), Cy Berg (Acme)\n" } }));
    const view = await openGuests(host);
    const bo = readGuestRow(guestRow(view, "Bo Chan"));
    expect(bo.missing).toEqual(["No guest note", "No time zone", "No pronunciation"]);
    expect(bo.facts).not.toContain("she/her");
    expect(readGuestRow(guestRow(view, "Cy Berg")).missing).toContain("No pronouns");
    userClick(findButton(guestRow(view, "Bo Chan"), "Create note"));
    await redrawGuests(host, view);
    const note = onDisk(host, "Office Hours/Guests/Bo Chan.md");
    expect(note).toContain("pronouns: 'she/her'");
    expect(note).not.toContain("company");
  });
});
