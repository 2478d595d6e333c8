// Attacks on the offsets a template gives its items, as a new episode is made from it:
// -0d, out-of-range and unsigned offsets, hours across midnight and daylight saving, an
// offset on a done item, a line with both an offset and a date, offsets in code.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { addDays } from "../../src/core/time/calendar-date";

const NOW = new Date("2024-01-10T09:00:00Z");

function show(time = "16:00"): ShowSettings {
  const s = defaultShow("Europe/Madrid", "Cafe con Grafana");
  s.code = "CCG";
  s.folder = "CCG";
  s.fileNamePattern = "{{code}} {{number}} - {{topic}}";
  s.schedule = { weekday: 4, time, timeZone: "Europe/Madrid", durationMinutes: 60 };
  return s;
}

function made(template: string, date: string, time = "16:00"): { lines: string[]; problems: string[] } {
  const plan = planEpisode({ topic: "X", guests: [], date, time, number: 1 }, show(time), template, NOW);
  return { lines: plan.content.split("\n"), problems: plan.deadlineProblems };
}

const TEMPLATE = "---\ndate:\n---\n## Checklist\n";

describe("offsets in a new note", () => {
  it("-0d and 0d are the show's day; +2d, -3w count calendar days", () => {
    const { lines, problems } = made(`${TEMPLATE}- [ ] A 📅 -0d\n- [ ] B 📅 0d\n- [ ] C (due:: +2d)\n- [ ] D [due:: -3w]\n`, "2024-02-15");
    expect(lines.slice(4, 8)).toEqual(["- [ ] A 📅 2024-02-15", "- [ ] B 📅 2024-02-15", "- [ ] C 📅 2024-02-17", "- [ ] D 📅 2024-01-25"]);
    expect(problems).toEqual([]);
  });

  it("+400d, +53w and an unsigned 3w are left as written and each named", () => {
    const { lines, problems } = made(`${TEMPLATE}- [ ] A 📅 +400d\n- [ ] B 📅 +53w\n- [ ] C 📅 3w\n`, "2024-02-15");
    expect(lines.slice(4, 7)).toEqual(["- [ ] A 📅 +400d", "- [ ] B 📅 +53w", "- [ ] C 📅 3w"]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Line 5: .*\+400d/);
    expect(problems[2]).toMatch(/^Line 7: .*needs a sign/);
  });

  it("hours cross midnight from the show's start: -8h of a 07:00 show is the day before", () => {
    const { lines } = made(`${TEMPLATE}- [ ] A 📅 -8h\n- [ ] B 📅 +17h\n- [ ] C 📅 +16h\n`, "2024-02-15", "07:00");
    expect(lines.slice(4, 7)).toEqual(["- [ ] A 📅 2024-02-14", "- [ ] B 📅 2024-02-16", "- [ ] C 📅 2024-02-15"]);
  });

  it("hours are real hours across a daylight-saving change, days are calendar days", () => {
    // Spain springs forward on 31 March 2024 at 02:00: 10:00 CEST is 08:00 UTC, and ten
    // hours earlier is 23:00 CET on the 30th (a wall-clock count would say 00:00 on the 31st).
    expect(made(`${TEMPLATE}- [ ] A 📅 -10h\n- [ ] B 📅 -1d\n`, "2024-03-31", "10:00").lines.slice(4, 6)).toEqual(["- [ ] A 📅 2024-03-30", "- [ ] B 📅 2024-03-30"]);
    // And falls back on 27 October at 03:00: 10:00 CET is 09:00 UTC, and eleven hours earlier
    // is 00:00 CEST on the 27th (a wall-clock count would say 23:00 on the 26th).
    expect(made(`${TEMPLATE}- [ ] A 📅 -11h\n- [ ] B 📅 -1d\n`, "2024-10-27", "10:00").lines.slice(4, 6)).toEqual(["- [ ] A 📅 2024-10-27", "- [ ] B 📅 2024-10-26"]);
  });

  it("a done item's offset becomes a date too; a cancelled one keeps its offset", () => {
    const { lines } = made(`${TEMPLATE}- [x] A 📅 -7d\n- [-] B 📅 -7d\n`, "2024-02-15");
    expect(lines.slice(4, 6)).toEqual(["- [x] A 📅 2024-02-08", "- [-] B 📅 -7d"]);
  });

  it("a line with both an offset and a date keeps the date, stays as written and is named", () => {
    const { lines, problems } = made(`${TEMPLATE}- [ ] A 📅 -7d 📅 2024-02-01\n`, "2024-02-15");
    expect(lines[4]).toBe("- [ ] A 📅 -7d 📅 2024-02-01");
    expect(problems).toEqual(["Line 5: It has both a date (2024-02-01) and an offset; the date is used."]);
  });

  it("offsets in code blocks, in the frontmatter and on lines that are not items stay as written", () => {
    const template = "---\ndate:\nnote: 📅 -7d\n---\n```\n- [ ] A 📅 -7d\n```\nPlain 📅 -7d\n- B 📅 -7d\n";
    const { lines } = made(template, "2024-02-15");
    expect(lines.slice(2, 10)).toEqual(["note: 📅 -7d", "---", "```", "- [ ] A 📅 -7d", "```", "Plain 📅 -7d", "- B 📅 -7d", ""]);
  });

  it("any offset in days lands that many calendar days from the show (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -366, max: 366 }), fc.constantFrom("d", "day", "days"), fc.date({ min: new Date("2001-01-01"), max: new Date("2089-12-31"), noInvalidDate: true }), (n, unit, when) => {
        const date = when.toISOString().slice(0, 10);
        const written = `${n > 0 ? "+" : n < 0 ? "-" : ""}${Math.abs(n)}${unit}`;
        const { lines } = made(`${TEMPLATE}- [ ] A (due:: ${written})\n`, date);
        expect(lines[4]).toBe(`- [ ] A 📅 ${addDays(date, n) ?? ""}`);
      }),
      { numRuns: 150 },
    );
  });
});
