// props1: the one reader of a frontmatter property's line (src/core/note/key-line.ts)
// against the `yaml` package's reading of the same line. Whatever the reader says a line's
// value is must be the value YAML says; a line YAML reads as one key with a text value the
// reader reads too, unless it says why not (a value below, an escape…).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "yaml";
import { keyLines, readKeyLine, readValue } from "../../../src/core/note/key-line";
import { bestGrowth, whole } from "../../support/growth";

/** YAML's reading of one line: every scalar as text (the failsafe schema), or an error. */
function yamlReads(line: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: parse(`${line}\n`, { schema: "failsafe", uniqueKeys: false, logLevel: "error" }) };
  } catch {
    return { ok: false };
  }
}

const read = (line: string) => readKeyLine([line], 0, 1);

const plainChar = fc.constantFrom(..."abcXYZ09 -_#:,'\"[]{}&*!|>%@`?\\.\t/");
const doubleChar = fc.oneof(fc.constantFrom(..."ab #:'\t/"), fc.constantFrom("\\\\", '\\"', "\\n", "\\t", "\\x41", "\\u00e9", "\\ ", "\\q", "\\x4", "\\/", "\\_"));
const singleChar = fc.oneof(fc.constantFrom(..."ab #:\"\\\t"), fc.constant("''"));
const value = fc.oneof(
  fc.constant(""),
  fc.array(plainChar, { maxLength: 12 }).map((cs) => cs.join("")),
  fc.array(doubleChar, { maxLength: 8 }).map((cs) => `"${cs.join("")}"`),
  fc.array(singleChar, { maxLength: 8 }).map((cs) => `'${cs.join("")}'`),
);
const key = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_ -]{0,6}$/), fc.constantFrom('"date"', "'time'", '"a b"', "'it''s'", "-x", "a:b"));
const line = fc
  .tuple(key, fc.constantFrom("", " ", "  "), fc.constantFrom(" ", "\t", "", "  "), value, fc.constantFrom("", " # a comment", "\t#c", "#no", " x", "  "))
  .map(([k, beforeColon, afterColon, v, tail]) => `${k}${beforeColon}:${afterColon}${v}${tail}`);

describe("the reader says what YAML says, for one-line properties", () => {
  it("a value it reads is YAML's value (empty is YAML's empty)", () => {
    fc.assert(
      fc.property(line, (text) => {
        const got = read(text);
        if (!got || got.unread !== null) return;
        const yaml = yamlReads(text);
        expect(yaml.ok, `YAML refuses ${JSON.stringify(text)}, the reader read ${JSON.stringify(got.value)}`).toBe(true);
        if (!yaml.ok) return;
        expect(yaml.data).toEqual({ [got.key]: got.value ?? "" });
      }),
      { numRuns: 3000 },
    );
  });

  it("a line YAML reads as one key with a text value, the reader reads as that key and value", () => {
    fc.assert(
      fc.property(line, (text) => {
        const yaml = yamlReads(text);
        if (!yaml.ok || yaml.data === null || typeof yaml.data !== "object") return;
        const entries = Object.entries(yaml.data as Record<string, unknown>);
        if (entries.length !== 1 || typeof entries[0]?.[1] !== "string") return;
        const got = read(text);
        // Anchors, tags and block scalars are YAML the reader leaves to a parser, by design.
        if (got?.unread === "not-plain" && /[&!*|>]/.test(text.charAt(got.from))) return;
        expect(got?.key).toBe(entries[0]?.[0]);
        expect(got?.unread ?? null).toBe(null);
        expect(got?.value ?? "").toBe(entries[0]?.[1]);
      }),
      { numRuns: 3000 },
    );
  });

  it("the value's span holds the value as written, and the comment starts at its #", () => {
    fc.assert(
      fc.property(line, (text) => {
        const got = read(text);
        if (!got || got.unread !== null) return;
        if (got.style === "plain") expect(text.slice(got.from, got.to)).toBe(got.value);
        if (got.style === "single" && !got.escaped) expect(text.slice(got.from, got.to)).toBe(got.value);
        if (got.comment >= 0) expect(text.charAt(got.comment)).toBe("#");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the cases that went wrong, by name", () => {
  it("`key: # comment` is empty, the comment where its # is", () => {
    const text = "ended: # End show fills this";
    expect(read(text)).toMatchObject({ key: "ended", style: "empty", value: null, comment: 7, from: 7, to: 7, unread: null });
  });

  it("a # inside quotes or inside a word is no comment", () => {
    expect(read('date: "2024-01-05 #x"')).toMatchObject({ value: "2024-01-05 #x", comment: -1 });
    expect(read("tag: a#b")).toMatchObject({ value: "a#b", comment: -1 });
  });

  it("a key twice, and quoted keys, are all found", () => {
    const lines = ["---", "date: 2024-01-05", '"date": 2024-01-06', "dates: x", "  date: nested", "---"];
    expect(keyLines(lines, 1, 5, "date").map((l) => l.line)).toEqual([1, 2]);
  });

  it("a value on the lines below, or going on there, is not read from the key's line", () => {
    expect(readKeyLine(["date:", "  - 2024-01-05"], 0, 2)?.unread).toBe("below");
    expect(readKeyLine(["date:", "- 2024-01-05"], 0, 2)?.unread).toBe("below");
    expect(readKeyLine(["date:", "  # a note"], 0, 2)?.unread).toBe(null);
    expect(readKeyLine(["title: a long", "  title"], 0, 2)?.unread).toBe("continued");
  });

  it("a list item's value is read with the same rules", () => {
    expect(readValue("  - Ann # first", 3)).toMatchObject({ value: "Ann", comment: 8 });
    expect(readValue("  - 'it''s'", 3)).toMatchObject({ value: "it's", escaped: true });
  });
});

describe("long lines (held: linear, n against 4n)", () => {
  for (const trigger of [" #", '"', "'", "''", "\\\\", ": ", " \t", "a:"]) {
    it(`${JSON.stringify(trigger)} × n`, () => {
      const run = (text: string) => {
        read(`key: ${text}`);
        read(`key: "${text}`);
        read(`key: '${text}`);
        read(`${text}: x`);
        read(`"${text}": x`);
      };
      expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 20_000, 8)).toBeLessThan(8);
    });
  }
});
