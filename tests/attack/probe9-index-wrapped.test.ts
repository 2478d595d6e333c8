// probe9: "Update episode list in index note" promises, on the first run, to take over the
// lists kept by hand with every line kept and "no second line added" for an episode the
// lists already name (README, The index note). Index notes as people write them list
// episodes in a callout, a table, a task list, or nested under a year; each of those
// lines was read as no entry, so every episode they named got a second line of the
// plugin's under the user's list. The rule now: an episode linked at the start of a list
// item, a table cell, or either inside a callout or quote, is listed; that line stays
// exactly as written and nothing is added for it. Prose that merely starts with a link,
// and anything in code or a comment, still lists nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planIndexNote, applyChoice } from "../../src/core/index-note/plan";
import type { IndexEntry } from "../../src/core/index-note/merge-lists";
import { bestGrowth, whole } from "../support/growth";

function entry(basename: string, date: string, list: "upcoming" | "past", guests: string[] = []): IndexEntry {
  return { basename, link: `[[${basename}]]`, date, number: Number(/\d+/.exec(basename)?.[0] ?? "0"), guests, list };
}
const ENTRIES = [entry("GOH 01 - Intro", "2025-01-10", "past", ["Ann Lee"]), entry("GOH 02 - Loki", "2025-02-10", "past"), entry("GOH 03 - Tempo", "2026-03-10", "upcoming", ["Bo Chen"])];

/** The note after taking over its lists (the first run's "lists" choice). */
function takeOver(text: string, entries = ENTRIES): string {
  const option = applyChoice(text, entries, "lists");
  if (!option) throw new Error("no lists found");
  return option.text;
}

/** Lines of `text` naming `basename` in any link. */
function linesNaming(text: string, basename: string): string[] {
  // The record of the guest names the plugin wrote (a comment under the start marker) names episodes but is no line of a list.
  return text.split("\n").filter((l) => l.includes(basename) && !l.startsWith("%% office-hours:episode-list wrote guests:"));
}

/** Is `small` (its lines) a subsequence of `big`'s lines: every line kept, in order? */
function keepsEveryLine(before: string, after: string): boolean {
  const lines = after.split("\n");
  let at = 0;
  for (const line of before.split("\n")) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

const NOTES: Record<string, string> = {
  callout: "# GOH\n\n## Past\n\n> [!note] Past\n> - 10/01: [[GOH 01 - Intro]] with Ann Lee\n> - 10/02: [[GOH 02 - Loki]]\n\n## Upcoming\n\n> - 10/03: [[GOH 03 - Tempo]]\n",
  table: "# GOH\n\n## Episodes\n\n| Date | Episode |\n| --- | --- |\n| 10/01 | [[GOH 01 - Intro\\|Intro]] |\n| 10/02 | [Loki](<GOH 02 - Loki.md>) |\n| 10/03 | [[GOH 03 - Tempo]] |\n",
  tasks: "# GOH\n\n## Past\n\n- [x] [[GOH 01 - Intro]]\n- [x] 10/02: [[GOH 02 - Loki]]\n\n## Upcoming\n\n1. [ ] [[GOH 03 - Tempo]]\n",
  nested: "# GOH\n\n## Past\n\n- 2025\n  - 10/01: [[GOH 01 - Intro]]\n  - 10/02: [[GOH 02 - Loki]]\n\n## Upcoming\n\n- 2026\n\t- [[GOH 03 - Tempo]]\n",
  quotedTable: "# GOH\n\n## Episodes\n\n> | Episode |\n> | --- |\n> | [[GOH 01 - Intro]] |\n> | [[GOH 02 - Loki]] |\n> | [[GOH 03 - Tempo]] |\n",
};

describe("an episode the hand-kept lists already name, however the list is written, gets no second line", () => {
  for (const [name, text] of Object.entries(NOTES)) {
    it(`${name}: each episode is on one line, every line the user wrote is kept as written`, () => {
      const after = takeOver(text);
      for (const e of ENTRIES) expect(linesNaming(after, e.basename.slice(0, 6)), e.basename).toHaveLength(1);
      expect(keepsEveryLine(text.trimEnd(), after)).toBe(true);
      // The next run (the block is there now) changes nothing.
      const again = planIndexNote(after, ENTRIES);
      expect(again).toMatchObject({ kind: "update", changed: false });
    });
  }

  it("an episode the wrapped lines do not name is still added, once", () => {
    const text = "# GOH\n\n## Past\n\n> - 10/01: [[GOH 01 - Intro]]\n\n## Upcoming\n\n";
    const after = takeOver(text);
    expect(linesNaming(after, "GOH 01")).toEqual(["> - 10/01: [[GOH 01 - Intro]]"]);
    expect(linesNaming(after, "GOH 02")).toHaveLength(1);
    expect(linesNaming(after, "GOH 03")).toHaveLength(1);
  });

  it("prose that starts with a link, a callout in code and a commented table list nothing: those episodes are added", () => {
    const text = "# GOH\n\n## Past\n\n[[GOH 01 - Intro]] was our first.\n\n```\n> - [[GOH 02 - Loki]]\n```\n\n%%\n| [[GOH 03 - Tempo]] |\n%%\n\n> - [x] [[GOH 04 - Mimir]]\n";
    const after = takeOver(text, [...ENTRIES, entry("GOH 04 - Mimir", "2025-04-10", "past")]);
    // Beside them, a task in a callout does list its episode.
    expect(linesNaming(after, "GOH 04")).toEqual(["> - [x] [[GOH 04 - Mimir]]"]);
    expect(linesNaming(after, "GOH 01")).toHaveLength(2);
    expect(linesNaming(after, "GOH 02")).toHaveLength(2);
    expect(linesNaming(after, "GOH 03")).toHaveLength(2);
    expect(keepsEveryLine(text.trimEnd(), after)).toBe(true);
  });

  it("for any mix of ways to write a line, every episode is on exactly one line and every line is kept", () => {
    const wraps = [
      (l: string) => `> - ${l}`,
      (l: string) => `> > * ${l}`,
      (l: string) => `| x | ${l} |`,
      (l: string) => `- [x] ${l}`,
      (l: string) => `- [ ] ${l}`,
      (l: string) => `  - ${l}`,
      (l: string) => `- ${l}`,
      (l: string) => `3. ${l}`,
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: wraps.length - 1 }), fc.boolean()), { maxLength: 6 }), (picks) => {
        const body = picks.map(([e, w, dated]) => {
          const target = ENTRIES[e] ?? ENTRIES[0];
          const link = `${dated ? "10/01: " : ""}[[${target?.basename ?? ""}]]`;
          return (wraps[w] ?? wraps[0])?.(link) ?? "";
        });
        const text = `# GOH\n\n## Episodes\n\n- start\n${body.join("\n")}\n`;
        const after = takeOver(text);
        // Plain entries (the last two ways) are the plugin's to write again (date, guests); the rest stay as written.
        const wrapped = body.filter((_, i) => (picks[i]?.[1] ?? 0) < 6);
        expect(keepsEveryLine(wrapped.join("\n"), after)).toBe(true);
        for (const [i, e] of ENTRIES.entries()) {
          const named = picks.filter(([p]) => p === i).length;
          // Named by the user: their lines only; not named: one line of the plugin's.
          expect(linesNaming(after, e.basename.slice(0, 6))).toHaveLength(Math.max(1, named));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("reading wrapped lines stays linear", () => {
  const run = (text: string) => planIndexNote(text, ENTRIES);
  it("a table row of many cells, a line of many quote markers, an entry with many nested lines", () => {
    expect(bestGrowth(run, whole((n) => `## Past\n\n|${" [[GOH 01 - Intro]] |".repeat(n / 20)}\n`), 20_000, 8)).toBeLessThan(8);
    expect(bestGrowth(run, whole((n) => `## Past\n\n${"> ".repeat(n)}- [[GOH 01 - Intro]]\n`), 20_000, 8)).toBeLessThan(8);
    // A cell of thousands of `\|` (read as `|`): built a character at a time it read 5–11; sliced, 4.
    expect(bestGrowth(run, whole((n) => `## Past\n\n${"|\\".repeat(n)}\n`), 20_000, 8)).toBeLessThan(8);
    expect(bestGrowth(run, whole((n) => `## Past\n\n- 2025\n${"  - [[GOH 02 - Loki]]\n".repeat(n / 20)}`), 20_000, 8)).toBeLessThan(8);
  });
});
