// reader8: a show's acronym is its code even when it spells an abbreviation of the word for
// "episode" (AFL, CAP, ODC, AVS), src/core/note/episode-words.ts. The rule: an abbreviation
// of the table in capitals with no stop is a code; with a stop or not in capitals it says
// "episode"; EP, NO, NR (the marks read so before the table grew) and whole words for
// "episode" are no code in any case.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFileName } from "../../../src/core/note/file-name";
import { runCli } from "../../support/cli-status";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (name.endsWith(".md")) out.push(path);
  }
  return out;
}

describe("every file name of tests/fixtures, before and after", () => {
  // Read at c595dbd, before this rule (tests/fixtures/reader8-codes/SOURCE.md).
  const before = JSON.parse(readFileSync(join(FIXTURES, "reader8-codes/codes-before.json"), "utf8")) as Record<string, string | null>;
  // The only names whose code changes: the acronyms the widened table took (all in reader8-codes).
  const regressed: Record<string, string> = {
    "reader8-codes/AFL Round Up/AFL 12 - Round 12 preview.md": "AFL",
    "reader8-codes/AFL Round Up/AFL 13 - Round 13 preview.md": "AFL",
    "reader8-codes/AFL Round Up/AFL 14 - Round 14 preview.md": "AFL",
    "reader8-codes/Other/AVS 2 - Audio visual sync.md": "AVS",
    "reader8-codes/Other/CAP 3 - Capture the flag writeups.md": "CAP",
    "reader8-codes/Other/ODC 7 - Open data in cities.md": "ODC",
  };

  it("reads the same code from every name but the regressed ones, which get their acronym", () => {
    const changed: Record<string, string | null> = {};
    let compared = 0;
    for (const file of markdownFiles(FIXTURES)) {
      const path = relative(FIXTURES, file).split("\\").join("/");
      // A fixture added after the list was made has no "before" to compare with.
      if (!(path in before)) continue;
      compared++;
      const code = parseFileName(basename(file, ".md")).code;
      if (code !== before[path]) changed[path] = code;
    }
    expect(compared).toBeGreaterThan(200);
    expect(changed).toEqual(regressed);
    for (const path of Object.keys(regressed)) expect(before[path]).toBeNull();
  });
});

describe("a code of capitals, a number and a title", () => {
  // The marks that never were a code, and the whole words for "episode" of 2 to 5 letters.
  const NOT_CODES = new Set(["EP", "NO", "NR", "FOLGE"]);
  const CAPITALS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖÅŁ"];
  // The table's abbreviations, so that the property meets them and not only random letters.
  const TABLE = ["AFL", "CAP", "ODC", "AVS", "NR", "EP", "NO", "ÉP", "FOLGE"];
  const code = fc.oneof(
    fc.constantFrom(...TABLE),
    fc.array(fc.constantFrom(...CAPITALS), { minLength: 2, maxLength: 5 }).map((letters) => letters.join("")),
  );

  it("is read as that code whatever the capitals spell, unless it is a mark for episode", () => {
    fc.assert(
      fc.property(code, fc.integer({ min: 1, max: 9999 }), fc.constantFrom(" - ", ": ", " | ", " — "), (word, n, separator) => {
        const parts = parseFileName(`${word} ${n}${separator}Round preview`);
        expect([parts.code, parts.number, parts.title]).toEqual([NOT_CODES.has(word) ? null : word, n, "Round preview"]);
      }),
    );
  });

  it("with a stop, or not all in capitals, the table's abbreviation says episode and is no code", () => {
    fc.assert(
      fc.property(fc.constantFrom("AFL", "CAP", "ODC", "AVS", "NR", "ÉP"), fc.constantFrom("stop", "lower", "title"), fc.integer({ min: 1, max: 999 }), (word, form, n) => {
        const written = form === "stop" ? `${word}.` : form === "lower" ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase();
        expect(parseFileName(`${written} ${n} - Titel`)).toMatchObject({ code: null, number: n, title: "Titel" });
      }),
    );
  });

  it("before a season and episode too: AFL S02E05 is show AFL", () => {
    expect(parseFileName("AFL S02E05 - Finals")).toMatchObject({ code: "AFL", season: 2, number: 5 });
    expect(parseFileName("Afl S02E05 - Finals")).toMatchObject({ code: null, season: 2, number: 5 });
  });
});

describe("Detect on the acronym show", () => {
  it("proposes AFL Round Up with its code, not “Short code (none)”", () => {
    const out = runCli(["detect", join(FIXTURES, "reader8-codes")], "2025-07-01T09:00:00Z").out;
    expect(out).toContain("AFL Round Up (AFL): new show");
    expect(out).toMatch(/Short code +AFL\n/);
    expect(out).toMatch(/File name pattern +\{\{code\}\} \{\{number\}\} - \{\{topic\}\}/);
  });
});
