// Keys a user writes that are also names every JavaScript object carries (`constructor`,
// `__proto__`, `toString`, `hasOwnProperty`, `valueOf`). They are ordinary keys: an
// inline field `Constructor:: Acme` made readEpisode throw (`fields[key].push is not a
// function`), which left the whole sidebar at "Reading episode notes…"; a frontmatter
// `__proto__:` holding a `url:` gave the note that url; `{{constructor}}` in a snippet
// inserted the source text of Object's constructor.
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { renderTemplate, renderText, type TemplateValues } from "../../src/core/new-episode/template/render";
import { fillSnippet } from "../../src/core/snippets/fill";
import { edgeText, readEdge } from "./edge-notes";
import { realNotes } from "../plugin/harness";
import { readNote, lazyFrontmatter } from "../support/notes";

const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__"];

describe("inline fields named like Object's own properties", () => {
  // Each form the issue reported, on a note that is otherwise an episode.
  const forms: [form: string, key: string, value: string][] = [
    ["Constructor:: Acme", "constructor", "Acme"],
    ["(constructor:: x)", "constructor", "x"],
    ["**constructor**:: x", "constructor", "x"],
    ["> constructor:: x", "constructor", "x"],
    ["- [ ] task [__proto__:: x]", "__proto__", "x"],
    ["toString:: y", "tostring", "y"],
    ["Text [__proto__:: z] more", "__proto__", "z"],
    ["hasOwnProperty:: w", "hasownproperty", "w"],
  ];

  it.each(forms)("%s is an ordinary field, and the note is still read", (form, key, value) => {
    const episode = readNote("GOH 7 - Objects.md", `Guest:: Ann\n- [ ] prepare\n${form}\n`);
    expect(Object.entries(episode.fields)).toEqual([
      ["guest", ["Ann"]],
      [key, [value]],
    ]);
    expect(episode.guests.map((g) => g.name)).toEqual(["Ann"]);
  });

  it("collects every form of one such key in document order (edge note)", () => {
    const episode = readEdge("prototype-names.md");
    expect(Object.entries(episode.fields)).toEqual([
      ["guest", ["Ada Lovelace"]],
      ["constructor", ["Acme", "bold", "quoted", "in parentheses"]],
      ["hasownproperty", ["yes"]],
      ["valueof", ["7"]],
      ["__proto__", ["x"]],
      ["tostring", ["done"]],
    ]);
    expect([episode.done, episode.total, episode.date]).toEqual([1, 2, "2024-03-08"]);
  });

  it("a guest field configured as `Constructor` reads its guests", () => {
    const { settings } = migrateSettings({ version: 1, shows: [{ id: "s", name: "S", code: "S", folder: "S", guestFields: ["Constructor"] }] });
    const result = createClassifier(settings).classify("S/S 3 - Build.md", "Constructor:: Ann, Bo\n- [ ] a\n", lazyFrontmatter("Constructor:: Ann, Bo\n- [ ] a\n"));
    expect(result.episode?.guests.map((g) => g.name)).toEqual(["Ann", "Bo"]);
  });
});

describe("frontmatter keys named like Object's own properties", () => {
  it("are kept as the note's own keys; `__proto__:` holding a url gives the note no url", () => {
    const episode = readEdge("prototype-names.md");
    expect(episode.url).toBeNull();
    expect(Object.keys(episode.frontmatter)).toEqual(["__proto__", "constructor", "toString", "date"]);
    const own = (key: string) => Object.getOwnPropertyDescriptor(episode.frontmatter, key)?.value as unknown;
    expect(own("__proto__")).toEqual({ url: "https://example.com/not-the-url" });
    expect([own("constructor"), own("toString")]).toEqual(["Acme Corp", "kept as text"]);
    expect(episode.warnings).toEqual([]);
  });

  it("a `url:` inside `__proto__:` is not the note's url even with no other url", () => {
    const episode = readNote("n.md", "---\n__proto__:\n  url: https://evil.example\n  date: 2030-01-01\n---\nGuest:: A\n");
    expect([episode.url, episode.date]).toEqual([null, null]);
  });
});

describe("one such note among the real notes", () => {
  it("is indexed with the others: none is lost", () => {
    const index = new EpisodeIndex(createClassifier(defaultSettings()));
    const notes = realNotes();
    for (const [path, text] of Object.entries(notes)) index.update(path, text, lazyFrontmatter(text));
    const before = index.size;
    expect(before).toBeGreaterThan(4);
    index.update("prototype-names.md", edgeText("prototype-names.md"), lazyFrontmatter(edgeText("prototype-names.md")));
    expect(index.size).toBe(before + 1);
  });
});

describe("templates and snippets", () => {
  const values: TemplateValues = { fields: { show: "GOH" }, start: null, now: new Date("2024-01-02T09:30:00Z"), timeZone: "UTC", locale: "en" };

  it.each(NAMES)("{{%s}} in a template is unknown: left as written and reported", (name) => {
    const tag = `{{${name}}}`;
    expect(renderText(`${tag} {{show}}`, values)).toEqual({ text: `${tag} GOH`, unresolved: [tag] });
  });

  it.each(NAMES)("Templater's tp.frontmatter.%s reads only the note's own frontmatter", (name) => {
    const tag = `<% tp.frontmatter.${name} %>`;
    expect(renderTemplate(`---\nshow: x\n---\n${tag}`, values)).toEqual({ text: `---\nshow: x\n---\n${tag}`, unresolved: [tag] });
  });

  it("Templater's tp.frontmatter.__proto__ and .constructor read keys the note really has", () => {
    const template = "---\n__proto__: first\nconstructor: second\n---\n<% tp.frontmatter.__proto__ %>, <% tp.frontmatter.constructor %>";
    expect(renderTemplate(template, values).text.split("\n").at(-1)).toBe("first, second");
  });

  it.each(NAMES)("{{%s}} in a snippet is unknown: left as written, never asked for", (name) => {
    const tag = `{{${name}}}`;
    // With a refusal on record for another placeholder: the lookup of refusals is by own keys too.
    const values = { fields: { show: "GOH" }, start: null, timeZone: "UTC", locale: "en", refusals: { youtubechapters: "No chapters yet." } };
    expect(fillSnippet(`${tag} {{show}}`, values)).toEqual({
      text: `${tag} GOH`,
      missing: [],
      unknown: [tag],
      refused: [],
    });
  });
});
