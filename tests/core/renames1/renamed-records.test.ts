// renames1: an episode renamed by hand moves the index note's records of what the plugin
// wrote (src/core/renames/renamed-records.ts); only record lines change.
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, blockLines, freshBlock, updateBlock } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { applyEdits } from "../../../src/core/live/edits";
import { renamedRecordEdits } from "../../../src/core/renames/renamed-records";
import { bestGrowth, whole } from "../../support/growth";

const OLD = "GOH 12 - Tempo";
const NEW = "GOH 12 - Tempo deep dive";
const entry = (basename: string, guests: string[], cancelled = false): IndexEntry => ({ basename, link: `[[${basename}]]`, date: "2025-06-06", number: 12, guests, list: "past", cancelled });

/** An index note as the plugin writes it: a heading of the user's, the block with its records. */
function note(entries: IndexEntry[], eol = "\n"): string {
  return ["# Grafana Office Hours", "", "Some words of mine.", "", freshBlock(entries), "", "After the list."].join("\n").replace(/\n/g, eol);
}

const rename = (text: string, from = OLD, to = NEW) => applyEdits(text, renamedRecordEdits(text, [{ from, to }]));
const changedLines = (a: string, b: string) => a.split("\n").filter((line, i) => line !== b.split("\n")[i]);

describe("renamedRecordEdits", () => {
  it("moves the guest names' and the cancelled marks' records; no other line changes", () => {
    const text = note([entry(OLD, ["Ann Lee", "Bo Chen"], true), entry("GOH 13 - Loki", ["Cy Diaz"])]);
    expect(text).toContain(`wrote guests: ${OLD}: Ann Lee, Bo Chen`);
    expect(text).toContain(`marked cancelled: ${OLD} %%`);
    const after = rename(text);
    const changed = changedLines(text, after);
    expect(changed).toHaveLength(2);
    expect(changed.every((line) => line.startsWith("%% office-hours:episode-list"))).toBe(true);
    expect(after).toContain(`wrote guests: ${NEW}: Ann Lee, Bo Chen | GOH 13 - Loki: Cy Diaz`);
    expect(after).toContain(`marked cancelled: ${NEW} %%`);
    // The list line is Obsidian's to relink (its link updater): left as it was.
    expect(after).toContain(`[[${OLD}]]`);
  });

  it("the next update reads the names as the plugin's: a guest taken off leaves the line", () => {
    const text = note([entry(OLD, ["Ann Lee", "Bo Chen"])]).replace(`[[${OLD}]]`, `[[${NEW}]]`);
    const updated = updateBlock(rename(text), [entry(NEW, ["Ann Lee"])]);
    if (!updated.ok) throw new Error(updated.reason);
    expect(updated.text).toContain(`[[${NEW}]] with Ann Lee\n`);
    // Without the move the plugin's "Bo Chen" is read as the user's and stays.
    const unmoved = updateBlock(text, [entry(NEW, ["Ann Lee"])]);
    expect(unmoved.ok && unmoved.text.includes("Bo Chen")).toBe(true);
  });

  it("no record names the note: no edit", () => {
    const text = note([entry("GOH 13 - Loki", ["Cy Diaz"])]);
    expect(renamedRecordEdits(text, [{ from: OLD, to: NEW }])).toEqual([]);
    expect(renamedRecordEdits("# no list\n", [{ from: OLD, to: NEW }])).toEqual([]);
  });

  it("a record outside the block, in code, or inside a comment opened above is the user's text: left alone", () => {
    const record = `%% office-hours:episode-list wrote guests: ${OLD}: Ann Lee %%`;
    const block = [BLOCK_START, "```", record, "```", "<!--", record, "-->", BLOCK_END].join("\n");
    const text = `${record}\n\n${block}\n`;
    expect(renamedRecordEdits(text, [{ from: OLD, to: NEW }])).toEqual([]);
    // The same record standing alone in the block is moved: the guard is what tells them apart.
    const alone = `${record}\n\n${[BLOCK_START, record, BLOCK_END].join("\n")}\n`;
    expect(renamedRecordEdits(alone, [{ from: OLD, to: NEW }]).map((e) => e.from.line)).toEqual([3]);
  });

  it("keeps CRLF line ends and the text after the block", () => {
    const text = note([entry(OLD, ["Ann Lee"])], "\r\n");
    const after = rename(text);
    expect(after).not.toBe(text);
    expect(after.split("\r\n").length).toBe(text.split("\r\n").length);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after.endsWith("After the list.")).toBe(true);
  });

  it("several renames in order: a name changed twice ends at its last name", () => {
    const text = note([entry(OLD, ["Ann Lee"])]);
    const edits = renamedRecordEdits(text, [
      { from: OLD, to: "Mid" },
      { from: "Mid", to: NEW },
    ]);
    expect(applyEdits(text, edits)).toBe(rename(text));
  });

  it("the record's lines are blockLines' own: the fixture is the plugin's output", () => {
    expect(blockLines([], [entry(OLD, ["Ann Lee"])], ["past"]).some((l) => l.includes(`wrote guests: ${OLD}`))).toBe(true);
  });

  it("grows linearly with the note and with a record's length", () => {
    const many = whole((n) => note(Array.from({ length: Math.max(1, Math.floor(n / 40)) }, (_, i) => entry(`EP ${i}`, ["Ann Lee"]))).concat(`\n${"- a line of mine\n".repeat(n / 20)}`));
    expect(bestGrowth((text: string) => renamedRecordEdits(text, [{ from: "EP 1", to: "EP one" }]), many, 20_000, 8)).toBeLessThan(8);
    const longRecord = whole((n) => [BLOCK_START, `%% office-hours:episode-list wrote guests: ${OLD}: ${"Ann Lee, ".repeat(n / 9)}Bo %%`, BLOCK_END].join("\n"));
    expect(bestGrowth((text: string) => renamedRecordEdits(text, [{ from: OLD, to: NEW }]), longRecord, 20_000, 8)).toBeLessThan(8);
  });
});
