// Headings inside a quote or callout (`> [!note] Misc` then `> ## Prep`): Obsidian's
// metadata cache lists no heading there (its outline shows none, the Tasks plugin groups such
// items under the heading above the callout), so they name no phase. A callout's title is no
// heading either, but since reader6 one that is only a phase's heading (`> [!todo] Pre-show`)
// names the phase of the items inside that callout (mends5's rule): a host who writes each
// checklist as a titled callout means the title as a heading. So an item's phase comes from
// the innermost such callout holding it, else from the nearest heading outside quotes. The
// stand-in host's cache (tests/host, following obsidian.d.ts) is the oracle for the headings,
// markdown-it's blockquotes for where each callout starts and ends.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { readNote } from "../../support/notes";
import { computeCache } from "../../host/markdown-parse";
import { phaseMatcher } from "../../../src/core/note/phases";

const phasesOf = (text: string) => {
  const e = readNote("n.md", text);
  return e.tasks.map((t) => [t.text, e.sections[t.section]?.phase]);
};

describe("headings in callouts", () => {
  it("take their phase from the heading above the callout, not their own words", () => {
    const text = "## After the show\n\n> [!note] Before the show\n> ## Prep\n> - [ ] Book the studio\n> ## Just before the show\n> - [ ] Check the mic\n";
    expect(phasesOf(text)).toEqual([
      ["Book the studio", "after"],
      ["Check the mic", "after"],
    ]);
  });

  // Before reader6 "Book" was "other": the callout's title named nothing. A host who titles
  // the callout "Pre-show" means its items are the pre-show list; "## Prep" inside still names nothing.
  it("name no phase with no heading above; a callout title that is a phase's heading does", () => {
    expect(phasesOf("> [!todo] Pre-show\n> ## After the show\n> - [ ] Book\n")).toEqual([["Book", "prep"]]);
    expect(phasesOf("> [!note] Misc\n> ## Prep\n> - [ ] Book\n")).toEqual([["Book", "other"]]);
  });

  // Before reader6 "Nested" was prep: the heading above. It sits inside a callout titled
  // "After the show" (a tip, but the type is only its colour and icon), a list going forward
  // from the pre-show one, so after the show; the callout ends with its quote.
  it("end nothing: an item after the callout is still under the heading above", () => {
    const text = "## Pre-show checklist\n> [!tip] After the show\n> > ## Just before the show\n> > - [ ] Nested\n\n- [ ] Outside\n";
    expect(phasesOf(text)).toEqual([
      ["Nested", "after"],
      ["Outside", "prep"],
    ]);
  });

  it("still hold a Timestamps section the live log finds (as before)", () => {
    const e = readNote("n.md", "Guest:: Eve\n\n> [!info] Show notes\n> ## Timestamps\n> 00:00 Intro\n");
    expect(e.timestampsLine).toBe(3);
  });
});

const LINES = [
  "",
  "## Pre-show checklist",
  "## After the show",
  "> [!note] Just before the show",
  "> [!todo]- After the show",
  "> [!note] Misc",
  "> > [!todo] Pre-show",
  "> ## Prep",
  "> > ## After the show",
  "> - [ ] quoted",
  "> > - [ ] nested",
  "- [ ] item",
  "Text",
];

const md = new MarkdownIt();
const STAGE: Record<string, number> = { prep: 0, before: 1, after: 2 };

/** Each callout by markdown-it: a blockquote whose first paragraph starts `[!type]`; its lines and title. */
function calloutsOf(text: string): { from: number; to: number; title: string }[] {
  const tokens = md.parse(text, {});
  const out: { from: number; to: number; title: string }[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "blockquote_open" || !token.map || tokens[i + 1]?.type !== "paragraph_open") return;
    const first = /^\[![^\]]+\][+-]?(.*)$/u.exec((tokens[i + 2]?.content ?? "").split("\n")[0] ?? "");
    if (first) out.push({ from: token.map[0], to: token.map[1] - 1, title: (first[1] ?? "").trim() });
  });
  return out;
}

describe("every item's phase", () => {
  it("is the innermost phase-titled callout's, else the nearest heading's Obsidian's cache lists above it", () => {
    const matcher = phaseMatcher();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), (lines) => {
        const text = `${lines.join("\n")}\n`;
        const headings = computeCache(text).headings ?? [];
        const callouts = calloutsOf(text).filter((c) => matcher.onlyPhase(c.title));
        const e = readNote("n.md", text);
        const expected = e.tasks.map((t) => {
          const above = headings.filter((h) => h.position.start.line < t.line).pop();
          // A list never runs back: each callout around the item, outermost first, keeps the stage reached.
          let phase = above ? (matcher.match(above.heading) ?? "other") : "other";
          for (const c of callouts.filter((c) => c.from < t.line && t.line <= c.to)) {
            const named = matcher.match(c.title) ?? phase;
            phase = (STAGE[named] ?? 9) < (STAGE[phase] ?? -1) ? phase : named;
          }
          return phase;
        });
        expect(e.tasks.map((t) => e.sections[t.section]?.phase)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
