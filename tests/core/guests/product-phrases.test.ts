// Products the vault names after a show's word ("Loki Adaptive Logs") are no people when
// the same words come alone in a list of guest ideas; people whose names are also words
// stay ticked (product-phrases.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseProspects } from "../../../src/core/guests/prospects";
import { productPhrasesOf } from "../../../src/core/guests/product-phrases";
import { bestGrowth, whole } from "../../support/growth";

const LOKI = new Set(["loki"]);
const read = (text: string, phrases: string[], guestNames: string[] = []) => parseProspects(text, { showNames: ["Loki Community Calls"], guestNames, phrases }).map((p) => [p.name, p.preselected]);

describe("the phrases a vault writes after a show's word", () => {
  it("takes two to five capitalised words right after the show word, up to a grammar word or other punctuation", () => {
    expect([...productPhrasesOf(["GOH - Loki Adaptive Logs"], LOKI)]).toEqual(["adaptive logs"]);
    expect([...productPhrasesOf(["Loki Adaptive Logs Deep Dive"], LOKI)]).toEqual(["adaptive logs", "adaptive logs deep", "adaptive logs deep dive"]);
    expect([...productPhrasesOf(["Loki Office Hours With Ed Welch"], LOKI)]).toEqual(["office hours"]);
    expect([...productPhrasesOf(["Loki: Ed Welch", "Loki and Ed Welch", "Loki,  Ed Welch", "Loki Ed", "loki adaptive logs", "Adaptive Logs Loki"], LOKI)]).toEqual([]);
    expect([...productPhrasesOf(["Loki Adaptive Logs"], new Set())]).toEqual([]);
  });

  it("grows linearly with a long line of show words and capitalised words (n against 4n)", () => {
    expect(bestGrowth((t: string) => productPhrasesOf([t], LOKI), whole((n) => "Loki Adaptive ".repeat(n)), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth((t: string) => productPhrasesOf([t], LOKI), whole((n) => `Loki ${"Adaptive ".repeat(n)}`), 2000, 8)).toBeLessThan(8);
    const list = (n: number) => `## Ideas\n\n- Loki ${"Adaptive Logs ".repeat(n)}\n- Adaptive Logs\n`;
    expect(bestGrowth((t: string) => parseProspects(t, { showNames: ["Loki"] }), whole(list), 2000, 8)).toBeLessThan(8);
  });
});

describe("import: a product the vault names is offered unticked", () => {
  it("unticks 'Adaptive Logs' when a link, heading or note name, or the list itself, writes 'Loki Adaptive Logs'", () => {
    const list = "## Guest ideas\n\n- December: Adaptive Logs finally, with Travis?\n- Ann Lee on tracing\n";
    expect(read(list, [])).toEqual([["Adaptive Logs", true], ["Ann Lee", true]]);
    expect(read(list, ["GOH - Loki Adaptive Logs"])).toEqual([["Adaptive Logs", false], ["Ann Lee", true]]);
    expect(read(`${list}- Loki Adaptive Logs\n`, [])).toEqual([["Adaptive Logs", false], ["Ann Lee", true], ["Loki Adaptive Logs", false]]);
  });

  it("never unticks a known guest, nor a name joined to the product", () => {
    expect(read("- Ann Lee on tracing\n", ["Loki Ann Lee"], ["Ann Lee"])).toEqual([["Ann Lee", true]]);
    expect(read("- Ann Lee on tracing\n", ["Loki Ann Lee"], ["Dr. Ann Lee"])).toEqual([["Ann Lee", true]]);
    expect(read("- with Adaptive Logs & Bo Chan\n", ["Loki Adaptive Logs"])).toEqual([["Adaptive Logs", false], ["Bo Chan", true]]);
  });

  it("keeps people whose names are also words ticked, whatever the vault writes with those words", () => {
    const people = ["Will Young", "Rose Hill", "Grace Long", "Gem Hill", "Wolf Cruz", "May Rose", "Mark Price", "Larry Page", "Steve Jobs", "Bill Gates", "Hope Wells"];
    const phrases = [
      "Loki Long Term Storage", "Loki Will Scale", "Loki Young Projects", "Loki Page Cache", "Loki Jobs", "Loki Gates And Checks",
      "Will it scale", "Rose and Hill", "young long grace wolf cruz page jobs gates wells hope price mark",
      "Grace Period", "Will Young", "Loki Office Hours With Grace Long", "Loki Community Calls",
    ];
    const list = `## Guest ideas\n\n${people.map((p) => `- ${p} on logs`).join("\n")}\n`;
    expect(read(list, phrases)).toEqual(people.map((p) => [p, true]));
  });

  it("phrases only untick: the names offered are the same, and nothing is ticked that was not (property)", () => {
    const word = fc.constantFrom("Ann", "Lee", "Adaptive", "Logs", "Loki", "Bo", "Chan", "With", "with", "and", ":", "-", ",", "&");
    const line = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(line.map((l) => `- ${l}`), { minLength: 1, maxLength: 5 }), fc.array(line, { maxLength: 5 }), (lines, phrases) => {
        const text = lines.join("\n");
        const plain = parseProspects(text, { showNames: ["Loki Community Calls"] });
        const hinted = parseProspects(text, { showNames: ["Loki Community Calls"], phrases });
        expect(hinted.map((p) => p.name)).toEqual(plain.map((p) => p.name));
        hinted.forEach((p, i) => {
          if (p.preselected) expect(plain[i]?.preselected).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
