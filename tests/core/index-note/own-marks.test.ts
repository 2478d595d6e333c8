// "Your own words stay": the plugin takes off (or rewords) only a "(cancelled)" it wrote
// itself, in exactly its form at the end of the line, on an episode its block records
// as marked by it (the comment line under the start marker). The same words typed by the
// user, written by a version before the record, or no longer at the line's end stay.
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, blockLines, updateBlock } from "../../../src/core/index-note/index-note";
import { marksLine, takeMarks } from "../../../src/core/index-note/own-marks";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

// A&A 37, real (tests/fixtures/five-shows/projects/Adobo and Avocados), a wiki link.
const BASENAME = "A&A 37 - Observability for testers with Abby Bangser";
const LINK = `[[${BASENAME}]]`;
const RECORD = `%% office-hours:episode-list marked cancelled: ${BASENAME} %%`;

function entry(cancelled: boolean, over: Partial<IndexEntry> = {}): IndexEntry {
  return { basename: BASENAME, link: LINK, date: "2024-05-22", number: 37, guests: [], list: "upcoming", cancelled, ...over };
}

const note = (lines: string[]) => `# Adobo and Avocados\n\n${[BLOCK_START, ...lines, BLOCK_END].join("\n")}\n\nMine.\n`;

function update(text: string, e: IndexEntry): string {
  const result = updateBlock(text, [e]);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("the plugin's own mark", () => {
  it("is recorded when written, taken off (with its record) once the episode is scheduled again", () => {
    const start = note(["## Upcoming", "", `- 22/05: ${LINK}`]);
    const cancelled = update(start, entry(true));
    expect(cancelled).toBe(note([RECORD, "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]));
    expect(update(cancelled, entry(true))).toBe(cancelled);
    expect(update(cancelled, entry(false))).toBe(start);
  });

  it("is reworded when the show's language changes, and still comes off", () => {
    const cancelled = update(note(["## Upcoming", "", `- 22/05: ${LINK}`]), entry(true));
    const spanish = update(cancelled, entry(true, { language: "es" }));
    expect(spanish).toContain(`- 22/05: ${LINK} (cancelado)`);
    expect(spanish).not.toContain("(cancelled)");
    expect(update(spanish, entry(false, { language: "es" }))).toBe(note(["## Upcoming", "", `- 22/05: ${LINK}`]));
  });
});

describe("a mark that is the user's", () => {
  it.each([
    // The same text, however it came there: a block without a record owns no mark.
    ["typed by the user in the plugin's exact form (or written by a version before the record)", `- 22/05: ${LINK} (cancelled)`],
    ["typed in Spanish", `- 22/05: ${LINK} (cancelado)`],
    ["struck through", `- ~~22/05: ${LINK}~~`],
  ])("%s stays when the episode is scheduled again", (_, line) => {
    const text = note(["## Upcoming", "", line]);
    expect(updateBlock(text, [entry(false)])).toEqual({ ok: true, text, changed: false });
  });

  it("stays, and no second mark is added, while the episode is cancelled", () => {
    const text = note(["## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]);
    expect(updateBlock(text, [entry(true)])).toEqual({ ok: true, text, changed: false });
    expect(updateBlock(text, [entry(true, { language: "es" })])).toEqual({ ok: true, text, changed: false });
  });

  it("the plugin's mark with the user's words typed after it becomes the user's", () => {
    const marked = update(note(["## Upcoming", "", `- 22/05: ${LINK}`]), entry(true));
    const edited = marked.replace(`${LINK} (cancelled)`, `${LINK} (cancelled) — Abby was ill`);
    const after = update(edited, entry(false));
    expect(after).toContain(`- 22/05: ${LINK} (cancelled) — Abby was ill`);
    // Its record is dropped: the mark is no longer the plugin's.
    expect(after).not.toContain("marked cancelled:");
  });

  it("a record naming another episode makes this one's mark no more the plugin's", () => {
    const other = "%% office-hours:episode-list marked cancelled: A&A 38 - Something else %%";
    const text = note([other, "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]);
    // The stale record is dropped; the mark stays.
    expect(update(text, entry(false))).toBe(note(["## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]));
  });

  it("a record in a code block, or inside a longer comment, is the user's text, not a record", () => {
    const fenced = ["```", RECORD, "```"];
    const text = note([...fenced, "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]);
    expect(updateBlock(text, [entry(false)])).toEqual({ ok: true, text, changed: false });
    const inside = note(["%%", "an old note:", RECORD, "%%", "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]);
    expect(updateBlock(inside, [entry(false)])).toEqual({ ok: true, text: inside, changed: false });
    const trailing = note([`${RECORD} and more %% x %%`, "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]);
    expect(updateBlock(trailing, [entry(false)])).toEqual({ ok: true, text: trailing, changed: false });
  });
});

describe("the record", () => {
  it("is written with the note's line ends (CRLF), and read back from them", () => {
    const start = note(["## Upcoming", "", `- 22/05: ${LINK}`]).replace(/\n/g, "\r\n");
    const cancelled = update(start, entry(true));
    expect(cancelled).toBe(note([RECORD, "## Upcoming", "", `- 22/05: ${LINK} (cancelled)`]).replace(/\n/g, "\r\n"));
    expect(update(cancelled, entry(false))).toBe(start);
  });

  it("round-trips names with %, | and a closing %% in them, as lower-case keys", () => {
    const names = ["OH 100%% sure", "A | B", "Café %7C", "x%25y"];
    const line = marksLine(names);
    expect(line).not.toBeNull();
    // One comment: the names' %% cannot close it early.
    expect((line ?? "").match(/%%/g)?.length).toBe(2);
    expect(takeMarks([line ?? ""], (n) => n.toLowerCase())).toEqual({ lines: [], owned: new Set(names.map((n) => n.toLowerCase())), wrote: new Map() });
  });

  it("is written sorted and only while some mark is the plugin's", () => {
    expect(marksLine([])).toBeNull();
    expect(marksLine(["b", "a", "b"])).toBe("%% office-hours:episode-list marked cancelled: a | b %%");
    expect(blockLines(["## Upcoming", "", `- 22/05: ${LINK}`], [entry(false)])[0]).toBe("## Upcoming");
  });
});
