// Deadlines on checklist lines, as the Tasks plugin and Dataview write them (📅 and
// due::), offsets in the same places, and every way one can be wrong: read, refused with
// a reason, or left alone; and the reader keeping them on the items.
import { readNote } from "../../support/notes";
import { describe, expect, it } from "vitest";
import { offsetToDate, readLineDue, withDate, withoutMarks } from "../../../src/core/deadlines/line-due";

const dateOf = (line: string) => readLineDue(line).date?.value ?? null;

describe("reading a deadline on a line", () => {
  it.each([
    ["- [ ] Send the invite 📅 2026-11-27", "2026-11-27"],
    ["- [ ] Send the invite 📅2026-11-27", "2026-11-27"],
    ["- [ ] Send the invite 📆 2026-11-27", "2026-11-27"],
    ["- [ ] Send the invite 🗓 2026-11-27", "2026-11-27"],
    ["- [ ] Send the invite 🗓\ufe0f 2026-11-27", "2026-11-27"],
    ["- [ ] Send the invite 📅 2026-11-27 🔁 every week ^abc", "2026-11-27"],
    ["- [ ] Send the invite 📅 2026-11-27, #promo", "2026-11-27"],
    ["- [ ] Send the invite [due:: 2026-11-27]", "2026-11-27"],
    ["- [ ] Send the invite (Due :: 2026-11-27)", "2026-11-27"],
    ["> - [ ] In a callout 📅 2026-11-27", "2026-11-27"],
  ])("%s", (line, date) => {
    const due = readLineDue(line);
    expect(due.date?.value).toBe(date);
    expect(due.problems).toEqual([]);
    expect(line.slice(due.date?.from, due.date?.to)).toBe(date);
  });

  it("reads the plugin's short offset and the field form", () => {
    expect(readLineDue("- [ ] Invite the guest 📅 -3w").offset?.offset).toEqual({ amount: -3, unit: "w" });
    expect(readLineDue("- [ ] Chapters (due:: +2d)").offset?.offset).toEqual({ amount: 2, unit: "d" });
    expect(readLineDue("- [ ] Slack [due:: -1 day]").offset?.offset).toEqual({ amount: -1, unit: "d" });
  });

  it("takes the last date when a line has two (Tasks reads from the end)", () => {
    expect(dateOf("- [ ] Moved from 📅 2026-11-20 to 📅 2026-11-27")).toBe("2026-11-27");
  });

  it("ignores lines with no mark, and fields that only end in “due”", () => {
    expect(readLineDue("- [ ] Send the invite")).toEqual({ date: null, offset: null, problems: [], spans: [] });
    expect(readLineDue("- [ ] Pay (overdue:: 2026-11-27) and [dues:: 3]")).toEqual({ date: null, offset: null, problems: [], spans: [] });
    expect(readLineDue("- [ ] A smile 😀 and a heart 💙").date).toBeNull();
  });

  it("names what is not a date and gives no deadline", () => {
    expect(readLineDue("- [ ] X 📅 2026-02-30")).toMatchObject({ date: null, offset: null, problems: ["“📅 2026-02-30” is not a date."] });
    expect(readLineDue("- [ ] X 📅 soon").problems).toEqual(["“📅 soon” is not a date like 2026-11-27 or an offset like -7d."]);
    expect(readLineDue("- [ ] X 📅").problems).toEqual(["📅 is not followed by a date like 2026-11-27."]);
    expect(readLineDue("- [ ] X [due:: ]").problems).toEqual(["due:: is empty."]);
    expect(readLineDue("- [ ] X 📅 +400d").problems).toEqual(["“+400d” is more than a year from the show; write a date instead."]);
    expect(readLineDue("- [ ] X 📅 3d").problems).toEqual(["“3d” needs a sign: -3d is before the show, +3d after it."]);
  });

  it("with a date and an offset on one line, uses the date and says so", () => {
    const due = readLineDue("- [ ] Invite 📅 2026-11-27 (due:: -3w)");
    expect(due.date?.value).toBe("2026-11-27");
    expect(due.offset).toBeNull();
    expect(due.problems).toEqual(["It has both a date (2026-11-27) and an offset; the date is used."]);
  });

  it("changes only the date's characters, or turns an offset into Tasks' form in place", () => {
    const line = "\t- [ ] Schedule the broadcast 📅 2026-11-19 ^b1";
    const due = readLineDue(line).date;
    expect(due && withDate(line, due, "2026-11-26")).toBe("\t- [ ] Schedule the broadcast 📅 2026-11-26 ^b1");
    const field = "- [ ] Chapters (due:: +2d) #video";
    const offset = readLineDue(field).offset;
    expect(offset && offsetToDate(field, offset, "2026-11-29")).toBe("- [ ] Chapters 📅 2026-11-29 #video");
  });

  it("gives the item's text without the marks it read", () => {
    const text = "Send the invite 📅 2026-11-27";
    expect(withoutMarks(text, readLineDue(text).spans)).toBe("Send the invite");
    const both = "Thumbnail (due:: -10d) for the episode";
    expect(withoutMarks(both, readLineDue(both).spans)).toBe("Thumbnail for the episode");
    const bad = "Invite 📅 soon";
    expect(withoutMarks(bad, readLineDue(bad).spans)).toBe("Invite 📅 soon");
  });
});

describe("the reader keeps each open item's deadline", () => {
  const note = [
    "---",
    "date: 2026-11-27",
    "---",
    "Guest:: Ann",
    "## Checklist",
    "- [ ] Invite 📅 2026-11-06",
    "- [ ] Thumbnail 📅 -10d",
    "- [x] Done 📅 2026-11-01",
    "- [ ] Broken 📅 2026-13-01",
    "- [ ] Plain",
    "```",
    "- [ ] In code 📅 nonsense",
    "```",
  ].join("\n");

  it("as a date, an offset, or nothing, with the text as Tasks shows it", () => {
    const e = readNote("Shows/OH 01 - X.md", note);
    expect(e.tasks.map((t) => [t.text, t.due ?? null, t.dueOffset ?? null])).toEqual([
      ["Invite", "2026-11-06", null],
      ["Thumbnail", null, { amount: -10, unit: "d" }],
      ["Done", "2026-11-01", null],
      ["Broken 📅 2026-13-01", null, null],
      ["Plain", null, null],
    ]);
    expect(e.next?.text).toBe("Invite");
  });

  it("warns about a deadline that cannot be read, with its line, and uses the phase's", () => {
    expect(readNote("Shows/OH 01 - X.md", note).warnings).toEqual([
      "Line 9: “📅 2026-13-01” is not a date. The item's phase deadline is used.",
    ]);
  });

  it("lists ten such lines and counts the rest", () => {
    const many = ["Guest:: Ann", ...Array.from({ length: 25 }, (_, i) => `- [ ] Item ${i} 📅 soon`)].join("\n");
    const warnings = readNote("Shows/OH 01 - X.md", many).warnings;
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toBe("Line 2: “📅 soon” is not a date like 2026-11-27 or an offset like -7d. The item's phase deadline is used.");
    expect(warnings[10]).toBe("15 more items have deadlines that cannot be read.");
  });
});
