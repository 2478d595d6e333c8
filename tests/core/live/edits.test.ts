// The live-show edits on real and edge notes: a log lands in time order in the look of
// its neighbours, a missing section is created under the title in the note's language,
// undo takes back exactly the logged line, a shift moves live: and every chapter in one
// set of changes, and every other byte (line endings included) stays as it was.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits, planLog, planShift, planUndo, viewNote, type TextEdit } from "../../../src/core/live/edits";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../../src/core/live/chapters";
import { GOH16, GOH25, fiveShows, liveNote } from "./fixtures";
import { readNote } from "../../support/notes";

const NAMES = DEFAULT_TIMESTAMP_HEADINGS;
const isHeading = timestampHeadingMatcher(NAMES);
const GOH12 = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes/GOH 12 - Govable.md"), "utf8");

function log(text: string, seconds: number, title: string): { text: string; line: number; lineText: string; edits: TextEdit[] } {
  const plan = planLog(viewNote(text, isHeading), { seconds, title }, NAMES);
  if (!plan.ok) throw new Error(plan.reason);
  return { text: applyEdits(text, plan.edits), line: plan.line, lineText: plan.lineText, edits: plan.edits };
}

/** `text` with `line` inserted before line `at` (0-based, "\n" line ends). */
function withLine(text: string, at: number, line: string): string {
  const lines = text.split("\n");
  lines.splice(at, 0, line);
  return lines.join("\n");
}

describe("planLog", () => {
  it("appends after GOH 16's last chapter, at the end of the note", () => {
    const text = fiveShows(GOH16);
    const result = log(text, 3400, "Q&A");
    expect(result.text).toBe(`${text}00:56:40 Q&A\n`);
    expect([result.line, result.lineText]).toEqual([149, "00:56:40 Q&A"]);
    expect(readNote(GOH16, result.text).chapterProblems).toEqual([]);
  });

  it("puts a time between two chapters between them, touching no other line", () => {
    const text = fiveShows(GOH16);
    const result = log(text, 500, "A question from the chat");
    expect(result.text).toBe(withLine(text, 134, "00:08:20 A question from the chat"));
  });

  it("fills GOH 25's empty section below the heading and its blank line", () => {
    const text = fiveShows(GOH25);
    const result = log(text, 3, "Intro");
    // The first chapter, logged in the first seconds, is the opening one: 00:00:00.
    expect(result.text).toBe(withLine(text, 36, "00:00:00 Intro"));
    expect(log(result.text, 18, "Introduce Nikola").text).toBe(withLine(result.text, 37, "00:00:18 Introduce Nikola"));
  });

  it("writes in the look of the neighbouring line: list marker, brackets, digits", () => {
    const forms = liveNote("forms.md");
    expect(log(forms, 200, "Setup").text).toBe(withLine(forms, 14, "- 03:20 Setup"));
    expect(log(forms, 1000, "Demo").text).toBe(withLine(forms, 15, "[00:16:40] Demo"));
    expect(log(forms, 4000, "Bye").text).toBe(withLine(forms, 16, "* 1:06:40 Bye"));
  });

  it("writes inside a callout section with the callout's marker", () => {
    const callout = liveNote("callout.md");
    expect(log(callout, 400, "Questions").text).toBe(withLine(callout, 9, "> 06:40 Questions"));
  });

  it("creates the section after what belongs to the title (the video, the guest field), before the first heading", () => {
    const result = log(GOH12, 0, "Intro");
    expect(result.text).toBe(GOH12.replace("\n## Checklist\n", "\n## Timestamps\n\n00:00:00 Intro\n\n## Checklist\n"));
    expect([result.line, readNote("GOH 12.md", result.text).chapters]).toEqual([12, [{ at: "00:00:00", seconds: 0, title: "Intro", line: 12 }]]);
    // The video and the guest line are no chapter lines to fix.
    expect(viewNote(result.text, isHeading).reading.problems).toEqual([]);
  });

  it("creates the section right under a title with nothing of its own", () => {
    const bare = "# [[OH 01 - Tempo]]\n## Checklist\n\n- [ ] Invite\n";
    expect(log(bare, 0, "Intro").text).toBe("# [[OH 01 - Tempo]]\n\n## Timestamps\n\n00:00:00 Intro\n\n## Checklist\n\n- [ ] Invite\n");
  });

  it("never creates the section inside a comment: a note ending in one never closed gets it under the title", () => {
    const open = "# Episode\n\nGuest:: Ann\n\n%% notes for later\n- [ ] Invite\n";
    expect(log(open, 0, "Intro").text).toBe("# Episode\n\n## Timestamps\n\n00:00:00 Intro\n\nGuest:: Ann\n\n%% notes for later\n- [ ] Invite\n");
    // A comment that closes before the next heading is passed like any line of the title's.
    const closed = "# Episode\n\nGuest:: Ann\n%% a\nb %%\n## Checklist\n";
    expect(log(closed, 0, "Intro").text).toBe("# Episode\n\nGuest:: Ann\n%% a\nb %%\n\n## Timestamps\n\n00:00:00 Intro\n\n## Checklist\n");
  });

  it("creates the section at the end of a note whose title has no heading below it", () => {
    const flat = "# Episode\n\nGuest:: Ann\n\n- [ ] Invite\n";
    const result = log(flat, 0, "Intro");
    expect(result.text).toBe("# Episode\n\nGuest:: Ann\n\n- [ ] Invite\n\n## Timestamps\n\n00:00:00 Intro\n");
    expect(result.text.split("\n")[result.line]).toBe("00:00:00 Intro");
  });

  it("names a created section in the language of the note's headings", () => {
    const spanish = liveNote("spanish.md");
    expect(log(spanish, 0, "Introducción").text).toContain("Invitado(s):: Raúl Marín\n\n## Marcas de tiempo\n\n00:00:00 Introducción\n\n## Puntos a hablar");
    // A show that renamed its sections gets its own first name.
    const plan = planLog(viewNote(spanish, timestampHeadingMatcher(["Chapters"])), { seconds: 0, title: "Intro" }, ["Chapters"]);
    expect(plan.ok && applyEdits(spanish, plan.edits)).toContain("\n## Chapters\n");
  });

  it("creates the section before the first heading of a note without a title, the guest field left above it", () => {
    const note = liveNote("no-title.md");
    expect(log(note, 0, "Intro").text).toBe(note.replace("\n## Talking points", "\n## Timestamps\n\n00:00:00 Intro\n\n## Talking points"));
    const headingFirst = "---\ndate: 2025-06-06\n---\n## Talking points\n\n- Intro\n";
    expect(log(headingFirst, 0, "Intro").text).toBe("---\ndate: 2025-06-06\n---\n## Timestamps\n\n00:00:00 Intro\n\n## Talking points\n\n- Intro\n");
  });

  it("keeps CRLF line ends and a byte order mark", () => {
    const lf = fiveShows(GOH16);
    const crlf = `\ufeff${lf.replace(/\n/g, "\r\n")}`;
    expect(log(crlf, 500, "From the chat").text).toBe(`\ufeff${withLine(lf, 134, "00:08:20 From the chat").replace(/\n/g, "\r\n")}`);
  });

  it("refuses an empty title", () => {
    expect(planLog(viewNote(GOH12, isHeading), { seconds: 5, title: "  " }, NAMES)).toEqual({ ok: false, reason: "A chapter needs a title." });
  });
});

describe("planUndo", () => {
  it("removes exactly the logged line", () => {
    const text = fiveShows(GOH16);
    const logged = log(text, 500, "Oops");
    const plan = planUndo(viewNote(logged.text, isHeading), logged);
    expect(plan.ok && applyEdits(logged.text, plan.edits)).toBe(text);
    const last = log(text, 3400, "Last");
    const undoLast = planUndo(viewNote(last.text, isHeading), last);
    expect(undoLast.ok && applyEdits(last.text, undoLast.edits)).toBe(text);
  });

  it("finds the line again when lines above it moved", () => {
    const logged = log(fiveShows(GOH16), 500, "Oops");
    const moved = logged.text.replace("## Checklist\n", "## Checklist\n\nA new paragraph.\n");
    const plan = planUndo(viewNote(moved, isHeading), logged);
    expect(plan.ok && applyEdits(moved, plan.edits)).toBe(fiveShows(GOH16).replace("## Checklist\n", "## Checklist\n\nA new paragraph.\n"));
  });

  it("refuses when the line was edited or appears twice", () => {
    const logged = log(fiveShows(GOH16), 500, "Oops");
    const edited = logged.text.replace("00:08:20 Oops", "00:08:20 Oops, renamed");
    expect(planUndo(viewNote(edited, isHeading), logged)).toEqual({
      ok: false,
      reason: "The line “00:08:20 Oops” was changed or removed since it was logged, so nothing was removed.",
    });
    const twice = logged.text.replace("00:08:20 Oops\n", "00:08:20 Oops\n00:08:20 Oops\n");
    expect(planUndo(viewNote(twice, isHeading), { ...logged, line: 3 })).toEqual({
      ok: false,
      reason: "The Timestamps section has 2 lines “00:08:20 Oops”, so none was removed.",
    });
  });

  it("refuses when a twin pasted above now sits at the remembered line number", () => {
    const logged = log(fiveShows(GOH16), 500, "Oops");
    const lines = logged.text.split("\n");
    lines.splice(logged.line, 0, "00:08:20 Oops", "00:07:00 Setup");
    const pasted = lines.join("\n");
    expect(pasted.split("\n")[logged.line]).toBe(logged.lineText);
    expect(planUndo(viewNote(pasted, isHeading), logged)).toEqual({
      ok: false,
      reason: "The Timestamps section has 2 lines “00:08:20 Oops”, so none was removed.",
    });
  });
});

describe("planShift", () => {
  const live = (text: string) => text.replace("---\nurl:", "---\nlive: 2026-12-04T13:02:11Z\nurl:");

  it("moves live: later and every chapter but 0:00 earlier, changing only those digits", () => {
    const text = live(fiveShows(GOH16));
    const plan = planShift(viewNote(text, isHeading), 40, { value: "2026-12-04T13:02:11Z", timeZone: "UTC" });
    if (!plan.ok) throw new Error(plan.reason);
    const shifted = applyEdits(text, plan.edits);
    expect(shifted.split("\n")[1]).toBe("live: 2026-12-04T13:02:51Z");
    const before = readNote(GOH16, text).chapters;
    const after = readNote(GOH16, shifted).chapters;
    expect(after.map((c) => c.seconds)).toEqual(before.map((c) => (c.seconds === 0 ? 0 : c.seconds - 40)));
    expect(after.map((c) => c.title)).toEqual(before.map((c) => c.title));
    // Nothing else: the texts differ only on the live: line and the chapter lines.
    const changed = text.split("\n").flatMap((line, n) => (line === shifted.split("\n")[n] ? [] : [n]));
    expect(changed).toEqual([1, ...before.slice(1).map((c) => c.line)]);
  });

  it("keeps each line's own time style and never goes below 0:00", () => {
    const forms = liveNote("forms.md");
    const plan = planShift(viewNote(forms, isHeading), 100, null);
    const shifted = plan.ok ? applyEdits(forms, plan.edits) : "";
    expect(shifted.split("\n").slice(12, 16)).toEqual(["0:00 Intro", "- 00:00 Who is Ann?", "[00:10:54] What is eBPF?", "* 1:01:05 - Questions from the chat"]);
    const back = planShift(viewNote(forms, isHeading), -30, null);
    expect(back.ok && applyEdits(forms, back.edits).split("\n").slice(12, 16)).toEqual([
      "0:00 Intro",
      "- 02:00 Who is Ann?",
      "[00:13:04] What is eBPF?",
      "* 1:03:15 - Questions from the chat",
    ]);
  });

  it("refuses when live: is not there as read, or is there twice", () => {
    const text = live(fiveShows(GOH16));
    const view = viewNote(text, isHeading);
    expect(planShift(view, 40, { value: "2026-12-04T13:00:00Z", timeZone: "UTC" })).toEqual({
      ok: false,
      reason: "The note's live: value changed since it was read; nothing was shifted.",
    });
    const twice = text.replace("live: 2026-12-04T13:02:11Z\n", "live: 2026-12-04T13:02:11Z\nlive: 2026-12-04T13:02:11Z\n");
    expect(planShift(viewNote(twice, isHeading), 40, { value: "2026-12-04T13:02:11Z", timeZone: "UTC" })).toEqual({
      ok: false,
      reason: "The note's frontmatter has several live: lines; keep one.",
    });
    expect(planShift(view, 0, null)).toMatchObject({ ok: false });
  });

  it("keeps a quoted live: value's line working, written plainly", () => {
    const text = fiveShows(GOH16).replace("---\nurl:", '---\nlive: "2026-12-04T13:02:11Z"\nurl:');
    const plan = planShift(viewNote(text, isHeading), -10, { value: "2026-12-04T13:02:11Z", timeZone: "UTC" });
    expect(plan.ok && applyEdits(text, plan.edits).split("\n")[1]).toBe("live: 2026-12-04T13:02:01Z");
  });
});
