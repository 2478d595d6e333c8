// template7: `{{guests}}` as a whole item of a YAML list in a user's template
// (`guests: [{{guests}}]`, or `- {{guests}}` under `guests:`) wrote one item, "Ann and Bo":
// a list property that Dataview, Bases and the Properties view read as one guest nobody is
// called. The rule: a guests tag that is a whole list item gives one item per guest, each
// written so YAML reads it back as that name; anywhere else it stays the joined text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { planEpisode } from "../../../src/core/new-episode/new-episode";
import { defaultShow } from "../../../src/core/settings/settings";
import { bestGrowth, whole } from "../../support/growth";

const SHOW = { ...defaultShow("Europe/Berlin", "Office Hours"), id: "oh", code: "OH", folder: "OH" };
const NOW = new Date("2025-06-01T09:00:00Z");

function properties(template: string, guests: string[]): { errors: string[]; data: Record<string, unknown>; content: string } {
  const { content } = planEpisode({ topic: "Loki basics", guests, date: "2025-06-20", time: "18:00", number: 7 }, SHOW, template, NOW);
  const head = content.slice(content.indexOf("\n") + 1, content.search(/\r?\n---\r?\n/));
  const doc = parseDocument(head);
  return { errors: doc.errors.map((e) => e.message), data: (doc.toJS() ?? {}) as Record<string, unknown>, content };
}

const TEMPLATE = [
  "---",
  "flow: [episode, {{guests}}]",
  "block:",
  "  - {{guests}} # who",
  "  - extra",
  "nested:",
  "  people:",
  "    - {{guestList}}",
  "text: {{guests}}",
  "---",
  "Guest:: {{guests}}",
  "",
].join("\n");

describe("a guests tag as a whole YAML list item", () => {
  it("gives one item per guest, in a flow list, a block list and a nested one; elsewhere the joined text", () => {
    const { errors, data, content } = properties(TEMPLATE, ["Ann O'Neil", "Bo"]);
    expect(errors).toEqual([]);
    expect(data).toEqual({ flow: ["episode", "Ann O'Neil", "Bo"], block: ["Ann O'Neil", "Bo", "extra"], nested: { people: ["Ann O'Neil", "Bo"] }, text: "Ann O'Neil and Bo" });
    expect(content).toContain("block:\n  - Ann O'Neil # who\n  - Bo\n  - extra\n");
    expect(content).toContain("Guest:: Ann O'Neil and Bo");
  });

  it("with CRLF line ends, keeps them", () => {
    const { errors, data, content } = properties("---\r\nguests:\r\n  - {{guests}}\r\n---\r\n", ["Ann", "Bo"]);
    expect(errors).toEqual([]);
    expect(data.guests).toEqual(["Ann", "Bo"]);
    expect(content).toContain("guests:\r\n  - Ann\r\n  - Bo\r\n---\r\n");
  });

  it("no guest yet: one item, the highlighted blank, as before", () => {
    expect(properties("---\nguests: [{{guests}}]\nmore:\n  - {{guests}}\n---\n", []).data).toEqual({ guests: ["==[guest]=="], more: ["==[guest]=="] });
  });

  it("reads back as the names for any names, YAML's indicators and quotes included", () => {
    const chars = [..."-?:,[]{}#&*!|>'\"%@`\\ \tabcXY01é"];
    const name = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 10 })
      .map((c) => c.join("").trim())
      .filter((n) => n !== "");
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (guests) => {
        const { errors, data } = properties("---\nflow: [{{guests}}, x]\nblock:\n  - {{guests}}\nafter: kept\n---\n", guests);
        expect(errors, JSON.stringify(guests)).toEqual([]);
        expect(data, JSON.stringify(guests)).toEqual({ flow: [...guests, "x"], block: guests, after: "kept" });
      }),
      { numRuns: 500 },
    );
  });
});

describe("long list lines", () => {
  it("are written in linear time (n against 4n)", () => {
    const run = (template: string) => planEpisode({ topic: "T", guests: ["Ann", "Bo"], date: "2025-06-20", time: "18:00", number: 7 }, SHOW, template, NOW);
    expect(bestGrowth(run, whole((n) => `---\nguests:\n  -${" ".repeat(n)}{{guests}}${" ".repeat(n)}x\n---\n`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(run, whole((n) => `---\nguests: [${"{{guests}}, ".repeat(n)}x]\n---\n`), 1_000, 8)).toBeLessThan(8);
  });
});
