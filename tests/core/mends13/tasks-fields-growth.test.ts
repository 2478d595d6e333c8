// The Tasks-field scans of a tick (src/core/tick/tasks-fields.ts) on long lines of their
// own triggers: the emoji without a date, ✅ without a date, block-link look-alikes,
// trailing spaces. Each is measured at n and 4n characters (tests/support/growth.ts):
// linear code takes about 4 times as long, quadratic code 16 times.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { tickedLine } from "../../../src/core/tick/toggle";

const LIMIT = 8;
const TODAY = "2025-03-03";

/** Both ways: tick (scans for fields, a done date, the block link) and untick (looks for a done date). */
const both = (line: string): void => {
  tickedLine(line, "done", TODAY);
  tickedLine(line.replace("[ ]", "[x]"), "open");
};

type Family = [name: string, make: (n: number) => string];
const families: Family[] = [
  ["✅ with no date", (n) => "- [ ] " + "✅ ".repeat(n / 2)],
  ["✅ then spaces", (n) => "- [ ] " + "✅" + " ".repeat(n)],
  ["spaces then ✅ with no date", (n) => "- [ ] " + (" ".repeat(20) + "✅ 2025-").repeat(n / 28)],
  ["📅 with no date", (n) => "- [ ] " + "📅 ".repeat(n / 3)],
  ["📅 then spaces", (n) => "- [ ] 📅" + " ".repeat(n) + "x"],
  ["^a ^a ^a", (n) => "- [ ] ⏫" + " ^a".repeat(n / 3) + " ^"],
  ["trailing spaces", (n) => "- [ ] ⏫ x" + " ".repeat(n)],
  ["long block link", (n) => "- [ ] ⏫ x ^" + "a".repeat(n) + " "],
];

describe("a tick's Tasks-field scans grow linearly with the line", () => {
  it.each(families)("%s", (_name, make) => {
    expect(bestGrowth(both, whole(make), 5000, LIMIT)).toBeLessThan(LIMIT);
  });
});
