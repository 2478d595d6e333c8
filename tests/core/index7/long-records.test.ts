// Hostile notes against the record of the plugin's guest names and the reading of a list
// with names it wrote: a long record line, many recorded names, a long list of them. n
// against 4n, CPU time (tests/support/growth.ts): linear code reads about 4, quadratic 16.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const LIMIT = 8;
const BASENAME = "GOH 12 - Grafana Faro";
const entry: IndexEntry = { basename: BASENAME, link: `[[${BASENAME}]]`, date: "2023-09-22", number: 12, guests: ["Bo Chen"], list: "past" };
const block = (lines: string[]) => `${BLOCK_START}\n${lines.join("\n")}\n${BLOCK_END}\n`;
const record = (inner: string) => `%% office-hours:episode-list wrote guests: ${BASENAME}: ${inner} %%`;

function run(text: string): unknown {
  const result = updateBlock(text, [entry]);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("the record of the plugin's guest names", () => {
  it.each([
    ["a long record line of coded names", (n: number) => [record("A%2C B, ".repeat(Math.ceil(n / 8))), "### Past", "", `- [[${BASENAME}]] with Bo Chen`]],
    ["many recorded names with commas, and a long line", (n: number) => [record(Array.from({ length: Math.ceil(n / 40) }, (_, i) => `N${i}%2C X`).join(", ")), "### Past", "", `- [[${BASENAME}]] with ${"Zed Q ".repeat(Math.ceil(n / 6))}`]],
    ["a long list of a recorded name", (n: number) => [record("Ann Lee"), "### Past", "", `- [[${BASENAME}]] with ${"Ann Lee, ".repeat(Math.ceil(n / 9))}Bo Chen`]],
    ["a long record line of separators", (n: number) => [record("|:,".repeat(Math.ceil(n / 3))), "### Past", "", `- [[${BASENAME}]] with Bo Chen`]],
  ])("%s: linear", (_, lines) => {
    const make = whole((n) => block(lines(n)));
    expect(bestGrowth(run, make, 20000, LIMIT)).toBeLessThan(LIMIT);
  });
});
