import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseYaml, YAMLParseError } from "./yaml";
import { stringifyYaml } from "./yaml-stringify";

describe("parseYaml", () => {
  test("scalars keep YAML's types, and dates stay strings like in Obsidian's frontmatter", () => {
    expect(parseYaml("a: 1\nb: 1.5\nc: true\nd: null\ne:\nf: 2024-01-05\ng: 10:30\nh: 'it''s'\ni: \"tab\\there\"")).toEqual({
      a: 1,
      b: 1.5,
      c: true,
      d: null,
      e: null,
      f: "2024-01-05",
      g: "10:30",
      h: "it's",
      i: "tab\there",
    });
  });

  test("block and flow collections, nested mappings, comments", () => {
    const yaml = ["# a comment", "tags:", "  - show", "  - live # trailing", "guests: [Ana, \"Bo, Jr\"]", "meta:", "  episode: 12", "  links: {yt: x}", "list:", "- a", "- b: 1", "  c: 2"].join("\n");
    expect(parseYaml(yaml)).toEqual({ tags: ["show", "live"], guests: ["Ana", "Bo, Jr"], meta: { episode: 12, links: { yt: "x" } }, list: ["a", { b: 1, c: 2 }] });
  });

  test("the YAML traps real notes fall into behave as in YAML", () => {
    expect(parseYaml("guest: [[Ana]]")).toEqual({ guest: [["Ana"]] });
    expect(parseYaml("tags: #podcast")).toEqual({ tags: null });
    expect(parseYaml('guest: "[[Ana]]"')).toEqual({ guest: "[[Ana]]" });
  });

  test("block scalars", () => {
    expect(parseYaml("a: |\n  one\n  two\nb: >-\n  folded\n  text\n")).toEqual({ a: "one\ntwo\n", b: "folded text" });
  });

  test.each([["a: [1, 2"], ["a: 'open"], ["a: 1\na: 2"], ["a: 1\n  b: 2"], ["a:\n\t- tab"]])("throws YAMLParseError on %j", (yaml) => {
    expect(() => parseYaml(yaml)).toThrow(YAMLParseError);
  });
});

describe("stringifyYaml", () => {
  test("writes block style with two-space lists and quotes what would not read back", () => {
    expect(stringifyYaml({ title: "GOH 12", date: "2024-01-05", n: 3, done: false, tags: ["a", "b"], guest: "[[Ana]]", empty: [], note: "a: b", none: null })).toBe(
      'title: GOH 12\ndate: 2024-01-05\nn: 3\ndone: false\ntags:\n  - a\n  - b\nguest: "[[Ana]]"\nempty: []\nnote: "a: b"\nnone:\n',
    );
  });

  const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "__proto__");
  const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 3 })),
  })).node;

  test("parseYaml reads back what stringifyYaml wrote", () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (obj) => {
        expect(parseYaml(stringifyYaml(obj)) ?? {}).toEqual(obj);
      }),
      { numRuns: 300 },
    );
  });
});
