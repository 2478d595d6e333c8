// A chapter's title for the video description (src/core/live/chapter-title.ts): as the
// reading view shows it, whatever surrounds what it hides.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chapterTitleText } from "../../../src/core/live/chapter-title";
import { bestGrowth, whole } from "../../support/growth";

describe("what the reading view hides is not copied", () => {
  it.each([
    ["Tracing 101 %%cut this part, NDA%%", "Tracing 101"],
    ["Tracing %%aside%% 101", "Tracing 101"],
    ["Roadmap <!-- not public until GA -->", "Roadmap"],
    ["Roadmap %%never closed, hides the rest", "Roadmap"],
    ["Demo ^demo", "Demo"],
    ["Demo ^demo-2 ", "Demo"],
    ["2^10 bytes", "2^10 bytes"],
    ["x ^not an id", "x ^not an id"],
    ["5 \\*stars\\*", "5 *stars*"],
    ["\\[[not a link]]", "[[not a link]]"],
    ["**Tracing** [[People/Ann|Ann]] \\_ok\\_", "Tracing Ann _ok_"],
    ["C:\\Users\\ann", "C:\\Users\\ann"],
  ])("%s → %s", (title, shown) => {
    expect(chapterTitleText(title)).toBe(shown);
  });

  it("never lets a %% comment's words through, whatever text is around it (property)", () => {
    const plain = fc.stringMatching(/^[a-z ]{0,12}$/);
    fc.assert(
      fc.property(plain, plain, (before, after) => {
        expect(chapterTitleText(`${before}%%SECRET%%${after}`)).not.toContain("SECRET");
        expect(chapterTitleText(`${before}<!--SECRET-->${after}`)).not.toContain("SECRET");
      }),
    );
  });
});

describe("a huge title of one repeated trigger (held: linear)", () => {
  let k = 0;
  const run = (title: string) => chapterTitleText(`${title}${k++}`);
  for (const trigger of ["%%", "%%a", "<!--", " ^a", "\\*", "\\", "<!-- %%"]) {
    it(`“${trigger}” × n`, () => {
      expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 20_000, 8)).toBeLessThan(8);
    });
  }
});
