// Frontmatter: YAML between `---` lines at the very top; url, date and every other key
// kept; malformed YAML still leaves the note read, the body parsed and a warning recorded.
import { describe, expect, it } from "vitest";
import { readEpisode } from "../../src/core/note/episode";
import { readFrontmatter } from "../../src/core/note/frontmatter";
import { MAX_YAML_DEPTH, MAX_YAML_ERRORS, parseYaml } from "../../src/core/note/yaml";
import type { YamlValue } from "../../src/core/types";
import { guestRows, readEdge, taskRows } from "./edge-notes";

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
    const episode = readEpisode("x.md", text);
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
    expect(readEpisode("x.md", "---\nurl:\n---\n").url).toBeNull();
    expect(readEpisode("x.md", '---\nurl: ""\n---\n').url).toBeNull();
    expect(readEpisode("x.md", "---\ntitle: x\n---\n").url).toBeNull();
  });

  it("accepts trailing spaces on the fences and `...` as the closing line", () => {
    expect(readEpisode("x.md", "--- \nurl: a\n---  \n").url).toBe("a");
    expect(readEpisode("x.md", "---\nurl: a\n...\n- [ ] t\n").tasks.map((t) => t.line)).toEqual([3]);
  });

  it("is only frontmatter at the very top", () => {
    const episode = readEpisode("x.md", "\n---\nurl: a\n---\n");
    expect(episode.frontmatter).toEqual({});
    expect(episode.url).toBeNull();
  });

  it("reads an empty frontmatter block", () => {
    const episode = readEpisode("x.md", "---\n---\n- [ ] a\n");
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
    const episode = readEpisode("x.md", `---\ndate: ${value}\n---\n`);
    expect([episode.date, episode.time]).toEqual([date, time]);
    expect(episode.warnings).toEqual([]);
  });

  it("takes a separate time property", () => {
    expect(readEpisode("x.md", "---\ndate: 2024-01-05\ntime: 9:05\n---\n").time).toBe("09:05");
    expect(readEpisode("x.md", "---\ndate: 2024-01-05\ntime: 25:00\n---\n").time).toBeNull();
  });

  it("lets the frontmatter date win over the file name's", () => {
    expect(readEpisode("CCG 005 - 231130 - x.md", "---\ndate: 2023-12-01\n---\n").date).toBe("2023-12-01");
    expect(readEpisode("2025-03-25-loki-cache.md", "---\ndate: 2025-04-01\n---\n").date).toBe("2025-04-01");
  });

  it("falls back to the file name's date when the property is empty or missing", () => {
    expect(readEpisode("2025-03-25-loki-cache.md", "---\ndate:\n---\n").date).toBe("2025-03-25");
    expect(readEpisode("CCG 005 - 231130 - x.md", "").date).toBe("2023-11-30");
  });

  it("warns about a date that is not a date, and uses the file name's", () => {
    const episode = readEpisode("2024-01-01 Topic.md", "---\ndate: 2024-02-30\n---\n");
    expect(episode.date).toBe("2024-01-01");
    expect(episode.warnings).toEqual([
      'The frontmatter date "2024-02-30" is not a date like 2024-01-05; the date in the file name is used.',
    ]);
    const noName = readEpisode("Topic.md", "---\ndate: next friday\n---\n");
    expect(noName.date).toBeNull();
    expect(noName.warnings).toEqual(['The frontmatter date "next friday" is not a date like 2024-01-05.']);
  });
});

describe("malformed frontmatter", () => {
  it("bad indentation: warns, keeps the other keys, reads the body", () => {
    const episode = readEdge("fm-bad-indent.md");
    expect(episode.url).toBe("https://example.com/bad-indent");
    expect(episode.frontmatter.title).toBe("Kept anyway");
    expect(episode.date).toBeNull();
    expect(episode.warnings).toEqual([
      "Frontmatter is not valid YAML (line 3: unexpected indentation); the keys that could be read were kept.",
    ]);
    expect(guestRows(episode)).toEqual([["Ann Lee", null, null]]);
    expect(taskRows(episode)).toEqual([[6, " ", "counted although the frontmatter is malformed"]]);
  });

  it("an unclosed quote: warns, keeps the keys, reads the body", () => {
    const episode = readEdge("fm-unclosed-quote.md");
    expect(episode.url).toBe("https://example.com/unclosed");
    expect(episode.date).toBe("2024-03-03");
    expect(episode.warnings).toEqual([
      "Frontmatter is not valid YAML (line 2: a quoted value is never closed); the keys that could be read were kept.",
    ]);
    expect(taskRows(episode)).toEqual([[4, " ", "counted"]]);
  });

  it("a duplicate key: warns and keeps the later value", () => {
    const episode = readEdge("fm-duplicate-key.md");
    expect(episode.date).toBe("2024-04-04");
    expect(episode.url).toBe("https://example.com/dup");
    expect(episode.warnings).toEqual([
      'Frontmatter is not valid YAML (line 4: duplicate key "date"); the keys that could be read were kept.',
    ]);
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

  it("a tab-indented key: warns and reads the rest", () => {
    const episode = readEpisode("x.md", "---\n\turl: a\ndate: 2024-01-05\n---\n- [ ] t\n");
    expect(episode.url).toBeNull();
    expect(episode.date).toBe("2024-01-05");
    expect(episode.warnings).toEqual([
      "Frontmatter is not valid YAML (line 2: tabs cannot indent YAML); the keys that could be read were kept.",
    ]);
    expect(episode.tasks).toHaveLength(1);
  });

  it("a list never closed and a line that is not key: value", () => {
    const episode = readEpisode("x.md", "---\ntags: [a, b\njust words\nurl: u\n---\n");
    expect(episode.url).toBe("u");
    expect(episode.warnings).toEqual([
      "Frontmatter is not valid YAML (line 2: a [list] is never closed); the keys that could be read were kept.",
      'Frontmatter is not valid YAML (line 3: expected "key: value", found "just words"); the keys that could be read were kept.',
    ]);
  });

  it("a flow list nested thousands deep: no crash, a warning", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const episode = readEpisode("x.md", `---\nurl: u\ntags: ${deep}\n---\n- [ ] t\n`);
    expect(episode.url).toBe("u");
    expect(episode.tasks).toHaveLength(1);
    expect(episode.warnings).toEqual([
      "Frontmatter is not valid YAML (line 3: lists nested too deeply); the keys that could be read were kept.",
    ]);
  });
});

describe("frontmatter nested deeper than any real note", () => {
  /** `k:` lines each indented one space more than the one before, `depth` of them. */
  const chain = (depth: number) => Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k:`);

  /** Levels of `{k: …}` below `value`. */
  function levels(value: YamlValue | undefined): number {
    let count = 0;
    let at = value;
    while (at !== null && typeof at === "object" && !Array.isArray(at) && "k" in at) {
      at = at.k;
      count++;
    }
    return count;
  }

  it("4,000 levels (8 MB): no stack overflow; 32 levels are read, a warning says the rest was left out", () => {
    // The reader called itself once per level: this note threw RangeError, and the
    // sidebar showed no episode at all.
    const text = ["---", "url: https://example.com/1", "deep:", ...chain(4000).map((l) => ` ${l}`), "date: 2024-01-05", "---", "Guest:: Ann", "- [ ] a"].join("\n");
    const episode = readEpisode("x.md", text);
    expect([episode.url, episode.date, episode.tasks.length, episode.guests.map((g) => g.name)]).toEqual(["https://example.com/1", "2024-01-05", 1, ["Ann"]]);
    expect(levels(episode.frontmatter.deep)).toBe(MAX_YAML_DEPTH);
    expect(MAX_YAML_DEPTH).toBe(32);
    expect(episode.warnings).toEqual([
      `Frontmatter is not valid YAML (line ${3 + MAX_YAML_DEPTH}: nested more than 32 levels deep; the deeper part was left out); the keys that could be read were kept.`,
    ]);
  });

  it("nested block lists are bounded the same way", () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}-`);
    const parsed = parseYaml(["list:", ...lines.map((l) => ` ${l}`)]);
    let depth = 0;
    for (let at: YamlValue | undefined = parsed.data.list; Array.isArray(at); at = at[0]) depth++;
    expect(depth).toBe(MAX_YAML_DEPTH);
    expect(parsed.errors).toHaveLength(1);
  });

  it("32 levels are read in full, without a warning", () => {
    const parsed = parseYaml(["deep:", ...chain(MAX_YAML_DEPTH - 1).map((l) => ` ${l}`), ` ${" ".repeat(MAX_YAML_DEPTH - 1)}k: leaf`]);
    expect(parsed.errors).toEqual([]);
    expect(levels(parsed.data.deep)).toBe(MAX_YAML_DEPTH);
  });
});

describe("a long broken frontmatter", () => {
  it("keeps the first 20 problems and counts the rest (10,000 warnings cost more than linear time to keep)", () => {
    const text = ["---", "url: u", ...Array.from({ length: 10_000 }, () => "k:\n  :"), "---", "Guest:: Ann", "- [ ] a"].join("\n");
    const episode = readEpisode("x.md", text);
    expect(MAX_YAML_ERRORS).toBe(20);
    expect(episode.warnings).toHaveLength(21);
    expect(episode.warnings[0]).toBe('Frontmatter is not valid YAML (line 4: expected "key: value", found ":"); the keys that could be read were kept.');
    // A bad line in every `k:` block and a duplicate key in all but the first: 19,999 less the 20 kept.
    expect(episode.warnings[20]).toBe("Frontmatter is not valid YAML (and 19979 more problems); the keys that could be read were kept.");
    expect([episode.url, episode.guests.map((g) => g.name), episode.tasks.length]).toEqual(["u", ["Ann"], 1]);
  });
});

describe("parseYaml directly", () => {
  it("keeps a plain value that continues on a more-indented line", () => {
    expect(parseYaml(["title: a long", "  title continued"])).toEqual({ data: { title: "a long title continued" }, errors: [] });
  });

  it("reads block scalars, quoted keys and single-quote escapes", () => {
    expect(parseYaml(["text: |", "  one", "  two", '"a key": 1', "s: 'it''s'"]).data).toEqual({
      text: "one\ntwo",
      "a key": 1,
      s: "it's",
    });
  });

  it("reads a list of maps", () => {
    expect(parseYaml(["people:", "  - name: Ann", "    role: host", "  - name: Bob"]).data).toEqual({
      people: [{ name: "Ann", role: "host" }, { name: "Bob" }],
    });
  });

  it("numbers error lines from the given first line", () => {
    expect(parseYaml(["a: 1", "a: 2"], 10).errors).toEqual(['line 11: duplicate key "a"']);
  });
});

describe("readFrontmatter", () => {
  it("says where the body starts", () => {
    expect(readFrontmatter(["---", "a: 1", "---", "body"]).bodyStart).toBe(3);
    expect(readFrontmatter(["body"]).bodyStart).toBe(0);
    expect(readFrontmatter(["---", "a: 1"]).bodyStart).toBe(0);
  });
});
