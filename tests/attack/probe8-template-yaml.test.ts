// probe8: a tag in the middle of a plain YAML value. Promise (README, "Templates"): a value
// put in the frontmatter does not change the YAML around it. `summary: Episode {{topic}}`
// with a topic holding ": " made the line a nested map (the new note's properties could
// not be read at all), and one holding " #" cut the value at a comment. The rule chosen:
// a plain value with tags in it is filled whole, then the whole value is double-quoted when
// YAML would not read it back as that text; a value YAML reads as it is stays as written.
// Read back with the `yaml` package, as the command-line tool reads notes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { renderTemplate } from "../../src/core/new-episode/template/render";
import { bestGrowth, whole } from "../support/growth";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow } from "../../src/core/settings/settings";

const TEMPLATE = [
  "---",
  "summary: Episode {{topic}}",
  "pair: {{code}} and {{topic}} # the host's own comment",
  "alone: {{topic}} # after a lone tag",
  "list:",
  "  - Talk on {{topic}}",
  "  - {{topic}}, live",
  "nested:",
  "  - name: {{code}} – {{topic}}",
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

function expectRead(topic: string): void {
  const { errors, data } = properties(render(topic));
  expect(errors, topic).toEqual([]);
  expect(data.summary, topic).toBe(`Episode ${topic}`);
  expect(data.pair, topic).toBe(`OH and ${topic}`);
  expect(data.list, topic).toEqual([`Talk on ${topic}`, `${topic}, live`]);
  expect(data.nested, topic).toEqual([{ name: `OH – ${topic}` }]);
}

describe("a tag inside a plain value: the whole value reads back as the filled text", () => {
  it("the named topics: ': ', ' #', a trailing colon, quotes, a line break", () => {
    for (const topic of ["Loki: the next years", "SLOs #1", "what is next:", 'Why "SLOs" matter', "it's", "a\nb", "a\u0000b", "yes", "[draft]", "{x}", "- a", "@home", "  padded  "]) {
      expectRead(topic);
    }
  });

  it("a lone tag followed by the template's comment is quoted when it must be, the comment kept", () => {
    const out = render("Loki: 3");
    expect(properties(out).data.alone).toBe("Loki: 3");
    expect(out).toContain('alone: "Loki: 3" # after a lone tag');
  });

  it("plain text stays as it was written (no quotes added where YAML needs none)", () => {
    const out = render("Grafana Loki 3.0");
    expect(out).toContain("summary: Episode Grafana Loki 3.0\n");
    expect(out).toContain("  - Talk on Grafana Loki 3.0\n");
  });

  it("any text (property)", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('"', "'", "\\", ",", "[", "]", "{", "}", "#", ": ", " #", ":", "\n", "\r\n", "\t", "\u0085", "😀", "- ", "? ", "|", ">", "&a", "*a", "!x", "%", "@", "`"));
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")), (topic) => expectRead(topic)));
  });

  it("a map written by the template with a tag as its key is left a map", () => {
    const { errors, data } = properties(render("Ann", "---\nroles:\n  - {{topic}}: host\n---\n"));
    expect(errors).toEqual([]);
    expect(data.roles).toEqual([{ Ann: "host" }]);
  });

  // template7: the tag is kept as written (quoting would escape its own quotes), in a folded
  // block when the value needs one (the plain line was a nested map); kept-tag-value.test.ts.
  it("a value holding a tag left for Templater keeps the tag as written, in a block when it must", () => {
    const out = render("a: b", '---\nask: <% tp.system.prompt("Topic: ") %> on {{topic}}\n---\n');
    expect(out).toBe('---\nask: >-\n  <% tp.system.prompt("Topic: ") %> on a: b\n---\n');
    expect(properties(out)).toEqual({ errors: [], data: { ask: '<% tp.system.prompt("Topic: ") %> on a: b' } });
  });

  it("the lines of a block scalar are its text: a value there is never quoted", () => {
    const out = render("Loki: yes", "---\nabout: |\n  Notes: {{topic}}\n  more {{topic}}\nafter: {{topic}} x\n---\n");
    const { errors, data } = properties(out);
    expect(errors).toEqual([]);
    expect(data.about).toBe("Notes: Loki: yes\nmore Loki: yes\n");
    expect(data.after).toBe("Loki: yes x");
  });

  it("a long line of tags in one plain value is linear", () => {
    const make = whole((n) => `---\nk: a ${"{{topic}} ".repeat(n / 10)}\n---\n`);
    expect(bestGrowth((template: string) => render("a: b #c", template), make, 4000, 8)).toBeLessThan(8);
  });

  it("a 100,000-character value line without a colon is linear", () => {
    const make = whole((n) => `---\n${"a -".repeat(n / 3)}{{topic}}\n---\n`);
    expect(bestGrowth((template: string) => render("x", template), make, 20000, 8)).toBeLessThan(8);
  });
});

describe("New episode with such a template: the note's properties read back", () => {
  it("topics with ': ', ' #', quotes and a Templater title in a plain value", () => {
    const show = { ...defaultShow("UTC", "Office Hours"), code: "OH" };
    const template = "---\ndate: {{date}}\nsummary: Episode {{topic}} with {{guests}}\ntitle: OH <% tp.file.title %>\n---\n# {{topic}}\n- [ ] prep\n";
    for (const topic of ["Loki: what's next", "SLOs #2", 'the "big" one', "- dash"]) {
      const plan = planEpisode({ topic, guests: ["Ann: Lee"], date: "2026-03-06", time: "13:00", number: 7 }, show, template, new Date("2026-01-01T00:00:00Z"));
      const { errors, data } = properties(plan.content);
      expect(errors, topic).toEqual([]);
      expect(data.summary, topic).toBe(`Episode ${topic} with Ann: Lee`);
      expect(data.title, topic).toBe(`OH ${plan.basename}`);
    }
  });
});
