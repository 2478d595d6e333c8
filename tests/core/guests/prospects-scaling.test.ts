// Reading a prospects note grows with its lines, not with the square of a run of spaces
// inside one (tests/support/growth.ts): the end of each line was trimmed with
// replace(/\s+$/), which retries at every space of the run.
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../../support/growth";
import { parseProspects } from "../../../src/core/guests/prospects";

const LIMIT = 8;

describe("parseProspects scaling", () => {
  it("a list line with a long run of spaces inside", () => {
    const make = whole((n) => `## Guest ideas\n\n- Ann${" ".repeat(n)}Lee from Loki\n`);
    expect(bestGrowth(parseProspects, make, 20_000, LIMIT)).toBeLessThan(LIMIT);
  });
});
