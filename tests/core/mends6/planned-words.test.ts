// Upcoming lines planned in words (mends6, src/core/index-note/planned-words.ts): a line
// with no link whose entry begins with the episode's topic, word for word (case, accents
// and a slug's dashes aside), is the episode's; its words become the link's text in place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeLists, type IndexEntry } from "../../../src/core/index-note/merge-lists";

function entry(basename: string, topic: string): IndexEntry {
  return { basename, link: `[[${basename}]]`, date: "2025-12-30", number: null, guests: [], list: "upcoming", topic };
}

const call = entry("2025-12-30-adaptive-logs-finally", "Adaptive Logs finally");
const withLink = (line: string) => mergeLists(["### Upcoming", line], [call]).filter((l) => l.includes("2025-12-30-adaptive-logs-finally"));

describe("a line planned in words", () => {
  it("case, accents and a slug's dashes aside, the date and the rest kept", () => {
    expect(withLink("- December: adaptive-logs FINALLY, with Travis?")).toEqual(["- December: [[2025-12-30-adaptive-logs-finally|adaptive-logs FINALLY]], with Travis?"]);
    expect(withLink("- Adáptive Logs finally")).toEqual(["- [[2025-12-30-adaptive-logs-finally|Adáptive Logs finally]]"]);
  });

  it("a Markdown link keeps its destination and takes the words as its text", () => {
    const md = { ...call, link: "[2025-12-30-adaptive-logs-finally](2025-12-30-adaptive-logs-finally.md)" };
    expect(mergeLists(["### Upcoming", "- Adaptive Logs finally (Travis)"], [md])).toContain("- [Adaptive Logs finally](2025-12-30-adaptive-logs-finally.md) (Travis)");
  });

  it("not when the words only start like the topic, or the topic is not the entry's beginning: a line is added", () => {
    expect(withLink("- Adaptive Logs finally!")).toEqual(["- [[2025-12-30-adaptive-logs-finally|Adaptive Logs finally]]!"]);
    expect(withLink("- Adaptive Logs finallyish")).toHaveLength(1);
    expect(mergeLists(["### Upcoming", "- Adaptive Logs finallyish"], [call])).toContain("- Adaptive Logs finallyish");
    expect(mergeLists(["### Upcoming", "- Maybe Adaptive Logs finally"], [call])).toContain("- Maybe Adaptive Logs finally");
  });

  it("one word names a line only when it has eight letters or more", () => {
    expect(mergeLists(["### Upcoming", "- Tempo deep dive"], [entry("2026-01-27-tempo", "Tempo")])).toContain("- Tempo deep dive");
    expect(mergeLists(["### Upcoming", "- Observability deep dive"], [entry("2026-01-27-observability", "Observability")])).toContain("- [[2026-01-27-observability|Observability]] deep dive");
  });

  it("never a guess: two lines for one topic, or a line two topics begin, stay as written", () => {
    expect(mergeLists(["### Upcoming", "- Adaptive Logs finally"], [call])[1]).toBe("- [[2025-12-30-adaptive-logs-finally|Adaptive Logs finally]]");
    const twice = mergeLists(["### Upcoming", "- Adaptive Logs finally", "- Adaptive Logs finally, again"], [call]);
    expect(twice.slice(1, 3)).toEqual(["- Adaptive Logs finally", "- Adaptive Logs finally, again"]);
    const two = mergeLists(["### Upcoming", "- Adaptive Logs finally"], [call, entry("2025-12-31-adaptive-logs", "Adaptive Logs")]);
    expect(two[1]).toBe("- Adaptive Logs finally");
  });

  it("only in an Upcoming list", () => {
    const merged = mergeLists(["### Past", "- Adaptive Logs finally", "### Upcoming", "- Adaptive Logs finally, in words"], [call]);
    expect(merged.slice(0, 4)).toEqual(["### Past", "- Adaptive Logs finally", "### Upcoming", "- [[2025-12-30-adaptive-logs-finally|Adaptive Logs finally]], in words"]);
  });

  it("any topic of two words or more, written in any case, claims its line and adds none (property)", () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 4 }), fc.boolean(), (words, upper) => {
        const topic = words.join(" ");
        const typed = upper ? topic.toUpperCase() : topic.replace(/ /g, "-");
        const episode = entry("2030-01-01-the-call", topic);
        const merged = mergeLists(["### Upcoming", `- December: ${typed}, maybe`], [episode]);
        expect(merged.filter((l) => l.includes("2030-01-01-the-call"))).toEqual([`- December: [[2030-01-01-the-call|${typed}]], maybe`]);
      }),
    );
  });
});
