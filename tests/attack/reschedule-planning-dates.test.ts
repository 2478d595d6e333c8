// The Tasks plugin's other dates through a reschedule. WAS A DEFECT
// (src/core/reschedule/note-plan.ts): only 📅 due dates moved, so an open item planned
// with ⏳ scheduled or 🛫 start kept its old plan, a week before or after the show it
// belonged to (Tasks then listed it as scheduled on a day that meant nothing). ⏳ (also
// ⌛) and 🛫 now move with 📅 on the same items; ➕ created, ✅ done and ❌ cancelled are
// history and never move. The emoji format is Tasks' own (its docs' "Tasks Emoji
// Format": `⏳ 2023-04-14`, `🛫 2023-04-15`, `➕ 2023-04-13`, `✅ …`, `❌ …`).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNote } from "../support/notes";
import { planNoteReschedule } from "../../src/core/reschedule/note-plan";
import { planningMarks } from "../../src/core/reschedule/planning-dates";
import { addDays } from "../../src/core/time/calendar-date";
import { dateChecklist } from "../../src/core/deadlines/template-offsets";

const PATH = "Shows/OH 01 - X.md";

function moved(text: string, date: string, time = "13:00", timeZone?: string): string {
  const result = planNoteReschedule(text, readNote(PATH, text), { date, time }, "13:00", false, timeZone);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("planningMarks", () => {
  it("reads ⏳, ⌛ and 🛫 as Tasks writes them (variation selector, spaces or none), dates and offsets", () => {
    const line = "- [ ] A ⏳ 2026-11-20 ⌛2026-11-21 ⏳\ufe0f  2026-11-22 🛫 2026-11-01, 🛫 -3w ⏳ +2d.";
    expect(planningMarks(line).map((m) => [m.kind, m.date ?? m.offset, line.slice(m.from, m.to)])).toEqual([
      ["scheduled", "2026-11-20", "2026-11-20"],
      ["scheduled", "2026-11-21", "2026-11-21"],
      ["scheduled", "2026-11-22", "2026-11-22"],
      ["start", "2026-11-01", "2026-11-01"],
      ["start", { amount: -3, unit: "w" }, "-3w"],
      ["scheduled", { amount: 2, unit: "d" }, "+2d"],
    ]);
  });

  it("leaves what is no planning date: history (➕ ✅ ❌), inline code, no date, a date that is not one", () => {
    for (const line of ["- [ ] ➕ 2026-11-20 ✅ 2026-11-21 ❌ 2026-11-22", "- [ ] `⏳ 2026-11-20` and ``🛫 2026-11-01``", "- [ ] ⏳ soon 🛫", "- [ ] ⏳ 2026-02-30 🛫 2026-11-200 ⏳ 3w"]) {
      expect(planningMarks(line), line).toEqual([]);
    }
  });

  it("a line of thousands of emojis with no value gives no mark (linear time: reschedule-growth.test.ts)", () => {
    const line = "- [ ] " + "⏳🛫⌛ ".repeat(40_000);
    expect(planningMarks(line)).toEqual([]);
  });
});

describe("a reschedule moves ⏳ and 🛫 with 📅", () => {
  it("on open items only; ➕ ✅ ❌ stay; marks in inline code stay", () => {
    const text = [
      "---",
      "date: 2026-11-27",
      "---",
      "- [ ] Invite 📅 2026-11-20 ⏳ 2026-11-18 🛫 2026-11-06 ➕ 2026-10-01",
      "- [ ] Thumbnail ⌛ 2026-11-17",
      "- [x] Booked ⏳ 2026-11-01 ✅ 2026-11-02",
      "- [-] Dropped 🛫 2026-11-03 ❌ 2026-11-04",
      "- [ ] Syntax: `⏳ 2026-11-18` 🛫 2026-11-09",
      "",
    ].join("\n");
    const result = planNoteReschedule(text, readNote(PATH, text), { date: "2026-12-04", time: "13:00" }, "13:00", false);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.split("\n")).toEqual([
      "---",
      "date: 2026-12-04",
      "---",
      "- [ ] Invite 📅 2026-11-27 ⏳ 2026-11-25 🛫 2026-11-13 ➕ 2026-10-01",
      "- [ ] Thumbnail ⌛ 2026-11-24",
      "- [x] Booked ⏳ 2026-11-01 ✅ 2026-11-02",
      "- [-] Dropped 🛫 2026-11-03 ❌ 2026-11-04",
      "- [ ] Syntax: `⏳ 2026-11-18` 🛫 2026-11-16",
      "",
    ]);
    expect(result.changes).toContain("4 scheduled or start dates (⏳ 🛫) moved with them");
  });

  it("an idea given its first date: ⏳ and 🛫 offsets become dates, the emoji and spacing as written", () => {
    const text = ["---", "date:", "---", "- [ ] A 📅 -7d ⏳ -8d 🛫\ufe0f -3w", "- [ ] B ⏳  +1d", "- [x] C ⏳ -1d", "- [ ] `⏳ -2d` D", ""].join("\n");
    expect(moved(text, "2026-11-27", "16:00", "Europe/Madrid").split("\n")).toEqual([
      "---",
      "date: 2026-11-27",
      "time: 16:00",
      "---",
      "- [ ] A 📅 2026-11-20 ⏳ 2026-11-19 🛫\ufe0f 2026-11-06",
      "- [ ] B ⏳  2026-11-28",
      "- [x] C ⏳ -1d",
      "- [ ] `⏳ -2d` D",
      "",
    ]);
  });
});

describe("a new episode from a template with ⏳ and 🛫 offsets", () => {
  it("gets their dates as it gets 📅's, in the same line, the emoji and spacing as written", () => {
    const template = ["## Checklist", "- [ ] Thumbnail 📅 -10d ⏳ -12d 🛫 -3w", "- [ ] Post ⏳\ufe0f  -1d", "- [-] Dropped ⏳ -1d", "- [ ] `⏳ -2d` syntax", ""].join("\n");
    const dated = dateChecklist(template, { date: "2026-11-27", time: "16:00", timeZone: "Europe/Madrid" });
    expect(dated.text.split("\n")).toEqual([
      "## Checklist",
      "- [ ] Thumbnail 📅 2026-11-17 ⏳ 2026-11-15 🛫 2026-11-06",
      "- [ ] Post ⏳\ufe0f  2026-11-26",
      "- [-] Dropped ⏳ -1d",
      "- [ ] `⏳ -2d` syntax",
      "",
    ]);
    expect(dated.dated).toBe(2);
  });
});

describe("by +d then -d gives the note back byte for byte, for any mix of Tasks dates", () => {
  const MOVING = ["📅", "📆", "⏳", "⌛", "⏳\ufe0f", "🛫"] as const;
  const STAYING = ["➕", "✅", "❌"] as const;
  const date = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2025-01-01", n) ?? "");
  const field = fc.record({
    emoji: fc.constantFrom(...MOVING, ...STAYING),
    date,
    gap: fc.constantFrom(" ", "", "  ", "\t"),
    code: fc.boolean(),
    after: fc.constantFrom("", ",", "."),
  });
  const item = fc.record({ box: fc.constantFrom(" ", "x", "-", "/"), fields: fc.array(field, { maxLength: 4 }), words: fc.constantFrom("Invite", "Post `x`", "A ⏳ B") });

  type Item = { box: string; fields: { emoji: string; date: string; gap: string; code: boolean; after: string }[]; words: string };
  /** The note with each field's date given by `dateOf`. */
  function render(items: readonly Item[], dateOf: (item: Item, f: Item["fields"][number]) => string, showDate: string): string {
    const lines = items.map((it) => {
      const parts = it.fields.map((f) => {
        const mark = `${f.emoji}${f.gap}${dateOf(it, f)}${f.after}`;
        return f.code ? `\`${mark}\`` : mark;
      });
      return `- [${it.box}] ${it.words} ${parts.join(" ")}`;
    });
    return ["---", `date: ${showDate}`, "---", "## Checklist", ...lines, ""].join("\n");
  }

  it("and moves exactly the ⏳ ⌛ 🛫 📅 dates of open items outside code", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.integer({ min: -400, max: 400 }).filter((d) => d !== 0), (items, days) => {
        const target = addDays("2026-03-15", days) ?? "";
        // A tab after the emoji is read as the 📅 reader reads it; a date in code, of a done or
        // cancelled item, or after ➕ ✅ ❌ never moves. Nor does one with code after it: Tasks
        // reads its fields from the end of the line, so a mark before plain text is description.
        const open = (it: Item) => it.box !== "x" && it.box !== "-";
        const atTheEnd = (it: Item, f: Item["fields"][number]) => it.fields.slice(it.fields.indexOf(f)).every((g) => !g.code);
        const moves = (it: Item, f: Item["fields"][number]) => open(it) && atTheEnd(it, f) && (MOVING as readonly string[]).includes(f.emoji);
        const text = render(items, (_, f) => f.date, "2026-03-15");
        const expected = render(items, (it, f) => (moves(it, f) ? (addDays(f.date, days) ?? "") : f.date), target);
        const forth = moved(text, target);
        expect(forth).toBe(expected);
        expect(moved(forth, "2026-03-15")).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
