// A number's zero padding belongs to file names (mends6, number-in-text.ts): texts write
// it as the show's own texts write it after its name or code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textNumberWidth } from "../../../src/core/new-episode/template/number-in-text";
import { planEpisode } from "../../../src/core/new-episode/new-episode";
import { defaultShow } from "../../../src/core/settings/settings";
import { fiveShowNotes } from "../../support/five-shows";
import { bestGrowth } from "../../support/growth";

const ccg = { ...defaultShow("UTC", "Cafe con Grafana"), code: "CCG", numberPadding: 3, fileNamePattern: "{{code}} {{number}} - {{topic}}", folder: "CCG" };
const CCG_TEMPLATE = fiveShowNotes()["projects/CafeConGrafana/Templates/CCG checklist.md"] ?? "";

describe("the digits a text writes a number with", () => {
  it("the CCG template's “Café con Grafana #10”, “#11”: unpadded, not the file name's three digits", () => {
    expect(CCG_TEMPLATE).toContain("Café con Grafana #10");
    expect(textNumberWidth(ccg, CCG_TEMPLATE)).toBe(1);
  });

  it("a leading zero says the width: “#005”, GOH's “Office Hours #01”", () => {
    expect(textNumberWidth(ccg, "Ejemplo: `(Spanish) Repasemos el G-Stack (Café con Grafana #005)`")).toBe(3);
    expect(textNumberWidth({ name: "Grafana Office Hours", code: "GOH", numberPadding: 2 }, "Title: Grafana Office Hours #01 with Ann")).toBe(2);
    expect(textNumberWidth(ccg, "CCG #7 and CCG #12")).toBe(1);
    // Never more than the file names: a show padding its names to two writes "#05" for "#005".
    expect(textNumberWidth({ ...ccg, numberPadding: 2 }, "Café con Grafana #005")).toBe(2);
  });

  it("only after the show's name or code, as a word: issue numbers and other shows say nothing", () => {
    expect(textNumberWidth(ccg, "Fixed in PR #1234; see Grafana #10; MyCCG #5")).toBe(3);
    expect(textNumberWidth(ccg, "Fixed in PR #1234; see Cafe con Grafana #10")).toBe(1);
  });

  it("a new CCG note's {{episode}} is “#13” beside the file name's 013", () => {
    const template = `${CCG_TEMPLATE}\nTitle: {{show}} {{episode}}\n`;
    const plan = planEpisode({ topic: "Tempo a fondo", guests: [], date: "2025-12-11", time: "13:00", number: 13 }, ccg, template, new Date("2025-12-08T00:00:00Z"), "es");
    expect(plan.path).toBe("CCG/CCG 013 - Tempo a fondo.md");
    expect(plan.content).toContain("Title: Cafe con Grafana #13\n");
  });

  it("any width a text writes with a leading zero is the width read back, up to the file names' (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 9 }), (width, padding, digit) => {
        const written = String(digit).padStart(width, "0");
        expect(textNumberWidth({ ...ccg, numberPadding: padding }, `Invite: (In Spanish) Café con Grafana #${written} con Ana`)).toBe(Math.min(width, padding));
      }),
    );
  });

  it("reads a note of thousands of “Cafe con Grafana #” in linear time", () => {
    const make = (n: number, copies: number) => "Café con Grafana #0".repeat(n * copies);
    expect(bestGrowth((text: string) => textNumberWidth(ccg, text), make, 5_000, 8)).toBeLessThan(8);
  });
});
