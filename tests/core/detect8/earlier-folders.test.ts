// One show whose older episodes sit in another folder (an archive) is one show: the same code,
// the same name pattern, numbers that do not repeat, no second template. Its folder is the one
// holding its newest episode; the older folder is named in the proposal. Two shows that share
// a code by accident (other names, both counting from 1, their own templates) stay two, and a
// show split into season folders stays one as before. The GOH notes are the real ones of
// tests/fixtures/real-notes, moved into the folders a host would move them to.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect, episode, FIXTURES, vault } from "../detect/fixture-vault";
import type { DetectResult } from "../../../src/core/detect/types";

const real = (name: string) => readFileSync(join(FIXTURES, "real-notes", name), "utf8");
const GOH12 = real("GOH 12 - Govable.md");
const GOH25 = real("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
const GOH30 = real("GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md");
const TEMPLATE = real("GOH checklist (template).md");

const folders = (result: DetectResult) => result.shows.map((p) => p.show.folder).sort();

describe("an archive of the same show", () => {
  const result = detect(
    vault({
      "Archive/2023/GOH 12 - Govable.md": GOH12,
      "Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md": GOH25,
      "Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md": GOH30,
      "Templates/GOH checklist (template).md": TEMPLATE,
    }),
  );

  it("is one proposal, in the folder of the newest episode, the archive named in it", () => {
    expect(folders(result)).toEqual(["Grafana Office Hours"]);
    const [show] = result.shows;
    expect(show?.summary).toMatch(/^2 episodes in Grafana Office Hours .*, and 1 earlier episode in Archive$/);
    expect(show?.evidence.folder?.reasons.join("\n")).toContain("Archive holds 1 earlier episode of this show (“GOH 12 - Govable”)");
  });

  it("counts the archive's notes among the show's episodes, so “only in the show folders” is not proposed over them", () => {
    expect(result.shows[0]?.episodes).toContain("Archive/2023/GOH 12 - Govable.md");
    expect(result.skipped.map((s) => s.where).join("\n")).not.toContain("Archive");
  });

  it("takes the show's folder from the newest episode, wherever the folder is named", () => {
    // The higher numbers are in "Old": it is the show's folder, "Current" its earlier one.
    const swapped = detect(
      vault({
        "Current/GOH 12 - Govable.md": GOH12,
        "Old/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md": GOH25,
        "Old/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md": GOH30,
      }),
    );
    expect(folders(swapped)).toEqual(["Old"]);
    expect(swapped.shows[0]?.summary).toContain("1 earlier episode in Current");
  });
});

describe("a series left out with its archive", () => {
  it("names the archive in the reason it was left out, so nothing is silently ignored", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`${i <= 3 ? "Archive" : "Meetings"}/MT ${i} - Standup ${i}.md`] = episode({ guest: "", date: `2024-01-0${i}` });
    const result = detect(vault(files));
    expect(result.shows).toEqual([]);
    expect(result.skipped.map((s) => s.where)).toEqual(["3 MT notes in Meetings, and 3 earlier episodes in Archive"]);
  });
});

describe("two shows that share a code by accident stay two", () => {
  const notes = (first: (n: number) => string, second: (n: number) => string, numbers: [number[], number[]], files: Record<string, string> = {}) =>
    vault({
      ...Object.fromEntries(numbers[0].map((n) => [first(n), episode({ date: `2024-01-${String(n).padStart(2, "0")}` })])),
      ...Object.fromEntries(numbers[1].map((n) => [second(n), episode({ date: `2024-02-${String(n).padStart(2, "0")}` })])),
      ...files,
    });

  it("both counting from 1: the numbers repeat", () => {
    const result = detect(notes((n) => `Platform/PH ${n} - Topic ${n}.md`, (n) => `Product/PH ${n} - Subject ${n}.md`, [[1, 2, 3, 4], [1, 2, 3]]));
    expect(folders(result)).toEqual(["Platform", "Product"]);
  });

  it("names shaped differently: “PH 5 - Topic” and “PH5: Subject”, even with numbers that do not repeat", () => {
    const result = detect(notes((n) => `Platform/PH ${n} - Topic ${n}.md`, (n) => `Product/PH${n}: Subject ${n}.md`, [[1, 2, 3], [4, 5, 6]]));
    expect(folders(result)).toEqual(["Platform", "Product"]);
  });

  it("each with its own template", () => {
    const template = (word: string) => ["# {{title}}", "", "Guest:: ", "", `## ${word} prep`, "", "- [ ] Book", "", `## ${word} wrap`, "", "- [ ] Post"].join("\n");
    const files = {
      "Platform/Templates/Platform episode.md": template("Platform"),
      "Product/Templates/Product episode.md": template("Product"),
    };
    const result = detect(
      vault({
        ...Object.fromEntries([1, 2, 3].map((n) => [`Platform/PH ${n} - Topic ${n}.md`, episode({ date: `2024-01-0${n}`, headings: ["Platform prep", "Platform wrap"] })])),
        ...Object.fromEntries([4, 5, 6].map((n) => [`Product/PH ${n} - Subject ${n}.md`, episode({ date: `2024-02-0${n}`, headings: ["Product prep", "Product wrap"] })])),
        ...files,
      }),
    );
    expect(result.shows.map((p) => [p.show.folder, p.show.template]).sort()).toEqual([
      ["Platform", "Platform/Templates/Platform episode.md"],
      ["Product", "Product/Templates/Product episode.md"],
    ]);
  });
});

describe("season folders", () => {
  it("stay one show even though each season counts from 1 (as before: the season folders stand for their parent)", () => {
    const files: Record<string, string> = {};
    for (const season of ["S1", "S2"]) for (const n of [1, 2, 3]) files[`Show/${season}/PH ${n} - ${season} topic ${n}.md`] = episode({ date: `2024-0${season === "S1" ? 1 : 3}-0${n}` });
    const result = detect(vault(files));
    expect(folders(result)).toEqual(["Show"]);
    expect(result.shows[0]?.summary).not.toContain("earlier");
  });
});

describe("the rule for every split of one run of numbers", () => {
  it("a run 1..n split between an archive (the older part) and the show's folder is one show, in the show's folder", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 29 }), fc.constantFrom("Archive", "Old/2022", "Backup"), (n, at, archive) => {
        const split = Math.min(at, n - 1);
        const files: Record<string, string> = {};
        for (let i = 1; i <= n; i++) files[`${i <= split ? archive : "Shows"}/XY ${String(i).padStart(3, "0")} - Topic ${i}.md`] = episode({ date: "" });
        const result = detect(vault(files));
        expect(folders(result)).toEqual(["Shows"]);
        expect(result.shows[0]?.episodes.length).toBe(n);
        expect(result.shows[0]?.summary).toContain(`, and ${split} earlier episode${split === 1 ? "" : "s"} in ${archive === "Old/2022" ? "Old" : archive}`);
      }),
      { numRuns: 40 },
    );
  });

  it("two runs that both count from 1 (more than a tenth of the smaller repeating) are two shows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 2, max: 20 }), (a, b) => {
        const files: Record<string, string> = {};
        for (let i = 1; i <= a; i++) files[`One/XY ${i} - Topic ${i}.md`] = episode({ date: "" });
        for (let i = 1; i <= b; i++) files[`Two/XY ${i} - Subject ${i}.md`] = episode({ date: "" });
        expect(folders(detect(vault(files)))).toEqual(["One", "Two"]);
      }),
      { numRuns: 40 },
    );
  });
});
