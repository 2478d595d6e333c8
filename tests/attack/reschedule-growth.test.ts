// A reschedule takes linear time in the length of an item's line, whatever it holds:
// many date marks, many backticks around them (the inline-code test counted backticks
// from the start of the line for every mark).
import { describe, expect, it } from "vitest";
import { planNoteReschedule } from "../../src/core/reschedule/note-plan";
import { readNote } from "../support/notes";
import { bestGrowth, whole } from "../support/growth";

const note = (line: string) => `---\ndate: 2026-11-27\n---\n- [ ] ${line}\n`;

const families: [name: string, make: (n: number) => string][] = [
  ["many dates on one item", (n) => note("📅 2026-11-20 ".repeat(Math.max(1, Math.floor(n / 14))))],
  ["many dates in inline code on one item", (n) => note("`📅 2026-11-20` ".repeat(Math.max(1, Math.floor(n / 16))))],
  ["many ⏳ and 🛫 dates on one item", (n) => note("⏳ 2026-11-20 🛫 2026-11-01 ".repeat(Math.max(1, Math.floor(n / 28))))],
  ["many ⏳ and 🛫 in inline code on one item", (n) => note("`⏳ 2026-11-20` `🛫 -3w` ".repeat(Math.max(1, Math.floor(n / 24))))],
];

describe("planning a reschedule", () => {
  it.each(families)("takes linear time: %s", (_name, make) => {
    const run = (text: string) => planNoteReschedule(text, readNote("Shows/X.md", text), { date: "2026-12-04", time: "13:00" }, "13:00", false, "UTC");
    expect(bestGrowth(run, whole(make), 2000, 8)).toBeLessThan(8);
  });
});
