// Ticking a task: only the status character changes, every other byte (BOM, CRLF) stays;
// the item is found again by its text; when that is ambiguous nothing is written.
import { describe, expect, it } from "vitest";
import { readEpisode } from "../../src/core/note/episode";
import { locateTask, setTaskStatus, toggleTaskInText } from "../../src/core/tick/toggle";
import { edgeText } from "./edge-notes";

describe("setTaskStatus", () => {
  it.each([
    ["- [ ] a", "done", "- [x] a"],
    ["- [x] a", "open", "- [ ] a"],
    ["- [X] a", "open", "- [ ] a"],
    ["- [X] a", "done", "- [x] a"],
    ["- [/] a", "done", "- [x] a"],
    ["- [-] a", "open", "- [ ] a"],
    ["* [ ] a", "done", "* [x] a"],
    ["12) [ ] a", "done", "12) [x] a"],
    ["\t\t+ [ ] a", "done", "\t\t+ [x] a"],
    ["-\t[ ] a", "done", "-\t[x] a"],
    ["> > - [ ] a", "done", "> > - [x] a"],
    [">\t1. [ ] a [guest:: [x]]", "done", ">\t1. [x] a [guest:: [x]]"],
    ["- [😀] a", "done", "- [x] a"],
    ["- [ ]", "done", "- [x]"],
  ] as const)("%j → %s → %j", (line, to, expected) => {
    expect(setTaskStatus(line, to)).toBe(expected);
  });

  it.each(["plain text", "- [] a", "-[ ] a", "- [ab] a", "[ ] a", ""])("%j is not a task line", (line) => {
    expect(setTaskStatus(line, "done")).toBeNull();
  });
});

describe("toggleTaskInText", () => {
  it("changes one character in a BOM + CRLF note and keeps every other byte", () => {
    const text = edgeText("crlf-bom.md");
    const episode = readEpisode("crlf-bom.md", text);
    const task = episode.tasks[1];
    expect(task?.raw).toBe("- [ ] Make the thumbnail");
    const result = toggleTaskInText(text, task ?? { line: -1, raw: "" }, "done");
    expect(result).toEqual({
      ok: true,
      line: 8,
      text: text.replace("- [ ] Make the thumbnail\r\n", "- [x] Make the thumbnail\r\n"),
    });
    if (!result.ok) return;
    expect(result.text.startsWith("\ufeff---\r\n")).toBe(true);
    expect(result.text.split("\r\n")).toHaveLength(text.split("\r\n").length);
    expect(readEpisode("crlf-bom.md", result.text).done).toBe(2);
  });

  it("keeps the BOM when the task is on the first line", () => {
    expect(toggleTaskInText("\ufeff- [ ] a\n- [ ] b", { line: 0, raw: "- [ ] a" }, "done")).toEqual({
      ok: true,
      line: 0,
      text: "\ufeff- [x] a\n- [ ] b",
    });
  });

  it("keeps a lone CR and a missing final newline as they are", () => {
    expect(toggleTaskInText("a\rb\n- [ ] c", { line: 1, raw: "- [ ] c" }, "done")).toEqual({
      ok: true,
      line: 1,
      text: "a\rb\n- [x] c",
    });
  });

  it("unticks, and ticking back gives the original text", () => {
    const text = "## After the show\n- [x] upload\n";
    const opened = toggleTaskInText(text, { line: 1, raw: "- [x] upload" }, "open");
    expect(opened).toEqual({ ok: true, line: 1, text: "## After the show\n- [ ] upload\n" });
    if (!opened.ok) return;
    expect(toggleTaskInText(opened.text, { line: 1, raw: "- [ ] upload" }, "done")).toEqual({ ok: true, line: 1, text });
  });

  it("finds the item again when lines were added above it since it was read", () => {
    const before = "- [ ] a\n- [ ] b\n";
    const ref = readEpisode("x.md", before).tasks[1] ?? { line: -1, raw: "" };
    const now = "New line\nAnother\n- [ ] a\n- [ ] b\n";
    expect(toggleTaskInText(now, ref, "done")).toEqual({ ok: true, line: 3, text: "New line\nAnother\n- [ ] a\n- [x] b\n" });
  });

  it("ticks the item on its own line even when an identical one exists elsewhere", () => {
    expect(toggleTaskInText("- [ ] same\n- [ ] same\n", { line: 1, raw: "- [ ] same" }, "done")).toEqual({
      ok: true,
      line: 1,
      text: "- [ ] same\n- [x] same\n",
    });
  });

  it("refuses when the item moved and several lines match it", () => {
    const result = toggleTaskInText("x\n- [ ] same\n- [ ] same\n", { line: 0, raw: "- [ ] same" }, "done");
    expect(result).toEqual({
      ok: false,
      reason: "The note has several identical items like this one, so it was not changed. Open the note to tick it.",
    });
  });

  it("refuses when the item was changed or removed", () => {
    expect(toggleTaskInText("- [ ] renamed\n", { line: 0, raw: "- [ ] original" }, "done")).toEqual({
      ok: false,
      reason: "The item was changed or removed since the list was drawn, so the note was not changed.",
    });
    expect(toggleTaskInText("", { line: 0, raw: "- [ ] a" }, "done").ok).toBe(false);
  });

  it("never ticks an identical line inside a code block", () => {
    // The item was deleted; the same text survives only as an example in a code block.
    const text = "## Checklist\n\n```md\n- [ ] Invite the guest\n```\n";
    expect(toggleTaskInText(text, { line: 2, raw: "- [ ] Invite the guest" }, "done").ok).toBe(false);
    // And a task that a new fence above has turned into code is refused in place.
    const fenced = "```\n- [ ] Invite the guest\n";
    expect(toggleTaskInText(fenced, { line: 1, raw: "- [ ] Invite the guest" }, "done")).toEqual({
      ok: false,
      reason: "That line is no longer a checklist item, so the note was not changed.",
    });
  });

  it("refuses a line that is not a checklist item", () => {
    expect(toggleTaskInText("plain\n", { line: 0, raw: "plain" }, "done")).toEqual({
      ok: false,
      reason: "That line is no longer a checklist item, so the note was not changed.",
    });
  });

  it("finds a CRLF line by its text without the CR", () => {
    // The raw text the reader keeps never has the CR, so that is what a ref carries.
    expect(locateTask("- [ ] a\r\n", { line: 5, raw: "- [ ] a" })).toEqual({ line: 0, span: { start: 0, end: 7 } });
  });

  it("ticks every task of the callout note in place", () => {
    const text = edgeText("callouts.md");
    let current = text;
    for (const task of readEpisode("callouts.md", text).tasks) {
      const result = toggleTaskInText(current, task, "done");
      expect(result.ok).toBe(true);
      if (result.ok) current = result.text;
    }
    expect(current).toBe(
      text
        .replace("> - [ ] Check the microphone", "> - [x] Check the microphone")
        .replace("> > - [ ] Nested callout task", "> > - [x] Nested callout task")
        .replace(">\t- [ ] Tab after", ">\t- [x] Tab after")
        .replace(">- [/] No space", ">- [x] No space")
        .replace("> 1. [X] Ordered", "> 1. [x] Ordered"),
    );
    const after = readEpisode("callouts.md", current);
    expect([after.done, after.total]).toEqual([6, 6]);
  });
});
