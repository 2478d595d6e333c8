// The plugin's markers and list lines count only where Obsidian shows them: a marker in a
// code block, in inline code or in a comment (a user documenting the plugin, an old list
// commented out) is text, and lines in a comment inside the block are kept byte for byte,
// never read as episodes nor relinked. Expected values come from reading
// tests/fixtures/comments/index-code-and-comments.md by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, hasBlock, replaceBlock, updateBlock } from "../../src/core/index-note/index-note";
import type { IndexEntry } from "../../src/core/index-note/merge-lists";
import { planIndexNote } from "../../src/core/index-note/plan";
import { relinkList } from "../../src/core/reschedule/list-links";

const note = readFileSync(fileURLToPath(new URL("../fixtures/comments/index-code-and-comments.md", import.meta.url)), "utf8");
const entry = (basename: string, date: string, list: IndexEntry["list"], guests: string[]): IndexEntry => ({ basename, link: `[[${basename}]]`, date, number: null, guests, list });
const entries = [entry("03 - Logging", "2025-01-10", "past", ["Ann Lee"]), entry("04 - Tracing", "2025-02-14", "past", []), entry("05 - Metrics", "2025-03-01", "upcoming", [])];

// The fixture's markers are in the words an earlier version wrote: still the block.
const OLD_START = "%% office-hours:episode-list start (kept up to date by the Office Hours plugin; edits inside are replaced) %%";
// The real block: the last start marker in the note, on a line of its own.
const realStart = note.lastIndexOf(`\n${OLD_START}\n`) + 1;
const realEnd = note.lastIndexOf(BLOCK_END) + BLOCK_END.length;
const COMMENTED = "%%\n- 2024-01-01: [[03 - Logging]] with Old Guest\n### Ideas\n- [[09 - Never]]\n%%\n<!--\n- 2024-01-02: [[05 - Metrics]]\n-->\n";

describe("markers in code and comments are text", () => {
  it("the block is the one outside code and comments; everything around it stays", () => {
    const result = updateBlock(note, entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.slice(0, realStart)).toBe(note.slice(0, realStart));
    expect(result.text.endsWith(note.slice(realEnd))).toBe(true);
    expect(result.text).toContain("- 2025-01-10: [[03 - Logging]] with Ann Lee\n- 2025-02-14: [[04 - Tracing]] %% moved from March %%\n");
    // Once merged, merging again changes nothing.
    expect(updateBlock(result.text, entries)).toEqual({ ok: true, text: result.text, changed: false });
  });

  it("replacing the list replaces only the real block", () => {
    const result = replaceBlock(note, `${BLOCK_START}\n- new\n${BLOCK_END}`);
    expect(result).toEqual({ ok: true, text: `${note.slice(0, realStart)}${BLOCK_START}\n- new\n${BLOCK_END}${note.slice(realEnd)}`, changed: true });
  });

  it("a note whose markers are all in code or a comment has no block: the list goes at the end, after a preview", () => {
    const docs = note.slice(0, realStart);
    expect(hasBlock(docs)).toBe(false);
    const plan = planIndexNote(docs, entries);
    expect(plan.kind === "first" ? plan.options.map((o) => o.choice) : plan.kind).toEqual(["append"]);
    const appended = replaceBlock(docs, `${BLOCK_START}\n${BLOCK_END}`);
    expect(appended.ok && appended.text.startsWith(docs)).toBe(true);
  });

  it("two real blocks are still refused", () => {
    const twice = `${note}\n${note.slice(realStart, realEnd)}\n`;
    const result = updateBlock(twice, entries);
    expect(result.ok).toBe(false);
  });

  it("a list is never added where the note ends inside a comment or a code block", () => {
    for (const text of ["Notes\n%%\nan unfinished thought", "Notes\n<!-- draft\nmore", "Notes\n```\ncode"]) {
      const result = replaceBlock(text, `${BLOCK_START}\n${BLOCK_END}`);
      expect(result.ok ? "appended" : result.reason).toMatch(/^The note ends inside a (comment|code block) that is never closed/);
      expect(planIndexNote(text, entries).kind).toBe("refused");
    }
    // Closed, the end is open text again (the test above can fail).
    expect(replaceBlock("Notes\n%%\na thought\n%%", `${BLOCK_START}\n${BLOCK_END}`).ok).toBe(true);
  });
});

describe("comments inside the block", () => {
  const block = note.slice(realStart, realEnd);

  it("are kept byte for byte, in place; their list lines and heading are not read", () => {
    const result = updateBlock(block, entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(COMMENTED);
    // The commented line for 03 is no line of 03's: it gets its own, in Past.
    expect(result.text.split("\n").filter((l) => l.includes("[[03 - Logging]]"))).toEqual(["- 2025-01-10: [[03 - Logging]] with Ann Lee", "- 2024-01-01: [[03 - Logging]] with Old Guest"]);
    // No Ideas list came of the commented heading: nothing is added after the comments.
    expect(result.text.endsWith(`${COMMENTED}${BLOCK_END}`)).toBe(true);
  });

  it("are never relinked; an entry with a comment after it is", () => {
    expect(relinkList(block, "03 - Logging", "03 - Logs")).toBe(block);
    expect(relinkList(block, "05 - Metrics", "05 - Numbers")).toBe(block.replace("- 2025-03-01: [[05 - Metrics]]", "- 2025-03-01: [[05 - Numbers]]"));
    expect(relinkList(block, "04 - Tracing", "04 - Traces")).toBe(block.replace("[[04 - Tracing]] %%", "[[04 - Traces]] %%"));
    expect(relinkList(block, "09 - Never", "09 - Soon")).toBe(block);
  });
});
