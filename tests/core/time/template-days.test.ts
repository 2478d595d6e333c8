// Templater's tp.date.now offset counts calendar days in the show's zone. On the days
// clocks change the answer must not depend on the device's zone (the matrix runs this
// file in four): date-fns's addDays on a TZDate would take the second 02:30 on the
// fall-back Sunday in some of them (date-fns/tz#40), so the day goes through
// zonedToInstant's rule, which takes the first.
import { describe, expect, it } from "vitest";
import { renderText, type TemplateValues } from "../../../src/core/new-episode/template/render";

function nowIn(now: string, timeZone: string): TemplateValues {
  return { fields: {}, start: null, now: new Date(now), timeZone, locale: "en" };
}

const render = (template: string, values: TemplateValues): string => renderText(template, values).text;

describe("tp.date.now with a day offset, on the days clocks change", () => {
  it.each([
    // 02:30 CEST on Saturday 26 October 2024; a day later 02:30 happens twice: the first is CEST.
    ["2024-10-26T00:30:00Z", "Europe/Berlin", 1, "2024-10-27 02:30 CEST"],
    // 01:30 PDT on Saturday 2 November 2024; a day later 01:30 happens twice.
    ["2024-11-02T08:30:00Z", "America/Los_Angeles", 1, "2024-11-03 01:30 PDT"],
    // 02:30 AEDT on Saturday 6 April 2024 in Sydney, where 7 April repeats 02:00–03:00.
    ["2024-04-05T15:30:00Z", "Australia/Sydney", 1, "2024-04-07 02:30 AEDT"],
    // 02:30 CET on Saturday 30 March 2024; a day later 02:30 never happens: 03:30 CEST.
    ["2024-03-30T01:30:00Z", "Europe/Berlin", 1, "2024-03-31 03:30 CEST"],
    // Backwards into the repeated hour.
    ["2024-10-28T01:30:00Z", "Europe/Berlin", -1, "2024-10-27 02:30 CEST"],
  ])("%s in %s, %i days on, is %s", (now, zone, days, expected) => {
    expect(render(`<% tp.date.now("YYYY-MM-DD HH:mm z", ${days}) %>`, nowIn(now, zone))).toBe(expected);
  });

  it("keeps the seconds of now", () => {
    expect(render('<% tp.date.now("YYYY-MM-DD HH:mm:ss", 7) %>', nowIn("2024-01-02T09:30:42.500Z", "Asia/Kolkata"))).toBe("2024-01-09 15:00:42");
  });
});
