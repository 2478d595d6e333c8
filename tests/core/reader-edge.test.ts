// The reader at the edges: empty notes, a 5 MB note, 100 KB lines, and the edge fixture
// folder itself (every note described in its README).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { EDGE_DIR, edgeText, readEdge } from "./edge-notes";
import { readNote } from "../support/notes";

describe("the edge fixture folder", () => {
  const notes = readdirSync(EDGE_DIR)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort();

  it("describes every note in its README, and only those", () => {
    const readme = edgeText("README.md");
    const listed = [...readme.matchAll(/^\| `([^`]+\.md)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(notes);
  });

  it.each(notes)("%s reads with consistent counts", (name) => {
    const episode = readEdge(name);
    const open = episode.tasks.filter((t) => t.state === "open").length;
    expect(episode.done + open).toBe(episode.total);
    expect(episode.sections.reduce((sum, s) => sum + s.total, 0)).toBe(episode.total);
  });
});

describe("an empty note", () => {
  it("has one empty section and nothing else", () => {
    const episode = readEdge("empty.md");
    expect(episode.sections).toEqual([{ heading: null, level: 0, line: -1, phase: "other", done: 0, total: 0, cancelled: 0 }]);
    expect([episode.tasks, episode.guests, episode.warnings, episode.fields, episode.frontmatter]).toEqual([[], [], [], {}, {}]);
    expect([episode.url, episode.date, episode.next, episode.hasGuestField, episode.title]).toEqual([null, null, null, false, "empty"]);
  });

  it("reads whitespace-only and newline-only notes the same way", () => {
    for (const text of ["\n", "\r\n", "   \n\t\n", "\ufeff"]) {
      const episode = readNote("x.md", text);
      expect([episode.tasks.length, episode.sections.length, episode.warnings]).toEqual([0, 1, []]);
    }
  });
});

describe("a 5 MB note", () => {
  const block = [
    "## Pre-show checklist",
    "- [x] done item",
    "- [ ] open item",
    "- [-] cancelled item",
    "```",
    "- [ ] in code, not a task",
    "```",
    "Guest:: Ann Lee",
    "",
  ].join("\n");
  // Eight lines a block: a heading, three tasks, a fenced task, a guest field.
  const copies = Math.ceil((5 * 1024 * 1024) / block.length);
  const text = block.repeat(copies);

  it("is read whole, every block counted", () => {
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const episode = readNote("big.md", text);
    expect(episode.sections).toHaveLength(copies + 1);
    expect([episode.done, episode.total, episode.cancelled]).toEqual([copies, 2 * copies, copies]);
    expect(episode.sections[copies]).toEqual({
      heading: "Pre-show checklist",
      level: 2,
      line: (copies - 1) * 8,
      phase: "prep",
      done: 1,
      total: 2,
      cancelled: 1,
    });
    expect(episode.next?.line).toBe(2);
    expect(episode.guests.map((g) => g.name)).toEqual(["Ann Lee"]);
    expect(episode.fields.guest).toHaveLength(copies);
    expect(episode.warnings).toEqual([]);
  });

  it("has its last task ticked with one character changed", () => {
    // Every block has its own "Pre-show checklist": the last block's item is told from
    // the others by the order of those sections and the text of its own.
    const ref = taskRefsOf(readNote("big.md", text), text).filter((r) => r.raw === "- [ ] open item")[copies - 1];
    expect([ref?.line, ref?.sectionOrdinal, ref?.sections]).toEqual([(copies - 1) * 8 + 2, copies - 1, copies]);
    if (!ref) return;
    const result = toggleTaskInText(text, ref, "done");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = text.length - block.length + block.indexOf("- [ ] open item") + 3;
    expect(result.text.length).toBe(text.length);
    expect(result.text.slice(0, at)).toBe(text.slice(0, at));
    expect(result.text[at]).toBe("x");
    expect(result.text.slice(at + 1)).toBe(text.slice(at + 1));
  });
});

describe("100 KB lines", () => {
  const size = 100 * 1024;

  it("a task with 100 KB of text", () => {
    const episode = readNote("x.md", "- [ ] " + "word ".repeat(size / 5));
    expect(episode.tasks).toHaveLength(1);
    expect(episode.tasks[0]?.text.length).toBe(size - 1);
  });

  it("a heading of 100 KB", () => {
    const episode = readNote("x.md", "## " + "a".repeat(size) + "\n- [ ] t\n");
    expect(episode.sections[1]?.heading?.length).toBe(size);
    expect(episode.tasks[0]?.section).toBe(1);
  });

  it("a frontmatter value of 100 KB", () => {
    const episode = readNote("x.md", "---\nurl: https://example.com/" + "a".repeat(size) + "\n---\n");
    expect(episode.url?.length).toBe("https://example.com/".length + size);
  });

  it.each([
    ["brackets before ::", "[".repeat(size) + "::"],
    ["wiki-link openers on a task", "- [ ] " + "[[".repeat(size / 2)],
    ["parentheses", "(".repeat(size)],
    ["template openers", "<%".repeat(size / 2)],
    ["key:: value pairs", "a::".repeat(size / 3)],
  ])("%s: read without fields, whatever the line holds", (_what, line) => {
    const episode = readNote("x.md", line + "\n- [ ] after\n");
    expect(episode.tasks.map((t) => t.text).at(-1)).toBe("after");
    expect(episode.fields).toEqual({});
  });
});
