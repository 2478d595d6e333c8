// Checklist text as the sidebar shows it: links read as their text, emphasis markers gone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/core/text/plain";

describe("plainText", () => {
  it.each([
    ["Create an event and announce it [on the Grafana Meetup page](https://www.meetup.com/x/).", "Create an event and announce it on the Grafana Meetup page."],
    ["Ask [[People/Ann Lee|Ann]] and [[People/Bo Chen]]", "Ask Ann and Bo Chen"],
    ["[Wiki](https://en.wikipedia.org/wiki/Ann_Lee_(singer)) link", "Wiki link"],
    ["**bold** *italic* ==highlight== `code`", "bold italic highlight code"],
    // Both underscores of __bold__ go (one was left: "_bold").
    ["__bold__ and _italic_", "bold and italic"],
    ["Say __this__.", "Say this."],
    ["snake_case_name and a__b stay readable", "snake_case_name and ab stay readable"],
    ["Schedule a Slack message (in `#community`)", "Schedule a Slack message (in #community)"],
    ["  spaces\tand\n\nlines  ", "spaces and lines"],
    ["", ""],
  ])("%j → %j", (markdown, plain) => {
    expect(plainText(markdown)).toBe(plain);
  });

  it("answers the same from its cache, also after the cache was cleared", () => {
    const inputs = Array.from({ length: 2500 }, (_, i) => `**Item ${i}** [x](y)`);
    const first = inputs.map(plainText);
    expect(first[2499]).toBe("Item 2499 x");
    expect(inputs.map(plainText)).toEqual(first);
  });

  it("never leaves white space at the ends or in runs", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\t", "\n", "*", "_", "=", "`", "[", "]", "(", ")", "|") }), (text) => {
        const plain = plainText(text);
        expect(plain).toBe(plain.trim());
        expect(plain).not.toMatch(/\s\s|[\t\n]/);
      }),
      { numRuns: 300 },
    );
  });
});
