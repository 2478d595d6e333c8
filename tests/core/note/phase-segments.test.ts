// A bare "before"/"after" names a phase only when placed against the show or a time
// (phase-anchor.ts): "Before the break", "After the demo", "Before Q&A" are moments of the
// show, so they name no phase and a run of show under "## Talking points" stays talking points.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS, normalizeHeading, phaseMatcher } from "../../../src/core/note/phases";
import { talkingPointTree } from "../../../src/core/snippets/talking-points";
import type { Episode } from "../../../src/core/types";
import { readNote } from "../../support/notes";
import { bestGrowth } from "../../support/growth";
import { SHOW_WORDS, TIME_WORDS } from "../../../src/core/note/phase-anchor";

const matcher = phaseMatcher();
const read = (lines: string[]) => readNote("Note.md", lines.join("\n") + "\n");
const itemPhases = (e: Episode) => e.tasks.map((t) => [t.text, e.sections[t.section]?.phase]);

describe("a heading placed against a segment of the show", () => {
  it.each(["Before the break", "After the break", "After the demo", "Before Q&A", "After the sponsor read", "Después del break", "Before the raffle"])(
    "%s names no phase",
    (heading) => {
      expect(matcher.match(heading)).toBeNull();
    },
  );

  it("keeps a run of show under \"## Talking points\" as talking points, and a \"### Just before the show\" there before the show", () => {
    const e = read([
      "## Talking points",
      "### Before the break",
      "- [ ] Mention the meetup",
      "### After the demo",
      "- [ ] Ask about the roadmap",
      "### Just before the show",
      "- [ ] Open the chat",
      "### 15 minutos antes",
      "- [ ] Probar el audio",
      "## After the show",
      "- [ ] Upload",
    ]);
    expect(itemPhases(e)).toEqual([
      ["Mention the meetup", "other"],
      ["Ask about the roadmap", "other"],
      ["Open the chat", "before"],
      ["Probar el audio", "before"],
      ["Upload", "after"],
    ]);
  });

  it("keeps the segments' items in the live show's talking points, up to the phase heading", () => {
    const note = ["## Talking points", "- Intro", "### Before the break", "- Meetup plug", "### After the break", "- Audience questions", "### Just before the show", "- [ ] Open the chat"].join("\n");
    expect(talkingPointTree(note).map((p) => p.text)).toEqual(["Intro", "Meetup plug", "Audience questions"]);
  });

  it("lets a segment heading under a checklist keep that checklist's phase (it names none)", () => {
    const e = read(["## Pre-show checklist", "### Before the break", "- [ ] Queue the ad"]);
    expect(itemPhases(e)).toEqual([["Queue the ad", "prep"]]);
  });

  it("still reads a phrase the show's settings name, \"before the break\" included", () => {
    const own = phaseMatcher({ ...DEFAULT_PHASE_HEADINGS, before: [...DEFAULT_PHASE_HEADINGS.before, "Before the break"] });
    expect(own.match("Before the break")).toBe("before");
  });
});

describe("a heading placed against the show or a time", () => {
  it.each([
    ["Before", "before"],
    ["After", "after"],
    ["15 minutes before", "before"],
    ["The day before", "before"],
    ["⏰ Before we go live", "before"],
    ["Before we start", "before"],
    ["Before the livestream", "before"],
    ["Before the interview", "before"],
    ["Before the guest joins", "before"],
    ["After the guests leave", "after"],
    ["After the stream", "after"],
    ["After the episode", "after"],
    ["After the call", "after"],
    ["Before Friday", "before"],
    ["Before 5pm", "before"],
    ["Después", "after"],
    ["Después del programa", "after"],
  ])("%s names %s", (heading, phase) => {
    expect(matcher.match(heading)).toBe(phase);
  });

  it("weighs \"after the recording\" as a phrase through the show's word, over \"recording\" (just before the show)", () => {
    expect(matcher.match("After the recording")).toBe("after");
    expect(matcher.match("Before the recording")).toBe("before");
  });

  it("weighs a time's \"before\" as the word alone: \"Post-show: before next week\" stays after the show", () => {
    expect(matcher.match("Post-show: before next week")).toBe("after");
  });
});

describe("the rule for every word", () => {
  const phrases = [...Object.values(DEFAULT_PHASE_HEADINGS).flatMap((list) => list.map((p) => ` ${normalizeHeading(p)} `))];
  const inPhrase = (word: string) => phrases.some((p) => p.includes(` ${word} `));

  it("\"Before the X\" and \"After the X\" name what \"the X\" names when X is no word of the show or of time", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom("Before", "After", "Después"), (word, connective) => {
        fc.pre(!inPhrase(word) && !SHOW_WORDS.has(word) && !TIME_WORDS.has(word));
        expect(matcher.match(`${connective} the ${word}`)).toBe(matcher.match(`the ${word}`));
        expect(matcher.match(`${connective} ${word}`)).toBe(matcher.match(word));
      }),
      { numRuns: 500 },
    );
  });

  it("\"Before the <show>\" is before the show and \"After the <show>\" after it, for every word of the show", () => {
    for (const word of SHOW_WORDS) {
      expect([word, matcher.match(`Before the ${word}`)]).toEqual([word, "before"]);
      expect([word, matcher.match(`After the ${word}`)]).toEqual([word, "after"]);
    }
  });

  it("\"Before <time>\" is before the show for every word of time, unless a longer phrase says otherwise", () => {
    for (const word of TIME_WORDS) {
      if (inPhrase(word)) continue;
      expect([word, matcher.match(`Before ${word}`)]).toEqual([word, "before"]);
    }
  });
});

describe("speed", () => {
  it("reads a heading of repeated connectives in linear time", () => {
    const make = (n: number, copies: number) => "before the ".repeat(n * copies) + "break";
    expect(bestGrowth((heading: string) => phaseMatcher().match(heading), make, 5_000, 8)).toBeLessThan(8);
    const words = (n: number, copies: number) => "after the demo ".repeat(n * copies);
    expect(bestGrowth((heading: string) => phaseMatcher().match(heading), words, 5_000, 8)).toBeLessThan(8);
  });
});
