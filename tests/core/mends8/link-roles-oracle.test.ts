// mends8: the linear link-role scan (src/core/text/link-placeholders.ts with
// link-destination.ts) gives the roles the old scan gave (link-roles-oracle.ts, kept as it
// was), on random soup of the characters the scan cares about.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeholderLinkRoles } from "../../../src/core/text/link-placeholders";
import { nextIndex } from "../../../src/core/text/link-destination";
import { oldScanRoles } from "./link-roles-oracle";

const PIECES = ["[", "]", "(", ")", "<", ">", "{{a}}", "{{", "}}", "[[", "]]", "\\", " ", "\n", "\n\n", "x", '"t"', "](", "](<"];
// Mostly links' own pieces too: a destination left open with links inside it, which is
// where the remembered walk answers for the later ones.
const LINKISH = ["[", "](", "(", ")", "{{a}}", "x"];
const soup = fc
  .oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.constantFrom(...LINKISH), { maxLength: 40 }))
  .map((parts) => parts.join(""));

describe("the linear link-role scan agrees with the old one", () => {
  it("on random bracket soup", () => {
    // Unique texts: the roles are cached per text.
    let salt = 0;
    fc.assert(
      fc.property(soup, (text) => {
        const t = `${text}${"~".repeat(salt++ % 3)}`;
        expect([...placeholderLinkRoles(t)].sort()).toEqual([...oldScanRoles(t)].sort());
      }),
      { numRuns: 20_000 },
    );
  });

  it("on links people write", () => {
    for (const t of ["[Watch {{topic}}]({{url}})", "[a](<{{url}} x>)", '[a]({{url}} "t")', "[[{{title}}]] [x]({{u}})", "[a [b]({{u}})]({{v}})", "[a](b(c){{u}})", "[{{a}}](b[c]({{a}})", "[x](((]({{a}}))"]) {
      expect([...placeholderLinkRoles(t)].sort(), t).toEqual([...oldScanRoles(t)].sort());
    }
  });

  it("nextIndex answers like indexOf from any position, in any order", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab)]{0,30}$/), fc.array(fc.nat(32), { maxLength: 20 }), (text, froms) => {
        const next = nextIndex(text, ")");
        for (const from of froms) expect(next(from)).toBe(text.indexOf(")", from));
      }),
    );
  });
});
