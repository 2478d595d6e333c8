// The new-episode form names where guest notes go, and whether that folder will be made.
import { describe, expect, it } from "vitest";
import { guestNotesWhere } from "../../../src/core/guests/notes-folder";

describe("guestNotesWhere", () => {
  it("names the folder, says when it will be created, and the vault's top for an empty setting", () => {
    expect(guestNotesWhere("People/Guests", true)).toBe("in “People/Guests”");
    expect(guestNotesWhere("People/Guests", false)).toBe("in “People/Guests” (created, as it does not exist yet)");
    expect(guestNotesWhere("", true)).toBe("at the top of the vault");
  });
});
