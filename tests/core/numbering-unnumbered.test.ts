// The number the new-episode form proposes: the highest plus one for a numbered show, none
// for a show whose file names carry no number and whose episodes have none (a show named by
// date, like Loki Community Calls), on notes of my own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestDraft, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";

const NOW = new Date("2024-01-15T10:00:00Z");
const byDate: ShowSettings = { ...defaultShow("UTC", "Calls"), code: "", fileNamePattern: "{{date}}-{{topic}}" };
const numbered: ShowSettings = { ...defaultShow("UTC", "Hours"), code: "HR", fileNamePattern: "{{code}} {{number}} - {{topic}}" };
const ep = (number: number | null, i: number): ShowEpisodeFacts => ({ number, date: `2023-0${(i % 9) + 1}-01`, time: null, path: `Calls/${i}.md` });

describe("the proposed number", () => {
  it("is none for a show named by date whose episodes carry no number", () => {
    expect(suggestDraft(byDate, [ep(null, 1), ep(null, 2)], NOW).number).toBeNull();
    expect(suggestDraft(byDate, [], NOW).number).toBeNull();
  });

  it("is the highest plus one once an episode of it has a number, whatever the pattern", () => {
    expect(suggestDraft(byDate, [ep(null, 1), ep(7, 2)], NOW).number).toBe(8);
    expect(suggestDraft(byDate, [ep(null, 1)], NOW, [{ number: 9, path: "Calls/x.md" }]).number).toBe(10);
  });

  it("for a numbered show: 1 for the first episode, the highest plus one after (any numbers)", () => {
    expect(suggestDraft(numbered, [], NOW).number).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(5000), { nil: null }), { maxLength: 20 }), (numbers) => {
        const highest = Math.max(0, ...numbers.filter((n): n is number => n !== null));
        expect(suggestDraft(numbered, numbers.map(ep), NOW).number).toBe(highest + 1);
      }),
    );
  });
});
