// To-do verbs in a list of guest ideas (task-verbs.ts): "Explore Profiles" and "Scaling
// Memcache" are things, "Ask Ann Lee" asks a person, and given names that are also words
// (Will, Grace, Hope, Faith, Bill, Rich, Sunny, Mark…) stay ticked wherever a name goes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseProspects } from "../../../src/core/guests/prospects";
import { TASK_VERBS, taskVerb } from "../../../src/core/guests/task-verbs";
import { bestGrowth, perLine, whole } from "../../support/growth";

const read = (text: string) => parseProspects(text).map((p) => [p.name, p.preselected]);

/** Given names that are also English words or end in "ing": none may read as a verb. */
const WORD_NAMES = [
  "Will", "Grace", "Hope", "Faith", "Bill", "Rich", "Sunny", "Mark", "Chase", "Drew", "Pat", "Rob", "Sue", "Grant", "Frank", "Skip", "Page",
  "Jack", "Don", "Nick", "Guy", "Carol", "Ray", "Wade", "Pierce", "Lance", "Joy", "Dawn", "Rose", "Cliff", "Dean", "Chip", "Hunter", "Miles",
  "Sandy", "Rusty", "Gene", "Art", "Bob", "May", "Jing", "Ming", "Yuting", "Xiaoming", "Sterling", "Irving", "Manning", "Channing", "Darling",
];

describe("a to-do verb opening a run", () => {
  it("a thing after a verb of things is offered unticked; a person after a verb of people stays ticked, without the verb", () => {
    expect(read("## Guest ideas\n\n- Explore Profiles (see this thread)\n- Ask Ann Lee about Loki\n- Invite Bo Chan and Cy Berg\n- Review Pull Requests\n- Check Grafana Cloud with Dee Moe\n")).toEqual([
      ["Explore Profiles", false],
      ["Ann Lee", true],
      ["Bo Chan", true],
      ["Cy Berg", true],
      ["Pull Requests", false],
      ["Grafana Cloud", false],
      ["Dee Moe", true],
    ]);
  });

  it("a session title opening with the -ing form of such a verb is a topic; Spanish infinitives too", () => {
    expect(read("- Scaling Memcache\n- Using Grafana Alloy\n- Logging Best Practices\n- Explorar Grafana Cloud\n- Invitar Ana Souza\n")).toEqual([
      ["Scaling Memcache", false],
      ["Grafana Alloy", false],
      ["Best Practices", false],
      ["Grafana Cloud", false],
      ["Ana Souza", true],
    ]);
  });

  it("a verb before a single name ('Thank Priya', 'Introduce Nikola') makes no candidate of the two", () => {
    expect(read("- Thank Priya\n- Introduce Nikola\n")).toEqual([
      ["Thank Priya", false],
      ["Introduce Nikola", false],
    ]);
  });

  it("no given name that is also a word is a to-do verb", () => {
    expect(WORD_NAMES.filter((name) => taskVerb(name) !== null)).toEqual([]);
    expect(WORD_NAMES.filter((name) => TASK_VERBS.has(name.toLowerCase()))).toEqual([]);
  });

  it("people named Will, Grace, Hope, Faith, Bill, Rich, Sunny… stay ticked where a name stands (property)", () => {
    const surname = fc.constantFrom("Smith", "Hill", "Wood", "Okafor", "Nguyen", "Wang", "García", "Stone");
    const place = fc.constantFrom((n: string) => `- ${n} on tracing\n`, (n: string) => `- Loki deployments with ${n}\n`, (n: string) => `- SLOs: ${n}\n`, (n: string) => `- ${n}\n`);
    fc.assert(
      fc.property(fc.constantFrom(...WORD_NAMES), surname, place, (given, last, at) => {
        expect(read(at(`${given} ${last}`))).toEqual([[`${given} ${last}`, true]]);
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear on a line of verbs and names, and of -ing words", () => {
    // This line read 6-8 now and then: no quadratic (one call at 1,000 → 64,000 repeats took
    // 11.6, 43, 170, 637 ms), but the run reader spread every token of the line into one array
    // first, so hundreds of thousands of match objects lived on and the collector's cost grew
    // faster than the line. Read lazily (name-runs.ts) the same call takes 427 ms and the ratio
    // reads 3.4-4.3; at 1,200 repeats 3.6-4.2 where the spread array read 6.3-6.5.
    const line = (n: number) => `- ${"Ask Ann Lee and Explore Profiles, ".repeat(n)}\n`;
    expect(bestGrowth((t: string) => parseProspects(t).length, whole(line), 300, 8)).toBeLessThan(8);
    // Lines of one long word each, not one word of them all: a single word of 256,000
    // characters reads 8-12 for linear code here (the collector's and caches' cost, see
    // growth.ts; main's reader read 8.1-8.6 too), while lines of 2,000 read 3.5-3.8, and a
    // scan quadratic in the word's length would still read 16.
    expect(bestGrowth((t: string) => parseProspects(t).length, perLine((n) => `- S${"s".repeat(n)}ing Memcache`), 2000, 8)).toBeLessThan(8);
  });
});
