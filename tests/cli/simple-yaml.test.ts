// The shortcut for plain frontmatter must give exactly what the YAML library gives
// whenever it answers at all, and must answer for the frontmatter real episodes carry.
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { simpleYaml } from "../../src/cli/simple-yaml";
import { frontmatterYaml, loadYaml } from "../../src/cli/frontmatter-yaml";

/** The library's reading, or "error" when it refuses. */
function library(yaml: string): unknown {
  try {
    return loadYaml(yaml);
  } catch {
    return "error";
  }
}

const keyPiece = fc.constantFrom("url", "date", "Guest", "office-hours", "a_b", "x1", "true", "Null", "__proto__", "1a", "k ey", "tags", "url", "é", "-x", "?x", "");
const valuePiece = fc.constantFrom("", " ", "  ", "https://youtube.com/live/ZEUzucqXUnQ", "2024-01-05", "2024-1-5", "2024-01-05T10:00", "13:00", "Ann", "Ann Lee", "a: b", "a:b", "a #c", "a#c", "x:", "true", "TRUE", "yes", "no", "null", "~", "12", "0x1F", ".inf", "1e3", "[a, b]", "{a: 1}", "'q'", '"q"', "a 'b'", "a [b]", "a, b", "- x", "*ref", "&a x", "!tag x", "|", ">", "%x", "@x", "`x`", "\t", "\u00a0x", "x\u00a0", "\r", "é", "😀 x", "x 😀", "\u2028", "\ufeff", "a\u0085b", "a  b", "#c", "a,", "a]");
const valueChar = fc.constantFrom(..."a Z1-_.,/#:'\"[]{}!&*?|>%@`é😀\t\u00a0".split(""), "😀");
/** Mostly lines the shortcut may answer for, with the odd one it must refuse. */
const plainLine = fc
  .tuple(fc.tuple(fc.constantFrom("url", "date", "Guest", "office-hours", "a_b", "x1", "tags"), fc.nat(30)).map(([k, n]) => (n > 3 ? `${k}${n}` : k)), fc.constantFrom(": ", ": ", ":  ", ":"), fc.oneof(valuePiece, fc.tuple(fc.constantFrom("a", "Z"), fc.string({ unit: valueChar, maxLength: 8 })).map(([a, b]) => a + b)))
  .map(([k, sep, v]) => `${k}${sep}${v}`);
const oddLine = fc.oneof(
  fc.tuple(keyPiece, fc.constantFrom(":", ": ", ":  ", " :", "::"), valuePiece).map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom("", " ", "# comment", "  indented: x", "- item", "  - item", "\r", "---", "...", "key"),
);
const line = fc.oneof({ arbitrary: plainLine, weight: 6 }, { arbitrary: oddLine, weight: 1 });

describe("plain frontmatter without the YAML library", () => {
  it("gives what the library gives whenever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (lines, finalNewline) => {
        const yaml = lines.join("\n") + (finalNewline ? "\n" : "");
        const simple = simpleYaml(yaml);
        if (simple !== undefined) {
          answered++;
          expect(simple).toStrictEqual(library(yaml));
        }
      }),
      { numRuns: 20000 },
    );
    // Enough of the random cases are plain for the comparison to mean something.
    expect(answered).toBeGreaterThan(1000);
  });

  it("answers for the frontmatter of every real note and gives the library's reading", () => {
    const folders = [join("tests", "fixtures", "real-notes"), join("tests", "fixtures", "five-shows")];
    let answered = 0;
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".md")) {
          const yaml = frontmatterYaml(readFileSync(full, "utf8"));
          if (yaml === null) continue;
          const simple = simpleYaml(yaml);
          if (simple === undefined) continue;
          answered++;
          expect(simple).toStrictEqual(parse(yaml, { logLevel: "error" }));
        }
      }
    };
    for (const folder of folders) walk(folder);
    // The real episodes' `url:` / `date:` pairs are the point of the shortcut.
    expect(answered).toBeGreaterThan(10);
  });

  it("leaves to the library what it cannot be sure of", () => {
    for (const yaml of ["a: 12\n", "a: true\n", "a: ~\n", "a: 'q'\n", "a: b: c\n", "a: x\na: y\n", "a:\n  - b\n", "# c\na: b\n", "a: b\r\n", "a:\tb\n", "__proto__: x\n", ""]) {
      expect(simpleYaml(yaml)).toBeUndefined();
    }
    expect(simpleYaml("url: https://youtube.com/live/x?t=1#c\ndate: 2024-01-05\nguest:\n")).toStrictEqual({ url: "https://youtube.com/live/x?t=1#c", date: "2024-01-05", guest: null });
  });
});
