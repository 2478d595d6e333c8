// @vitest-environment happy-dom
// walk10: "Detect shows" from the first-run notice, then the Guests view and the agenda, in
// the power user's vault (tests/fixtures/walk10-vault). The host keeps people in People/
// (`People/Ann Lee.md` with `company` and `timezone`), and the episodes link them:
// `Guest:: [[Ann Lee]]`, `[guest:: [[Bo Chan]]]` in a sentence.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findButton, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { finish, settle, topModal } from "../plugin/harness";
import { guestRow, openGuests, pipeline, readGuestRow } from "../plugin/guests-dom";
import { fakeWeekTimers, letTimePass } from "./walk8-week";
import { agendaGroups, detectAndAdd, install, openAgenda, storedSettings } from "./walk10-steps";

let host: TestHost | undefined;
beforeEach(() => fakeWeekTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

async function setUp(): Promise<TestHost> {
  const { h } = await install();
  host = h;
  await detectAndAdd(h, "Add 1 show");
  return h;
}

describe("Detect shows from the first-run notice", () => {
  it("proposes Platform Hour in Shows: Tuesdays, the Templater template, the hub note as index", async () => {
    const h = await setUp();
    const show = (await storedSettings(h)).shows.find((s) => s.name === "Platform Hour");
    expect([show?.code, show?.folder, show?.template, show?.indexNote, show?.schedule.weekday]).toEqual(["PH", "Shows", "Templates/Platform Hour episode.md", "Shows/Platform Hour.md", 2]);
  });

  // Was a defect (src/core/detect/series.ts; the same as the command line's, walk10-cli): the
  // first-run notice read "Office Hours found 2 shows in your notes (PH, PH)", and the
  // review's button "Add 2 shows": the archive of the same show was offered as a show. The
  // rule now (src/core/detect/earlier-folders.ts): one code with one name pattern, numbers
  // that do not repeat and no second template is one show, its folder the one with the
  // newest episode; the archive is named in the proposal as its earlier folder.
  it("the first-run notice and the review offer one show, PH", async () => {
    const { h } = await install();
    host = h;
    expect(h.noticeMessages()).toEqual(["Office Hours found 1 show in your notes (PH).Review"]);
    expect(await h.runCommand("office-hours:detect-shows")).toBe(true);
    await settle(h);
    expect(() => findButton(topModal(h).modalEl, "Add 1 show")).not.toThrow();
  });

  // Was a defect (src/core/detect/guests-folder.ts: the guests folder "followed the shows" to
  // a new "Guests" folder while it was the untouched default, whatever the episodes link to):
  // every linked guest note of this vault is in People/, and the setting became "Guests", a
  // folder that does not exist. The rule now (src/core/detect/linked-guests.ts): when more
  // than half of the distinct notes the episodes' guest links lead to lie in one folder (two
  // at least, no tie), and that folder is mostly those notes, it is the guests folder.
  it("sets the guests folder to People/, where the episodes' guest links lead", async () => {
    const h = await setUp();
    expect((await storedSettings(h)).guestsFolder).toBe("People");
  });
});

describe("the Guests view", () => {
  it("lists the thirteen people of the guest fields as Appeared, Ann Lee with her next episode", async () => {
    const h = await setUp();
    const view = await openGuests(h);
    expect(pipeline(view).Appeared?.length).toBe(13);
    expect(readGuestRow(guestRow(view, "Ann Lee")).meta).toContain("next 2025-03-04");
  });

  // Detect set the guests folder to People/ (where the guest links lead), so her row has her
  // note: the button reads "Open note" (it read "Create note" while the folder was "Guests").
  it("“Open note” on Ann Lee opens her linked note in People/ rather than making a second one", async () => {
    const h = await setUp();
    const view = await openGuests(h);
    userClick(findButton(guestRow(view, "Ann Lee"), "Open note"));
    await letTimePass(h);
    expect(h.app.workspace.getActiveFile()?.path).toBe("People/Ann Lee.md");
    expect(h.app.vault.getFiles().filter((f) => f.basename === "Ann Lee").length).toBe(1);
  });

  // Was a defect (only notes in the guests folder were guest notes): `[[Ann Lee]]` resolves
  // to People/Ann Lee.md (timezone Europe/Dublin, company Northwind Bank), the view's own
  // "Create note" button opened that very note, yet her row said "No guest note" and "No
  // time zone". Fixed (guests8): the note a guest field's link resolves to is that guest's
  // note, wherever it is (core/guests/from-index.ts, linkDestOf; the plugin's indexer reads
  // it); the guests folder is where new ones go.
  // In this vault Detect also sets the guests folder to People/ (detect8), so her note is in
  // the guests folder too; tests/core/guests8 and tests/plugin/guests8-linked-notes hold the
  // rule for a linked note outside the guests folder.
  it("Ann Lee's row reads her linked note: no “No guest note”, no “No time zone”", async () => {
    const h = await setUp();
    const row = readGuestRow(guestRow(await openGuests(h), "Ann Lee"));
    expect(row.missing).not.toContain("No guest note");
    expect(row.missing).not.toContain("No time zone");
  });
});

describe("the agenda", () => {
  it("lists this week's work by Tasks dates; nothing from the archive, the hub note or the daily notes", async () => {
    const h = await setUp();
    const groups = agendaGroups(await openAgenda(h));
    expect(groups.overdue).toEqual([
      "Schedule the stream and post the link | 2 days late",
      "Upload to the podcast feed | 4 days late",
      "Thumbnail | 4 days late",
      "Send the calendar invite | 6 days late",
    ]);
    expect(groups.today).toEqual(["Send Ann the talking points | due today"]);
    const all = Object.values(groups).flat().join("\n");
    expect(all).not.toMatch(/newsletter|Book guests for next month|Dentist|Expense/);
  });
});
