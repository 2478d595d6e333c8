// A guest is "already in the note's name" only when the name holds theirs as whole words.
// Matched as a substring, "Ana" was found in "Grafana Faro" and "Al" in "Grafana Alloy":
// such a guest was left out of the episode picker's label and of the index note's line
// ("… with Bruno" for Ana and Bruno) as if the title named them (review3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesNotIn } from "../../src/core/note/episode-label";
import { blockLines } from "../../src/core/index-note/index-note";

describe("a guest named inside a word of the title", () => {
  it("is not taken as named by it", () => {
    expect(namesNotIn("GOH 12 - Grafana Faro", ["Ana", "Bo"])).toEqual(["Ana", "Bo"]);
    expect(namesNotIn("GOH 30 - Grafana Alloy deep dive", ["Al", "Ed"])).toEqual(["Al", "Ed"]);
    expect(namesNotIn("LS 3 - Anna's tracing tour", ["Ann"])).toEqual(["Ann"]);
  });

  it("is taken as named when the title holds the whole name, punctuation around it or not", () => {
    expect(namesNotIn("Cafe 3 - Tempo, con Nicole V. y Antonio C.", ["Nicole V.", "Antonio C.", "Ana"])).toEqual(["Ana"]);
    expect(namesNotIn("GOH 12 - Faro with Ana", ["Ana"])).toEqual([]);
    expect(namesNotIn("GOH 12 - Ana: Faro", ["ANA"])).toEqual([]);
  });

  it("gets the index note's guest words", () => {
    const line = "- 22/09: [[GOH 12 - Grafana Faro]]";
    const out = blockLines(["### Upcoming", "", line], [{ basename: "GOH 12 - Grafana Faro", link: "[[GOH 12 - Grafana Faro]]", date: "2023-09-22", number: 12, guests: ["Ana", "Bruno"], list: "upcoming", language: "es" }]);
    expect(out.at(-1)).toBe(`${line} con Ana y Bruno`);
  });

  it("any name glued inside a longer word of the title stays a guest", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,6}$/);
    fc.assert(
      fc.property(word, fc.stringMatching(/^[a-z]{1,4}$/), fc.stringMatching(/^[a-z]{0,4}$/), (name, glueBefore, glueAfter) => {
        expect(namesNotIn(`SH 1 - ${glueBefore}${name.toLowerCase()}${glueAfter}x topic`, [name])).toEqual([name]);
      }),
    );
  });
});
