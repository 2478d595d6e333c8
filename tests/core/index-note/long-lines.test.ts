// Hostile index notes against the merge and the words read after an episode's link: very
// long lines made of one trigger repeated (brackets, emphasis, spaces, "with", the mark
// words, "%" and "|" in the record), and notes of thousands of lines. n against 4n, CPU
// time (tests/support/growth.ts): linear code reads about 4, quadratic about 16.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { BLOCK_END, BLOCK_START, updateBlock } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const LIMIT = 8;
const BASENAME = "GOH 12 - Grafana Faro";

function entry(over: Partial<IndexEntry> = {}): IndexEntry {
  return { basename: BASENAME, link: `[[${BASENAME}]]`, date: "2023-09-22", number: 12, guests: ["Ann Lee", "Isabel Díaz"], list: "upcoming", cancelled: true, ...over };
}

const block = (lines: string[]) => `${BLOCK_START}\n${lines.join("\n")}\n${BLOCK_END}\n`;

function run(e: IndexEntry[]): (text: string) => unknown {
  return (text) => {
    const result = updateBlock(text, e);
    if (!result.ok) throw new Error(result.reason);
    return result.text;
  };
}

describe("a long line after an episode's link", () => {
  // "Ann Lee, " and "Ann Le ": a known guest's name read whole, or nearly (phraseEnd).
  const triggers = ["(", "~", "*", " ", "%%", "|", " — ", "called ", "(cancelled)", "é", " Ann Lee,", " Ann Le"];
  it.each(triggers)("%j repeated: linear", (trigger) => {
    const make = whole((n) => block(["### Upcoming", "", `- 22/09: [[${BASENAME}]] with${trigger.repeat(Math.ceil(n / trigger.length))}x`]));
    expect(bestGrowth(run([entry()]), make, 30000, LIMIT)).toBeLessThan(LIMIT);
  });

  it.each(["with ", " con", "(cancelado)"])("%j repeated, in either language: linear", (trigger) => {
    for (const language of ["en", "es"]) {
      const make = whole((n) => block(["### Upcoming", "", `- 22/09: [[${BASENAME}]] with${trigger.repeat(Math.ceil(n / trigger.length))}x`]));
      expect(bestGrowth(run([entry({ language })]), make, 30000, LIMIT)).toBeLessThan(LIMIT);
    }
  });

  it("a long run of emphasis before the link or the date: linear", () => {
    for (const at of ["- ", "- 22/09: "]) {
      const make = whole((n) => block(["### Upcoming", "", `${at}${"~".repeat(n)}[[${BASENAME}]]~~`]));
      expect(bestGrowth(run([entry()]), make, 30000, LIMIT)).toBeLessThan(LIMIT);
    }
  });

  it("a long record line of names with % and |: linear", () => {
    const make = whole((n) => block([`%% office-hours:episode-list marked cancelled: ${"%25%7C|".repeat(n)} %%`, "### Upcoming", "", `- [[${BASENAME}]] (cancelled)`]));
    expect(bestGrowth(run([entry()]), make, 30000, LIMIT)).toBeLessThan(LIMIT);
  });
});

describe("thousands of lines", () => {
  const episodes = (n: number) =>
    Array.from({ length: n }, (_, i): IndexEntry => ({
      basename: `EP ${i} - Topic`,
      link: `[[EP ${i} - Topic]]`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
      number: i,
      guests: [`Guest ${i}`],
      list: i % 2 === 0 ? "past" : "upcoming",
      cancelled: i % 3 === 0,
      language: "es",
    }));

  it("every episode listed, some marked by the plugin: an update is linear in the note", () => {
    // Built once per size: the lists an earlier run wrote.
    const cache = new Map<number, { text: string; entries: IndexEntry[] }>();
    const written = (n: number) => {
      const known = cache.get(n);
      if (known) return known;
      const entries = episodes(n);
      const first = updateBlock(block(["### Upcoming", "", "### Past"]), entries);
      if (!first.ok) throw new Error(first.reason);
      const made = { text: first.text, entries };
      cache.set(n, made);
      return made;
    };
    const ratio = bestGrowth((m: { text: string; entries: IndexEntry[] }) => updateBlock(m.text, m.entries), (n, copies) => written(n * copies), 100, LIMIT, 8);
    expect(ratio).toBeLessThan(LIMIT);
    // And the second run changes nothing.
    const once = written(200);
    expect(updateBlock(once.text, once.entries)).toEqual({ ok: true, text: once.text, changed: false });
  });
});
