// The episode list the plugin keeps inside a show's index note: only the text between
// its two markers is ever the plugin's; every other byte is the user's and never changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, freshBlock, replaceBlock, updateBlock } from "../../src/core/index-note/index-note";
import type { IndexEntry } from "../../src/core/index-note/merge-lists";

const entry = (basename: string, date: string | null, guests: string[], list: IndexEntry["list"], number: number | null = null): IndexEntry => ({
  basename,
  link: `[[${basename}]]`,
  date,
  number,
  guests,
  list,
});

const ENTRIES: IndexEntry[] = [
  entry("GOH 26 - Pyroscope", "2024-01-19", ["Ryan Perry"], "upcoming", 26),
  entry("GOH 27 - Undated", null, [], "ideas", 27),
  entry("GOH 25 - Beyla", "2024-01-05", ["Nikola Grcevski"], "upcoming", 25),
  entry("GOH 24 - AI microscopy", "2023-12-15", ["Theia Scientific", "Volkov Labs"], "past", 24),
  entry("GOH 01 - Grafana 10", "2023-06-16", ["Mitch Seaman"], "past", 1),
];

const BLOCK = [
  BLOCK_START,
  // The guest names the plugin wrote, so it can take one out once that guest is off the episode.
  "%% office-hours:episode-list wrote guests: GOH 01 - Grafana 10: Mitch Seaman | GOH 24 - AI microscopy: Theia Scientific, Volkov Labs | GOH 25 - Beyla: Nikola Grcevski | GOH 26 - Pyroscope: Ryan Perry %%",
  "### Upcoming",
  "",
  "- 2024-01-05: [[GOH 25 - Beyla]] with Nikola Grcevski",
  "- 2024-01-19: [[GOH 26 - Pyroscope]] with Ryan Perry",
  "",
  "### Past",
  "",
  "- 2023-06-16: [[GOH 01 - Grafana 10]] with Mitch Seaman",
  "- 2023-12-15: [[GOH 24 - AI microscopy]] with Theia Scientific and Volkov Labs",
  "",
  "### Ideas (no date yet)",
  "",
  "- [[GOH 27 - Undated]]",
  BLOCK_END,
].join("\n");

function replaced(text: string, block: string): string {
  const result = replaceBlock(text, block);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("freshBlock", () => {
  it("lists upcoming episodes soonest first, past ones in order, and undated ones as ideas, between the markers", () => {
    expect(freshBlock(ENTRIES)).toBe(BLOCK);
  });

  it("has the two lists, empty, without episodes", () => {
    expect(freshBlock([])).toBe([BLOCK_START, "### Upcoming", "", "### Past", BLOCK_END].join("\n"));
  });

  it("joins lines with the newline it is given", () => {
    expect(freshBlock(ENTRIES, "\r\n")).toBe(BLOCK.split("\n").join("\r\n"));
  });

  it("keeps the markers Obsidian comments: the list's own text never shows them", () => {
    expect(BLOCK_START).toMatch(/^%% office-hours:episode-list start .* %%$/);
    expect(BLOCK_END).toBe("%% office-hours:episode-list end %%");
  });
});

describe("updateBlock", () => {
  it("reads a block an earlier version wrote, drops its '(none yet)' and files the undated episode as an idea", () => {
    const old = [BLOCK_START, "### Upcoming", "", "- [[GOH 27 - Undated]]", "", "### Past", "", "- (none yet)", BLOCK_END].join("\n");
    const result = updateBlock(`# GOH\n\n${old}\n\nMine.\n`, [entry("GOH 27 - Undated", null, [], "ideas", 27), entry("GOH 24 - AI microscopy", "2023-12-15", [], "past", 24)]);
    expect(result).toEqual({
      ok: true,
      changed: true,
      text: `# GOH\n\n${[BLOCK_START, "### Upcoming", "", "### Past", "", "- 2023-12-15: [[GOH 24 - AI microscopy]]", "", "### Ideas (no date yet)", "", "- [[GOH 27 - Undated]]", BLOCK_END].join("\n")}\n\nMine.\n`,
    });
  });

  it("changes nothing the second time", () => {
    const text = `a\n${freshBlock(ENTRIES)}\nb`;
    expect(updateBlock(text, ENTRIES)).toEqual({ ok: true, text, changed: false });
  });
});

describe("replaceBlock: a note without the list", () => {
  it.each([
    ["", `${BLOCK}\n`],
    ["# GOH\n", `# GOH\n\n${BLOCK}\n`],
    ["# GOH", `# GOH\n\n${BLOCK}\n`],
    ["# GOH\n\n", `# GOH\n\n\n${BLOCK}\n`],
  ])("%j gets the list appended after a blank line", (text, expected) => {
    expect(replaceBlock(text, BLOCK)).toEqual({ ok: true, text: expected, changed: true });
  });

  it("appends with CRLF to a CRLF note", () => {
    const crlf = BLOCK.split("\n").join("\r\n");
    expect(replaced("# GOH\r\n", BLOCK)).toBe(`# GOH\r\n\r\n${crlf}\r\n`);
    // Also when the block was rendered with CRLF already (was "\r\r\n").
    expect(replaced("# GOH\r\n", freshBlock(ENTRIES, "\r\n"))).toBe(`# GOH\r\n\r\n${crlf}\r\n`);
  });
});

describe("replaceBlock: a note with the list", () => {
  const OLD = `${BLOCK_START}\n### Upcoming\n\n- old entry\n${BLOCK_END}`;
  const NOTE = `Intro text.\n\n## Episodes\n\n${OLD}\n\n## Notes\n\nKeep this.\n`;

  it("replaces it in place and leaves the rest as it was", () => {
    expect(replaceBlock(NOTE, BLOCK)).toEqual({ ok: true, text: NOTE.replace(OLD, BLOCK), changed: true });
  });

  it("says nothing changed when the list is already current", () => {
    const current = replaced(NOTE, BLOCK);
    expect(replaceBlock(current, BLOCK)).toEqual({ ok: true, text: current, changed: false });
  });

  it("replaces a list whose marker text the user edited, as long as the prefixes are there", () => {
    const edited = "a\n%% office-hours:episode-list start (mine) %%\nx\n%% office-hours:episode-list end (done) %%\nb";
    expect(replaced(edited, BLOCK)).toBe(`a\n${BLOCK}\nb`);
  });

  it("keeps CRLF in a CRLF note", () => {
    const crlf = NOTE.split("\n").join("\r\n");
    expect(replaced(crlf, BLOCK)).toBe(crlf.replace(OLD.split("\n").join("\r\n"), BLOCK.split("\n").join("\r\n")));
  });

  it("keeps a BOM and text right against the markers", () => {
    const text = `\ufeffbefore${OLD}after`;
    expect(replaced(text, BLOCK)).toBe(`\ufeffbefore${BLOCK}after`);
  });
});

describe("replaceBlock: broken markers", () => {
  const reasonMarkers = "The note's episode-list markers are missing, repeated or out of order, so it was not changed. Fix or remove them and try again.";
  const reasonUnclosed = "The end marker of the episode list is not closed with %%, so the note was not changed.";

  it.each([
    ["a start without an end", `x\n${BLOCK_START}\n- a\n`, reasonMarkers],
    ["an end without a start", `x\n- a\n${BLOCK_END}\n`, reasonMarkers],
    ["the end before the start", `${BLOCK_END}\nx\n${BLOCK_START}\n`, reasonMarkers],
    ["two lists", `${BLOCK}\n\n${BLOCK}\n`, reasonMarkers],
    ["two starts", `${BLOCK_START}\n${BLOCK_START}\n${BLOCK_END}\n`, reasonMarkers],
    ["an end never closed", `${BLOCK_START}\n- a\n%% office-hours:episode-list end\n`, reasonUnclosed],
    // The next %% belongs to a comment of the user's further down, not to the marker:
    // taking it would have swallowed "More text " into the list.
    ["an end closed only on a later line", `${BLOCK_START}\n- a\n%% office-hours:episode-list end\nMore text %% mine %%\n`, reasonUnclosed],
  ])("refuses %s", (_what, text, reason) => {
    expect(replaceBlock(text, BLOCK)).toEqual({ ok: false, reason });
  });
});

describe("replaceBlock: every byte outside the list is the user's", () => {
  // User text that never forms a marker, with the characters that could confuse the search.
  const userText = fc.string({
    unit: fc.constantFrom("a", " ", "\n", "\r\n", "\r", "%", "%%", "%% comment %%", "office-hours", ":", "-", "é", "😀", "\ufeff", "#"),
    maxLength: 40,
  });
  // The same without a lone %: such text may leave a comment open, and a list after it
  // would be inside the comment (see "a marker is one only outside code and comments").
  const closedText = fc.string({
    unit: fc.constantFrom("a", " ", "\n", "\r\n", "\r", "%% comment %%", "%% a\ncomment %%", "office-hours", ":", "-", "é", "😀", "\ufeff", "#"),
    maxLength: 40,
  });
  const anEntry = fc.record({
    basename: fc.constantFrom("GOH 1", "GOH 2", "A"),
    link: fc.constantFrom("[[GOH 1]]", "[GOH 2](GOH%202.md)", "[[A|B]]"),
    date: fc.option(fc.constantFrom("2024-01-05", "2023-12-01", "2024-02-29")),
    number: fc.constant(null),
    guests: fc.constantFrom([], ["Ann"], ["Ann", "Bo"]),
    list: fc.constantFrom("past" as const, "upcoming" as const, "ideas" as const),
  });

  it("replacing the list changes only the list", () => {
    fc.assert(
      fc.property(closedText, userText, fc.array(anEntry, { maxLength: 4 }), fc.array(anEntry, { maxLength: 4 }), (before, after, old, next) => {
        const text = before + freshBlock(old) + after;
        const result = replaceBlock(text, freshBlock(next));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const newline = text.includes("\r\n") ? "\r\n" : "\n";
        expect(result.text).toBe(before + freshBlock(next, newline) + after);
        expect(result.changed).toBe(result.text !== text);
      }),
      { numRuns: 400 },
    );
  });

  it("appending keeps the whole note as its start", () => {
    fc.assert(
      fc.property(closedText, fc.array(anEntry, { maxLength: 4 }), (text, entries) => {
        // A note ending in a lone CR (which Obsidian never writes) gains a CRLF from the
        // separator, and the next update then writes the list with CRLF: left aside.
        fc.pre(!text.endsWith("\r"));
        const result = replaceBlock(text, freshBlock(entries));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.text.startsWith(text)).toBe(true);
        const newline = text.includes("\r\n") ? "\r\n" : "\n";
        expect(result.text.endsWith(freshBlock(entries, newline) + newline)).toBe(true);
        // And once there, the list is found and replaced in place.
        expect(replaceBlock(result.text, freshBlock(entries))).toEqual({ ok: true, text: result.text, changed: false });
      }),
      { numRuns: 300 },
    );
  });
});
