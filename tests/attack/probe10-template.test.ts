// probe10: a user template as it comes from other tools, and a tag left for Templater.
// Promises (README, "Templates"): a template that leaves `date:` empty or the guest as a
// placeholder gets what the form said; a value put in the frontmatter is quoted when YAML
// would misread it; a tag left for Templater stays as written, and the properties read the
// same text before Templater runs and after.
// Read back with the `yaml` package, as the command-line tool reads notes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { defaultShow } from "../../src/core/settings/settings";

const show = { ...defaultShow("Europe/Berlin", "Office Hours"), folder: "Shows/OH" };
const draft = { number: 12, topic: "Loki: the basics", date: "2026-06-06", time: "13:00", guests: ["Ann Lee"] };
const now = new Date("2026-06-01T10:00:00Z");

function properties(text: string): { errors: string[]; data: Record<string, unknown> } {
  expect(text.startsWith("---\n")).toBe(true);
  const head = text.slice(4, text.indexOf("\n---\n", 3));
  const doc = parseDocument(head);
  return { errors: doc.errors.map((e) => e.message), data: (doc.toJS() ?? {}) as Record<string, unknown> };
}

describe("a template saved with a byte-order mark before its `---` (Windows Notepad, some sync tools)", () => {
  const template = ["---", "date:", "topic: {{topic}}", "---", "# {{title}}", "", "Guest:: \"Name\"", "- [ ] Send the invite 📅 -3d", ""].join("\n");

  it("is filled as the same template without the mark, and the note starts with its properties", () => {
    const plain = planEpisode(draft, show, template, now).content;
    const marked = planEpisode(draft, show, `\uFEFF${template}`, now).content;
    // Was: the mark kept, `date:` left empty, `Guest:: "Name"` left, `topic: Loki: the basics` unquoted (no YAML).
    expect(marked).toBe(plain);
    const { errors, data } = properties(marked);
    expect(errors).toEqual([]);
    expect(data).toEqual({ date: "2026-06-06", topic: "Loki: the basics" });
    expect(marked).toContain("Guest:: Ann Lee");
  });
});

describe("a whole value that is one tag left for Templater", () => {
  const head = (line: string) => `---\n${line}\n---\nBody\n`;
  const render = (line: string) => planEpisode(draft, show, head(line), now).content;

  it("whose own text breaks YAML (`prompt(\"Topic: \")`) becomes a folded block that reads the same before and after Templater runs", () => {
    const tag = '<% tp.system.prompt("Topic: ") %>';
    const out = render(`summary: ${tag}`);
    // Was: left on its line, `summary: <% tp.system.prompt("Topic: ") %>`, which YAML refuses.
    const before = properties(out);
    expect(before.errors).toEqual([]);
    expect(before.data.summary).toBe(tag);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }).filter((s) => !/[\p{Cc}\u2028\u2029\uFEFF]/u.test(s)), (typed) => {
        const after = properties(out.replace(tag, typed));
        expect(after.errors).toEqual([]);
        // One line of any text typed into the prompt (what YAML keeps of its spaces at the ends aside).
        const summary = after.data.summary ?? "";
        expect(typeof summary === "string" ? summary.trim() : summary).toBe(typed.trim());
      }),
      { numRuns: 300 },
    );
  });

  it("whose text YAML reads as written stays exactly as written (Templater's own idiom)", () => {
    for (const line of ["title: <% tp.system.prompt(\"Topic\") %>", "created: <% tp.file.creation_date() %>", "mood: <% tp.system.suggester([\"a\", \"b\"], [\"a\", \"b\"]) %>"]) {
      expect(render(line)).toBe(head(line));
    }
  });

  it("filled by this plugin is still placed as YAML reads it (`<% tp.file.title %>` quoted when it must be)", () => {
    const out = render("title: <% tp.file.title %>");
    expect(properties(out).data.title).toBe("OH 12 - Loki - the basics, with Ann Lee");
    const named = planEpisode({ ...draft, plannedName: "OH 12: #1" }, show, head("title: <% tp.file.title %>"), now).content;
    expect(properties(named).errors).toEqual([]);
  });
});

// README, "Templates": `{{frequency}}` is "weekly" … "a Spanish show's, “semanal”, “quincenal”,
// “mensual”". A template note of the user's was filled in English whatever the show's
// language: a Spanish template read "El Saturday 6 June … weekly".
// Rule chosen, as for a snippet note without `language:`: a user's template is written in the
// show's language (empty: English); its weekdays and months are in it, and a Spanish one
// gets the Spanish worded values. The built-in templates are English and stay so.
describe("a template note of a show in another language", () => {
  const line = "{{weekday}} {{date:dddd D MMMM}} · {{frequency}} · {{durationText}} · {{guests}}";
  const template = `---\ndate:\n---\n${line}\n`;
  const body = (language: string, source: string | null = template) =>
    planEpisode({ ...draft, guests: ["Ann", "Ivo"] }, { ...show, language }, source, now).content.split("\n").filter((l) => l.includes(" · "));

  it("is filled in the show's language: Spanish weekdays, months and worded values", () => {
    expect(body("es")).toEqual(["sábado sábado 6 junio · semanal · de una hora · Ann e Ivo"]);
    expect(body("es-MX")).toEqual(["sábado sábado 6 junio · semanal · de una hora · Ann e Ivo"]);
  });

  it("dates in any language Intl knows; the worded values stay English where the plugin has no translation", () => {
    expect(body("de")).toEqual(["Samstag Samstag 6 Juni · weekly · an hour-long · Ann and Ivo"]);
    expect(body("")).toEqual(["Saturday Saturday 6 June · weekly · an hour-long · Ann and Ivo"]);
  });

  it("the built-in template stays English in a Spanish show", () => {
    const builtin = planEpisode(draft, { ...show, language: "es" }, null, now).content;
    expect(builtin).toContain("on Saturday.");
    expect(builtin).toContain("We do a weekly livestream");
  });
});
