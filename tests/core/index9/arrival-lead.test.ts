// A line the merge adds takes its list's marker (arrival-lead.ts), called by merge-lists.ts on
// each section's items after placeArrivals (probe12-index-lines.test.ts drives it end to end).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { leadArrivals, leadLike } from "../../../src/core/index-note/arrival-lead";
import { readListLine } from "../../../src/core/index-note/list-items";
import type { Item } from "../../../src/core/index-note/list-sections";
import { newLine } from "../../../src/core/index-note/episode-line";
import { bestGrowth } from "../../support/growth";

const userItem = (text: string): Item => ({ lines: [text], line: readListLine(text), entry: null });
const added = (n: number): Item => {
  const text = newLine({ basename: `OH ${n}`, link: `[[OH ${n}]]`, date: "2025-05-09", number: n, guests: [], list: "past" }, "yyyy-MM-dd");
  return { lines: [text], line: readListLine(text), entry: null };
};
const texts = (items: readonly Item[]) => items.map((i) => i.lines[0]);

describe("the marker of a line the merge adds", () => {
  it("in a numbered list: the number after the line above, with its delimiter and spacing", () => {
    const a = added(2);
    expect(texts(leadArrivals([userItem("1. 2025-05-02: [[OH 1]]"), a], new Set([a])))).toEqual(["1. 2025-05-02: [[OH 1]]", "2. 2025-05-09: [[OH 2]]"]);
    const b = added(2);
    expect(texts(leadArrivals([userItem("7)  [[OH 1]]"), b], new Set([b])))[1]).toBe("8)  2025-05-09: [[OH 2]]");
  });

  it("two added in a row count on; one added between two keeps theirs (a number may repeat, the user's are never renumbered)", () => {
    const a = added(2);
    const b = added(3);
    const list = [userItem("1. [[OH 1]]"), a, b, userItem("2. [[OH 4]]")];
    expect(texts(leadArrivals(list, new Set([a, b])))).toEqual(["1. [[OH 1]]", "2. 2025-05-09: [[OH 2]]", "3. 2025-05-09: [[OH 3]]", "2. [[OH 4]]"]);
  });

  it("at the top of a numbered list (newest first): the number of the line below", () => {
    const a = added(9);
    expect(texts(leadArrivals([a, userItem("5. [[OH 8]]"), userItem("4. [[OH 7]]")], new Set([a])))[0]).toBe("5. 2025-05-09: [[OH 9]]");
  });

  it("a bullet list: its bullet character; a list with no list line: '- '", () => {
    const a = added(2);
    expect(texts(leadArrivals([userItem("* [[OH 1]]"), a], new Set([a])))[1]).toBe("* 2025-05-09: [[OH 2]]");
    const b = added(2);
    expect(texts(leadArrivals([userItem("+\t[[OH 1]]"), b], new Set([b])))[1]).toBe("+\t2025-05-09: [[OH 2]]");
    const c = added(2);
    expect(texts(leadArrivals([{ lines: [""], line: null, entry: null }, c], new Set([c])))[1]).toBe("- 2025-05-09: [[OH 2]]");
  });

  it("a number past nine digits would be no marker: it repeats", () => {
    expect(leadLike("999999999. ", false)).toBe("999999999. ");
  });

  it("property: the user's lines stay byte for byte; each added line keeps its text and takes a list marker of its neighbour's kind", () => {
    const lead = fc.oneof(fc.constantFrom("- ", "* ", "+ ", "-\t"), fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom(".", ")")).map(([n, d]) => `${n}${d} `));
    const slot = fc.oneof(lead.map((l) => ({ user: l })), fc.constant({ user: null }));
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 12 }), (slots) => {
        const items = slots.map((s, i) => (s.user === null ? added(i) : userItem(`${s.user}[[OH ${i}]]`)));
        const news = new Set(items.filter((_, i) => slots[i]?.user === null));
        const out = leadArrivals(items, news);
        const firstUser = slots.find((s) => s.user !== null)?.user;
        return out.every((item, i) => {
          const before = items[i];
          if (!before) return false;
          if (!news.has(before)) return item === before;
          const line = item.line;
          if (!line || item.lines[0] !== `${line.lead}2025-05-09: [[OH ${i}]]`) return false;
          if (firstUser === undefined) return line.lead === "- ";
          const bullet = (l: string) => /^[-*+]/.test(l);
          // Its neighbour's kind: the line above's, else the first user line's.
          const above = [...out.slice(0, i)].reverse().find((x) => x.line)?.line?.lead ?? firstUser;
          return bullet(line.lead) === bullet(above);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("linear in the number of items", () => {
    const make = (n: number, copies: number) => {
      const items: Item[] = [];
      for (let i = 0; i < n * copies; i++) items.push(i % 3 === 0 ? userItem(`${i}. [[OH ${i}]]`) : added(i));
      return items;
    };
    expect(bestGrowth((items: Item[]) => leadArrivals(items, new Set(items.filter((it) => it.lines[0]?.includes("2025")))), make, 2_000, 8)).toBeLessThan(8);
  });
});

describe("a line linking many episodes (lead)", () => {
  it("reads in time in proportion to its length", async () => {
    const { mergeLists } = await import("../../../src/core/index-note/merge-lists");
    const { bestGrowth } = await import("../../support/growth");
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ basename: `OH ${i}`, link: `[[OH ${i}]]`, date: "2025-05-02", number: i, guests: [], list: "past" as const }));
    const run = (n: number) => mergeLists(["### Past", "", `- 2025-05-02: ${Array.from({ length: n }, (_, i) => `[[OH ${i}]]`).join(" and ")}`], entries(n)).length;
    expect(bestGrowth((n: number) => run(n), (n: number, copies: number) => n * copies, 400, 8)).toBeLessThan(8);
  });
});
