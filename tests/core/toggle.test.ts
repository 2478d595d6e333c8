// Ticking a task: only the status character changes, every other byte (BOM, CRLF) stays,
// and nothing is written when the item is no longer a checklist item. Which item a ref
// means after edits is in tick-identity.test.ts and tick-race.test.ts.
import { describe, expect, it } from "vitest";
import { locateTask, setTaskStatus, toggleTaskInText } from "../../src/core/tick/toggle";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { edgeText } from "./edge-notes";
import { refAt, refusal } from "./tick-refs";
import { readNote } from "../support/notes";

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
    const episode = readNote("crlf-bom.md", text);
    const ref = taskRefsOf(episode, text)[1];
    expect(ref?.raw).toBe("- [ ] Make the thumbnail");
    if (!ref) return;
    const result = toggleTaskInText(text, ref, "done");
    expect(result).toEqual({
      ok: true,
      line: 8,
      text: text.replace("- [ ] Make the thumbnail\r\n", "- [x] Make the thumbnail\r\n"),
    });
    if (!result.ok) return;
    expect(result.text.startsWith("\ufeff---\r\n")).toBe(true);
    expect(result.text.split("\r\n")).toHaveLength(text.split("\r\n").length);
    expect(readNote("crlf-bom.md", result.text).done).toBe(2);
  });

  it("keeps the BOM when the task is on the first line", () => {
    const text = "\ufeff- [ ] a\n- [ ] b";
    expect(toggleTaskInText(text, refAt(text, 0), "done")).toEqual({
      ok: true,
      line: 0,
      text: "\ufeff- [x] a\n- [ ] b",
    });
  });

  it("keeps a lone CR and a missing final newline as they are", () => {
    const text = "a\rb\n- [ ] c";
    expect(toggleTaskInText(text, refAt(text, 1), "done")).toEqual({
      ok: true,
      line: 1,
      text: "a\rb\n- [x] c",
    });
  });

  it("unticks, and ticking back gives the original text", () => {
    const text = "## After the show\n- [x] upload\n";
    const opened = toggleTaskInText(text, refAt(text, 1), "open");
    expect(opened).toEqual({ ok: true, line: 1, text: "## After the show\n- [ ] upload\n" });
    if (!opened.ok) return;
    expect(toggleTaskInText(opened.text, refAt(opened.text, 1), "done")).toEqual({ ok: true, line: 1, text });
  });

  it("finds the item again when lines were added above its heading since it was read", () => {
    const before = "## Checklist\n- [ ] a\n- [ ] b\n";
    const ref = refAt(before, 2);
    const now = "New line\nAnother\n## Checklist\n- [ ] a\n- [ ] b\n";
    expect(toggleTaskInText(now, ref, "done")).toEqual({ ok: true, line: 4, text: "New line\nAnother\n## Checklist\n- [ ] a\n- [x] b\n" });
  });

  it("refuses when the item was changed or removed", () => {
    const ref = refAt("- [ ] original\n", 0);
    expect(toggleTaskInText("- [ ] renamed\n", ref, "done")).toEqual({
      ok: false,
      reason: "It was changed, moved or removed before the first heading since the list was drawn, so the note was not changed.",
    });
    expect(toggleTaskInText("", ref, "done").ok).toBe(false);
  });

  it("never ticks an identical line inside a code block", () => {
    // The item was deleted; the same text survives only as an example in a code block.
    const ref = refAt("## Checklist\n\n- [ ] Invite the guest\n", 2);
    const text = "## Checklist\n\n```md\n- [ ] Invite the guest\n```\n";
    expect(refusal(toggleTaskInText(text, ref, "done"))).toContain("removed under “Checklist”");
    // And a task that a new fence above has turned into code is refused in place.
    const fenced = "## Checklist\n```\n- [ ] Invite the guest\n";
    expect(refusal(toggleTaskInText(fenced, ref, "done"))).toContain("removed under “Checklist”");
  });

  it("refuses a ref whose line is not a checklist item", () => {
    const ref = { ...refAt("- [ ] plain\n", 0), raw: "plain" };
    expect(toggleTaskInText("plain\n", ref, "done")).toEqual({
      ok: false,
      reason: "That line is no longer a checklist item, so the note was not changed.",
    });
  });

  it("finds a CRLF line by its text without the CR", () => {
    // The raw text the reader keeps never has the CR, so that is what a ref carries.
    expect(locateTask("- [ ] a\r\n", { ...refAt("- [ ] a\n", 0), line: 5 })).toEqual({ line: 0 });
    expect(toggleTaskInText("- [ ] a\r\n", refAt("- [ ] a\n", 0), "done")).toEqual({ ok: true, line: 0, text: "- [x] a\r\n" });
  });

  it("ticks every task of the callout note in place", () => {
    const text = edgeText("callouts.md");
    let current = text;
    for (const ref of taskRefsOf(readNote("callouts.md", text), text)) {
      const result = toggleTaskInText(current, ref, "done");
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
    const after = readNote("callouts.md", current);
    expect([after.done, after.total]).toEqual([6, 6]);
  });
});
