// Detect's schedule: a time the notes give in other zones for the same instant is no
// disagreement (the demo notes' "13:00 UTC (14:00 CET, 08:00 EST)"), and the note names
// a disagreement lists stop at three, as the tool's other lists do.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteFacts, type NoteFacts } from "../../../src/core/detect/note-facts";
import { findSchedule } from "../../../src/core/detect/schedule";
import { sameInstant } from "../../../src/core/detect/zone-instant";
import { timeStatements } from "../../../src/core/detect/schedule-text";
import { frontmatterOfText } from "../../support/notes";

// Every note on a Thursday (2024-01-04), so the weekday adds no warning of its own.
const note = (name: string, line: string): NoteFacts => {
  const text = `---\ndate: 2024-01-04\n---\n\n# ${name}\n\n${line}\n`;
  return readNoteFacts(`Show/${name}.md`, text, [], frontmatterOfText(text));
};
const notes = (count: number, line: string, prefix = "OH") => Array.from({ length: count }, (_, i) => note(`${prefix} ${String(i + 1).padStart(2, "0")} - Topic`, line));
const one = (text: string) => {
  const found = timeStatements(text)[0];
  if (!found) throw new Error(`no time in ${text}`);
  return found;
};

describe("times in other zones for the same instant", () => {
  it("the demo's line, in every note, is one schedule with no warning", () => {
    const found = findSchedule(notes(6, "Live at 13:00 UTC (14:00 CET, 08:00 EST) on Thursdays."), null, () => undefined);
    expect(found.time?.value).toBe("13:00");
    expect(found.timeZone?.value).toBe("UTC");
    expect(found.warnings).toEqual([]);
  });

  it("a note that gives only another zone's time for the template's instant is no disagreement", () => {
    const template = note("Template", "Live at 13:00 UTC on Thursdays.");
    const found = findSchedule(notes(2, "Live at 14:00 CET on Thursdays."), template, () => undefined);
    expect(found.warnings).toEqual([]);
  });

  it("notes at another time than the template's are one disagreement, not one per zone they give", () => {
    const template = note("Template", "Live at 15:00 UTC on Thursdays.");
    const found = findSchedule(notes(2, "Live at 13:00 UTC (14:00 CET, 08:00 EST) on Thursdays."), template, () => undefined);
    // The zones beside the time are read with it (detect5), and said with it.
    expect(found.warnings).toEqual(["2 episode notes say 13:00 UTC (14:00 CET, 08:00 EST) instead (OH 01 - Topic, OH 02 - Topic)."]);
  });

  it("a time an hour off is still a disagreement, whichever zone it is written in", () => {
    const template = note("Template", "Live at 13:00 UTC on Thursdays.");
    // CET is the winter offset (+1): 15:00 CET is 14:00 UTC, not 13:00.
    const found = findSchedule([...notes(2, "Live at 15:00 CET."), ...notes(1, "Live at 14:00 UTC.", "X")], template, () => undefined);
    expect(found.warnings.join("\n")).toContain("15:00 CET instead");
    expect(found.warnings.join("\n")).toContain("14:00 UTC instead");
  });

  it("a second time on the line at another instant is still counted", () => {
    const found = findSchedule([...notes(3, "Live 13:00 UTC, doors 12:30 UTC.")], null, () => undefined);
    expect(found.warnings.join("\n")).toContain("12:30 UTC instead");
  });

  it("an abbreviation means its own offset, a generic one (ET) either", () => {
    expect(sameInstant(one("14:00 CET"), one("13:00 UTC"))).toBe(true);
    expect(sameInstant(one("15:00 CEST"), one("13:00 UTC"))).toBe(true);
    expect(sameInstant(one("15:00 CET"), one("13:00 UTC"))).toBe(false);
    expect(sameInstant(one("08:00 EST"), one("09:00 EDT"))).toBe(true);
    expect(sameInstant(one("9:00 AM ET"), one("13:00 UTC"))).toBe(true);
    expect(sameInstant(one("8:00 AM ET"), one("13:00 UTC"))).toBe(true);
    expect(sameInstant(one("10:00 AM ET"), one("13:00 UTC"))).toBe(false);
  });

  it("any UTC time and its CET and EST conversions are one instant (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const at = (h: number) => `${String((h + 24) % 24).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        const utc = one(`${at(hour)} UTC`);
        expect(sameInstant(one(`${at(hour + 1)} CET`), utc)).toBe(true);
        expect(sameInstant(one(`${at(hour - 5)} EST`), utc)).toBe(true);
        expect(sameInstant(one(`${at(hour + 2)} CET`), utc)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the notes a disagreement names", () => {
  it("stop at three and say how many more", () => {
    const template = note("Template", "Live at 13:00 UTC on Thursdays.");
    const found = findSchedule(notes(6, "Live at 16:00 UTC."), template, () => undefined);
    const line = found.warnings.find((w) => w.includes("16:00 UTC instead")) ?? "";
    expect(line).toContain("6 episode notes say 16:00 UTC instead (OH 01 - Topic, OH 02 - Topic, OH 03 - Topic and 3 more).");
    expect(line).not.toContain("OH 04");
  });

  it("three or fewer are all named", () => {
    const template = note("Template", "Live at 13:00 UTC on Thursdays.");
    const found = findSchedule(notes(3, "Live at 16:00 UTC."), template, () => undefined);
    expect(found.warnings).toContain("3 episode notes say 16:00 UTC instead (OH 01 - Topic, OH 02 - Topic, OH 03 - Topic).");
  });
});
