// Every episode line of the index notes in tests/fixtures, as their authors wrote them: the
// five-show vault's READMEs (copied unchanged from a real team's vault), the podcast vault,
// and tests/fixtures/index-lines (the shapes people write guests in, written for this
// project). Each line is given an episode whose guests are the ones the line names, and
// the plugin's update is run on the whole note: nothing changes. With a guest more on one
// episode, only that line changes, and only by that guest's name.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyChoice, planIndexNote } from "../../../src/core/index-note/plan";
import { readListLine } from "../../../src/core/index-note/list-items";
import { headingKind, type ListKind } from "../../../src/core/index-note/list-kinds";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { FIXTURES } from "../detect/fixture-vault";

const NOTES = [
  "five-shows/projects/Grafana Office Hours/Grafana Office Hours Readme.md",
  "five-shows/projects/Adobo and Avocados/Adobo and Avocados README.md",
  "five-shows/projects/Loki Community Calls/Loki Community Calls.md",
  "five-shows/projects/Grafana OTel Community Call/Grafana OTel Community Call.md",
  "podcast-vault/Podcasts/Berlin Bytes/Berlin Bytes.md",
  "index-lines/Build Club episodes.md",
];

const NEW_GUEST = "Zoë Quist";

/**
 * The guests a line names, read by a rule of the test's own (not the plugin's): the words
 * after "with", "con", "feat.", "ft.", "w/", a dash or a colon, up to a bracket, comment,
 * dash or the line's end, split at commas and joining words, markup and links taken off;
 * kept only when each looks like a name. The fixture lines were read by eye to agree.
 */
function namedGuests(trailing: string): string[] {
  const m = /^\s*(?:\*\*|\*|_|\(|~~)?(?:\s*(?:with|con|feat\.|ft\.|w\/)\s+|\s*[—–:]\s*)(.*)$/.exec(trailing);
  if (!m) return [];
  const list = (m[1] ?? "").split(/ — |%%|\*\*|~~|\)|, and /)[0] ?? "";
  const names = list
    .split(/\s*,\s*|\s+(?:and|&|y)\s+/)
    .map((n) => n.replace(/^[*_]+|[*_]+$/g, "").replace(/^\[\[(.*)\]\]$/, "$1").replace(/^\[(.*)\]\(.*\)$/, "$1").trim())
    .filter((n) => n !== "");
  return names.every((n) => /^(?:\p{Lu}[\p{L}.'-]*)(?:,? \p{Lu}[\p{L}.'-]*)*$/u.test(n)) ? names : [];
}

/** Words and punctuation runs, without the words that join names (which the plugin rewrites). */
function tokens(line: string): string[] {
  return (line.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N},]+/gu) ?? []).filter((t) => !["and", "&", "y", "e", "+"].includes(t));
}

interface Listed {
  line: string;
  entry: IndexEntry;
}

/** The episode lines of the note's hand-kept lists, each with an episode as the line describes it. */
function listed(text: string): Listed[] {
  const out: Listed[] = [];
  let kind: ListKind = "past";
  let inLists = false;
  for (const line of text.split("\n")) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const k = headingKind(heading[1] ?? "");
      inLists = k !== null;
      if (k === "past" || k === "upcoming" || k === "ideas") kind = k;
      continue;
    }
    const read = readListLine(line);
    if (!read?.link || (!inLists && text.includes("\n#"))) continue;
    if (out.some((l) => l.entry.basename === read.link?.name)) continue;
    // No date: the line's own date stays as written, so the test needs no calendar.
    out.push({ line, entry: { basename: read.link.name, link: read.link.text, date: null, number: null, guests: namedGuests(read.trailing), list: kind } });
  }
  return out;
}

describe.each(NOTES)("%s", (path) => {
  const text = readFileSync(join(FIXTURES, path), "utf8");
  const lines = listed(text);
  const entries = lines.map((l) => l.entry);
  const taken = applyChoice(text, entries, "lists");

  it("has episode lines (the test reads the note)", () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(taken).not.toBeNull();
  });

  it("taken over with every episode's guests as its line names them: every line as written", () => {
    expect(taken?.after.slice(1, -1)).toEqual(taken?.before);
    const again = planIndexNote(taken?.text ?? "", entries);
    expect(again).toEqual({ kind: "update", text: taken?.text, changed: false });
  });

  it("a guest more on one episode: only its line changes, by that name", () => {
    for (const [i, { line, entry }] of lines.entries()) {
      const more = entries.map((e, j) => (j === i ? { ...e, guests: [...e.guests, NEW_GUEST] } : e));
      // The record of the guest names the plugin wrote is no line of the user's.
      const after = (applyChoice(text, more, "lists")?.after.slice(1, -1) ?? []).filter((l) => !l.startsWith("%% office-hours:episode-list wrote guests:"));
      const before = taken?.before ?? [];
      const changed = after.filter((l, n) => l !== before[n]);
      expect(after).toHaveLength(before.length);
      const written = changed[0];
      if (written === undefined) {
        // Left alone: a line with a comment is kept byte for byte (README, "Only real markers
        // count"); any other, only when its words after the link name none of the guests.
        if (line.includes("%%") || line.includes("<!--")) continue;
        expect(entry.guests, line).toEqual([]);
        expect(readListLine(line)?.trailing.trim(), line).not.toBe("");
        continue;
      }
      expect(changed, line).toHaveLength(1);
      // Everything the user wrote is there, in order: take the new name (and the "with" before
      // it on a line that had no list) out, and the words are the line's, joining words aside.
      expect(written.split(NEW_GUEST), written).toHaveLength(2);
      const without = written.replace(` with ${NEW_GUEST}`, "").replace(NEW_GUEST, "");
      expect(tokens(without), `${line} → ${written}`).toEqual(tokens(line));
    }
  });
});
