// probe9: "Values of any length cost time in proportion to their length" and the project's
// rule that every scan over a line stays linear. Filling a snippet note (and a template,
// which shares the scan) first finds which placeholders sit inside a Markdown link
// (placeholderLinkRoles in src/core/text/link-placeholders.ts, not probe9's file). That
// scan searches the rest of the text again at every bracket it cannot close: a "[["
// with no "]]", and above all a "](" whose destination never closes (destination()
// walks to the text's end each time). Measured with fillSnippet, n against 4n (linear
// reads about 4): "[[" repeated 16x, "[](" 16.9x (7.3 s for one fill of 240 KB), "[x](" 16.6x,
// "[a](<" 13.4x, "[a](b " 12.4x. The picker fills every snippet for its previews, so one
// such snippet note freezes it. Fixed in mends8: every search for a closer is remembered
// (link-destination.ts), and a destination walk that failed answers for every `](` it passed.
import { describe, expect, it } from "vitest";
import { fillSnippet } from "../../src/core/snippets/fill";
import { bestGrowth, whole } from "../support/growth";

const VALUES = { fields: { guest: "Ann", url: "https://example.com/a" }, start: null, timeZone: "UTC", locale: "en" };
// A different text each run: the roles are cached per text, and a cached one would time nothing.
let salt = 0;
const fill = (text: string) => fillSnippet(`${text}${salt++}`, VALUES);

describe("filling a snippet with unclosed link brackets stays linear", () => {
  it("'[](' repeated, a destination never closed (was quadratic: destination() in src/core/text/link-placeholders.ts)", () => {
    expect(bestGrowth(fill, whole((n) => `${"[](".repeat(n)}{{guest}}`), 2_000, 8, 8)).toBeLessThan(8);
  });

  it.each(["[x](", "[a](<", "[a](b ", "[a](<x>", "[a]({{guest}}"])("'%s' repeated stays linear", (unit) => {
    expect(bestGrowth(fill, whole((n) => `${unit.repeat(n)}{{guest}}`), 2_000, 8, 8)).toBeLessThan(8);
  });

  it("'[[' and a line break repeated, with a ']]' far off at the end, stays linear", () => {
    expect(bestGrowth(fill, whole((n) => `${"[[\n".repeat(n)}]]{{guest}}`), 2_000, 8, 8)).toBeLessThan(8);
  });

  it("'[a](' repeated with a ')' far off at the end stays linear", () => {
    expect(bestGrowth(fill, whole((n) => `${"[a](".repeat(n)})`), 2_000, 8, 8)).toBeLessThan(8);
  });

  it("'[[' repeated, a wiki link never closed (was quadratic: scanRoles in src/core/text/link-placeholders.ts)", () => {
    expect(bestGrowth(fill, whole((n) => `${"[[".repeat(n)}{{guest}}`), 2_000, 8, 8)).toBeLessThan(8);
  });

  it("a text of many placeholders inside brackets is linear (the fill's own loop)", () => {
    expect(bestGrowth(fill, whole((n) => "[{{guest}}".repeat(n)), 2_000, 8, 8)).toBeLessThan(8);
  });
});
