// The index's record keeps each open item's own deadline as a day number, so the agenda
// and the status never read a line again to sort or count it. What they say from the
// record must be what they say from the note read whole: every fixture note (the real
// ones, and one with every kind of deadline mark), on days around its show.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Agenda } from "../../../src/core/deadlines/agenda";
import { openItemDeadlines } from "../../../src/core/deadlines/item-due";
import { episodeStatus } from "../../../src/core/status/status";
import { plainText } from "../../../src/core/text/plain";
import { defaultSettings, type ShowSettings } from "../../../src/core/settings/settings";
import { readNote, recordOf } from "../../support/notes";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
const SHOW = defaultSettings("UTC").shows[0] as ShowSettings;
const RULES = { deadlines: SHOW.deadlines, schedule: SHOW.schedule };
const DAYS = ["2023-06-01", "2024-03-10", "2025-03-20", "2026-11-20", "2026-11-27", "2026-12-01"];

function notes(dir: string): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return notes(full);
    return name.endsWith(".md") && name !== "SOURCE.md" && name !== "README.md" ? [[full.slice(FIXTURES.length + 1), readFileSync(full, "utf8")]] : [];
  });
}

const ALL = notes(FIXTURES);

describe("deadlines from the index's record", () => {
  it("cover every kind of mark in the fixtures (dates, offsets, both, bad ones)", () => {
    const [, text] = ALL.find(([p]) => p.includes("Deadlines everywhere")) ?? ["", ""];
    const sources = openItemDeadlines(recordOf("GOH 40 - Deadlines everywhere.md", text), RULES).map((d) => d.source);
    // null: the items under "## Notes", show content in a note with phase checklists (no deadline).
    expect(new Set(sources)).toEqual(new Set(["date", "offset", "phase", null]));
  });

  it.each(ALL)("%s: each open item's deadline, as the note read whole gives it", (path, text) => {
    const whole = openItemDeadlines(readNote(path, text), RULES);
    const kept = openItemDeadlines(recordOf(path, text), RULES);
    const shape = (d: (typeof whole)[number]) => ({ index: d.index, phase: d.phase, due: d.due, day: d.day, source: d.source, line: d.task.line, text: d.task.text });
    expect(kept.map(shape)).toEqual(whole.map(shape));
  });

  it.each(ALL)("%s: the status on days around the show, as from the note read whole", (path, text) => {
    const whole = readNote(path, text);
    const record = recordOf(path, text);
    for (const today of DAYS) {
      const rules = { deadlines: SHOW.deadlines, warnDaysBefore: 3, schedule: SHOW.schedule };
      const { next: a, ...fromRecord } = episodeStatus(record, today, rules);
      const { next: b, ...fromWhole } = episodeStatus(whole, today, rules);
      expect(fromRecord).toEqual(fromWhole);
      expect(a && [a.line, a.raw, a.text]).toEqual(b && [b.line, b.raw, b.text]);
    }
  });

  it.each(ALL)("%s: the agenda's entries, as the note read whole gives them", (path, text) => {
    const record = recordOf(path, text);
    const agenda = new Agenda(() => RULES, 10_000);
    agenda.sync([{ episode: record, show: SHOW, version: 1 }]);
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    const entries = agenda.entries.map((e) => ({ line: e.line, text: e.text, due: e.due, source: e.source, phase: e.phase, section: e.section })).sort(byLine);
    const whole = readNote(path, text);
    const expected = openItemDeadlines(whole, RULES)
      .map((d) => ({ line: d.task.line, text: plainText(d.task.text), due: d.due, source: d.source, phase: d.phase, section: whole.sections[d.task.section]?.heading ?? "" }))
      .sort(byLine);
    expect(entries).toEqual(expected);
  });
});
