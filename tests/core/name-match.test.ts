// The name-pattern matcher (name-match.ts) against the regular expression it replaced:
// same match, same groups, for generated patterns and names; and linear time where the
// expression took polynomial time (a pattern with several `{{topic}}`-like groups and a
// name that almost fits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchName } from "../../src/core/note/name-match";
import { compile, nameParser, renderName } from "../../src/core/note/name-pattern";
import { DEFAULT_FILE_NAME_PATTERN } from "../../src/core/settings/settings";
import { bestGrowth, whole } from "../support/growth";

/** The expression the pattern used to compile to: the oracle, fine on short names. */
function oracle(pattern: string, code: string): RegExp | null {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const literal = (text: string) => escape(text).replace(/\s+/g, "\\s+");
  let source = "^";
  let last = 0;
  let groups = 0;
  for (const match of pattern.matchAll(/\{\{\s*([a-z]+)(?::([^}]*))?\s*\}\}/gi)) {
    source += literal(pattern.slice(last, match.index));
    const name = (match[1] ?? "").toLowerCase();
    if (name === "code" && code !== "") source += `(${escape(code)})`;
    else if (name === "code") source += "([\\p{L}][\\p{L}\\p{N}&+]*)";
    else if (name === "number") source += "(\\d{1,6})";
    else if (name === "date") source += `(${escape(match[2] ?? "YYYY-MM-DD").replace(/YYYY/g, "\\d{4}").replace(/YY|MM|DD/g, "\\d{2}")})`;
    else source += "(.+?)";
    groups++;
    last = match.index + match[0].length;
  }
  source += literal(pattern.slice(last)) + "$";
  return groups === 0 ? null : new RegExp(source, "iu");
}

const PATTERN_PIECES = ["{{code}}", "{{number}}", "{{topic}}", "{{guests}}", "{{title}}", "{{date}}", "{{date:YYMMDD}}", "{{date:DD.MM.YYYY}}", "{{ show }}", " ", "  ", " - ", ", with ", "(", ")", "#", "x", "É", "😀", ".", "\t",
  // Near-placeholders: the scanner must find exactly what the expression found.
  "{{", "}}", "}", "{", "{{ code", "{{date: YY }}", "{{x:}}", "{{TOPIC }}", "{{ topic\t}}", "{{:a}}", "{{topic :x}}", "{{date:a}b}}", ":"];
const NAME_PIECES = ["GOH", "goh", "CCG", "A&A", "K8s", "25", "005", "1234567", "2024-01-05", "231130", "05.01.2024", " ", "  ", "\t", "\u00a0", " - ", ", with ", "With", "(", ")", "#", "x", "é", "É", "😀", "\ud83d", "\ude00", "\n", "\u2028", "Ann", ".", "ſ", "K"];
const pattern = fc.array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 7 }).map((p) => p.join(""));
const name = fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 12 }).map((p) => p.join(""));
/** A pattern, and a name made from it with each placeholder replaced by a few random pieces. */
const patternAndName = pattern.chain((p) =>
  fc.oneof(
    name.map((n) => [p, n] as const),
    fc.array(fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 3 }), { minLength: 8, maxLength: 8 }).map((fills) => {
      let i = 0;
      return [p, p.replace(/\{\{[^}]*\}\}/g, () => (fills[i++ % 8] ?? []).join(""))] as const;
    }),
  ),
);

describe("matchName", () => {
  it("finds what the regular expression found, groups and all (placeholders found the same way too)", () => {
    let matched = 0;
    fc.assert(
      fc.property(patternAndName, fc.constantFrom("GOH", "", "A&A", "k8s"), ([p, n], code) => {
        const expected = oracle(p, code)?.exec(n);
        const compiled = compile(p, code);
        expect(compiled === null).toBe(oracle(p, code) === null);
        if (!compiled) return;
        const actual = matchName(compiled.parts, n);
        expect(actual).toEqual(expected ? expected.slice(1) : null);
        if (actual) matched++;
      }),
      { numRuns: 1500 },
    );
    // Worth something only if many generated names do fit their pattern.
    expect(matched).toBeGreaterThan(60);
  });

  it("matches names built from the pattern itself", () => {
    // Every placeholder replaced by a value it can hold: the name always fits.
    const values: Record<string, string> = { code: "GOH", number: "25", date: "2024-01-05", topic: "A (talk)", guests: "Ann, with Bo", title: "t", show: "S" };
    fc.assert(
      fc.property(pattern, fc.constantFrom(" ", "  ", "\t"), (p, space) => {
        const n = p.replace(/\{\{\s*([a-z]+)(?::[^}]*)?\s*\}\}/gi, (_, key: string) => values[key.toLowerCase()] ?? "v").replace(/ /g, space);
        if (/\{\{date:/.test(p)) return;
        const compiled = compile(p, "GOH");
        if (!compiled) return;
        expect(matchName(compiled.parts, n)).toEqual(oracle(p, "GOH")?.exec(n)?.slice(1) ?? null);
      }),
      { numRuns: 500 },
    );
  });
});

describe("reading a file name with a show's pattern takes linear time", () => {
  // Each `(.+?)` of the old expression tried every split of what the next one had not
  // taken: four groups and a 2,000-character name that almost fits took seconds.
  const families: [pattern: string, make: (n: number) => string][] = [
    ["{{topic}} {{guests}} {{title}} {{show}} - {{number}}", (n) => "a ".repeat(n / 2)],
    ["{{topic}}, {{guests}}, {{title}}, {{show}}.", (n) => "a, ".repeat(n / 3) + "x"],
    ["{{topic}} ({{guests}})", (n) => "a (".repeat(n / 3)],
    [DEFAULT_FILE_NAME_PATTERN, (n) => "GOH 25 - " + "a, with ".repeat(n / 8) + "\n"],
    ["{{code}} {{number}} {{topic}}", (n) => "GOH " + "1 ".repeat(n / 2)],
  ];

  it.each(families)("%s", (p, make) => {
    const parse = nameParser(p, "");
    // At most 16 copies (names of 16,000 to 64,000 characters, far past any file system's
    // 255): with 256, a 1 MB name's match arrays and the garbage collector pushed linear
    // families to 6-9 on a busy machine, while a quadratic one still reads 16 at this size.
    expect(bestGrowth((basename) => parse(basename), whole(make), 1000, 8, 16)).toBeLessThan(8);
  });
});

describe("reading a show's pattern takes linear time", () => {
  // The pattern is a setting: text a user wrote. Finding its placeholders searched from
  // every `{{` to the end when no `}` followed, and split spaces before `}}` every way.
  const families: [name: string, make: (n: number) => string][] = [
    ["many {{date: never closed", (n) => "{{date:".repeat(n / 7)],
    ["{{date: then a long run of spaces", (n) => "{{date:" + " ".repeat(n) + "x"],
    ["{{topic then a long run of spaces", (n) => "{{topic" + " ".repeat(n) + "x"],
    ["many placeholders", (n) => "{{topic}} - ".repeat(n / 12)],
  ];
  const fields = { show: "S", code: "GOH", number: "25", topic: "Topic", guests: "Ann", date: "2024-01-05" };

  it.each(families)("%s", (_name, make) => {
    const read = (p: string) => [nameParser(p, "GOH")("GOH 25 - Topic, with Ann"), renderName(p, fields)];
    expect(bestGrowth(read, whole(make), 2000, 8)).toBeLessThan(8);
  });

  it("naming a note with a pattern of many placeholders", () => {
    // Whether the name so far held any text was asked with out.trim() at every
    // placeholder, which copied the whole name each time.
    // At most 8 copies (1,300 and 5,300 placeholders): at 32 (up to 43,000 placeholders, a
    // 512,000-character pattern) the garbage collector's and the caches' cost grew faster
    // than the input, and the family read 1.7 to 9.6 run after run on a loaded machine
    // (8.09 once in CI). Code that only allocates the same parts and joins them grew the
    // same way there (0.09 µs per placeholder at 16,000, 0.46 at 256,000): no property of
    // renderName. A long topic makes each copy of the name cost more than the rest of a
    // placeholder's work, so the quadratic trim still stands out at this size: it reads
    // 11 to 61 where renderName reads 4.5 to 4.9 (the short "Topic" gave the trim only 7-11).
    const long = { ...fields, topic: "A topic of forty characters, give or take" };
    const make = whole((n) => "{{topic}} - ".repeat(n / 12));
    expect(bestGrowth((p) => renderName(p, long), make, 2000, 8, 8)).toBeLessThan(8);
  });
});
