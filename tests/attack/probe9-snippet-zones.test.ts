// probe9: "An unknown placeholder stays as written and a notice lists it" (README, Snippets).
// `{{time:Europe/Berlin}}` is the start in that zone; `{{time:HH:mm}}` a format, as in
// Obsidian's templates. A zone misspelled or unknown to the device (`Europe/Belrin`) fell
// through to the format reading and its letters became date tokens: "Europe/Belrin" wrote
// "Europe/Belrin"'s E as "Sun", a as "AM", and so on, into an invite to a guest, with no
// notice. Rule now: an argument shaped like a zone name (an IANA area, then "/") is a zone
// or nothing: unknown when this device has no such zone, whether or not the date is known.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillSnippet } from "../../src/core/snippets/fill";
import { isValidTimeZone } from "../../src/core/time/zone-clock";
import { renderText } from "../../src/core/new-episode/template/render";

const AT = new Date("2025-10-26T12:30:00Z");
const values = (start: Date | null = AT) => ({ fields: { guest: "Ann" }, start, timeZone: "Europe/Berlin", locale: "en" });

describe("a zone name the device does not know is an unknown placeholder, not a date format", () => {
  it("stays as written and is listed", () => {
    expect(fillSnippet("Live at {{time:Europe/Belrin}} for you", values())).toEqual({
      text: "Live at {{time:Europe/Belrin}} for you",
      missing: [],
      unknown: ["{{time:Europe/Belrin}}"],
      refused: [],
    });
  });

  it("also before the date is known: nothing is asked for it", () => {
    expect(fillSnippet("{{time:America/Buenos_Aries}}", values(null))).toMatchObject({ missing: [], unknown: ["{{time:America/Buenos_Aries}}"] });
  });

  it("known zones and formats still fill, a format with slashes among them", () => {
    expect(fillSnippet("{{time:Europe/Berlin}} | {{time:us/pacific}} | {{time:HH:mm}} | {{time:DD/MM}} | {{time:Europe/Belrin}}", values()).text).toBe(
      "13:30 CET | 05:30 PDT | 13:30 | 26/10 | {{time:Europe/Belrin}}",
    );
  });

  it("for any area and any name after it that is no zone, the placeholder is kept whole", () => {
    const areas = ["Africa", "America", "Asia", "Europe", "Pacific", "Etc", "US", "australia"];
    fc.assert(
      fc.property(fc.constantFrom(...areas), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("}")), (area, rest) => {
        const arg = `${area}/${rest}`.trim();
        fc.pre(!isValidTimeZone(arg));
        const tag = `{{time:${arg}}}`;
        const filled = fillSnippet(`a ${tag} b`, values());
        expect(filled.text).toBe(`a ${tag} b`);
        expect(filled.unknown).toEqual([tag]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the same in a template (src/core/new-episode/template/render.ts, not probe9's file)", () => {
  it("{{time:Europe/Belrin}} in a template is kept as written, as an unknown placeholder, not written as date tokens", () => {
    const rendered = renderText("Live at {{time:Europe/Belrin}}", { fields: {}, start: AT, now: AT, timeZone: "Europe/Berlin", locale: "en" });
    expect(rendered.text).toBe("Live at {{time:Europe/Belrin}}");
  });
});
