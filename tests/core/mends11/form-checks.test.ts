// mends11 (probe10): a topic a file name cannot keep is refused, and the number the form
// proposes is one its own check accepts (six digits; four after a season).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextInSeason, planEpisode, suggestDraft, validateDraft, type ShowEpisodeFacts } from "../../../src/core/new-episode/new-episode";
import { numberForSeason } from "../../../src/core/new-episode/season-number";
import { TOPIC_LOST } from "../../../src/core/new-episode/topic-in-name";
import { defaultShow } from "../../../src/core/settings/settings";

const PATTERN = "{{code}} {{number}} - {{topic}}, with {{guests}}";
const SHOW = { ...defaultShow("UTC", "Office Hours"), code: "OH", folder: "OH", fileNamePattern: PATTERN };
const NOW = new Date("2025-03-03T09:00:00Z");
const draft = (topic: string, number: number | null = 3) => ({ topic, guests: ["Ann"], date: "2025-03-07", time: "13:00", number });

describe("a topic made only of characters file names leave out", () => {
  it.each(["???", "*", ' "<>" ', "#^[]", "///", "...", ":"])("%j is refused with a reason", (topic) => {
    expect(validateDraft(draft(topic), [], PATTERN).topic).toBe(TOPIC_LOST);
  });

  it.each(["Why?", "C#", "!!!", "🎉", "a/b", "日本語", "?1"])("%j is a topic the name keeps", (topic) => {
    expect(validateDraft(draft(topic), [], PATTERN).topic).toBeUndefined();
    expect(planEpisode(draft(topic), SHOW, null, NOW).basename).not.toMatch(/^OH 03 -,/);
  });

  it("a show whose names do not hold the topic takes it as text", () => {
    expect(validateDraft(draft("???"), [], "{{date}} {{code}} {{number}}").topic).toBeUndefined();
  });

  it("every accepted topic leaves something of its own in the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("?", "*", ":", "/", '"', " ", ".", "-", "a", "#", "é", "|") }), (topic) => {
        if (validateDraft(draft(topic), [], "{{topic}}").topic !== undefined) return;
        expect(planEpisode(draft(topic), { ...SHOW, fileNamePattern: "{{topic}}" }, null, NOW).basename).toMatch(/[^\s\-'.]/u);
      }),
    );
  });
});

describe("the proposed number is one the check accepts", () => {
  const at = (number: number, season: number | null = null): ShowEpisodeFacts => ({ number, season, date: null, path: `OH/OH ${number}.md` });

  it("after 1–30 and a stray 999999, 31; after 999998, 999999", () => {
    const stray = [...Array.from({ length: 30 }, (_, i) => at(i + 1)), at(999_999)];
    expect(suggestDraft(SHOW, stray, NOW).number).toBe(31);
    expect(suggestDraft(SHOW, [at(999_998)], NOW).number).toBe(999_999);
    expect(validateDraft(draft("Topic", 999_999), [at(999_998)], PATTERN)).toEqual({});
  });

  it("the next free one when every number up to the limit after the highest is taken", () => {
    expect(nextInSeason(null, [at(999_999), at(999_998)], [], 999_999)).toBe(0);
    expect(nextInSeason(null, [at(0), at(999_999)], [], 999_999)).toBe(1);
  });

  it("a season show's episode stops at 9999, as S01E9999 is the longest name read", () => {
    const show = { ...SHOW, fileNamePattern: "S{{season}}E{{number}} - {{topic}}" };
    const eps = [at(5, 1), at(9_999, 1)];
    const proposed = suggestDraft(show, eps, NOW).number;
    expect(proposed).toBe(6);
    expect(validateDraft({ ...draft("Topic", 10_000), season: 1 }, eps, show.fileNamePattern).number).toBe("Use a whole number from 0 to 9999.");
    expect(numberForSeason({ number: null, proposed: null }, 1, eps).number).toBe(6);
  });

  it("for any numbers taken, the proposal passes the form's own check", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(40), fc.integer({ min: 999_990, max: 999_999 })), { maxLength: 12 }), (numbers) => {
        const eps = numbers.map((n) => at(n));
        const number = suggestDraft(SHOW, eps, NOW).number;
        expect(validateDraft(draft("Topic", number), eps, PATTERN).number).toBeUndefined();
      }),
    );
  });
});
