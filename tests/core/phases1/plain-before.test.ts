// phases1: a plain "before the show" list is the prep when a closer "before" list comes after
// it, or when it is the first list of an audio podcast's production note
// (src/core/note/phase-place.ts); anywhere else it keeps the minutes before the show.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { phaseMatcher } from "../../../src/core/note/phases";
import { BUILTIN_TEMPLATE } from "../../../src/core/new-episode/template/builtin";
import { BUILTIN_PODCAST_TEMPLATE } from "../../../src/core/new-episode/template/podcast";
import type { Episode } from "../../../src/core/types";
import { readNote } from "../../support/notes";

/** Each heading with items, and its phase. */
function phases(e: Episode): [string, string][] {
  return e.sections.filter((s) => s.heading !== null && s.total > 0).map((s) => [s.heading ?? "", s.phase]);
}

function note(...headings: string[]): string {
  return `---\ndate: 2026-03-05\n---\n${headings.map((h, i) => `${h}\n- [ ] Item ${i}\n`).join("\n")}`;
}

const read = (text: string, options = {}) => phases(readNote("Show/Ep 1 - Topic.md", text, options));

describe("a plain 'before' list followed by a closer one is the prep, in every language the defaults know", () => {
  it.each([
    ["Before the show", "Just before the show"],
    ["🎬 Before the show", "⏰ Just before the show"],
    ["Before the stream", "Right before the stream"],
    ["Before the show", "Day of the show"],
    ["Before the show", "15 minutes before"],
    ["Before we go live", "Final checks before we go live"],
    ["Vor der Sendung", "Kurz vor der Sendung"],
    ["Vor dem Stream", "Direkt vor dem Stream"],
    ["Antes del show", "Justo antes"],
    ["Antes de la transmisión", "15 minutos antes"],
    ["Avant l'émission", "Juste avant l'émission"],
    ["Avant le live", "Juste avant le live"],
    ["Prima della diretta", "Poco prima della diretta"],
    ["Antes da transmissão", "Logo antes da transmissão"],
    ["Voor de uitzending", "Vlak voor de uitzending"],
    ["Before recording", "Recording day"],
  ])("%s, then %s", (plain, closer) => {
    expect(read(note(`## ${plain}`, `## ${closer}`, "## After the show"))).toEqual([
      [plain, "prep"],
      [closer, "before"],
      ["After the show", "after"],
    ]);
  });

  it("also when a prep list comes first: the three lists are prep, prep and the minutes before", () => {
    expect(read(note("## Checklist", "## Before the show", "## Just before the show"))).toEqual([
      ["Checklist", "prep"],
      ["Before the show", "prep"],
      ["Just before the show", "before"],
    ]);
  });

  // A callout titled "Kurz vor der Sendung" is only a phase's heading (phase-only.ts takes the
  // closeness words as it takes joining words), so it is a list of its own.
  it("the closer list may be a sub-heading or a callout", () => {
    const text = "---\ndate: 2026-03-05\n---\n## Before the show\n- [ ] Book\n\n## Talking points\n- Intro\n\n### Just before the show\n- [ ] Mic\n";
    expect(read(text)).toEqual([
      ["Before the show", "prep"],
      ["Just before the show", "before"],
    ]);
    const callout = "---\ndate: 2026-03-05\n---\n## Before the show\n- [ ] Book\n\n> [!todo] Kurz vor der Sendung\n> - [ ] Mic\n";
    expect(read(callout)).toEqual([
      ["Before the show", "prep"],
      ["Kurz vor der Sendung", "before"],
    ]);
  });
});

describe("where a plain 'before' list keeps the minutes before the show", () => {
  it("after a prep list with nothing closer after it (the live template's shape)", () => {
    expect(read(note("## Checklist", "## Before the show", "## After the show"))).toEqual([
      ["Checklist", "prep"],
      ["Before the show", "before"],
      ["After the show", "after"],
    ]);
  });

  it("alone in a live stream's note: before, during and after are the show's own moments", () => {
    expect(read(note("## Before the stream", "## After the stream"))).toEqual([
      ["Before the stream", "before"],
      ["After the stream", "after"],
    ]);
  });

  it("when the closer list comes before it, or a segment ('Before the break') is no list of the show", () => {
    expect(read(note("## Just before the show", "## Before the show"))).toEqual([
      ["Just before the show", "before"],
      ["Before the show", "before"],
    ]);
    expect(read(note("## Before the show", "## Talking points", "### Before the break"))).toEqual([
      ["Before the show", "before"],
      ["Talking points", "other"],
      ["Before the break", "other"],
    ]);
  });

  it("a show's own phrase wins as written: 'Vor dem Livestream' in its before list is no plain one", () => {
    const phases = { prep: [], before: ["Vor dem Livestream"], after: ["Nach der Sendung"], other: [] };
    const text = note("## Vor dem Livestream", "## Kurz vor der Sendung", "## Nach der Sendung");
    const own = { phases: phaseMatcher({ ...phases, before: [...phases.before, "Kurz vor der Sendung"] }) };
    expect(read(text, own)[0]).toEqual(["Vor dem Livestream", "before"]);
  });

  it("the built-in templates read as before", () => {
    const live = phases(readNote("T.md", BUILTIN_TEMPLATE));
    expect(live.filter(([, p]) => p !== "other").map(([h, p]) => `${h}: ${p}`)).toEqual(["Checklist: prep", "Just before the show: before", "After the show: after"]);
    const podcast = phases(readNote("T.md", BUILTIN_PODCAST_TEMPLATE));
    expect(podcast.filter(([, p]) => p !== "other").map(([h, p]) => `${h}: ${p}`)).toEqual(["Checklist: prep", "Recording day: before", "Post-production: after"]);
  });
});

describe("a podcast's production note", () => {
  it("reads its first 'before recording' list as the prep, before Editing and Publishing", () => {
    expect(read(note("## Before recording", "## Editing", "## Publishing"))).toEqual([
      ["Before recording", "prep"],
      ["Editing", "after"],
      ["Publishing", "after"],
    ]);
  });

  it("but not alone: with nothing after the recording, 'Before recording' may be the session's own list", () => {
    expect(read(note("## Before recording", "## Questions"))).toEqual([["Before recording", "before"], ["Questions", "other"]]);
  });

  it("nor after its pre-production list", () => {
    expect(read(note("## Pre-production", "## Before recording", "## Editing"))).toEqual([
      ["Pre-production", "prep"],
      ["Before recording", "before"],
      ["Editing", "after"],
    ]);
  });
});

describe("the plain reading of a heading", () => {
  const matcher = phaseMatcher();
  it.each(["Before the show", "Vor der Sendung", "Before we go live", "Before", "Antes da gravação", "Prima della puntata", "A week before the show"])("%s is plain", (heading) => {
    expect(matcher.read(heading)).toMatchObject({ phase: "before", plain: true });
  });
  it.each(["Just before the show", "Kurz vor der Sendung", "15 minutos antes", "30 min before", "Recording day", "Day of the show", "Before Friday", "Last checks before the show", "Justo antes"])(
    "%s is no plain one",
    (heading) => {
      expect(matcher.read(heading)).toMatchObject({ phase: "before", plain: false });
    },
  );
});

// Any plain default phrase X (as the defaults write it) and X with a closeness word in front.
const PLAIN = ["Before the show", "Before the stream", "Before recording", "Vor der Sendung", "Vor dem Stream", "Avant l'émission", "Antes del show", "Prima della diretta", "Antes da transmissão", "Voor de uitzending"];
const CLOSE = ["Just", "Right", "Kurz", "Direkt", "Justo", "Juste", "Poco", "Logo", "Vlak", "Immediately"];
const FILLER = ["Notes", "Links", "Talking points", "Questions", "Ideas", "Themen"];

describe("properties", () => {
  it("any note with 'X' and, after it, 'Just X' reads X as prep and 'Just X' as before, whatever headings stand around them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAIN),
        fc.constantFrom(...CLOSE),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }),
        fc.boolean(),
        (plain, close, around, between, withPrep) => {
          const closer = `${close} ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
          const headings = [...around.map((h) => `## ${h}`), ...(withPrep ? ["## Checklist"] : []), `## ${plain}`, ...between.map((h) => `## ${h}`), `## ${closer}`, "## After the show"];
          const got = new Map(read(note(...headings)));
          expect(got.get(plain)).toBe("prep");
          expect(got.get(closer)).toBe("before");
        },
      ),
    );
  });

  it("a plain list after a prep list, with nothing closer after it, is never prep in a live note", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN), fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }), (plain, between) => {
        const got = new Map(read(note("## Checklist", ...between.map((h) => `## ${h}`), `## ${plain}`, "## After the show")));
        expect(got.get(plain)).toBe("before");
      }),
    );
  });
});
