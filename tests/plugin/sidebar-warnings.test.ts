// @vitest-environment happy-dom
// A note whose properties could not be read shows why on its sidebar row. Inside Obsidian
// the properties come from the metadata cache, which for broken YAML holds no
// `frontmatter` at all and no error: the reader finds the `---` block in the note's text,
// sees that the cache gave nothing for a block with content, and warns (it needs no
// `frontmatterPosition`, which the stand-in keeps, as it keeps the block's "yaml" section).
// Also: an item's Tasks fields (⏳, 🔼, 🔁 …) stay out of the text the row shows.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { fileAt, finish, start } from "./harness";
import { expandButton, fakeTimers, itemText, openSidebar, readDetails, readRow, redrawn, rowEl, rowPaths, viewButton } from "./sidebar-dom";

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

const GOOD = "Office Hours/OH 1 - Tracing, with Ann.md";
const BROKEN = "Office Hours/OH 2 - Profiling, with Bob.md";
const LOOP = "Office Hours/OH 3 - Logging, with Cy.md";

const body = (guest: string) => `Guest:: ${guest}\n\n## Checklist\n\n- [ ] Send the invite ⏳ 2025-06-05 🔼 #prep\n- [ ] Book the studio 🔁 every week\n`;
const good = (date: string) => `---\ndate: ${date}\n---\n${body("Ann")}`;
/** Today is Monday 2 June 2025 (harness.ts): the 12th is ahead, so a readable date makes the episode scheduled. */
const BROKEN_TEXT = `---\ndate: 2025-06-12\nguests: [Bob\n---\n${body("Bob")}`;
const LOOP_TEXT = `---\ndate: 2025-06-19\nstatus: &s [open, *s]\n---\n${body("Cy")}`;
const NOT_VALID = "The frontmatter is not valid YAML properties, so none of them were read.";

describe("a note whose properties could not be read", () => {
  it("gets no frontmatter from the cache: the reader warns from the text", async () => {
    ({ host } = await start({ files: { [GOOD]: good("2025-06-10"), [BROKEN]: BROKEN_TEXT } }));
    const cache = host.app.metadataCache.getFileCache(fileAt(host, BROKEN));
    expect(cache?.frontmatter).toBeUndefined();
    expect(cache?.frontmatterPosition?.end.line).toBe(3);
    const view = await openSidebar(host);
    // Its date was not read, so it is an idea; its row still sits among what needs attention, saying why.
    expect(rowPaths(view)).toEqual([GOOD, BROKEN]);
    const row = readRow(rowEl(view, BROKEN));
    expect([row.state, row.date, row.alert]).toEqual(["idea", "No date", NOT_VALID]);
    expect(readRow(rowEl(view, GOOD)).alert).not.toBe(NOT_VALID);
    userClick(expandButton(rowEl(view, BROKEN)));
    await redrawn(host);
    expect(readDetails(rowEl(view, BROKEN)).alerts).toContain(NOT_VALID);
  });

  it("names an alias loop and its line", async () => {
    ({ host } = await start({ files: { [LOOP]: LOOP_TEXT } }));
    const view = await openSidebar(host);
    expect(readRow(rowEl(view, LOOP)).alert).toBe("The properties refer to themselves (a YAML alias loop), line 3, so none of the properties were read.");
  });

  it("appears when an edit breaks the YAML and goes when it is fixed, the row redrawn", async () => {
    ({ host } = await start({ files: { [GOOD]: good("2025-06-10"), [BROKEN]: good("2025-06-12") } }));
    const view = await openSidebar(host);
    expect(readRow(rowEl(view, BROKEN)).alert).toBeNull();
    await host.externalWrite(BROKEN, BROKEN_TEXT);
    await redrawn(host);
    expect(readRow(rowEl(view, BROKEN)).alert).toBe(NOT_VALID);
    await host.externalWrite(BROKEN, good("2025-06-12"));
    await redrawn(host);
    expect(readRow(rowEl(view, BROKEN)).alert).toBeNull();
    userClick(viewButton(view, "Ideas"));
    await redrawn(host);
    expect(rowPaths(view)).toEqual([]);
  });
});

describe("an item's Tasks fields", () => {
  it("stay out of the row's next item and its expanded items", async () => {
    ({ host } = await start({ files: { [GOOD]: good("2025-06-10") } }));
    const view = await openSidebar(host);
    expect(readRow(rowEl(view, GOOD)).next).toBe("Send the invite #prep");
    userClick(expandButton(rowEl(view, GOOD)));
    await redrawn(host);
    const labels = Array.from(rowEl(view, GOOD).querySelectorAll(".office-hours-open-item"));
    expect(labels.map((label) => itemText(label))).toEqual(["Send the invite #prep", "Book the studio"]);
  });
});
