// @vitest-environment happy-dom
// Snippets: the picker with filled previews, inserting at the cursor (replacing a
// selection), the small form for missing values ("Leave blank" too), user snippet
// notes (unknown placeholders, overrides per show), picking the episode from a note
// that is not one, copying to the clipboard, and the .ics calendar invite.
import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, findButton, findSetting, suggestionTexts, typeInto, userClick } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { GOH25, finish, onDisk, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

const STUDIO = "https://streamyard.com/oh-studio";
const ICS = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.ics";
/** Without a url yet, in the show's folder. */
const OH03 = "Office Hours/OH 03 - Tempo tips, with Ann Lee.md";

function settings(extra: Record<string, unknown> = {}, show: Record<string, unknown> = {}): Record<string, unknown> {
  return showData(
    [
      {
        id: "office-hours",
        name: "Office Hours",
        code: "OH",
        folder: "Office Hours",
        schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
        links: { studio: STUDIO, channel: "https://www.youtube.com/@oh" },
        ...show,
      },
    ],
    extra,
  );
}

function vault(extra: Record<string, string> = {}): Record<string, string> {
  return {
    [GOH25]: realNote(GOH25),
    [OH03]: "---\nurl:\ndate: 2025-06-13\n---\n# OH 03\n\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Invite Ann\n",
    "Scratch.md": "Ideas for next month:\n\n",
    ...extra,
  };
}

/** Snippet picker rows: the name line and the preview. */
function pickerRows(h: TestHost): { name: string; preview: string }[] {
  return Array.from(topModal(h).modalEl.querySelectorAll(".suggestion-item")).map((row) => ({
    name: row.querySelector(".office-hours-snippet-name")?.textContent ?? "",
    preview: row.querySelector(".office-hours-snippet-preview")?.textContent ?? "",
  }));
}

/** The names of the form's fields (the button row has none). */
function formFields(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll(".setting-item-name"))
    .map((el) => el.textContent ?? "")
    .filter((name) => name !== "");
}

async function insertInto(path: string, files = vault(), data = settings()): Promise<{ h: TestHost; editor: Awaited<ReturnType<TestHost["openFile"]>>["editor"] }> {
  const started = await start({ files, data });
  host = started.host;
  const view = await started.host.openFile(path);
  return { h: started.host, editor: view.editor };
}

/** The first line after the note's properties (its closing `---`). */
function bodyLine(text: string): number {
  return text.split("\n").indexOf("---", 1) + 1;
}

async function runInsert(h: TestHost): Promise<void> {
  expect(await h.runCommand("office-hours:insert-snippet")).toBe(true);
  await settle(h);
}

async function choose(h: TestHost, text: string): Promise<void> {
  chooseSuggestion(text, topModal(h).modalEl);
  await settle(h);
}

describe("Insert snippet", () => {
  it("lists every built-in snippet with its filled preview, and inserts the chosen one at the cursor", async () => {
    const { h, editor } = await insertInto(GOH25);
    const guestLine = editor.getValue().split("\n").indexOf("Guest:: Nikola Grcevski");
    editor.setCursor({ line: guestLine + 1, ch: 0 });
    const before = editor.getValue();

    await runInsert(h);
    const rows = pickerRows(h);
    expect(rows.map((r) => r.name)).toEqual(BUILTIN_SNIPPETS.map((s) => s.name));
    expect(rows.find((r) => r.name === "Calendar invite title")?.preview).toBe("Office Hours #25 with Nikola Grcevski");
    expect(rows.find((r) => r.name === "Broadcast title")?.preview).toBe("Introduction to eBPF with Grafana Beyla (Office Hours #25)");
    // The fuzzy filter narrows the list.
    typeInto(topModal(h).modalEl.querySelector("input") as HTMLInputElement, "invite title");
    await settle(h);
    expect(pickerRows(h)[0]?.name).toBe("Calendar invite title");

    await choose(h, "Calendar invite title");
    expect(h.activeModal()).toBeNull();
    const lines = before.split("\n");
    lines.splice(guestLine + 1, 1, `Office Hours #25 with Nikola Grcevski${lines[guestLine + 1] ?? ""}`);
    expect(editor.getValue()).toBe(lines.join("\n"));
    expect(editor.getCursor()).toEqual({ line: guestLine + 1, ch: "Office Hours #25 with Nikola Grcevski".length });
    expect(h.noticeMessages()).toEqual([]);
  });

  it("replaces a selection", async () => {
    const { h, editor } = await insertInto("Scratch.md", vault({ "Scratch.md": "Title: TODO here\n" }));
    editor.setSelection({ line: 0, ch: 7 }, { line: 0, ch: 11 });
    expect(editor.getSelection()).toBe("TODO");
    await runInsert(h);
    // Not an episode: first, which episode?
    expect(topModal(h).modalEl.querySelector("input")?.placeholder).toBe("This note is not an episode: which episode is the text for?");
    await choose(h, "GOH 25");
    await choose(h, "Calendar invite title");
    expect(editor.getValue()).toBe("Title: Office Hours #25 with Nikola Grcevski here\n");
  });

  it("in a note that is not an episode asks which episode first, latest first", async () => {
    const { h, editor } = await insertInto("Scratch.md");
    editor.setCursor({ line: 2, ch: 0 });
    await runInsert(h);
    expect(suggestionTexts(topModal(h).modalEl)).toEqual([
      // Each guest once: the names already carry them (they were listed twice).
      "OH 03 - Tempo tips, with Ann Lee (2025-06-13)",
      `${GOH25.slice(0, -3)} (2024-01-05)`,
    ]);
    await choose(h, "OH 03");
    await choose(h, "Broadcast title");
    expect(editor.getValue()).toBe("Ideas for next month:\n\nTempo tips (Office Hours #03)");
  });

  it("asks for missing values in a small form and uses what is typed", async () => {
    const { h, editor } = await insertInto(GOH25);
    // At the start of the body (a cursor in the properties inserts below them: mends8).
    const line = bodyLine(editor.getValue());
    editor.setCursor({ line, ch: 0 });
    const at = editor.posToOffset({ line, ch: 0 });
    const rest = editor.getValue().slice(at);
    await runInsert(h);
    // No host name and no playlist link in the settings.
    await choose(h, "Video description");
    const form = topModal(h);
    expect(form.titleEl.textContent).toBe("Fill in “Video description”");
    expect(formFields(form.contentEl)).toEqual(["Host name", "Playlist link"]);
    typeInto(findSetting(form.contentEl, "Host name").querySelector("input") as HTMLInputElement, "Robin Host");
    typeInto(findSetting(form.contentEl, "Playlist link").querySelector("input") as HTMLInputElement, "https://youtube.com/playlist?list=OH");
    userClick(findButton(form.contentEl, "Insert"));
    await settle(h);
    const inserted = editor.getValue().slice(at, editor.getValue().length - rest.length);
    // GOH 25 has no chapters yet, so the description ends with the playlist.
    expect(inserted.split("\n")).toEqual([
      "In this episode of Office Hours, Robin Host talks with Nikola Grcevski about Introduction to eBPF with Grafana Beyla.",
      "",
      "Guests:",
      "- Nikola Grcevski",
      "",
      "Host: Robin Host",
      "",
      "More episodes: https://youtube.com/playlist?list=OH",
      // Its own block before the heading the cursor was on (mends12: never joined to it).
      "",
      "",
    ]);
    expect(inserted).not.toContain("==[");
  });

  it("“Leave blank” inserts visible ==[blanks]==", async () => {
    const { h, editor } = await insertInto(OH03);
    editor.setCursor({ line: editor.lastLine(), ch: 0 });
    await runInsert(h);
    await choose(h, "We're live now! post");
    const form = topModal(h);
    expect(formFields(form.contentEl)).toEqual(["Video link"]);
    userClick(findButton(form.contentEl, "Leave blank"));
    await settle(h);
    expect(editor.getLine(editor.lastLine())).toBe("We're live now! Office Hours #03: Tempo tips, with Ann Lee. Join us: ==[url]==");
  });

  it("dismissing the picker or the form inserts nothing", async () => {
    const { h, editor } = await insertInto(OH03);
    const before = editor.getValue();
    await runInsert(h);
    topModal(h).close();
    await settle(h);
    await runInsert(h);
    await choose(h, "We're live now! post");
    topModal(h).close();
    await settle(h);
    expect(h.activeModal()).toBeNull();
    expect(editor.getValue()).toBe(before);
  });
});

describe("user snippet notes", () => {
  const teaser = "---\nname: Teaser\nshow: Office Hours\ndescription: Short teaser\n---\n\nComing up: {{show}} #{{number}} {{mystery}} with {{guests}} {{date:}}\n";

  it("an unknown placeholder stays visible and a notice lists it", async () => {
    const { h, editor } = await insertInto(GOH25, vault({ "Office Hours/Snippets/Teaser.md": teaser }));
    const line = bodyLine(editor.getValue());
    const first = editor.getLine(line);
    editor.setCursor({ line, ch: 0 });
    await runInsert(h);
    const rows = pickerRows(h);
    expect(rows.at(-1)).toEqual({ name: "Teaser", preview: "Coming up: Office Hours #25 {{mystery}} with Nikola Grcevski {{date:}}" });
    expect(topModal(h).modalEl.querySelector(".office-hours-snippet-source")?.textContent).toBe("your note");
    await choose(h, "Teaser");
    // Its own line, the heading after a blank line (mends12: never joined to it).
    expect([editor.getLine(line), editor.getLine(line + 1), editor.getLine(line + 2)]).toEqual(["Coming up: Office Hours #25 {{mystery}} with Nikola Grcevski {{date:}}", "", first]);
    expect(h.noticeMessages()).toEqual(["These placeholders are unknown and were left as written: {{mystery}}, {{date:}}"]);
  });

  it("a note with id: invite-title replaces the built-in for its show only", async () => {
    const files = vault({
      "Office Hours/Snippets/Our invite title.md": "---\nid: invite-title\nshow: OH\n---\n{{code}} {{number}} · {{guests}}\n",
      "Office Hours/Snippets/Other show title.md": "---\nid: invite-title\nshow: Some other show\n---\nNOT FOR US\n",
    });
    const { h, editor } = await insertInto(GOH25, files);
    // The empty line after the guest's.
    const line = editor.getValue().split("\n").indexOf("Guest:: Nikola Grcevski") + 1;
    editor.setCursor({ line, ch: 0 });
    await runInsert(h);
    const rows = pickerRows(h);
    expect(rows).toHaveLength(BUILTIN_SNIPPETS.length);
    expect(rows.map((r) => r.name)).not.toContain("Calendar invite title");
    expect(rows[BUILTIN_SNIPPETS.findIndex((s) => s.id === "invite-title")]).toEqual({ name: "Our invite title", preview: "OH 25 · Nikola Grcevski" });
    expect(rows.map((r) => r.preview)).not.toContain("NOT FOR US");
    await choose(h, "Our invite title");
    expect(editor.getLine(line)).toBe("OH 25 · Nikola Grcevski");

    // The .ics export uses the override for its title too.
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h);
    const event = ICAL.Component.fromString(onDisk(h, ICS)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe("OH 25 · Nikola Grcevski");
  });

  it("a snippet note with a checklist is not an episode", async () => {
    const briefing = "---\nid: guest-briefing\n---\nBefore we go live:\n\n- [ ] How do you pronounce your name?\n- [ ] What are your pronouns?\n";
    const { h } = await insertInto(GOH25, vault({ "Office Hours/Snippets/Guest briefing.md": briefing }));
    // Not counted for the next number, not listed as an episode to pick.
    await h.runCommand("office-hours:new-episode");
    expect(topModal(h).modalEl.querySelector<HTMLInputElement>('input[type="number"]')?.value).toBe("4");
    topModal(h).close();
    await h.openFile("Scratch.md");
    await runInsert(h);
    expect(suggestionTexts(topModal(h).modalEl).some((t) => t.includes("Guest briefing"))).toBe(false);
  });
});

describe("Copy snippet", () => {
  it("writes the filled text to the clipboard", async () => {
    const { h } = await insertInto(GOH25);
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    expect(await h.runCommand("office-hours:copy-snippet")).toBe(true);
    await settle(h);
    expect(topModal(h).modalEl.querySelector("input")?.placeholder).toBe(`Copy a snippet for ${GOH25.slice(0, -3)}`);
    await choose(h, "Broadcast title");
    expect(writeText).toHaveBeenCalledExactlyOnceWith("Introduction to eBPF with Grafana Beyla (Office Hours #25)");
    expect(h.noticeMessages()).toEqual(["Snippet copied to the clipboard."]);
  });

  it("says so when the clipboard refuses", async () => {
    const { h } = await insertInto(GOH25);
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await h.runCommand("office-hours:copy-snippet");
    await settle(h);
    await choose(h, "Broadcast title");
    expect(h.noticeMessages()).toEqual(["The clipboard is not available here; insert the snippet into a note instead."]);
  });
});

describe("Create calendar invite (.ics)", () => {
  interface Invite {
    summary: unknown;
    start: string;
    end: string;
    location: unknown;
    uid: unknown;
  }

  function readInvite(text: string): Invite {
    const calendar = ICAL.Component.fromString(text);
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      location: event.location,
      uid: event.uid,
    };
  }

  async function exportFrom(path: string, files = vault(), data = settings()): Promise<TestHost> {
    const started = await start({ files, data });
    host = started.host;
    await started.host.openFile(path);
    expect(await started.host.runCommand("office-hours:create-calendar-invite")).toBe(true);
    await settle(started.host);
    return started.host;
  }

  it("writes <note name>.ics next to the note: title, UTC times with 15 minutes either side, studio, stable UID", async () => {
    const h = await exportFrom(GOH25);
    const invite = readInvite(onDisk(h, ICS));
    // Fri 5 Jan 2024, 13:00 UTC for 60 minutes; the invite adds a tech check and a debrief.
    expect({ ...invite, uid: typeof invite.uid }).toEqual({
      summary: "Office Hours #25 with Nikola Grcevski",
      start: "2024-01-05T12:45:00.000Z",
      end: "2024-01-05T14:15:00.000Z",
      location: STUDIO,
      uid: "string",
    });
    expect(onDisk(h, ICS)).toMatch(/^DTSTART:20240105T124500Z\r$/m);
    expect(onDisk(h, ICS)).toMatch(/^DTEND:20240105T141500Z\r$/m);
    expect(h.noticeMessages()).toEqual([`Calendar invite “Office Hours #25 with Nikola Grcevski” saved to ${ICS}.`]);

    // Again: the same file is replaced, with the same UID.
    const first = invite.uid;
    await h.runCommand("office-hours:create-calendar-invite");
    await settle(h);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics").map((f) => f.path)).toEqual([ICS]);
    expect(readInvite(onDisk(h, ICS)).uid).toBe(first);
  });

  it("follows the show's time zone and the note's own time", async () => {
    const files = vault({ [OH03]: "---\nurl:\ndate: 2025-06-13\ntime: \"16:30\"\n---\nGuest:: Ann Lee\n\n- [ ] Invite Ann\n" });
    const h = await exportFrom(OH03, files, settings({}, { schedule: { weekday: 5, time: "13:00", timeZone: "Europe/Berlin", durationMinutes: 90 } }));
    const invite = readInvite(onDisk(h, "Office Hours/OH 03 - Tempo tips, with Ann Lee.ics"));
    // 16:30 in Berlin (CEST, UTC+2) is 14:30 UTC; 90 minutes plus 15 either side.
    expect([invite.start, invite.end]).toEqual(["2025-06-13T14:15:00.000Z", "2025-06-13T16:15:00.000Z"]);
  });

  it("never overwrites an unrelated .ics with that name: a free name is used", async () => {
    const mine = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\nEND:VCALENDAR\r\n";
    const h = await exportFrom(GOH25, vault({ [ICS]: mine }));
    expect(onDisk(h, ICS)).toBe(mine);
    const free = ICS.replace(/\.ics$/, " (2).ics");
    expect(readInvite(onDisk(h, free)).summary).toBe("Office Hours #25 with Nikola Grcevski");
    expect(h.noticeMessages()).toEqual([`Calendar invite “Office Hours #25 with Nikola Grcevski” saved to ${free}.`]);
  });

  it("goes to the calendar folder when one is set", async () => {
    const h = await exportFrom(GOH25, vault(), settings({ calendarFolder: "Calendar/Invites" }));
    expect(readInvite(onDisk(h, `Calendar/Invites/${ICS}`)).summary).toBe("Office Hours #25 with Nikola Grcevski");
  });

  it("an episode without a date is asked for one; left out, a notice and no file", async () => {
    const h = await exportFrom("Office Hours/OH 04 - Undated.md", vault({ "Office Hours/OH 04 - Undated.md": "Guest:: Bo\n\n- [ ] Invite Bo\n" }));
    const form = topModal(h);
    expect(form.titleEl.textContent).toBe("Fill in “Calendar invite”");
    expect(formFields(form.contentEl)).toEqual(["Show date"]);
    userClick(findButton(form.contentEl, "Leave them out"));
    await settle(h);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics")).toEqual([]);
    expect(h.noticeMessages()).toEqual(["No calendar invite: The episode has no date yet."]);
  });

  it("a show without studio and channel links: asks for them, like the snippets; the answer is the LOCATION", async () => {
    const h = await exportFrom(GOH25, vault(), settings({}, { links: {} }));
    const form = topModal(h);
    expect(formFields(form.contentEl)).toEqual(["Streaming studio link", "Channel link"]);
    typeInto(findSetting(form.contentEl, "Streaming studio link").querySelector("input") as HTMLInputElement, "https://streamyard.com/typed");
    userClick(findButton(form.contentEl, "Export"));
    await settle(h);
    const text = onDisk(h, ICS);
    expect(readInvite(text).location).toBe("https://streamyard.com/typed");
    // The channel was left empty: its line is left out, never written as ==[channel]==.
    expect(text).not.toContain("==[");
    expect(text.replace(/\r\n[ \t]/g, "")).toContain("Join the studio: https://streamyard.com/typed");
    expect(text).not.toContain("streamed live to");
    expect(h.noticeMessages()).toEqual([`Calendar invite “Office Hours #25 with Nikola Grcevski” saved to ${ICS}. Left out of the invite (not known yet): the channel link.`]);
  });

  it("“Leave them out” writes the invite with no LOCATION and no blank", async () => {
    const h = await exportFrom(GOH25, vault(), settings({}, { links: {} }));
    userClick(findButton(topModal(h).contentEl, "Leave them out"));
    await settle(h);
    const text = onDisk(h, ICS);
    expect(text).not.toContain("==[");
    expect(text).not.toMatch(/^LOCATION/m);
    expect(readInvite(text).summary).toBe("Office Hours #25 with Nikola Grcevski");
  });

  it("dismissing the form writes nothing", async () => {
    const h = await exportFrom(GOH25, vault(), settings({}, { links: {} }));
    topModal(h).close();
    await settle(h);
    expect(h.app.vault.getFiles().filter((f) => f.extension === "ics")).toEqual([]);
  });
});
