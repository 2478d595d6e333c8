// The start marker says what is true: the plugin keeps the episodes' lines current, and
// lines and words the user writes inside stay. A marker an earlier version wrote ("edits
// inside are replaced") is still the block's start, never the reason for a second block,
// and is put in the new words only when the block is written anyway.
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, freshBlock, updateBlock } from "../../../src/core/index-note/index-note";
import { planIndexNote } from "../../../src/core/index-note/plan";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

const OLD = "%% office-hours:episode-list start (kept up to date by the Office Hours plugin; edits inside are replaced) %%";
const BASENAME = "GOH 12 - Grafana Faro";
const LINK = `[[${BASENAME}]]`;
const entry = (date: string): IndexEntry => ({ basename: BASENAME, link: LINK, date, number: 12, guests: [], list: "past" });

const note = (start: string, line: string) => `# GOH\n\n${start}\n### Past\n\n${line}\n- 21/07: Break (mine)\n${BLOCK_END}\n\nMine.\n`;

describe("the start marker", () => {
  it("no longer says edits inside are replaced, and says the user's lines stay", () => {
    expect(BLOCK_START).not.toMatch(/replaced/);
    expect(BLOCK_START).toMatch(/your own lines and words stay/);
    expect(freshBlock([entry("2023-09-22")]).split("\n")[0]).toBe(BLOCK_START);
  });

  it("one an earlier version wrote is still the block: with nothing to change, nothing is written, the old words stay", () => {
    const text = note(OLD, `- 22/09: ${LINK}`);
    expect(updateBlock(text, [entry("2023-09-22")])).toEqual({ ok: true, text, changed: false });
    expect(planIndexNote(text, [entry("2023-09-22")])).toEqual({ kind: "update", text, changed: false });
  });

  it("one an earlier version wrote gets the new words when the block is written anyway, and no second block", () => {
    const text = note(OLD, `- 22/09: ${LINK}`);
    const result = updateBlock(text, [entry("2023-09-29")]);
    expect(result).toEqual({ ok: true, text: note(BLOCK_START, `- 29/09: ${LINK}`), changed: true });
    if (!result.ok) return;
    expect(result.text.split("office-hours:episode-list start")).toHaveLength(2);
    expect(planIndexNote(result.text, [entry("2023-09-29")])).toEqual({ kind: "update", text: result.text, changed: false });
  });

  it("a marker the user worded stays as written, even when the block is written", () => {
    const mine = "%% office-hours:episode-list start — the plugin's, hands off %%";
    const result = updateBlock(note(mine, `- 22/09: ${LINK}`), [entry("2023-09-29")]);
    expect(result).toEqual({ ok: true, text: note(mine, `- 29/09: ${LINK}`), changed: true });
  });

  it("keeps CRLF when it rewrites an old marker", () => {
    const text = note(OLD, `- 22/09: ${LINK}`).replace(/\n/g, "\r\n");
    const result = updateBlock(text, [entry("2023-09-29")]);
    expect(result).toEqual({ ok: true, text: note(BLOCK_START, `- 29/09: ${LINK}`).replace(/\n/g, "\r\n"), changed: true });
  });
});
