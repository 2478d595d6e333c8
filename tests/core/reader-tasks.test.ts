// Tasks: which lines are checklist items, their state, and the counts built from them.
// Expected values come from reading the notes in tests/fixtures/edge/ by hand.
import { describe, expect, it } from "vitest";
import { edgeText, readEdge, sectionRows, taskRows } from "./edge-notes";
import { readNote } from "../support/notes";

describe("list markers and indentation", () => {
  const episode = readEdge("indentation.md");

  it("finds a task behind every list marker, at any indentation", () => {
    expect(taskRows(episode)).toEqual([
      [1, " ", "dash"],
      [2, "x", "star"],
      [3, "X", "plus"],
      [4, " ", "ordered with a dot"],
      [5, "x", "ordered with a parenthesis"],
      [6, " ", "one tab"],
      [7, " ", "two tabs"],
      [8, " ", "two spaces"],
      [9, " ", "four spaces"],
      [10, "x", "a tab and two spaces"],
      [11, " ", "a tab after the marker"],
      [12, "/", "three spaces"],
    ]);
  });

  it("gives x and X as done and everything else as open", () => {
    expect(episode.tasks.map((t) => t.state)).toEqual([
      "open",
      "done",
      "done",
      "open",
      "done",
      "open",
      "open",
      "open",
      "open",
      "done",
      "open",
      "open",
    ]);
    expect([episode.done, episode.total, episode.cancelled]).toEqual([4, 12, 0]);
  });

  it("nests an item under the items whose text it is indented under, as Obsidian draws it", () => {
    // "  - [ ] two spaces" and "   * [/] three spaces" reach no item's text (`12) ` and `-\t`
    // start theirs at column four): new lists at the top, as in CommonMark, not one level deep.
    expect(episode.tasks.map((t) => t.depth)).toEqual([0, 0, 0, 0, 0, 1, 2, 0, 1, 2, 0, 0]);
  });

  it("keeps each task's whole line, indentation included, as raw", () => {
    expect(episode.tasks[6]?.raw).toBe("\t\t- [ ] two tabs");
    expect(episode.tasks[10]?.raw).toBe("-\t[ ] a tab after the marker");
  });
});

describe("lines that only look like tasks", () => {
  it("counts only the real task", () => {
    const episode = readEdge("not-tasks.md");
    expect(taskRows(episode)).toEqual([[10, " ", "the only task"]]);
    expect(sectionRows(episode)).toEqual([
      [null, "other", 0, 0, 0],
      ["Checklist", "prep", 0, 1, 0],
    ]);
  });

  it("takes a box holding one astral character (two UTF-16 units) as one status", () => {
    const episode = readNote("x.md", "- [😀] emoji status\n- [ab] two letters\n");
    expect(taskRows(episode)).toEqual([[0, "😀", "emoji status"]]);
    expect(episode.tasks[0]?.state).toBe("open");
  });

  it("takes a box with nothing after it as a task with empty text", () => {
    const episode = readNote("x.md", "- [ ]\n- [x]");
    expect(taskRows(episode)).toEqual([
      [0, " ", ""],
      [1, "x", ""],
    ]);
  });
});

describe("quotes and callouts", () => {
  const episode = readEdge("callouts.md");

  it("reads tasks inside callouts, nested callouts and quotes", () => {
    expect(taskRows(episode)).toEqual([
      [2, " ", "Check the microphone"],
      [3, "x", "Close other apps"],
      [6, " ", "Nested callout task"],
      [9, " ", "Tab after the quote marker"],
      [10, "/", "No space after the quote marker"],
      [11, "X", "Ordered item in a quote"],
    ]);
  });

  it("counts them in the section above", () => {
    expect(sectionRows(episode)).toEqual([
      [null, "other", 0, 0, 0],
      ["Just before the show", "before", 2, 6, 0],
    ]);
  });
});

describe("fenced code", () => {
  it("ignores tasks and headings inside ``` and ~~~ fences, and warns about the one never closed", () => {
    const episode = readEdge("fences.md");
    expect(taskRows(episode)).toEqual([
      [1, " ", "before any fence"],
      [19, " ", "in the quote, after its fence"],
      [20, " ", "between the fences"],
      [22, " ", "after the inline-code line"],
      [24, "x", "before the unclosed fence"],
    ]);
    expect(sectionRows(episode)).toEqual([
      [null, "other", 0, 0, 0],
      ["Checklist", "prep", 0, 4, 0],
      ["After the show", "after", 1, 1, 0],
    ]);
    expect(episode.warnings).toEqual([
      "A code block opened on line 26 is never closed, so nothing after it counts as a task or field.",
    ]);
  });

  it("ends a quoted fence with its quote; a top-level fence never closed hides the rest", () => {
    const episode = readEdge("fence-in-quote-unclosed.md");
    expect(taskRows(episode)).toEqual([[3, " ", "after the quote: the fence ended with it"]]);
    expect(episode.warnings).toEqual([
      "A code block opened on line 5 is never closed, so nothing after it counts as a task or field.",
    ]);
  });

  it("does not let a fence swallow a quoted line's task once the quote is over", () => {
    const episode = readNote("x.md", "> ~~~\n> - [ ] hidden\n\n- [ ] seen\n");
    expect(taskRows(episode)).toEqual([[3, " ", "seen"]]);
  });

  it("keeps a quoted line inside a top-level fence hidden", () => {
    const episode = readNote("x.md", "```\n> - [ ] hidden\n```\n- [ ] seen\n");
    expect(taskRows(episode)).toEqual([[3, " ", "seen"]]);
  });
});

describe("frontmatter is never body", () => {
  it("does not count a task-looking line inside the frontmatter", () => {
    const text = "---\nchecklist: |\n  - [ ] inside a block scalar\n---\n- [ ] in the body\n";
    const episode = readNote("x.md", text);
    expect(taskRows(episode)).toEqual([[4, " ", "in the body"]]);
    // A literal block scalar keeps its final line break (YAML 1.2).
    expect(episode.frontmatter.checklist).toBe("- [ ] inside a block scalar\n");
  });

  it("numbers lines from the top of the file, frontmatter included", () => {
    const episode = readEdge("crlf-bom.md");
    expect(taskRows(episode)).toEqual([
      [7, "x", "Book the guest"],
      [8, " ", "Make the thumbnail"],
      [10, " ", "Upload the recording"],
    ]);
  });
});

describe("cancelled and custom statuses", () => {
  const episode = readEdge("statuses.md");

  it("leaves cancelled tasks out of every count", () => {
    expect(sectionRows(episode)).toEqual([
      [null, "other", 0, 0, 0],
      ["Checklist", "prep", 2, 8, 1],
      ["After the show", "after", 0, 0, 1],
    ]);
    expect([episode.done, episode.total, episode.cancelled]).toEqual([2, 8, 2]);
  });

  it("treats / > ! I ? as open", () => {
    const open = episode.tasks.filter((t) => t.state === "open").map((t) => t.status);
    expect(open).toEqual(["/", ">", "!", "I", "?", " "]);
  });

  it("takes the first open task as next, skipping done and cancelled ones", () => {
    expect(episode.next?.line).toBe(3);
    expect(episode.next?.status).toBe("/");
    expect(episode.next?.text).toBe("in progress");
  });
});

describe("next", () => {
  it("follows document order, whatever the depth or section", () => {
    const text = "## Post-show\n- [x] a\n\t- [ ] nested first\n## Pre-show checklist\n- [ ] later\n";
    expect(readNote("x.md", text).next?.text).toBe("nested first");
  });

  it("is null when every task is done or cancelled, and for a note without tasks", () => {
    expect(readNote("x.md", "- [x] a\n- [-] b\n").next).toBeNull();
    expect(readEdge("empty.md").next).toBeNull();
  });
});

describe("line endings", () => {
  it("reads the CRLF note exactly like its LF twin", () => {
    const crlf = edgeText("crlf-bom.md");
    // The fixture really is CRLF throughout: if it were ever normalised this test would be empty.
    expect(crlf.split("\r\n")).toHaveLength(12);
    expect(crlf.replace(/\r\n/g, "")).not.toContain("\n");
    const lf = crlf.replace(/\r\n/g, "\n");
    expect(readNote("crlf-bom.md", crlf)).toEqual(readNote("crlf-bom.md", lf));
  });

  it("keeps no CR in raw lines and no BOM in the first line", () => {
    const episode = readEdge("crlf-bom.md");
    for (const task of episode.tasks) expect(task.raw).not.toMatch(/[\r\ufeff]/);
    expect(episode.tasks[0]?.raw).toBe("- [x] Book the guest");
  });

  it("keeps a lone CR as text, not as a line break", () => {
    const episode = readNote("x.md", "- [ ] one\rstill one\n- [x] two\r\n");
    expect(taskRows(episode)).toEqual([
      [0, " ", "one\rstill one"],
      [1, "x", "two"],
    ]);
  });
});
