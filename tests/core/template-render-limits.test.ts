// Template rendering on inputs no real template has, but a note can: many tags of one
// kind with the other kind far away or absent, a frontmatter line of many tags, a
// Templater call with a long run of spaces, properties nested thousands deep. Time grows
// linearly (n against 4n, tests/support/growth.ts) and nothing throws.
import { describe, expect, it } from "vitest";
import { renderTemplate, renderText, type TemplateValues } from "../../src/core/new-episode/template/render";
import type { YamlValue } from "../../src/core/types";
import { bestGrowth, whole } from "../support/growth";

const LIMIT = 8;
const values: TemplateValues = {
  fields: { show: "GOH", title: "GOH 25 - Beyla" },
  start: new Date("2024-01-05T13:00:00Z"),
  now: new Date("2024-01-02T09:30:00Z"),
  timeZone: "UTC",
  locale: "en",
};

describe("rendering time grows linearly", () => {
  const families: [name: string, make: (n: number) => string][] = [
    // Every tag searched for the next `{{` from its own position to the end of the text.
    ["many <% %> tags and no {{", (n) => "<% x %>".repeat(n / 7)],
    ["many {{ }} tags and no <%", (n) => "{{nope}}".repeat(n / 8)],
    ["many <% %> tags, one {{show}} at the end", (n) => "<% tp.file.title %>".repeat(n / 19) + "{{show}}"],
    // Every tag in the frontmatter looked for the start and end of its line.
    ["a frontmatter line of many tags", (n) => "---\nk: " + "{{show}} ".repeat(n / 9) + "\n---\nbody"],
    ["a frontmatter line of many unknown tags", (n) => "---\nk: " + "{{x}}".repeat(n / 5) + "\n---\nbody"],
    // `\s*(…)?\s*` split a run of spaces every possible way.
    ["tp.date.now( with a long run of spaces", (n) => "<% tp.date.now(" + " ".repeat(n) + "x) %>"],
    ['tp.date.now("…" with a long run of spaces', (n) => '<% tp.date.now("YYYY"' + " ".repeat(n) + "x) %>"],
  ];

  it.each(families)("%s", (_name, make) => {
    expect(bestGrowth((text) => renderTemplate(text, values), whole(make), 2000, LIMIT)).toBeLessThan(LIMIT);
  });
});

describe("the tags found are unchanged", () => {
  it("fills both kinds in order when one kind has no closer", () => {
    expect(renderText("{{show}} <% tp.file.title %> {{ a <% tp.file.title %> <% b <% x %> {{show", values)).toEqual({
      text: "GOH GOH 25 - Beyla {{ a GOH 25 - Beyla <% b <% x %> {{show",
      unresolved: ["<% b <% x %>"],
    });
  });

  it("still quotes a whole frontmatter value after a line of tags", () => {
    const fill = { ...values, fields: { ...values.fields, t: "a: b" } };
    expect(renderTemplate("---\nk: {{show}} {{t}}\nv: {{t}}\n---\n", fill).text).toBe('---\nk: "GOH a: b"\nv: "a: b"\n---\n');
  });

  it("tp.date.now keeps its forms: spaces around the format and the offset", () => {
    const rendered = renderText('<% tp.date.now( "YYYY-MM-DD" ) %> <% tp.date.now("YYYY-MM-DD" , 3) %> <% tp.date.now( , 1) %> <% tp.date.now() %>', values);
    expect(rendered).toEqual({ text: "2024-01-02 2024-01-05 2024-01-03 2024-01-02", unresolved: [] });
  });
});

describe("properties nested deeper than any real note", () => {
  /** `[[[…["a"]…]]]`, `depth` lists deep, built without recursion. */
  function nestedList(depth: number): YamlValue {
    let value: YamlValue = ["a"];
    for (let i = 0; i < depth; i++) value = [value, "b"];
    return value;
  }

  it("a list 100,000 deep is flattened without overflowing the stack", () => {
    const rendered = renderText("<% tp.frontmatter.k %>", values, { k: nestedList(100_000) });
    expect(rendered.text).toBe("a" + ", b".repeat(100_000));
  });

  it("a map too deep to write as JSON leaves the tag as written", () => {
    let map: YamlValue = { leaf: 1 };
    for (let i = 0; i < 100_000; i++) map = { k: map };
    expect(renderText("<% tp.frontmatter.k %>", values, { k: map })).toEqual({
      text: "<% tp.frontmatter.k %>",
      unresolved: ["<% tp.frontmatter.k %>"],
    });
  });
});
