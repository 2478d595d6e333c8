// Frontmatter: YAML between `---` lines at the very top, parsed by the shell (here the
// command-line tool's `yaml` package, as Obsidian's metadata cache holds it); url, date and every
// other key kept; malformed YAML still leaves the note read, the body parsed and a warning
// recorded, and like Obsidian no property is read from it.
import { describe, expect, it } from "vitest";
import { bodyStartOf, readFrontmatter } from "../../src/core/note/frontmatter";
import { readEpisode } from "../../src/core/note/episode";
import { guestRows, readEdge, taskRows } from "./edge-notes";
import { readNote } from "../support/notes";

describe("well-formed frontmatter", () => {
  it("reads url and date and keeps every other key", () => {
    const text = [
      "---",
      "url: https://youtube.com/live/abc?t=1#x",
      "date: 2024-01-05",
      "tags: [show, live]",
      "count: 3",
      "done: false",
      "nested:",
      "  key: value",
      "  list:",
      "    - 1",
      "    - two",
      'quoted: "a \\"b\\" # not a comment"',
      "plain: text # a comment",
      "---",
      "body",
    ].join("\n");
    const episode = readNote("x.md", text);
    expect(episode.url).toBe("https://youtube.com/live/abc?t=1#x");
    expect(episode.date).toBe("2024-01-05");
    expect(episode.frontmatter).toEqual({
      url: "https://youtube.com/live/abc?t=1#x",
      date: "2024-01-05",
      tags: ["show", "live"],
      count: 3,
      done: false,
      nested: { key: "value", list: [1, "two"] },
      quoted: 'a "b" # not a comment',
      plain: "text",
    });
    expect(episode.warnings).toEqual([]);
  });

  it("reads the BOM + CRLF note's frontmatter", () => {
    const episode = readEdge("crlf-bom.md");
    expect(episode.frontmatter).toEqual({ url: "https://example.com/live/1", date: "2024-05-10" });
    expect(episode.url).toBe("https://example.com/live/1");
    expect(episode.date).toBe("2024-05-10");
    expect(episode.warnings).toEqual([]);
  });

  it("gives null for an empty url and a missing one", () => {
    expect(readNote("x.md", "---\nurl:\n---\n").url).toBeNull();
    expect(readNote("x.md", '---\nurl: ""\n---\n').url).toBeNull();
    expect(readNote("x.md", "---\ntitle: x\n---\n").url).toBeNull();
  });

  it("accepts trailing spaces on the fences and `...` as the closing line", () => {
    expect(readNote("x.md", "--- \nurl: a\n---  \n").url).toBe("a");
    expect(readNote("x.md", "---\nurl: a\n...\n- [ ] t\n").tasks.map((t) => t.line)).toEqual([3]);
  });

  it("is only frontmatter at the very top", () => {
    const episode = readNote("x.md", "\n---\nurl: a\n---\n");
    expect(episode.frontmatter).toEqual({});
    expect(episode.url).toBeNull();
  });

  it("reads an empty frontmatter block", () => {
    const episode = readNote("x.md", "---\n---\n- [ ] a\n");
    expect(episode.frontmatter).toEqual({});
    expect(taskRows(episode)).toEqual([[2, " ", "a"]]);
    expect(episode.warnings).toEqual([]);
  });

  it("reads a note that is only frontmatter", () => {
    const episode = readEdge("frontmatter-only.md");
    expect(episode.url).toBe("https://example.com/fm-only");
    expect(episode.date).toBe("2024-06-01");
    expect(episode.tasks).toEqual([]);
    expect(episode.sections).toHaveLength(1);
    expect(episode.warnings).toEqual([]);
  });
});

describe("dates", () => {
  it.each([
    ["2024-01-05", "2024-01-05", null],
    ['"2024-01-05"', "2024-01-05", null],
    ["2024-1-5", "2024-01-05", null],
    ["2024-01-05T13:30", "2024-01-05", "13:30"],
    ["2024-01-05 9:05:00", "2024-01-05", "09:05"],
    ["2024-01-05T13:00:00Z", "2024-01-05", "13:00"],
    ["2024-01-05 # comment", "2024-01-05", null],
  ])("date: %s → %s %s", (value, date, time) => {
    const episode = readNote("x.md", `---\ndate: ${value}\n---\n`);
    expect([episode.date, episode.time]).toEqual([date, time]);
    expect(episode.warnings).toEqual([]);
  });

  it("takes a separate time property", () => {
    expect(readNote("x.md", "---\ndate: 2024-01-05\ntime: 9:05\n---\n").time).toBe("09:05");
    expect(readNote("x.md", "---\ndate: 2024-01-05\ntime: 25:00\n---\n").time).toBeNull();
  });

  it("lets the frontmatter date win over the file name's", () => {
    expect(readNote("CCG 005 - 231130 - x.md", "---\ndate: 2023-12-01\n---\n").date).toBe("2023-12-01");
    expect(readNote("2025-03-25-loki-cache.md", "---\ndate: 2025-04-01\n---\n").date).toBe("2025-04-01");
  });

  it("falls back to the file name's date when the property is empty or missing", () => {
    expect(readNote("2025-03-25-loki-cache.md", "---\ndate:\n---\n").date).toBe("2025-03-25");
    expect(readNote("CCG 005 - 231130 - x.md", "").date).toBe("2023-11-30");
  });

  it("warns about a date that is not a date, and uses the file name's", () => {
    const episode = readNote("2024-01-01 Topic.md", "---\ndate: 2024-02-30\n---\n");
    expect(episode.date).toBe("2024-01-01");
    expect(episode.warnings).toEqual([
      'The frontmatter date "2024-02-30" is not a date like 2024-01-05; the date in the file name is used.',
    ]);
    const noName = readNote("Topic.md", "---\ndate: next friday\n---\n");
    expect(noName.date).toBeNull();
    expect(noName.warnings).toEqual(['The frontmatter date "next friday" is not a date like 2024-01-05.']);
  });
});

describe("malformed frontmatter", () => {
  const invalid = (why: string) => `The frontmatter is not valid YAML (${why}), so none of its properties were read.`;

  it("bad indentation: warns, reads no property (as Obsidian), reads the body", () => {
    const episode = readEdge("fm-bad-indent.md");
    expect([episode.url, episode.date, episode.frontmatter]).toEqual([null, null, {}]);
    expect(episode.warnings).toEqual([invalid("Nested mappings are not allowed in compact mappings, line 2")]);
    expect(guestRows(episode)).toEqual([["Ann Lee", null, null]]);
    expect(taskRows(episode)).toEqual([[6, " ", "counted although the frontmatter is malformed"]]);
  });

  it("an unclosed quote: warns, reads the body", () => {
    const episode = readEdge("fm-unclosed-quote.md");
    expect([episode.url, episode.date]).toEqual([null, null]);
    expect(episode.warnings).toEqual([invalid('Missing closing "quote, line 4')]);
    expect(taskRows(episode)).toEqual([[4, " ", "counted"]]);
  });

  it("a duplicate key: warns; YAML forbids it, so no property is read (Obsidian shows none either)", () => {
    const episode = readEdge("fm-duplicate-key.md");
    expect([episode.url, episode.date]).toEqual([null, null]);
    expect(episode.warnings).toEqual([invalid("Map keys must be unique, line 4")]);
    expect(taskRows(episode)).toEqual([[5, " ", "counted"]]);
  });

  it("a --- never closed: no frontmatter, the whole note is body, with a warning", () => {
    const episode = readEdge("fm-never-closed.md");
    expect(episode.frontmatter).toEqual({});
    expect(episode.url).toBeNull();
    expect(episode.warnings).toEqual([
      "The frontmatter starts with --- but is never closed by another --- line, so it was read as text.",
    ]);
    expect(guestRows(episode)).toEqual([["Ann Lee", null, null]]);
    expect(taskRows(episode)).toEqual([[3, " ", "counted: with no closing fence the note has no frontmatter"]]);
  });

  it("a tab-indented key, a list never closed: warns and reads the rest", () => {
    const tab = readNote("x.md", "---\n\turl: a\ndate: 2024-01-05\n---\n- [ ] t\n");
    expect([tab.url, tab.date, tab.tasks.length]).toEqual([null, null, 1]);
    expect(tab.warnings).toEqual([invalid("Tabs are not allowed as indentation, line 2")]);
    const list = readNote("x.md", "---\ntags: [a, b\njust words\nurl: u\n---\n");
    expect(list.url).toBeNull();
    expect(list.warnings).toEqual([invalid("Flow sequence in block collection must be sufficiently indented and end with a ], line 3")]);
  });

  it("a flow list nested thousands deep: no crash, a warning, the body read", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const episode = readNote("x.md", `---\nurl: u\ntags: ${deep}\n---\n- [ ] t\n`);
    expect(episode.tasks).toHaveLength(1);
    expect(episode.warnings).toHaveLength(1);
    expect(episode.warnings[0]).toBe(invalid("nested more than 100 levels deep, line 3"));
  });

  it("4,000 levels of nested keys (8 MB): no stack overflow, the body read", () => {
    const chain = Array.from({ length: 4000 }, (_, i) => `  ${" ".repeat(i)}k:`);
    const text = ["---", "url: https://example.com/1", "deep:", ...chain, "---", "Guest:: Ann", "- [ ] a"].join("\n");
    const episode = readNote("x.md", text);
    expect([episode.tasks.length, episode.guests.map((g) => g.name)]).toEqual([1, ["Ann"]]);
    expect(episode.warnings).toHaveLength(1);
  });

  it("YAML that is not a set of properties (a list, a sentence): a warning, no property", () => {
    for (const yaml of ["- a\n- b", "just words"]) {
      const episode = readNote("x.md", `---\n${yaml}\n---\n- [ ] t\n`);
      expect([episode.frontmatter, episode.tasks.length]).toEqual([{}, 1]);
      expect(episode.warnings).toEqual(["The frontmatter is not valid YAML properties, so none of them were read."]);
    }
  });
});

describe("what the shell hands over", () => {
  it("Obsidian's cache leaves frontmatter unset for broken YAML: the warning says so without a reason", () => {
    const episode = readEpisode("x.md", "---\nurl: [\n---\n- [ ] t\n", {}, { data: undefined, bodyStart: 3 });
    expect(episode.warnings).toEqual(["The frontmatter is not valid YAML properties, so none of them were read."]);
    expect(episode.tasks.map((t) => t.line)).toEqual([3]);
  });

  it("an empty block or one of comments only is no error", () => {
    expect(readEpisode("x.md", "---\n# nothing yet\n\n---\n", {}, {}).warnings).toEqual([]);
  });

  it("uses the platform's body start only where this text closes its frontmatter", () => {
    const text = "---\nurl: a\n---\n- [ ] t\n";
    // A cache made from an older version of the note pointed one line further down.
    expect(readEpisode("x.md", text, {}, { data: { url: "a" }, bodyStart: 4 }).tasks.map((t) => t.line)).toEqual([3]);
    expect(readEpisode("x.md", text, {}, { data: { url: "a" }, bodyStart: 3 }).tasks.map((t) => t.line)).toEqual([3]);
  });

  it("takes what parsers make: Dates, numbers, nested maps, null, a Map-free record", () => {
    const date = new Date("2024-01-05T13:00:00Z");
    const episode = readEpisode("x.md", "---\n---\n", {}, { data: { date: "2024-01-05", live: date, url: 42, nested: { a: { b: 1 } }, status: null } });
    expect([episode.url, episode.date, episode.live.start, episode.status]).toEqual(["42", "2024-01-05", "2024-01-05T13:00:00Z", null]);
    expect(Object.getPrototypeOf(episode.frontmatter)).toBeNull();
  });
});

describe("readFrontmatter and bodyStartOf", () => {
  it("say where the body starts", () => {
    expect(bodyStartOf(["---", "a: 1", "---", "body"])).toBe(3);
    expect(bodyStartOf(["body"])).toBe(0);
    expect(bodyStartOf(["---", "a: 1"])).toBe(0);
    expect(readFrontmatter(["---", "a: 1", "---", "body"], { data: { a: 1 } })).toEqual({ data: { a: 1 }, bodyStart: 3, warnings: [] });
  });
});
