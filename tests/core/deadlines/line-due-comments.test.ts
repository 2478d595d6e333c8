// Deadline marks inside a comment on an item's line (`- [ ] Book slot %% 📅 2026-11-20 %%`)
// are hidden, as the reader hides every commented text: no deadline, no problem, no date
// moved by a reschedule, no offset turned into a date. The marks stay in the item's text,
// as written. Expected values come from reading tests/fixtures/comments/deadlines.md and
// deadline-offsets.md by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNote } from "../../support/notes";
import { readLineDue } from "../../../src/core/deadlines/line-due";
import { planningMarks } from "../../../src/core/reschedule/planning-dates";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";
import { dateChecklist } from "../../../src/core/deadlines/template-offsets";

const DIR = fileURLToPath(new URL("../../fixtures/comments/", import.meta.url));
const text = (name: string): string => readFileSync(DIR + name, "utf8");

describe("a deadline mark in a comment on the item's line", () => {
  it("is no deadline and no problem: the visible mark is the deadline", () => {
    expect(readLineDue("- [ ] Book slot %% 📅 2026-11-20 %%")).toMatchObject({ date: null, offset: null, problems: [], spans: [] });
    expect(readLineDue("- [ ] Send 📅 2026-11-24 %% was 📅 2026-11-20 %%").date?.value).toBe("2026-11-24");
    expect(readLineDue("- [ ] Draft <!-- [due:: 2026-11-18] --> (due:: 2026-11-19)").date?.value).toBe("2026-11-19");
    expect(readLineDue("- [ ] Old %% 📅 2026-11-3 %%").problems).toEqual([]);
    expect(readLineDue("- [ ] Template %% 📅 -7d %%").offset).toBeNull();
    // A `%%` in inline code opens nothing, so the mark after it is read.
    expect(readLineDue("- [ ] Notes `%%` 📅 2026-11-25").date?.value).toBe("2026-11-25");
    // A `<!--` after the marker that never closes on the line is text (as in the reader).
    expect(readLineDue("- [ ] Wait <!-- 📅 2026-11-25").date?.value).toBe("2026-11-25");
  });

  it("is no ⏳ scheduled or 🛫 start date either", () => {
    expect(planningMarks("- [ ] Draft <!-- ⏳ 2026-11-18 🛫 2026-11-17 -->")).toEqual([]);
    expect(planningMarks("- [ ] Plan ⏳ 2026-11-21 %% ⏳ 2026-11-19 %%").map((m) => m.date)).toEqual(["2026-11-21"]);
    expect(planningMarks("- [ ] Plan %% 🛫 -3d")).toEqual([]);
  });

  it("leaves a note's items with the visible deadlines only, their text as written, and no warning", () => {
    const episode = readNote("Shows/OH 20 - Deadlines.md", text("deadlines.md"));
    expect(episode.tasks.map((t) => [t.line, t.due ?? null, t.text])).toEqual([
      [6, null, "Book slot %% 📅 2026-11-20 %%"],
      [7, "2026-11-24", "Send the invite %% was 📅 2026-11-20 %%"],
      [8, null, "Draft the post <!-- ⏳ 2026-11-18 🛫 2026-11-17 -->"],
      [9, "2026-11-26", "Check the mic %% [due:: 2026-11-25] (due:: 2026-11-23) %%"],
      [10, null, "Old plan %% 📅 2026-11-3 %%"],
      [11, null, "Plan the intro ⏳ 2026-11-21 %% ⏳ 2026-11-19 %%"],
      [12, "2026-11-25", "Write notes `%%`"],
      [13, null, "Open remark %% 📅 2026-11-22"],
    ]);
    expect(episode.warnings.filter((w) => w.includes("date"))).toEqual([]);
  });

  it("is not moved by a reschedule: only the visible dates move", () => {
    const note = text("deadlines.md");
    const result = planNoteReschedule(note, readNote("Shows/OH 20 - Deadlines.md", note), { date: "2026-12-04", time: "13:00" }, "13:00", false);
    if (!result.ok) throw new Error(result.reason);
    const changed = (line: number) => result.text.split("\n")[line];
    expect(changed(6)).toBe("- [ ] Book slot %% 📅 2026-11-20 %%");
    expect(changed(7)).toBe("- [ ] Send the invite 📅 2026-12-01 %% was 📅 2026-11-20 %%");
    expect(changed(8)).toBe("- [ ] Draft the post <!-- ⏳ 2026-11-18 🛫 2026-11-17 -->");
    expect(changed(9)).toBe("- [ ] Check the mic [due:: 2026-12-03] %% [due:: 2026-11-25] (due:: 2026-11-23) %%");
    expect(changed(11)).toBe("- [ ] Plan the intro ⏳ 2026-11-28 %% ⏳ 2026-11-19 %%");
    expect(changed(12)).toBe("- [ ] Write notes `%%` 📅 2026-12-02");
    expect(changed(13)).toBe("- [ ] Open remark %% 📅 2026-11-22");
    expect(result.moved).toBe(4);
  });

  it("is no offset to date: neither at creation nor at an episode's first date", () => {
    const note = text("deadline-offsets.md");
    const start = { date: "2026-11-27", time: "13:00", timeZone: "UTC" };
    const created = dateChecklist(note, start);
    expect(created.text.split("\n").slice(6, 9)).toEqual([
      "- [ ] Book the guest 📅 2026-11-20 %% 📅 -9d %%",
      "- [ ] Draft the post %% ⏳ -3d 🛫 -4d (due:: -2d) %%",
      "- [ ] Plan the intro 🛫 2026-11-22 <!-- 📅 -1d -->",
    ]);
    expect(created.problems).toEqual([]);
    const rescheduled = planNoteReschedule(note, readNote("Shows/OH 21 - Offsets.md", note), { date: "2026-11-27", time: "13:00" }, "13:00", false, "UTC");
    if (!rescheduled.ok) throw new Error(rescheduled.reason);
    expect(rescheduled.text.split("\n").slice(6, 9)).toEqual(created.text.split("\n").slice(6, 9));
  });
});

// Comment text: any characters (the comment below takes out what would close it early).
const commentText = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " "));
const dateText = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const markInComment = fc.oneof(
  commentText,
  dateText.map((d) => `📅 ${d}`),
  dateText.map((d) => `⏳ ${d} 🛫 ${d}`),
  dateText.map((d) => `[due:: ${d}] (due:: ${d})`),
  fc.constantFrom("📅 -7d", "⏳ -2d", "📅 soon", "(due:: 2026-13-40)"),
);
const comment = fc.oneof(
  fc.tuple(markInComment, commentText).map(([a, b]) => `%% ${`${a} ${b}`.replace(/%/g, "")} %%`),
  fc.tuple(markInComment, commentText).map(([a, b]) => `<!-- ${`${a} ${b}`.replace(/-->/g, "- >")} -->`),
);
const itemLine = fc.tuple(fc.constantFrom("Book the slot", "Send `x`", "Post"), fc.option(dateText, { nil: undefined })).map(
  ([words, date]) => `- [ ] ${words}${date === undefined ? "" : ` 📅 ${date}`}`,
);

describe("property: a comment on an item's line", () => {
  it("changes neither its deadline, nor its planning dates, nor what a reschedule moves", () => {
    fc.assert(
      fc.property(itemLine, comment, fc.boolean(), (line, note, atEnd) => {
        // The comment after the item's words, at the end or before its mark.
        const mark = line.indexOf(" 📅");
        const withComment = atEnd || mark < 0 ? `${line} ${note}` : `${line.slice(0, mark)} ${note}${line.slice(mark)}`;
        const plain = readLineDue(line);
        const commented = readLineDue(withComment);
        expect(commented.date?.value ?? null).toBe(plain.date?.value ?? null);
        expect(commented.offset).toEqual(plain.offset);
        expect(commented.problems).toEqual(plain.problems);
        expect(planningMarks(withComment)).toEqual([]);
        const body = (l: string) => `---\ndate: 2026-11-27\n---\n${l}`;
        const moved = planNoteReschedule(body(withComment), readNote("S/OH 1 - X.md", body(withComment)), { date: "2026-12-04", time: "13:00" }, "13:00", false);
        if (!moved.ok) throw new Error(moved.reason);
        const after = moved.text.split("\n")[3] ?? "";
        // The comment comes through byte for byte.
        expect(after.includes(note)).toBe(true);
        expect(moved.moved).toBe(plain.date === null ? 0 : 1);
      }),
    );
  });
});
