// The episodes a show's index note plans (mends6, src/core/new-episode/planned.ts): links
// to notes that do not exist whose names the show's naming reads as numbered.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plannedEpisodes, plannedFor } from "../../../src/core/new-episode/planned";
import { suggestDraft } from "../../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";

const goh: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), code: "GOH", fileNamePattern: "{{code}} {{number}} - {{topic}}, with {{guests}}", folder: "GOH" };
const otel: ShowSettings = { ...defaultShow("UTC", "OTel"), code: "", fileNamePattern: "{{number}} - {{topic}}", folder: "OTel" };
const readme = "GOH/README.md";

describe("planned episodes", () => {
  it("reads the number, topic and guests of a link named by the show's naming", () => {
    expect(plannedEpisodes(["GOH 31 - Adaptive Telemetry with Sean Porter.md"], goh, readme)).toEqual([
      { number: 31, path: "GOH 31 - Adaptive Telemetry with Sean Porter.md", name: "GOH 31 - Adaptive Telemetry with Sean Porter", topic: "Adaptive Telemetry", guests: ["Sean Porter"], source: readme },
    ]);
  });

  it("takes the show's pattern, folders, aliases and headings aside; code in any case", () => {
    const found = plannedEpisodes(["projects/GOH/goh 40 - Faro, with Ann and Bo#Notes", "GOH 41 - Tempo|the Tempo one"], goh, readme);
    expect(found.map((p) => [p.number, p.topic, p.guests])).toEqual([
      [40, "Faro", ["Ann", "Bo"]],
      [41, "Tempo", []],
    ]);
  });

  it("leaves out web addresses, other shows' codes, names without a number, and a number given twice", () => {
    const found = plannedEpisodes(["https://youtube.com/watch?v=GOH 50", "A&A 12 - Tacos", "GOH - Loki Adaptive Logs", "GOH 31 - A", "GOH 31 - B"], goh, readme);
    expect(found.map((p) => p.name)).toEqual(["GOH 31 - A"]);
  });

  it("a show without a code takes names without one; a coded name is another show's", () => {
    expect(plannedEpisodes(["04 - Observability for GenAI Apps.md", "GOH 05 - Not ours"], otel, readme).map((p) => p.number)).toEqual([4]);
  });

  it("a show named by date plans no numbers", () => {
    expect(plannedEpisodes(["2025-12-30-adaptive-logs-finally"], { ...otel, fileNamePattern: "{{date}}-{{topic:slug}}" }, readme)).toEqual([]);
  });

  it("a Spanish show's names split at “con”", () => {
    const ccg = { ...goh, code: "CCG", language: "es", fileNamePattern: "{{code}} {{number}} - {{topic}}" };
    expect(plannedEpisodes(["CCG 014 - Loki a fondo con Ana y Bruno"], ccg, readme).map((p) => [p.number, p.topic, p.guests])).toEqual([[14, "Loki a fondo", ["Ana", "Bruno"]]]);
  });

  it("any planned number is taken: the proposal goes past it, and the number typed is named (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (highest, planned) => {
        const existing = [{ number: highest, date: null, path: `GOH/GOH ${highest} - X.md` }];
        const links = plannedEpisodes([`GOH ${planned} - Planned one`], goh, readme);
        const draft = suggestDraft(goh, existing, new Date("2030-01-01T00:00:00Z"), links);
        expect(draft.number).toBe(Math.max(highest, planned) + 1);
        expect(plannedFor({ number: planned }, links)?.name).toBe(`GOH ${planned} - Planned one`);
      }),
    );
  });
});
