// Defects found by the attack outside the reschedule's files (src/core/deadlines/): each
// written as the promise it broke, with it.fails until it was fixed; both are fixed now
// (inline code read as Markdown reads it, an offset followed by punctuation read).
import { describe, expect, it } from "vitest";
import { readLineDue } from "../../src/core/deadlines/line-due";

describe("deadline marks in inline code", () => {
  // DEFECT (src/core/deadlines/line-due.ts, readLineDue): a 📅 date inside `inline code`
  // is read as the item's deadline. Tasks reads its fields from the end of the line and
  // would not see it; the README says hand-written dates are read as Tasks reads them.
  it("are not an item's deadline", () => {
    expect(readLineDue("- [ ] Explain that `📅 2026-11-01` is Tasks' syntax").date).toBeNull();
  });

});

describe("an offset followed by punctuation", () => {
  // DEFECT (src/core/deadlines/line-due.ts): "📅 2026-11-27," is read as that date, but
  // "📅 -7d," is named as neither a date nor an offset, and the item falls back to its
  // phase's deadline.
  it("is read like a date followed by punctuation", () => {
    // At the end of the line, where Tasks reads it ("📅 +2d, then share it" is description now).
    expect(readLineDue("- [ ] Post the video 📅 +2d,").offset?.offset).toEqual({ amount: 2, unit: "d" });
  });
});
