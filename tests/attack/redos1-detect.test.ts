// redos1: Detect on hostile notes. n against 4n, CPU time, the best of several runs
// (tests/support/growth.ts).
//
// FIXED (lead, this stop: isDivider reads cell by cell). Was: Defect (src/core/detect/schedule-table.ts, isDivider, reached from detectShows through
// readScheduleTable): /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/ is tried on the
// line after every line holding a "|", at any length. Its `\s*` runs touch (`\s*` `:?`
// `-{2,}` `:?` `\s*` with both `|` optional), so a line of spaces, "--", spaces, ":--" and
// one more character that ends no divider is tried in every way of sharing the spaces
// out: cubic. The regex alone (recheck's attack, 1,200 characters) took 0.74 s and read
// 57 at 4n; `detect` on a vault whose README table has such a line: 250 characters 6 ms,
// 1,000 characters 61 ms; detectShows 500 against 2,000 characters read 48 (the test
// below measures 200 against 800 characters to stay quick).
//
// The fix I would make: read the divider by hand in one pass (split on "|" outside the
// ends, trim each cell, each must match /^:?-{2,}:?$/, which has no overlapping runs), or
// trim the line and drop its edge pipes first so no two optional space runs meet.
//
// Checked and linear, kept as a guard: the guest-key regex (guest-blocks.ts FIELD_KEY, a
// lazy key between emphasis runs: cubic on its own, 15 s for 24,000 characters of "*_",
// but it only ever sees a line's first 100 characters, KEY_REACH).
import { describe, expect, it } from "vitest";
import { bestGrowth, whole } from "../support/growth";
import { noteText } from "../support/notes";
import { detectShows } from "../../src/core/detect/detect";
import { defaultSettings } from "../../src/core/settings/settings";

const LIMIT = 8;
const settings = defaultSettings("UTC");

/** A show of three episode notes and a README, each holding `body`. */
const vault = (body: string) =>
  [1, 2, 3]
    .map((k) => noteText({ path: `GOH/GOH ${k} - Topic ${k}.md`, text: `---\ndate: 2024-01-0${k}\n---\nGuest:: Ann\n## Pre-show\n- [ ] a\n${body}` }))
    .concat([noteText({ path: "GOH/README.md", text: `# GOH\n\n${body}` })]);
const detect = (notes: ReturnType<typeof vault>) => detectShows({ notes, templateFolders: [], settings, timeZone: "UTC" });

describe("Detect on a table whose divider line is spaces around dashes", () => {
  it("spaces, --, spaces, :-- and one more character under a table header (was cubic)", () => {
    const make = whole((n) => `| Date | Title |\n${" ".repeat(n / 2)}--${" ".repeat(n / 2)}:--x\n`);
    expect(bestGrowth((body: string) => detect(vault(body)), make, 200, LIMIT, 1)).toBeLessThan(LIMIT);
  }, 60_000);
  it("a real divider with long runs of spaces still makes a table Detect reads", () => {
    const table = `| Date | Title |\n|${" ".repeat(40)}--${" ".repeat(40)}|${" ".repeat(40)}:--:${" ".repeat(40)}|\n| 2024-01-05 | Intro |\n| 2024-01-12 | Loki |\n`;
    expect(JSON.stringify(detect(vault(table)))).toContain("2024-01-12");
  });
});

describe("guards on patterns that backtrack, capped by the line length they see", () => {
  it("guest keys: a line of *_*_… thousands long", () => {
    const make = whole((n) => `${"*_".repeat(n / 2)}\n`);
    expect(bestGrowth((body: string) => detect(vault(body)), make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });
});
