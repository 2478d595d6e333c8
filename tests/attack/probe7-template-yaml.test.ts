// probe7: a template's tags in the frontmatter. Promise (README, "Templates"; render.ts):
// a value placed in frontmatter does not change the YAML around it. Templates quote
// their tags (`title: "<% tp.file.title %>"`, `aliases: ['{{title}}']`) or list them
// (`tags: [{{code}}]`); a topic like `Why "SLOs" matter` or `it's` closed those quotes
// early, and the new note's properties could not be read at all (the sidebar then
// warns that the frontmatter is not valid YAML). Read back here with the `yaml` package,
// as the command-line tool reads notes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { renderTemplate } from "../../src/core/new-episode/template/render";
import { bestGrowth, whole } from "../support/growth";

const TEMPLATE = [
  "---",
  'dq: "{{topic}}"',
  "sq: '{{topic}}'",
  'tp: "<% tp.file.title %>"',
  'aliases: ["{{topic}}", \'{{topic}}\']',
  "tags: [episode, {{topic}}]",
  "map: {a: {{topic}}, b: x}",
  "plain: {{topic}}",
  "list:",
  "  - {{topic}}",
  '  - "prefix {{topic}} suffix"',
  "note: a ' and a \" in plain text, then {{code}}",
  "---",
  "# {{topic}}",
  "",
].join("\n");

function render(topic: string, template = TEMPLATE) {
  const values = { fields: { topic, title: topic, code: "OH" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };
  return renderTemplate(template, values).text;
}

function properties(text: string): { errors: string[]; data: Record<string, unknown> } {
  const head = text.slice(4, text.indexOf("\n---\n", 3));
  const doc = parseDocument(head);
  return { errors: doc.errors.map((e) => e.message), data: (doc.toJS() ?? {}) as Record<string, unknown> };
}

/** What a single-quoted scalar can hold: line breaks and other controls become a space. */
const singleQuoted = (value: string) => value.replace(/[^\P{Cc}\t]+/gu, " ");

describe("a value in the template's frontmatter keeps the YAML around it", () => {
  it("a topic with quotes, backslashes, commas, brackets, # and YAML's indicators", () => {
    for (const topic of [`Why "SLOs" matter`, "it's", "a \\ b", "x # y", "[a]", "{a}", "a, b", "- a", "*a", "&a", "!a", "|", ">", "@a", "`a`", "% a", "yes", '"', "'", 'a\\"b', "a\tb"]) {
      const { errors, data } = properties(render(topic));
      expect(errors, topic).toEqual([]);
      expect(data.dq, topic).toBe(topic);
      expect(data.sq, topic).toBe(topic);
      expect(data.tp, topic).toBe(topic);
      expect(data.aliases, topic).toEqual([topic, topic]);
      expect(data.tags, topic).toEqual(["episode", topic]);
      expect(data.map, topic).toEqual({ a: topic, b: "x" });
      expect(data.list, topic).toEqual([topic, `prefix ${topic} suffix`]);
      expect(data.note).toBe(`a ' and a " in plain text, then OH`);
    }
  });

  it("any text: the quoted places and the list items read back as it (property)", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('"', "'", "\\", ",", "[", "]", "{", "}", "#", ": ", " #", "\n", "\r\n", "\t", "\u0000", "\u0085", "😀", "''", '\\"'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")), (topic) => {
        const { errors, data } = properties(render(topic));
        expect(errors).toEqual([]);
        expect(data.dq).toBe(topic);
        expect(data.tp).toBe(topic);
        expect(data.sq).toBe(singleQuoted(topic));
        expect((data.aliases as unknown[])[0]).toBe(topic);
        expect((data.list as unknown[])[1]).toBe(`prefix ${topic} suffix`);
      }),
    );
  });

  it("tags that are not a whole list item, or that sit in a comment, are left as before", () => {
    const { errors, data } = properties(render("Loki", "---\ntags: [{{topic}}-live, x]\ncode: x # a 'comment' with {{topic}}\n---\n"));
    expect(errors).toEqual([]);
    expect(data).toEqual({ tags: ["Loki-live", "x"], code: "x" });
  });

  // One pass over each line for all its tags: a line of thousands of quoted tags.
  it("a line of many quoted tags is linear", () => {
    const make = whole((n) => `---\nk: [${Array.from({ length: n / 12 }, () => '"{{topic}}"').join(", ")}]\n---\n`);
    expect(bestGrowth((template: string) => render("a \"b\" 'c'", template), make, 4000, 8)).toBeLessThan(8);
  });
});
