// A plain frontmatter value holding a tag left for Templater and a filled topic
// (`summary: <% tp.system.prompt("Q") %> {{topic}}`). Templater prints its output as it is
// (no escaping for quotes around it), and its tags hold quotes of their own, so the rule
// chosen (kept-tag-value.ts): plain as before when YAML reads the value as text with the
// tag taken as a word, else a folded block scalar (`summary: >-` and the value indented
// under it), which has no escapes. Read back with the `yaml` package, twice: as written
// (Templater not run, or not installed) and after Templater put an answer in the tag's place.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { renderTemplate } from "../../../src/core/new-episode/template/render";
import { bestGrowth, whole } from "../../support/growth";

const PROMPT = '<% tp.system.prompt("Topic: ") %>';
const BOTH_QUOTES = `<% tp.system.suggester(["a", "b"], ['x', 'y']) %>`;

function render(template: string, topic: string): string {
  const values = { fields: { topic, title: topic, code: "OH" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };
  return renderTemplate(template, values).text;
}

/** The properties of a note's head, and YAML's errors reading it. */
function properties(text: string): { errors: string[]; data: unknown } {
  const head = text.slice(4, text.search(/\r?\n---\r?\n/));
  const doc = parseDocument(head);
  return { errors: doc.errors.map((e) => e.message), data: doc.toJS() };
}

/** What Templater does: each `<% … %>` replaced by its output, printed as it is. */
const runTemplater = (text: string, answer: string) => text.replace(/<%[\s\S]*?%>/g, () => answer);

/** The filled topic as a one-line value reads it: line breaks and control characters as spaces. */
const oneLine = (topic: string) => topic.replace(/[\r\n]+/g, " ");

// Every YAML indicator, quotes, spaces, tabs, line breaks, controls, and a few letters.
const YAML_CHARS = [..."-?:,[]{}#&*!|>'\"%@`\\ \t\r\n\u0000\u0007\u0085\u2028abcXYZ019é漢"];
const topicArb = fc.array(fc.constantFrom(...YAML_CHARS), { maxLength: 14 }).map((chars) => chars.join(""));
// One line as a user types it into a prompt: anything but line breaks and controls, trimmed.
const answerArb = fc
  .array(fc.constantFrom(...YAML_CHARS.filter((c) => !/[\p{Cc}\u0085\u2028]/u.test(c))), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join("").trim())
  .filter((answer) => answer !== "");

/** Line shapes a user's template may put the tag and the topic in, and where to find the value. */
const SHAPES: { template: (tag: string) => string; read: (data: unknown) => unknown }[] = [
  { template: (tag) => `---\nsummary: ${tag} {{topic}}\nafter: kept\n---\n`, read: (d) => (d as Record<string, unknown>).summary },
  { template: (tag) => `---\nsummary: ${tag} {{topic}}   # the host's comment\nafter: kept\n---\n`, read: (d) => (d as Record<string, unknown>).summary },
  { template: (tag) => `---\r\nsummary: ${tag} {{topic}}\r\nafter: kept\r\n---\r\n`, read: (d) => (d as Record<string, unknown>).summary },
  { template: (tag) => `---\nlist:\n  - ${tag} {{topic}}\n  - second\nafter: kept\n---\n`, read: (d) => ((d as Record<string, unknown[]>).list ?? [])[0] },
  { template: (tag) => `---\nguests:\n  - name: ${tag} {{topic}}\n    role: host\nafter: kept\n---\n`, read: (d) => ((d as Record<string, Record<string, unknown>[]>).guests ?? [])[0]?.name },
];

function expectReads(text: string, read: (data: unknown) => unknown, wanted: string): void {
  const { errors, data } = properties(text);
  expect(errors, text).toEqual([]);
  expect(read(data), text).toBe(wanted);
  expect((data as Record<string, unknown>).after, text).toBe("kept");
}

describe("a plain value holding a Templater tag and a filled topic", () => {
  it("reads back as its text before and after Templater, for every topic, shape and tag", () => {
    fc.assert(
      fc.property(topicArb, fc.constantFrom(...SHAPES.keys()), fc.constantFrom(PROMPT, BOTH_QUOTES), (topic, shape, tag) => {
        const { template, read } = SHAPES[shape] ?? SHAPES[0]!;
        const text = render(template(tag), topic);
        // The tag is still there as written, for Templater to run.
        expect(text).toContain(tag);
        const known = oneLine(topic).replace(/[^\P{Cc}\t]/gu, " ");
        expectReads(text, read, `${tag} ${known}`.trimEnd());
        expectReads(runTemplater(text, "Answer"), read, `Answer ${known}`.trimEnd());
      }),
      { numRuns: 1500 },
    );
  });

  // A value the topic made a block has no escapes: whatever one line Templater prints
  // (quotes, apostrophes, ": ", " #") reads back. A plain value stays as fragile to what
  // is typed into the prompt as the template made it (not this plugin's text).
  it("once a block, reads back whatever one line Templater prints in the tag's place", () => {
    fc.assert(
      fc.property(topicArb, answerArb, fc.constantFrom(...SHAPES.keys()), fc.constantFrom(PROMPT, BOTH_QUOTES), (topic, answer, shape, tag) => {
        const { template, read } = SHAPES[shape] ?? SHAPES[0]!;
        const text = render(template(tag), `${topic}: x`);
        expect(text).toMatch(/ >-(?: #.*)?\r?\n/);
        const known = oneLine(`${topic}: x`).replace(/[^\P{Cc}\t]/gu, " ");
        expectReads(runTemplater(text, answer), read, `${answer} ${known}`.trimEnd());
      }),
      { numRuns: 1500 },
    );
  });

  it("stays on its line, unchanged, when YAML reads it as text already", () => {
    const tag = '<% tp.system.prompt("Topic") %>';
    const text = render(`---\nsummary: ${tag} {{topic}} # why\n---\n`, "Loki basics");
    expect(text).toBe(`---\nsummary: ${tag} Loki basics # why\n---\n`);
  });

  it("becomes a folded block when a topic holds ': ' or ' #', or the tag itself does, the comment on its header", () => {
    expect(render(`---\nsummary: ${PROMPT} {{topic}}\n---\n`, "Loki")).toBe(`---\nsummary: >-\n  ${PROMPT} Loki\n---\n`);
    expect(render(`---\nsummary: ${PROMPT} {{topic}} # why\n---\n`, "Loki: the basics")).toBe(`---\nsummary: >- # why\n  ${PROMPT} Loki: the basics\n---\n`);
    expect(render(`---\n- name: ${PROMPT} {{topic}}\n---\n`, "a #b")).toBe(`---\n- name: >-\n    ${PROMPT} a #b\n---\n`);
  });

  it("a `{{…}}` tag left as written is quoted as text: nothing replaces it later", () => {
    const text = render("---\nsummary: {{unknown}} {{topic}}\n---\n", "Loki: the basics");
    expect(properties(text)).toEqual({ errors: [], data: { summary: "{{unknown}} Loki: the basics" } });
  });
});

describe("a long value of kept tags and colons", () => {
  const values = { fields: { topic: "a: b", code: "OH" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };
  it("is written in linear time (n against 4n), as a block or as a line", () => {
    const run = (text: string) => renderTemplate(text, values);
    expect(bestGrowth(run, whole((n) => `---\nsummary: ${"<% x %> {{topic}} ".repeat(n)}\n---\n`), 2_000, 8)).toBeLessThan(8);
    expect(bestGrowth(run, whole((n) => `---\nsummary: ${"<% x %> y ".repeat(n)}\n---\n`), 2_000, 8)).toBeLessThan(8);
  });
});
