// review4: a known defect, left to the owner of src/core/new-episode. This stop's quoting rule
// (probe8, plain-value.ts) quotes a plain frontmatter value when a topic holding ": " or " #"
// would break it, but leaves a value that also holds a tag left for Templater unquoted (double
// quotes would escape the quotes inside the tag). So `summary: <% tp.system.prompt("Q") %> {{topic}}`
// with the topic "Loki: the basics" still gives a line YAML cannot read once Templater has run
// (a nested map), and "a #b" still loses " #b" as a comment: the promise the fix made holds
// only without Templater. A way out: single quotes, which escape nothing but "'" (when the
// tag holds none), or quoting the filled text apart from the tag.
// template7: fixed. Templater prints its output as it is (nothing escaped for quotes around
// it), so the value is written as a folded block scalar when it needs quoting
// (kept-tag-value.ts; property-tested in tests/core/template7/kept-tag-value.test.ts).
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { renderTemplate } from "../../src/core/new-episode/template/render";

/** The note's properties after Templater replaced its tag with "Answer". */
function afterTemplater(topic: string): { errors: number; summary: unknown } {
  const values = { fields: { topic, title: topic, code: "OH" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };
  const text = renderTemplate('---\nsummary: <% tp.system.prompt("Q") %> {{topic}}\n---\n', values).text.replace(/<%[^%]*%>/g, "Answer");
  const doc = parseDocument(text.slice(4, text.indexOf("\n---\n", 3)));
  return { errors: doc.errors.length, summary: (doc.toJS() as Record<string, unknown> | null)?.summary };
}

describe("known defect: a plain value holding a Templater tag and a filled topic", () => {
  it("holds for a topic YAML reads as it is (the test's own check)", () => {
    expect(afterTemplater("Loki basics")).toEqual({ errors: 0, summary: "Answer Loki basics" });
  });

  it("reads back as its text once Templater has run, for a topic holding ': ' or ' #'", () => {
    expect(afterTemplater("Loki: the basics")).toEqual({ errors: 0, summary: "Answer Loki: the basics" });
    expect(afterTemplater("a #b")).toEqual({ errors: 0, summary: "Answer a #b" });
  });
});
