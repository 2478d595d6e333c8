// Marks in `inline code` are talk about the syntax, not deadlines (Tasks reads its fields
// from the end of the line and would not see them), and a value followed by punctuation
// is read the same whether it is a date or an offset. Property: on any line, the dates the
// reader sees are exactly the dates a reschedule moves, and nothing else on it changes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readLineDue, withoutMarks } from "../../../src/core/deadlines/line-due";
import { planNoteReschedule } from "../../../src/core/reschedule/note-plan";
import { addDays } from "../../../src/core/time/calendar-date";
import { readNote } from "../../support/notes";

describe("marks in inline code", () => {
  it("are neither the deadline, nor a problem, nor left out of the item's text", () => {
    const line = "- [ ] Explain that `📅 2026-11-01` and `[due:: -3d]` are the syntax";
    expect(readLineDue(line)).toEqual({ date: null, offset: null, problems: [], spans: [] });
    expect(readLineDue("- [ ] Explain `📅 soon`").problems).toEqual([]);
  });

  it("leave the real mark after the code as the deadline", () => {
    const line = "- [ ] Explain `📅 2026-11-01` 📅 2026-11-20";
    const due = readLineDue(line);
    expect(due.date?.value).toBe("2026-11-20");
    expect(due.spans).toHaveLength(1);
    expect(withoutMarks(line, due.spans)).toBe("- [ ] Explain `📅 2026-11-01`");
  });

  it("end where the backticks close: a mark after a closed pair of code spans is read", () => {
    expect(readLineDue("- [ ] `a` and `b` 📅 2026-11-20").date?.value).toBe("2026-11-20");
    expect(readLineDue("- [ ] `a` and `b 📅 2026-11-20`").date).toBeNull();
  });

  it("are read as Markdown reads them: an escaped or unpaired backtick opens no code", () => {
    // Counting backticks for odd or even hid each of these deadlines.
    expect(readLineDue("- [ ] Type \\` first 📅 2026-11-20").date?.value).toBe("2026-11-20");
    expect(readLineDue("- [ ] Quote ``a`b`` 📅 2026-11-20").date?.value).toBe("2026-11-20");
    expect(readLineDue("- [ ] A lone ` backtick 📅 -2w").offset?.offset).toEqual({ amount: -2, unit: "w" });
  });
});

describe("an offset followed by punctuation", () => {
  it.each([
    ["- [ ] Post 📅 -7d,", { amount: -7, unit: "d" }, "📅 -7d"],
    ["- [ ] Post 📅 +2d. #promo", { amount: 2, unit: "d" }, "📅 +2d"],
    ["- [ ] Post (before 📅 -1w)", { amount: -1, unit: "w" }, "📅 -1w"],
    ["- [ ] Post 📅 -12h;", { amount: -12, unit: "h" }, "📅 -12h"],
  ])("%s", (line, offset, mark) => {
    const due = readLineDue(line);
    expect(due.offset?.offset).toEqual(offset);
    expect(due.problems).toEqual([]);
    // What a date replaces is the mark alone, the punctuation stays.
    expect(line.slice(due.offset?.from, due.offset?.to)).toBe(mark);
  });

  it("still names a word that is no offset, punctuation or not", () => {
    expect(readLineDue("- [ ] X 📅 soon,").problems).toEqual(["“📅 soon,” is not a date like 2026-11-27 or an offset like -7d."]);
    expect(readLineDue("- [ ] X 📅 3d,").problems).toEqual(["“3d” needs a sign: -3d is before the show, +3d after it."]);
  });
});

const dateText = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Pieces a checklist line is made of: words, backticks, punctuation and marks of every kind. */
const piece = fc.oneof(
  fc.constantFrom("Post", " ", "`", "``", ",", ".", ")", "(", "[", "]", "😀", "::", "due"),
  dateText.map((d) => `📅 ${d}`),
  dateText.map((d) => `📆${d}`),
  dateText.map((d) => `[due:: ${d}]`),
  dateText.map((d) => `(due:: ${d})`),
  fc.constantFrom("📅 -7d", "📅 +2d,", "(due:: -1w)", "📅 soon"),
);
const itemLine = fc.array(piece, { maxLength: 12 }).map((pieces) => `- [ ] ${pieces.join("")}`);

describe("the reader and the reschedule agree", () => {
  it("on any line, the dates read are the dates moved, and nothing else changes", () => {
    fc.assert(
      fc.property(itemLine, fc.integer({ min: -60, max: 60 }).filter((d) => d !== 0), (line, days) => {
        const text = `---\ndate: 2026-11-27\n---\n${line}\n`;
        const episode = readNote("Shows/OH 01 - X.md", text);
        const result = planNoteReschedule(text, episode, { date: addDays("2026-11-27", days) ?? "", time: "13:00" }, "13:00", false);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const after = result.text.split("\n")[3] ?? "";
        const was = readLineDue(line);
        const now = readLineDue(after);
        // Every mark the reader saw moved by `days` (dates keep their length, so their places).
        const datesIn = (l: string, due: typeof was) => due.spans.map((s) => /\d{4}-\d{2}-\d{2}/.exec(l.slice(s.from, s.to))?.[0] ?? null);
        expect(datesIn(after, now)).toEqual(datesIn(line, was).map((d) => (d === null ? null : addDays(d, days))));
        expect(now.date?.value ?? null).toBe(was.date === null ? null : addDays(was.date.value, days));
        // Everything but those marks, inline code included, is as it was.
        expect(withoutMarks(after, now.spans)).toBe(withoutMarks(line, was.spans));
      }),
      { numRuns: 500 },
    );
  });
});
