// Attacks on the pure reschedule plan: frontmatter written in ways YAML allows but the
// plan did not expect, lines with several deadline marks, dates written without their
// leading zeros, and file-name patterns that show only part of the date.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { frontmatterOfText, readNote } from "../support/notes";
import { planNoteReschedule } from "../../src/core/reschedule/note-plan";
import { renamedForDate } from "../../src/core/reschedule/file-name";
import { addDays } from "../../src/core/time/calendar-date";
import { targetWarnings } from "../../src/core/reschedule/plan";
import { defaultShow } from "../../src/core/settings/settings";

const PATH = "Shows/OH 01 - X.md";

function moved(text: string, date: string, time = "13:00"): string {
  const result = planNoteReschedule(text, readNote(PATH, text), { date, time }, "13:00", false);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("frontmatter keys written as YAML allows", () => {
  it("a quoted `\"date\":` key is the date property: changed in place, never a second date: added", () => {
    for (const key of ['"date"', "'date'"]) {
      const text = `---\n${key}: 2026-11-27\nurl: x\n---\n- [ ] A 📅 2026-11-20\n`;
      const after = moved(text, "2026-12-04");
      expect(after).toBe(`---\n${key}: 2026-12-04\nurl: x\n---\n- [ ] A 📅 2026-11-27\n`);
      // Still one date property that YAML can read.
      expect(frontmatterOfText(after).data).toMatchObject({ date: "2026-12-04" });
    }
  });

  it("a quoted `\"time\":` key is changed in place too", () => {
    const text = `---\ndate: 2026-11-27\n"time": "13:00"\n---\n`;
    expect(moved(text, "2026-11-27", "17:30")).toBe(`---\ndate: 2026-11-27\n"time": "17:30"\n---\n`);
  });
});

describe("a property whose value is on the lines below its key", () => {
  it("is refused with a reason, never turned into broken YAML", () => {
    for (const text of ["---\ndate:\n  2026-11-27\n---\n", "---\ndate:\n- 2026-11-27\n---\n", "---\ndate: 2026-11-27\ntime:\n  - 13:00\n---\n"]) {
      const result = planNoteReschedule(text, readNote(PATH, text), { date: "2026-12-04", time: "14:00" }, "13:00", false);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/on the lines? below/);
    }
  });
});

describe("dates that are not an open item's", () => {
  it("stay: quoted text, code fenced inside a callout, longer and tilde fences, plain list items", () => {
    const body = [
      "> Posted 📅 2026-11-20",
      "> [!note]",
      "> ```",
      "> - [ ] In quoted code 📅 2026-11-20",
      "> ```",
      "````md",
      "```",
      "- [ ] In a longer fence 📅 2026-11-20",
      "```",
      "````",
      "~~~",
      "- [ ] In tildes 📅 2026-11-20",
      "~~~",
      "- Just a list item 📅 2026-11-20",
      "    - [ ] indented under a plain item 📅 2026-11-20",
    ];
    const text = ["---", "date: 2026-11-27", "---", ...body, ""].join("\n");
    const after = moved(text, "2026-12-04");
    expect(after.split("\n").slice(3, 3 + body.length - 1)).toEqual(body.slice(0, -1));
    // The one open item, nested under a plain list item, moves.
    expect(after).toContain("    - [ ] indented under a plain item 📅 2026-11-27\n");
  });
});

describe("an item with more than one date", () => {
  it("moves every date of an open item, so 📅 and (due:: …) on one line stay in step", () => {
    const text = "---\ndate: 2026-11-27\n---\n- [ ] A 📅 2026-11-20 (due:: 2026-11-21)\n- [x] B 📅 2026-11-20 [due:: 2026-11-21]\n";
    expect(moved(text, "2026-12-04")).toBe("---\ndate: 2026-12-04\n---\n- [ ] A 📅 2026-11-27 (due:: 2026-11-28)\n- [x] B 📅 2026-11-20 [due:: 2026-11-21]\n");
  });

  it("leaves a date written as inline code (talk about the syntax) as it is", () => {
    const text = "---\ndate: 2026-11-27\n---\n- [ ] Tell the guest `📅 2026-11-01` is Tasks' syntax 📅 2026-11-20\n";
    expect(moved(text, "2026-12-04")).toBe("---\ndate: 2026-12-04\n---\n- [ ] Tell the guest `📅 2026-11-01` is Tasks' syntax 📅 2026-11-27\n");
  });

  it("leaves an offset on the line as written (a template line with both: the date moves)", () => {
    const text = "---\ndate: 2026-11-27\n---\n- [ ] A 📅 -7d 📅 2026-11-20\n";
    expect(moved(text, "2026-12-04")).toBe("---\ndate: 2026-12-04\n---\n- [ ] A 📅 -7d 📅 2026-11-27\n");
  });
});

describe("by d then by -d gives the note back byte for byte", () => {
  it("when the date and time are written without leading zeros (2026-1-5, 9:00)", () => {
    const text = "---\ndate: 2026-1-5\ntime: 9:00\n---\n- [ ] A 📅 2026-01-01\n";
    const there = moved(text, "2026-01-12", "09:30");
    expect(there).toBe("---\ndate: 2026-1-12\ntime: 9:30\n---\n- [ ] A 📅 2026-01-08\n");
    expect(readNote(PATH, there)).toMatchObject({ date: "2026-01-12", time: "09:30" });
    expect(moved(there, "2026-01-05", "09:00")).toBe(text);
  });

  const item = fc.tuple(
    fc.constantFrom("- [ ] ", "- [x] ", "- [-] "),
    fc.array(fc.constantFrom("📅 2026-03-10", "(due:: 2026-03-11)", "[due:: 2026-02-28]", "📅 -7d", "📆 2026-03-29", "text"), { minLength: 1, maxLength: 4 }),
  ).map(([box, parts]) => box + parts.join(" "));
  const head = fc.constantFrom('"date": 2026-03-15', "'date': 2026-03-15", "date: 2026-3-15", "date: 2026-03-15", 'date: "2026-03-15T9:05"');

  it("for quoted keys, unpadded dates and lines of several marks", () => {
    fc.assert(
      fc.property(head, fc.array(item, { maxLength: 8 }), fc.integer({ min: -200, max: 200 }).filter((d) => d !== 0), (date, items, days) => {
        const text = ["---", date, "---", ...items, ""].join("\n");
        const episode = readNote(PATH, text);
        expect(episode.date).toBe("2026-03-15");
        const target = addDays("2026-03-15", days) ?? "";
        // Written without zeros and moved to a two-digit month and day, the style cannot be seen any more.
        fc.pre(!date.includes("2026-3-15") || /-0\d/.test(target));
        const time = episode.time ?? "13:00";
        const forth = planNoteReschedule(text, episode, { date: target, time }, "13:00", false);
        if (!forth.ok) throw new Error(forth.reason);
        const there = readNote(PATH, forth.text);
        expect(there.date).toBe(target);
        // The YAML still reads (a second date: key would break it).
        expect(frontmatterOfText(forth.text).data).toBeTypeOf("object");
        expect(frontmatterOfText(forth.text).data).not.toBeNull();
        const back = planNoteReschedule(forth.text, there, { date: "2026-03-15", time }, "13:00", false);
        expect(back.ok && back.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a file-name pattern that shows part of the date", () => {
  it("keeps the name when the part it shows does not change (no rename onto itself)", () => {
    expect(renamedForDate("S/2024-02 Topic.md", "2024-02 Topic", "{{date:YYYY-MM}} {{topic}}", "2024-02-01", "2024-02-15")).toEqual({ rename: false, reason: null });
    expect(renamedForDate("S/2024 Topic.md", "2024 Topic", "{{date:YYYY}} {{topic}}", "2024-02-01", "2024-11-15")).toEqual({ rename: false, reason: null });
    expect(renamedForDate("S/2024-02 Topic.md", "2024-02 Topic", "{{date:YYYY-MM}} {{topic}}", "2024-02-01", "2024-03-01")).toMatchObject({ rename: true, path: "S/2024-03 Topic.md" });
  });

  it("to a date in another year", () => {
    expect(renamedForDate("C/CCG 012 - 241226 - X.md", "CCG 012 - 241226 - X", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}", "2024-12-26", "2025-01-09")).toMatchObject({
      rename: true,
      path: "C/CCG 012 - 250109 - X.md",
    });
  });
});

describe("a time the clocks skip", () => {
  it("is warned about in the show's zone, the time the show would start given", () => {
    const show = (zone: string) => {
      const s = defaultShow(zone, "X");
      s.schedule = { ...s.schedule, timeZone: zone };
      return s;
    };
    const warn = (zone: string, date: string, time: string) => targetWarnings({ path: "X.md", basename: "X", show: show(zone), target: { date, time } }, []);
    expect(warn("Europe/Madrid", "2024-03-31", "02:00")).toEqual(["02:00 does not happen on 2024-03-31 in Europe/Madrid (the clocks go forward): the show would start at 03:00."]);
    expect(warn("Europe/Madrid", "2024-03-31", "03:00")).toEqual([]);
    expect(warn("Europe/Madrid", "2024-03-31", "01:59")).toEqual([]);
    // Chile springs forward at midnight: 00:30 on 8 September 2024 never happens in Santiago.
    expect(warn("America/Santiago", "2024-09-08", "00:30")).toEqual(["00:30 does not happen on 2024-09-08 in America/Santiago (the clocks go forward): the show would start at 01:30."]);
  });
});

describe("an empty date: given a date and a time of its own", () => {
  it("gets both, each on its own line (two insertions at one place used to interleave)", () => {
    const text = "---\ndate:\n---\n- [ ] A\n";
    expect(moved(text, "2026-11-27", "07:00")).toBe("---\ndate: 2026-11-27\ntime: 07:00\n---\n- [ ] A\n");
  });
});

describe("an idea (no date yet) given its date", () => {
  // Made without a date, the note kept its template's offsets (📅 -7d): the Tasks plugin
  // cannot read them. The date arrives with the reschedule, and so do the items' dates.
  const IDEA = ["---", "date:", "---", "- [ ] A 📅 -7d", "- [ ] B (due:: +2d)", "- [x] C 📅 -1d", "- [-] D 📅 -1d", "- [ ] E 📅 -8h", "```", "- [ ] F 📅 -7d", "```", "- [ ] G 📅 +400d", ""].join("\n");

  it("gets real dates in the Tasks plugin's format for its open items' offsets, in the show's zone", () => {
    const result = planNoteReschedule(IDEA, readNote("Shows/Idea.md", IDEA), { date: "2026-11-27", time: "07:00" }, "16:00", false, "Europe/Madrid");
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.split("\n")).toEqual(["---", "date: 2026-11-27", "time: 07:00", "---", "- [ ] A 📅 2026-11-20", "- [ ] B 📅 2026-11-29", "- [x] C 📅 -1d", "- [-] D 📅 -1d", "- [ ] E 📅 2026-11-26", "```", "- [ ] F 📅 -7d", "```", "- [ ] G 📅 +400d", ""]);
    expect(result.changes).toContain("3 open items given dates from their offsets");
  });

  it("a dated episode's offsets stay offsets (they follow its date as they are)", () => {
    const text = IDEA.replace("date:", "date: 2026-11-20");
    const result = planNoteReschedule(text, readNote("Shows/Idea.md", text), { date: "2026-11-27", time: "16:00" }, "16:00", false, "Europe/Madrid");
    expect(result.ok && result.text).toBe(text.replace("date: 2026-11-20", "date: 2026-11-27"));
  });
});
