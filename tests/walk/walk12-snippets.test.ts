// @vitest-environment happy-dom
// walk12: snippets and the calendar invite for a German show, on the phone (tests/fixtures/
// walk12-vault, Monday 3 March 2025). Folge 27 (Thursday 13 March, `Gast:: Dr. Jürgen Groß`)
// is the one the host invites to this week. The README says a show in German gets the English
// built-in texts with English dates, and that snippet notes in the host's language, given the
// built-ins' ids, replace them, the .ics too: the host tries both.
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, suggestionTexts, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { createInvite, openNote } from "./walk9-steps";
import { CST27, resetLanguage, setUp, storedSettings } from "./walk12-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  resetLanguage();
  finish(host);
  host = undefined;
});

const ICS = CST27.replace(/\.md$/, ".ics");

/** The picker's rows for the open note, each "Name — description — text" as the phone shows them. */
async function pickerRows(h: TestHost): Promise<string[]> {
  expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
  await settle(h);
  const rows = suggestionTexts(topModal(h).modalEl);
  h.activeModal()?.close();
  await settle(h);
  return rows;
}

/** The German invite the host writes once, as snippet notes with the built-ins' ids (README, Snippets). */
async function germanInviteNotes(h: TestHost): Promise<void> {
  const folder = (await storedSettings(h)).snippetsFolder;
  await h.app.vault.createFolder(folder);
  await h.app.vault.create(`${folder}/Einladung Titel.md`, "---\nname: Einladung Titel\nid: invite-title\n---\n{{show}} {{episode}} mit {{guests}}\n");
  await h.app.vault.create(
    `${folder}/Einladung Text.md`,
    "---\nname: Einladung Text\nid: invite-body\n---\nDanke, dass du beim {{show}} {{episode}} dabei bist: {{topic}}!\nWir gehen am {{date:EEEE, d. MMMM yyyy}} um {{showTime}} live.\n",
  );
  await letTimePass(h, 1000);
}

async function exportInvite(h: TestHost): Promise<ICAL.Component> {
  await createInvite(h);
  const modal = h.activeModal();
  if (modal) {
    userClick(findButton(modal.modalEl, "Leave them out"));
    await letTimePass(h, 1000);
  }
  const event = ICAL.Component.fromString(await h.app.vault.adapter.read(ICS)).getFirstSubcomponent("vevent");
  if (!event) throw new Error("The .ics holds no event");
  return event;
}

describe("the host's own German snippets", () => {
  it("the picker offers the German invite title in place of the built-in one, filled for Folge 27", async () => {
    const { h } = await setUp();
    host = h;
    await germanInviteNotes(h);
    await openNote(h, CST27);
    const rows = await pickerRows(h);
    expect(rows.filter((r) => r.startsWith("Einladung Titel"))).toHaveLength(1);
    expect(rows.some((r) => r.startsWith("Calendar invite title"))).toBe(false);
    expect(rows.find((r) => r.startsWith("Einladung Titel"))).toContain("#27 mit Dr. Jürgen Groß");
  });

  it("the .ics takes the German title and body, its date in German, marked LANGUAGE=de", async () => {
    const { h } = await setUp();
    host = h;
    await germanInviteNotes(h);
    await openNote(h, CST27);
    const event = await exportInvite(h);
    expect(event.getFirstPropertyValue("summary")).toContain("#27 mit Dr. Jürgen Groß");
    expect(event.getFirstPropertyValue("description")).toContain("Wir gehen am Donnerstag, 13. März 2025 um");
    expect(event.getFirstProperty("summary")?.getParameter("language")).toBe("de");
  });
});

describe("out of the box", () => {
  // Defect, by design so far (src/core/snippets/catalog.ts, the built-ins; only Spanish has
  // its own texts, src/core/snippets/ es texts): Detect set the show to German (`de`), and
  // every built-in is English: "Der Cloud-Stammtisch #27 with Dr. Jürgen Groß" as the invite
  // title, "Thank you for joining …" as its body, the .ics in English. The host must find the
  // README's Snippets section and write ~15 notes before one invite goes out in German.
  // Rule: built-in texts for each language Detect sets (de, fr, pt, it, nl) as for es; until
  // a language has them, the picker says so under each built-in ("English: no German texts
  // yet; a snippet note with this id replaces it") rather than offering English silently.
  it.fails("the built-in invite title of a German show is German (“mit”, not “with”)", async () => {
    const { h } = await setUp();
    host = h;
    await openNote(h, CST27);
    const title = (await pickerRows(h)).find((r) => r.startsWith("Calendar invite title")) ?? "";
    expect(title).toContain("#27 mit Dr. Jürgen Groß");
  });
});
