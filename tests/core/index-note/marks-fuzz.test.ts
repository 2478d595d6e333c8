// For any block the user may have edited (lines in either language, marks of theirs and of
// the plugin's, struck entries, a record naming some episodes, breaks and notes): an
// update is stable (a second one changes nothing), keeps every line that names no
// episode, writes at most one mark on a line, and never takes off a mark it has no record of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const NAMES = ["GOH 12 - Grafana Faro", "CCG 005 - 231130 - RepasemosElGStack", "A&A 37 - Observability for testers with Abby Bangser"];
const RECORD = (names: string[]) => `%% office-hours:episode-list marked cancelled: ${names.join(" | ")} %%`;

const episodeLine = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom("", "~~", "**"), fc.constantFrom("", " with Ann", " con Ann y Bo", " with Ann (postponed)", " aplazado", " — notes"), fc.constantFrom("", " (cancelled)", " (cancelado)"))
  .map(([name, em, words, mark]) => `- 2024-01-05: ${em}[[${name}]]${words}${em}${mark}`);
const otherLine = fc.constantFrom("", "- 21/07: Break (due to video offsite)", "- [[Someone else's note]] (cancelled)", "Notes of ours.", "%% a comment %%");
const heading = fc.constantFrom("### Upcoming", "### Past");
const recordLine = fc.subarray(NAMES, { minLength: 1 }).map(RECORD);

const entries = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom("en", "es"), fc.subarray(["Ann", "Bo", "Isabel"])).map(([a, b, c, language, guests]): IndexEntry[] =>
  NAMES.map((basename, i) => ({ basename, link: `[[${basename}]]`, date: "2024-01-05", number: i, guests, list: i % 2 === 0 ? "past" : "upcoming", cancelled: [a, b, c][i], language })),
);

const isEpisodeLine = (line: string) => NAMES.some((n) => line.includes(`[[${n}]]`));
const marks = (line: string) => (line.match(/\((cancelled|cancelado)\)/g) ?? []).length;

describe("an update of any edited block", () => {
  it("is stable, keeps the other lines, marks once, and takes off only recorded marks", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(episodeLine, otherLine, heading, recordLine), { maxLength: 12 }), entries, (lines, list) => {
        const once = blockLines(lines, list);
        expect(blockLines(once, list)).toEqual(once);
        const others = (ls: string[]) => ls.filter((l) => !isEpisodeLine(l) && !l.startsWith("%% office-hours:") && l.trim() !== "" && !/^#/.test(l)).sort();
        expect(others(once)).toEqual(others(lines));
        // The lines given carry one mark at most: so does every line written.
        for (const line of once.filter(isEpisodeLine)) expect(marks(line)).toBeLessThanOrEqual(1);
        // A marked line the record does not name keeps its mark.
        const recorded = new Set(lines.filter((l) => l.startsWith("%% office-hours:episode-list marked cancelled:")).flatMap((l) => NAMES.filter((n) => l.includes(n))));
        for (const line of lines.filter((l) => isEpisodeLine(l) && marks(l) > 0)) {
          const name = NAMES.find((n) => line.includes(`[[${n}]]`)) ?? "";
          if (!recorded.has(name)) expect(once.some((l) => l.includes(`[[${name}]]`) && marks(l) >= marks(line))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
