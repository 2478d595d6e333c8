// The global-filter test of a tick (src/core/tick/tasks-settings.ts's isTasksTask) on long
// lines of its own triggers: the filter's start repeated without its end, spaces after
// the checkbox, and a long filter against a line of its near-misses. Each is measured at
// n and 4n characters (tests/support/growth.ts): linear code takes about 4 times as long,
// quadratic code 16 times.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { isTasksTask } from "../../../src/core/tick/tasks-settings";
import { tickedLine } from "../../../src/core/tick/toggle";

const LIMIT = 8;

type Family = [name: string, make: (n: number) => string, filter: string];
const families: Family[] = [
  ["#tas #tas #tas… against #task", (n) => "- [ ] " + "#tas ".repeat(n / 5), "#task"],
  ["spaces after the checkbox", (n) => "- [ ]" + " ".repeat(n) + "x", "#task"],
  ["aaaa… against aaa…ab", (n) => "- [ ] " + "a".repeat(n), "a".repeat(40) + "b"],
  ["📅 dates without the filter", (n) => "- [ ] " + "📅 2025-03-01 ".repeat(n / 14), "#task"],
];

describe("the global filter test grows linearly with the line", () => {
  it.each(families)("%s", (_name, make, filter) => {
    const run = (line: string) => {
      isTasksTask(line, filter);
      tickedLine(line, "done", "2025-03-03", filter);
    };
    expect(bestGrowth(run, whole(make), 5000, LIMIT)).toBeLessThan(LIMIT);
  });
});
