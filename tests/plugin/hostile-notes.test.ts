// @vitest-environment happy-dom
// Notes that once broke the sidebar, among the real notes on the stand-in host: a field
// `Constructor:: Acme` (readEpisode threw, the sidebar stayed at "Reading episode notes…"
// with no row), frontmatter nested 4,000 levels deep (a stack overflow), a line of
// Templater tags in inline code (seconds per edit). Now each is read like any note (the
// deep frontmatter's properties are what Obsidian's parser makes of it: none).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { AA22, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE, finish, realNotes, start } from "./harness";
import { fakeTimers, openSidebar, readRow, rowEl, rowPaths, whenButton } from "./sidebar-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const PROTOTYPE = "GOH 40 - Object names.md";
const DEEP = "GOH 41 - Deep frontmatter.md";
const TEMPLATER = "GOH 42 - Templater syntax.md";

function deepFrontmatter(levels: number): string {
  const chain = Array.from({ length: levels }, (_, i) => `${" ".repeat(i + 1)}k:`);
  return ["---", "date: 2024-02-02", "deep:", ...chain, "---", "Guest:: Ann", "## Checklist", "- [ ] Book the studio"].join("\n");
}

describe("notes that once broke the sidebar", () => {
  it("have rows of their own, next to every real episode, and no note is reported unreadable", async () => {
    const files = {
      ...realNotes(),
      [PROTOTYPE]: readFileSync(join(import.meta.dirname, "../fixtures/edge/prototype-names.md"), "utf8"),
      [DEEP]: deepFrontmatter(4000),
      [TEMPLATER]: "Guest:: Bo\n- [ ] Write the examples\n" + "`<% tp.file.title %>` and `{{title}}` ".repeat(2000) + "\n",
    };
    const started = await start({ files });
    host = started.host;
    const view = await openSidebar(started.host);
    userClick(whenButton(view, "All"));
    expect([...rowPaths(view)].sort()).toEqual([AA22, DEEP, PROTOTYPE, TEMPLATER, GOH12, GOH25, GOH30, LOGGING03, LOKI_CACHE].sort());
    expect(view.contentEl.querySelector(".office-hours-failures details")).toBeNull();
    expect(readRow(rowEl(view, PROTOTYPE)).guests).toBe("Ada Lovelace");
    expect(readRow(rowEl(view, DEEP))).toMatchObject({ guests: "Ann", date: "No date", next: "Book the studio" });
    expect(readRow(rowEl(view, TEMPLATER))).toMatchObject({ guests: "Bo", next: "Write the examples" });
  });
});
