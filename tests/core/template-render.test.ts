// Filling templates without running code: {{name}}, {{date:…}}/{{time:…}}, the Templater
// forms we understand, and everything else left exactly as written and reported once.
// Values placed into frontmatter must not change the YAML around them: checked by
// parsing the result with the `yaml` package as Obsidian's metadata cache reads it (the command-line
// tool's parser).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderTemplate, renderText, type TemplateValues } from "../../src/core/new-episode/template/render";
import { parseFrontmatterYaml } from "../../src/cli/frontmatter-yaml";
import type { YamlValue } from "../../src/core/types";

// GOH 25: Friday 5 January 2024, 13:00 UTC = 14:00 CET. Created on Tuesday 2 January.
const START = new Date("2024-01-05T13:00:00Z");
const NOW = new Date("2024-01-02T09:30:00Z");

function values(overrides: Partial<TemplateValues> = {}): TemplateValues {
  return {
    fields: { show: "Grafana Office Hours", title: "GOH 25 - Beyla, with Nikola", number: "25", guests: "Nikola Grcevski" },
    start: START,
    now: NOW,
    timeZone: "Europe/Berlin",
    locale: "en",
    ...overrides,
  };
}

/** The frontmatter of a rendered note, parsed as Obsidian's metadata cache holds it. */
function frontmatterOf(text: string): { data: Record<string, YamlValue>; errors: string[] } {
  const lines = text.split(/\r?\n/);
  expect(lines[0]).toBe("---");
  const close = lines.indexOf("---", 1);
  expect(close).toBeGreaterThan(0);
  const parsed = parseFrontmatterYaml(lines.slice(1, close).join("\n"));
  return { data: (parsed.data ?? {}) as Record<string, YamlValue>, errors: parsed.error === undefined ? [] : [parsed.error] };
}

describe("{{placeholders}}", () => {
  it("fills known names, case-insensitively and with spaces inside the braces", () => {
    expect(renderText("{{show}} #{{NUMBER}} with {{ guests }}", values())).toEqual({
      text: "Grafana Office Hours #25 with Nikola Grcevski",
      unresolved: [],
    });
  });

  it("formats {{date:…}} and {{time:…}} at the start in the show's zone", () => {
    expect(renderText("{{date:YYYY-MM-DD}} {{date:dddd D MMMM}} {{time:HH:mm}} {{time:h:mm A z}}", values()).text).toBe(
      "2024-01-05 Friday 5 January 14:00 2:00 PM CET",
    );
  });

  it("gives {{time:Zone}} as the start in that zone with its abbreviation", () => {
    // Before the fix the zone was read as a date pattern: "Friurope/Berlin".
    expect(renderText("{{time:Europe/Berlin}} / {{time: America/Los_Angeles}} / {{time:UTC}}", values()).text).toBe(
      "14:00 CET / 05:00 PST / 13:00 UTC",
    );
  });

  it("gives \"\" for a date or time format when the episode has no date yet", () => {
    expect(renderText("[{{date:YYYY}}][{{time:HH:mm}}][{{time:Europe/Berlin}}]", values({ start: null }))).toEqual({
      text: "[][][]",
      unresolved: [],
    });
  });

  it("takes {{date}} and {{time}} without a format from the fields", () => {
    expect(renderText("{{date}} {{time}}", values({ fields: { date: "2024-01-05", time: "13:00" } })).text).toBe("2024-01-05 13:00");
  });

  it("leaves an unknown name, or an unknown name with an argument, as written and reports each once in order", () => {
    expect(renderText("{{nope}} {{show}} {{other:x}} {{nope}} {{}}", values())).toEqual({
      text: "{{nope}} Grafana Office Hours {{other:x}} {{nope}} {{}}",
      unresolved: ["{{nope}}", "{{other:x}}", "{{}}"],
    });
  });

  it("inserts values as they are, never reading them again as tags", () => {
    const v = values({ fields: { title: "{{show}} <% tp.file.title %>", show: "S" } });
    expect(renderText("{{title}}|<% tp.file.title %>", v)).toEqual({ text: "{{show}} <% tp.file.title %>|{{show}} <% tp.file.title %>", unresolved: [] });
  });

  it("keeps filling after a stray opener that is never closed", () => {
    // A lone "<%" used to end the scan, leaving every later placeholder unfilled.
    expect(renderText("5 <% 6 and {{show}}", values()).text).toBe("5 <% 6 and Grafana Office Hours");
    expect(renderText("{{ never closed <% tp.file.title %>", values()).text).toBe("{{ never closed GOH 25 - Beyla, with Nikola");
  });
});

describe("Templater forms", () => {
  it("fills tp.file.title with or without whitespace control", () => {
    expect(renderText("<% tp.file.title %>|<%tp.file.title%>|<%_ tp.file.title _%>|<%- tp.file.title -%>", values()).text).toBe(
      "GOH 25 - Beyla, with Nikola|GOH 25 - Beyla, with Nikola|GOH 25 - Beyla, with Nikola|GOH 25 - Beyla, with Nikola",
    );
  });

  it("leaves tp.file.title as written when there is no title", () => {
    expect(renderText("<% tp.file.title %>", values({ fields: {} }))).toEqual({
      text: "<% tp.file.title %>",
      unresolved: ["<% tp.file.title %>"],
    });
  });

  it("formats tp.date.now at creation time in the show's zone, with a day offset either way", () => {
    // 09:30 UTC on Tuesday 2 January = 10:30 CET.
    const text = [
      "<% tp.date.now() %>",
      '<% tp.date.now("YYYY-MM-DD") %>',
      "<% tp.date.now('dddd HH:mm') %>",
      '<% tp.date.now("YYYY-MM-DD", 7) %>',
      '<% tp.date.now("YYYY-MM-DD", -1) %>',
      '<% tp.date.now( "D MMM" ,  -30 ) %>',
    ].join("|");
    expect(renderText(text, values()).text).toBe("2024-01-02|2024-01-02|Tuesday 10:30|2024-01-09|2024-01-01|3 Dec");
  });

  it.each([
    // Spring forward: 23:30 CET on Saturday 30 March 2024; 24 hours later it is already 1 April.
    ["2024-03-30T22:30:00Z", 1, "2024-03-31 23:30"],
    // Fall back: 00:30 CEST on Sunday 27 October; 24 hours later it is still the 27th (23:30 CET).
    ["2024-10-26T22:30:00Z", 1, "2024-10-28 00:30"],
    // And backwards across it: 00:30 CET on Monday 28 October.
    ["2024-10-27T23:30:00Z", -1, "2024-10-27 00:30"],
    ["2024-04-01T21:30:00Z", -2, "2024-03-30 23:30"],
  ])("counts tp.date.now's offset in calendar days across a DST change (%s %+d)", (now, days, expected) => {
    expect(renderText(`<% tp.date.now("YYYY-MM-DD HH:mm", ${days}) %>`, values({ now: new Date(now) })).text).toBe(expected);
  });

  it("reads tp.frontmatter by dot and by quoted key, lists joined with commas", () => {
    const frontmatter = { url: "https://x.test", "key with spaces": "spaced", guests: ["Ann", "Bo"], n: 5, flag: true, empty: null };
    expect(
      renderText(
        "<% tp.frontmatter.url %>|<% tp.frontmatter[\"key with spaces\"] %>|<% tp.frontmatter['guests'] %>|<% tp.frontmatter.n %>|<% tp.frontmatter.flag %>|<% tp.frontmatter.empty %>",
        values(),
        frontmatter,
      ).text,
    ).toBe("https://x.test|spaced|Ann, Bo|5|true|");
  });

  it("reads tp.frontmatter from the note's own rendered frontmatter, filled values and quotes included", () => {
    const template = ["---", "show: {{show}}", "time: {{time:HH:mm}}", "key with spaces: v", "---", "<% tp.frontmatter.show %> at <% tp.frontmatter.time %>, <% tp.frontmatter[\"key with spaces\"] %>"].join("\n");
    expect(renderTemplate(template, values()).text).toBe(
      ["---", "show: Grafana Office Hours", 'time: "14:00"', "key with spaces: v", "---", "Grafana Office Hours at 14:00, v"].join("\n"),
    );
  });

  it("leaves a missing frontmatter key as written", () => {
    expect(renderTemplate("<% tp.frontmatter.nothing %>", values())).toEqual({
      text: "<% tp.frontmatter.nothing %>",
      unresolved: ["<% tp.frontmatter.nothing %>"],
    });
  });

  it("leaves scripts and every other call exactly as written, each reported once in order of appearance", () => {
    const template = [
      '<%* tR += "hello" %>',
      "<% tp.system.prompt(\"Guest?\") %>",
      "<% tp.file.creation_date() %>",
      '<% tp.date.now("YYYY", "P1D") %>',
      '<% tp.date.now("YYYY", 100000) %>',
      "<% tp.frontmatter %>",
      "<% tp.file.title.toUpperCase() %>",
      '<%* tR += "hello" %>',
      "<%%>",
    ].join("\n");
    const result = renderTemplate(template, values());
    expect(result.text).toBe(template);
    expect(result.unresolved).toEqual([
      '<%* tR += "hello" %>',
      '<% tp.system.prompt("Guest?") %>',
      "<% tp.file.creation_date() %>",
      '<% tp.date.now("YYYY", "P1D") %>',
      '<% tp.date.now("YYYY", 100000) %>',
      "<% tp.frontmatter %>",
      "<% tp.file.title.toUpperCase() %>",
      "<%%>",
    ]);
  });

  it("never formats a Templater tag away inside {{date:…}}", () => {
    expect(renderText("{{date:<%* tR += 1 %>}}", values())).toEqual({
      text: "{{date:<%* tR += 1 %>}}",
      unresolved: ["{{date:<%* tR += 1 %>}}"],
    });
  });

  it("runs no code", () => {
    const marker = "__officeHoursTemplateRan";
    const template = `<%* globalThis.${marker} = 1 %><% globalThis.${marker} = 2 %>{{${marker}}}<% tp.frontmatter[(globalThis.${marker} = 3)] %>`;
    renderTemplate(template, values());
    expect(marker in globalThis).toBe(false);
  });
});

describe("renderTemplate: values placed into frontmatter", () => {
  const TRICKY: [string, string][] = [
    ["A: B", "A: B"],
    ["#hashtag", "#hashtag"],
    ["[list]", "[list]"],
    ['"quoted"', '"quoted"'],
    ["- dash", "- dash"],
    ["13:00", "13:00"],
    ["{map}", "{map}"],
    ["'single'", "'single'"],
    ["a # comment", "a # comment"],
    ["trailing space ", "trailing space "],
    ["two\nlines", "two\nlines"],
    ["*alias", "*alias"],
    ["&anchor", "&anchor"],
    ["!tag", "!tag"],
    ["%directive", "%directive"],
    ["@reserved", "@reserved"],
    ["`tick", "`tick"],
    ["|", "|"],
    [">", ">"],
    ["False", "False"],
    ["null", "null"],
    ["tab\tinside", "tab\tinside"],
    ["bell\u0007", "bell\u0007"],
  ];

  it.each(TRICKY)("%j stays the text it was", (value, expected) => {
    const template = "---\nshow: {{show}}\nafter: kept\n---\nbody {{show}}\n";
    const { text } = renderTemplate(template, values({ fields: { show: value } }));
    const yaml = frontmatterOf(text);
    expect(yaml.errors).toEqual([]);
    expect(yaml.data).toEqual({ show: expected, after: "kept" });
    // The body is Markdown, not YAML: the value goes in as it is, except a code span it
    // opens and never closes (that one could swallow a link further on) and a control
    // character a paste brought, dropped as the snippets drop it (pasted-text.ts).
    const body = value === "`tick" ? "\\`tick" : value === "bell\u0007" ? "bell" : value;
    expect(text.endsWith(`---\nbody ${body}\n`)).toBe(true);
  });

  it("writes safe values plain and quotes only what needs it", () => {
    const template = ["---", "a: {{a}}", "b: {{b}}", "c: {{c}}", "d: {{d}}", "e: {{e}}", "---", ""].join("\n");
    const fields = { a: "Grafana Office Hours", b: "A: B", c: "2024-01-05", d: "13:00", e: "" };
    expect(renderTemplate(template, values({ fields })).text).toBe(
      ["---", "a: Grafana Office Hours", 'b: "A: B"', "c: 2024-01-05", 'd: "13:00"', "e: ", "---", ""].join("\n"),
    );
  });

  it("keeps numbers plain so a numeric property stays a number", () => {
    const { text } = renderTemplate("---\nnumber: {{n}}\n---\n", values({ fields: { n: "25" } }));
    expect(text).toBe("---\nnumber: 25\n---\n");
    expect(frontmatterOf(text).data).toEqual({ number: 25 });
  });

  it("quotes a value that is a whole list item", () => {
    // "- A: B" was read as a map with key "A".
    const template = "---\nguests:\n  - {{a}}\n  - {{b}}\n---\n";
    const { text } = renderTemplate(template, values({ fields: { a: "A: B", b: "Bo" } }));
    expect(text).toBe('---\nguests:\n  - "A: B"\n  - Bo\n---\n');
    expect(frontmatterOf(text)).toEqual({ data: { guests: ["A: B", "Bo"] }, errors: [] });
  });

  it("quotes a value that is part of a longer scalar when it holds a line break, keeping the template's comment", () => {
    // ` #` begins a YAML comment, so `#{{number}} special` is the template's comment (filled on its line).
    const template = "---\ntitle: {{show}} #{{number}} special\n---\n";
    const { text } = renderTemplate(template, values({ fields: { show: "Two\r\nLines", number: "25" } }));
    expect(text).toBe('---\ntitle: "Two\\r\\nLines" #25 special\n---\n');
  });

  it("keeps CRLF line ends in the frontmatter and the body", () => {
    const template = "---\r\nshow: {{show}}\r\ntime: {{time:HH:mm}}\r\n---\r\n# {{show}}\r\n";
    expect(renderTemplate(template, values()).text).toBe('---\r\nshow: Grafana Office Hours\r\ntime: "14:00"\r\n---\r\n# Grafana Office Hours\r\n');
  });

  it("treats a template without a closed frontmatter as body text", () => {
    const { text } = renderTemplate("---\nshow: {{show}}\n", values({ fields: { show: "A: B" } }));
    expect(text).toBe("---\nshow: A: B\n");
  });

  it("for any value, `key: {{value}}` reads back as that value and leaves the other keys alone", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(":", "#", "[", "]", "{", "}", '"', "'", "-", " ", "\t", "\n", "\r", "\\", ",", "&", "*", "!", "|", ">", "%", "@", "`", "?"),
        fc.constantFrom("a", "Z", "0", "1", ".", "e", "é", "😀", "\u0001", "\b", "\f", "\u007f", "\u0085", "\u2028", "true", "null", "No"),
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (value) => {
        const { text: rendered } = renderTemplate("---\nbefore: 1\nvalue: {{v}}\nafter: 2\n---\n", values({ fields: { v: value } }));
        const yaml = frontmatterOf(rendered);
        expect(yaml.errors).toEqual([]);
        const { value: read, ...others } = yaml.data;
        expect(others).toEqual({ before: 1, after: 2 });
        // Digits stay a number on purpose (see "keeps numbers plain"); anything else is the text itself.
        if (typeof read === "number") expect(read).toBe(Number(value));
        else expect(read).toBe(value === "" ? null : value);
      }),
      { numRuns: 400 },
    );
  });
});

describe("renderTemplate: any template text", () => {
  /** Tags we do not understand: each must come out exactly as it went in. */
  const UNKNOWN = [
    '<%* tR += "x" %>',
    "<%* await tp.system.prompt() %>",
    '<% tp.system.prompt("Guest?") %>',
    "<% tp.file.rename(\"x\") %>",
    '<% tp.date.now("YYYY", "P-1M") %>',
    "<% tp.user.script() %>",
    "<% 1 + 1 %>",
    "<%~ x %>",
    "<%%>",
  ];
  const KNOWN = ["<% tp.file.title %>", '<% tp.date.now("YYYY-MM-DD", 3) %>', "<% tp.frontmatter.show %>", "{{show}}", "{{date:D MMM}}", "{{time:Asia/Kolkata}}", "{{nope}}"];
  const FILLER = ["---\n", "show: ", "\n", "\r\n", " ", "x", "{{", "}}", "<%", "%", ">", "}", "{", ":", "date:", "#", '"', "[", "]", "*", "-", "é", "😀", "\ud800"];
  const piece = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN).map((tag) => ({ tag })) },
    { weight: 2, arbitrary: fc.constantFrom(...KNOWN).map((text) => ({ text })) },
    { weight: 5, arbitrary: fc.constantFrom(...FILLER).map((text) => ({ text })) },
  );

  it("never throws, and every tag it does not understand survives verbatim and is reported", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.boolean(), (pieces, noDate) => {
        const template = pieces.map((p) => ("tag" in p ? p.tag : p.text)).join("");
        const result = renderTemplate(template, values(noDate ? { start: null } : {}));
        expect(new Set(result.unresolved).size).toBe(result.unresolved.length);
        for (const p of pieces) {
          if (!("tag" in p)) continue;
          expect(result.text).toContain(p.tag);
          expect(result.unresolved.some((u) => u.includes(p.tag))).toBe(true);
        }
        // What is reported is still in the text.
        for (const tag of result.unresolved) expect(result.text).toContain(tag);
      }),
      { numRuns: 500 },
    );
  });

  it("returns text with no tags unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r\n", "---\n", ":", "#", "{", "}", "<", "%", ">", "é") }), (text) => {
        fc.pre(!text.includes("{{") && !text.includes("<%"));
        expect(renderTemplate(text, values())).toEqual({ text, unresolved: [] });
      }),
      { numRuns: 300 },
    );
  });
});
