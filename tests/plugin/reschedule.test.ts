// @vitest-environment happy-dom
// "Reschedule episode" end to end on the stand-in host: one form, then the note's dates
// and deadlines in one edit, the name, the .ics (same UID, higher SEQUENCE) and the
// index note's list; refusals that write nothing; and one undo for all of it.
import { afterEach, describe, expect, it } from "vitest";
import { instantOf, parseIcs, textOf } from "../core/calendar/ics-oracle";
import type { TestHost } from "../host/test-host";
import { findButton, typeInto, userClick } from "../host/interactions";
import { finish, onDisk, settle, showData, start, topModal, TestClock } from "./harness";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type OfficeHoursPlugin from "../../src/main";
import { BLOCK_END, BLOCK_START } from "../../src/core/index-note/index-note";

let host: TestHost | undefined;
afterEach(() => {
  finish(host);
  host = undefined;
});

/** Café con Grafana, as its notes are named: the date is in the name (`CCG 012 - 240215 - TBD`). */
function ccg(): ShowSettings {
  const show = defaultShow("Europe/Madrid", "Cafe con Grafana");
  show.id = "ccg";
  show.code = "CCG";
  show.folder = "CafeConGrafana/Episodes";
  show.fileNamePattern = "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}";
  show.numberPadding = 3;
  show.schedule = { weekday: 4, time: "16:00", timeZone: "Europe/Madrid", durationMinutes: 60 };
  show.indexNote = "CafeConGrafana/README.md";
  show.links.studio = "https://streamyard.com/ccg";
  // The invite asks for values it lacks; the links this test does not test are set.
  show.links.channel = "https://youtube.com/@grafana";
  show.hostName = "Mariana";
  return show;
}

const NOW = new Date("2024-02-01T09:00:00Z");
const OLD = "CafeConGrafana/Episodes/CCG 012 - 240215 - TBD.md";
const NEW = "CafeConGrafana/Episodes/CCG 012 - 240222 - TBD.md";
const ICS_OLD = "CafeConGrafana/Episodes/CCG 012 - 240215 - TBD.ics";
const ICS_NEW = "CafeConGrafana/Episodes/CCG 012 - 240222 - TBD.ics";

/** When the note was made: a month before its show, so every item has the template's date (none was past). */
const MADE = new Date("2024-01-15T09:00:00Z");

/** A note made by the built-in template (dated items), with the first three prep items ticked. */
function episodeNote(show: ShowSettings): { path: string; text: string } {
  const plan = planEpisode({ topic: "TBD", guests: ["Israel Blancas"], date: "2024-02-15", time: "16:00", number: 12 }, show, null, MADE);
  let ticked = 0;
  const text = plan.content.replace(/^- \[ \]/gm, (box) => (ticked++ < 3 ? "- [x]" : box));
  return { path: plan.path, text };
}

async function setUp(extra: Record<string, string> = {}): Promise<{ plugin: OfficeHoursPlugin }> {
  const show = ccg();
  const note = episodeNote(show);
  expect(note.path).toBe(OLD);
  const started = await start({
    clock: new TestClock(NOW),
    data: showData([show as unknown as Record<string, unknown>]),
    files: { [note.path]: note.text, // The plugin's list is already there (the first run's question is the index note's own test).
      "CafeConGrafana/README.md": `# Café con Grafana\n\nNuestro show.\n\n${BLOCK_START}\n${BLOCK_END}\n`, ...extra },
  });
  host = started.host;
  // The invite and the list, as the plugin's own commands write them.
  await host.openFile(OLD);
  await host.runCommand("office-hours:create-calendar-invite");
  await settle(host);
  await host.runCommand("office-hours:update-index-note");
  await settle(host);
  return { plugin: started.plugin };
}

function form(h: TestHost): { date: HTMLInputElement; time: HTMLInputElement; el: HTMLElement } {
  const el = topModal(h).modalEl;
  const date = el.querySelector<HTMLInputElement>('input[type="date"]');
  const time = el.querySelector<HTMLInputElement>('input[type="time"]');
  if (!date || !time) throw new Error("no form");
  return { date, time, el };
}

/** The one event of an .ics, read by ical.js (which throws on anything malformed). */
function event(ics: string): { uid: string | null; sequence: number; start: string | null } {
  const [vevent, ...more] = parseIcs(ics).events;
  if (!vevent || more.length > 0) throw new Error("not one event");
  const sequence: unknown = vevent.getFirstPropertyValue("sequence");
  return { uid: textOf(vevent, "uid"), sequence: Number(sequence), start: instantOf(vevent, "dtstart") };
}

describe("Reschedule episode", () => {
  it("moves the date, every open deadline, the name, the .ics and the list; done items keep theirs", async () => {
    await setUp();
    const h = host as TestHost;
    const before = onDisk(h, OLD);
    const icsBefore = event(onDisk(h, ICS_OLD));
    expect(icsBefore.start).toBe("2024-02-15T14:45:00.000Z");

    await h.runCommand("office-hours:reschedule-episode");
    await settle(h);
    const f = form(h);
    expect(f.date.value).toBe("2024-02-15");
    expect(f.time.value).toBe("16:00");
    typeInto(f.date, "2024-02-22");
    const changes = Array.from(f.el.querySelectorAll(".office-hours-reschedule-changes li")).map((li) => li.textContent);
    expect(changes).toEqual([
      "date 2024-02-15 → 2024-02-22",
      "24 open items due 7 days later",
      "renamed to “CCG 012 - 240222 - TBD”",
      `CCG 012 - 240215 - TBD.ics updated (the same event, sequence ${icsBefore.sequence} → ${icsBefore.sequence + 1})`,
      "episode list updated in README",
    ]);
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);

    expect(h.app.vault.getFileByPath(OLD)).toBeNull();
    const after = onDisk(h, NEW);
    expect(after).toContain("date: 2024-02-22\n");
    // Open items a week later; the three ticked ones keep the dates they had.
    expect(after).toContain("- [x] Contact the guest and tell them about Cafe con Grafana. 📅 2024-01-25\n");
    expect(after).toContain("- [ ] Create a thumbnail for the episode and check how it looks on different devices. 📅 2024-02-12\n");
    expect(after).toContain("- [ ] Add timestamps to the video (at least four). 📅 2024-02-24\n");
    // Only the date property and the open items' dates changed.
    const a = before.split("\n");
    const b = after.split("\n");
    expect(b.length).toBe(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [line]));
    expect(changed.every((line) => line.startsWith("date:") || /^\s*- \[ \] .*📅 \d{4}-\d{2}-\d{2}$/.test(line))).toBe(true);
    expect(changed).toHaveLength(25);

    const icsAfter = event(onDisk(h, ICS_NEW));
    expect(h.app.vault.getFileByPath(ICS_OLD)).toBeNull();
    expect(icsAfter.uid).toBe(icsBefore.uid);
    expect(icsAfter.sequence).toBe(icsBefore.sequence + 1);
    expect(icsAfter.start).toBe("2024-02-22T14:45:00.000Z");
    expect(onDisk(h, "CafeConGrafana/README.md")).toContain("- 2024-02-22: [[CCG 012 - 240222 - TBD]] with Israel Blancas");
    const notice = h.noticeMessages().at(-1) ?? "";
    expect(notice).toContain("Rescheduled CCG 012 - 240215 - TBD: renamed to CCG 012 - 240222 - TBD; date 2024-02-15 → 2024-02-22; 24 open items due 7 days later;");
    expect(notice).toContain("“Undo last reschedule” takes it all back.");

    // One undo puts back every file as it was (the .ics at the old time, a higher sequence).
    await h.runCommand("office-hours:undo-reschedule");
    await settle(h, 8);
    expect(h.app.vault.getFileByPath(NEW)).toBeNull();
    expect(onDisk(h, OLD)).toBe(before);
    const icsUndone = event(onDisk(h, ICS_OLD));
    expect(icsUndone.start).toBe("2024-02-15T14:45:00.000Z");
    expect(icsUndone.sequence).toBe(icsBefore.sequence + 2);
    expect(onDisk(h, "CafeConGrafana/README.md")).toContain("- 2024-02-15: [[CCG 012 - 240215 - TBD]] with Israel Blancas");
    expect(h.noticeMessages().at(-1)).toContain("Reschedule undone:");
  });

  it("never renames over an existing note: the form says so and nothing is written", async () => {
    await setUp({ [NEW]: "Someone else's note\n" });
    const h = host as TestHost;
    const before = onDisk(h, OLD);
    await h.runCommand("office-hours:reschedule-episode");
    await settle(h);
    const f = form(h);
    typeInto(f.date, "2024-02-22");
    expect(f.el.querySelector(".office-hours-reschedule-changes .office-hours-field-error")?.textContent).toContain(`“${NEW}” already exists`);
    userClick(findButton(f.el, "Reschedule"));
    await settle(h);
    expect(h.activeModal()).not.toBeNull();
    expect(onDisk(h, OLD)).toBe(before);
    expect(onDisk(h, NEW)).toBe("Someone else's note\n");
  });

  it("edits an open note with unsaved typing through its editor, keeping the typing", async () => {
    await setUp();
    const h = host as TestHost;
    const view = await h.openFile(OLD);
    view.editor.replaceRange("Notas: confirmar con Israel.\n", { line: view.editor.lineCount() - 1, ch: 0 });
    await h.runCommand("office-hours:reschedule-episode");
    await settle(h);
    const f = form(h);
    typeInto(f.date, "2024-02-22");
    typeInto(f.time, "17:30");
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    const saved = onDisk(h, NEW);
    expect(saved).toContain("Notas: confirmar con Israel.\n");
    // The template wrote the time quoted; the quotes stay.
    expect(saved).toContain('date: 2024-02-22\ntime: "17:30"\n');
    expect(view.editor.getValue()).toBe(saved);
    // Typing after the reschedule: undo refuses and changes nothing.
    view.editor.replaceRange("x", { line: 0, ch: 0 });
    await h.runCommand("office-hours:undo-reschedule");
    await settle(h);
    expect(h.noticeMessages().at(-1)).toBe("Nothing was undone: the note CCG 012 - 240222 - TBD changed since.");
    expect(h.app.vault.getFileByPath(NEW)).not.toBeNull();
  });

  it("keeps the wall-clock time across a daylight-saving change", async () => {
    await setUp();
    const h = host as TestHost;
    await h.runCommand("office-hours:reschedule-episode");
    await settle(h);
    const f = form(h);
    // Spain moves to summer time on 31 March 2024: 16:00 is then 14:00 UTC, not 15:00.
    typeInto(f.date, "2024-04-04");
    expect(f.el.querySelector(".office-hours-time-hint")?.textContent).toContain("16:00 CEST");
    userClick(findButton(f.el, "Reschedule"));
    await settle(h, 8);
    const ics = event(onDisk(h, "CafeConGrafana/Episodes/CCG 012 - 240404 - TBD.ics"));
    expect(ics.start).toBe("2024-04-04T13:45:00.000Z");
    expect(onDisk(h, "CafeConGrafana/Episodes/CCG 012 - 240404 - TBD.md")).toContain("date: 2024-04-04\n");
  });
});
