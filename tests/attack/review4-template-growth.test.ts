// review4: a known defect, left to the owner of src/core/new-episode (not this branch's to
// edit). plain-value.ts (this stop's template YAML quoting) reads a frontmatter line's value
// with an unclosed tag opener repeated ("summary: a {{{{{{…", "<%<%<%…") in quadratic time:
// withoutTags() searches the rest of the value for the closer again at every opener it
// cannot close. Measured here: 17x from 10,000 to 40,000 characters of "{{", 16x for "<%"
// (40,000 characters of "<%" took about a second); linear code reads about 4x. The fix: once
// a closer is not found after a position, none is found after any later one (remember it,
// as guest-phrase.ts's nextIndex does).
import { describe, expect, it } from "vitest";
import { plainValueLine } from "../../src/core/new-episode/template/plain-value";
import { bestGrowth, whole } from "../support/growth";

describe("known defect: template value with unclosed tag openers", () => {
  it.fails("plainValueLine reads a value of repeated unclosed '{{' in linear time (quadratic now: withoutTags)", () => {
    expect(bestGrowth((line: string) => plainValueLine(line), whole((n) => `summary: a ${"{{".repeat(n)}`), 5_000, 8)).toBeLessThan(8);
  });
});
