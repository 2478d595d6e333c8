// @vitest-environment happy-dom
// The guest pipeline's writes against a guest note the user is editing. "Mark contacted"
// goes through processFrontMatter, which writes the file: with the note open and typing
// not yet saved (the editor saves two seconds after the last key), the file it rewrote
// was the old one, and the editor then took the file's text and dropped the typing.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Editor } from "obsidian";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { FIXTURES, notesIn } from "../core/guests/fixture-vault";
import { finish, onDisk, settle, start } from "../plugin/harness";
import { guestRow, openGuests, pipeline, redrawGuests } from "../plugin/guests-dom";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

const ED = "Office Hours/Guests/Ed Welch.md";
const NOTE = "---\npronouns: he/him\n---\nMet at KubeCon.\n";

/** The Guests view and Ed's note open; `type` edits the note without saving (call it right before the click). */
async function withEdOpen(): Promise<{ h: TestHost; guests: Awaited<ReturnType<typeof openGuests>>; editor: Editor }> {
  ({ host } = await start({ files: { ...notesIn(join(FIXTURES, "five-shows")), [ED]: NOTE } }));
  const h = host;
  const guests = await openGuests(h);
  const view = await h.openFile(ED);
  await settle(h);
  return { h, guests, editor: view.editor };
}

describe("a guest note open with unsaved typing", () => {
  it("Mark contacted keeps the typing and adds the status", async () => {
    const { h, guests, editor } = await withEdOpen();
    // Typed, not yet saved (the save waits two seconds after the last key).
    editor.replaceRange("Wants to talk about Loki 4.0.\n", { line: 4, ch: 0 });
    expect(onDisk(h, ED)).toBe(NOTE);
    userClick(findButton(guestRow(guests, "Ed Welch"), "Mark contacted"));
    await redrawGuests(h, guests);
    await settle(h);
    const expected = "---\npronouns: he/him\nstatus: contacted\n---\nMet at KubeCon.\nWants to talk about Loki 4.0.\n";
    expect(onDisk(h, ED)).toBe(expected);
    expect(editor.getValue()).toBe(expected);
    expect(pipeline(guests).Contacted).toContain("Ed Welch");
  });

  it("a guest note whose YAML the user just broke in the editor is not written", async () => {
    const { h, guests, editor } = await withEdOpen();
    editor.setLine(1, "pronouns: [he/him");
    const typed = editor.getValue();
    userClick(findButton(guestRow(guests, "Ed Welch"), "Mark contacted"));
    await redrawGuests(h, guests);
    await settle(h);
    // The typing is the user's and stays; no status went into broken YAML.
    expect(editor.getValue()).toBe(typed);
    expect(onDisk(h, ED)).not.toContain("contacted");
    expect(h.noticeMessages().at(-1)).toMatch(/^Office Hours did not save “contacted” for Ed Welch: .*nothing was written|not valid YAML/);
  });
});
