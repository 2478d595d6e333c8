// An HTML block opened inside a list looks up the innermost open item whose text it is
// indented under (list-state.ts itemText). Walked from the innermost item, that cost the
// nesting depth for every block: a list nested 2,500 deep (6 MB of indentation, the most a
// note of that size can nest) made each block there about five times as costly as in a
// flat list, which grows as the note's size to the power 1.5. A binary search makes the
// depth all but free. CPU time, the fastest of several runs, blocks' cost with the list's
// own reading taken away; never a wall-clock bound.
import { describe, expect, it } from "vitest";
import { readEpisode } from "../../../src/core/note/episode";
import { cpuMs } from "../../support/growth";

function note(depth: number, blocks: number): string {
  const lines: string[] = [];
  for (let k = 0; k < depth; k++) lines.push(" ".repeat(2 * k) + "- [ ] x");
  for (let b = 0; b < blocks; b++) lines.push("  <div>", "");
  return lines.join("\n");
}

function fastest(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    readEpisode("Deep.md", text, {}, {});
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

describe("HTML blocks in a deeply nested list", () => {
  it("cost about what they cost in a flat list", () => {
    const blocks = 100_000;
    const deep = 2500;
    const shallowCost = fastest(note(2, blocks)) - fastest(note(2, 0));
    const deepCost = fastest(note(deep, blocks)) - fastest(note(deep, 0));
    // The walk from the innermost item read 5-9 here; the binary search about 1.
    expect(deepCost / Math.max(shallowCost, 1)).toBeLessThan(3);
  });

  it("are still read as HTML under the item they are indented under", () => {
    const text = ["- [ ] outer", "  - [ ] inner", "    <div>", "    - [ ] inside the block", "", "- [ ] after"].join("\n");
    expect(readEpisode("Deep.md", text, {}, {}).tasks.map((task) => task.text)).toEqual(["outer", "inner", "after"]);
  });
});
