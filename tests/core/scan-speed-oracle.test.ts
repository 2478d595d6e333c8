// The scanner that reads each line's list marker once (scan.ts) against the scanner before
// that change (scan-reference/, frozen): the speed-up must not change a single result, on
// the real notes and on any sequence of the lines hosts type. And the guest hint, whose
// keys are now made one at a time, finds what making them all first found.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { scanBody, type ScanOptions } from "../../src/core/note/scan";
import { scanBody as scanBefore } from "./scan-reference/scan-before";
import { nearSingleColonKey, singleColonKey } from "../../src/core/note/scan-inline";
import { splitLines } from "../../src/core/text/lines";
import { canonicalKey } from "../../src/core/note/fields";
import { readNote } from "../support/notes";

const FIXTURES = join(__dirname, "..", "fixtures");

function notesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...notesUnder(path));
    else if (name.endsWith(".md")) out.push(path);
  }
  return out;
}

const OPTIONS: ScanOptions[] = [
  { fields: true, templateTags: true },
  { fields: true, templateTags: true, comments: false },
  { fields: false, templateTags: false, comments: true, oneColonKeys: new Set(["invitado(s)", "guest"]) },
];

describe("the faster scanner reads every fixture note as the one before it", () => {
  const paths = ["real-notes", "five-shows", "unseen", "edge", "comments"].flatMap((d) => notesUnder(join(FIXTURES, d)));

  it("has notes to read", () => {
    expect(paths.length).toBeGreaterThanOrEqual(40);
  });

  it.each(paths.map((p) => [p.slice(FIXTURES.length + 1)]))("%s", (name) => {
    const lines = splitLines(readFileSync(join(FIXTURES, name), "utf8"));
    for (const options of OPTIONS) expect(scanBody(lines, 0, options)).toEqual(scanBefore(lines, 0, options));
  });
});

// Lines hosts type, chosen to hit every rule the marker feeds: tasks and items of every
// marker and indentation, items that cannot interrupt a paragraph, rules that look like
// items, empty items, quotes and lazy text, fences, comments, fields and `Key: value` hints.
const LINES = [
  "",
  "Some text:",
  "Guest: Ann",
  "- Guest: Ann",
  "2. Invitado(s): Bo",
  "**Guest:** Cy",
  "## Heading",
  "- [ ] bullet",
  "* [x] star",
  "+ [/] plus",
  "1. [ ] one",
  "2. [ ] two",
  "10) [-] ten",
  "  - [ ] two spaces",
  "    - [ ] four spaces",
  "      - [ ] six spaces",
  "\t- [ ] a tab",
  "\t\t- [x] two tabs",
  " \t- [ ] space and tab",
  "- plain item",
  "-     far text",
  "-",
  "1.",
  "- - -",
  "* * *",
  "___",
  "---",
  "===",
  "> - [ ] in a quote",
  "> text in a quote",
  ">> - [x] deeper",
  "```",
  "~~~",
  "> ```",
  "  indented text",
  "    code or text",
  "- [ ]",
  "- [ ] item with [due:: 2024-01-01]",
  "Host:: Dee",
  "%% hidden - [ ] no %%",
  "%%",
  "<!-- - [ ] -->",
  "- [ ] open <!--",
  "-->",
  "<% tp.file.title %>",
  "Title",
];

describe("notes made of typed lines", () => {
  it("give the Scan the scanner before gave, with every option", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 14 }), fc.constantFrom(...OPTIONS), (lines, options) => {
        expect(scanBody(lines, 0, options)).toEqual(scanBefore(lines, 0, options));
      }),
      { numRuns: 3000 },
    );
  });

  it("give the same Scan on lines of any block characters", () => {
    const char = fc.constantFrom(" ", "\t", "-", "*", "+", "_", "=", ">", "#", "`", "~", "[", "]", "x", "1", "0", ".", ")", ":", "a", "%");
    const line = fc.string({ unit: char, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        expect(scanBody(lines, 0)).toEqual(scanBefore(lines, 0));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the guest hint", () => {
  // How readEpisode asked before: every key made, then the first near one.
  const before = (lines: string[], near: (key: string) => boolean) =>
    scanBody(lines, 0)
      .singleColonKeys.map((k) => ({ line: k.line, key: singleColonKey(k) }))
      .find((k) => k.key !== "" && near(k.key)) ?? null;

  it("finds the line and key that making every key first found", () => {
    const keyLine = fc.tuple(
      fc.constantFrom("", "- ", "1. ", "> ", "  "),
      fc.constantFrom("Guest", "guests", "**Guest**", "Invitado(s)", "INVITADO(S)", "Topic", "_", "**", "Host name"),
      fc.constantFrom(": Ann", ":: Ann", ":Ann", ": "),
    );
    const guestKeys = new Set(["guest", "invitado"]);
    const nearGuest = (key: string) => guestKeys.has(canonicalKey(key)) || guestKeys.has(canonicalKey(key.replace(/\(s\)$/i, "")));
    // One that would take an empty key: the hint must still skip a key of emphasis only.
    const short = (key: string) => canonicalKey(key).length < 6;
    fc.assert(
      fc.property(fc.array(keyLine.map((parts) => parts.join("")), { maxLength: 12 }), fc.constantFrom(nearGuest, short), (lines, near) => {
        expect(nearSingleColonKey(scanBody(lines, 0), near)).toEqual(before(lines, near));
      }),
      { numRuns: 1000 },
    );
  });

  it("names a one-colon line exactly when its key, or the key without `(s)`, is a guest field's", () => {
    const key = fc.constantFrom("Guest", "Guests", "Guest(s)", "GUEST(S)", "Invitado(s)", "Invitados", "Invitado", "Topic(s)", "(s)", "Guest (s)");
    const fields = fc.constantFrom(["Guest"], ["Guests"], ["Invitado"], ["Invitado(s)"], ["Topic", "Guest"]);
    fc.assert(
      fc.property(key, fields, fc.constantFrom("", "- "), (written, guestFields, marker) => {
        const guestKeys = new Set(guestFields.map(canonicalKey));
        // The rule as readEpisode wrote it before it skipped the second look for keys without `(s)`.
        const expected = guestKeys.has(canonicalKey(written)) || guestKeys.has(canonicalKey(written.replace(/\(s\)$/i, "")));
        const warnings = readNote("n.md", `Intro\n\n${marker}${written}: Ann\n`, { guestFields }).warnings.join(" ");
        expect(warnings.includes(`Line 3 says "${written}:" with one colon`)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
