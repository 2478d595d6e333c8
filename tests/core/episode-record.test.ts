// The index's lean record: the same facts as a full reading, the open items with the very
// refs a tick would make from the note's text, and a string pool that keeps one copy of
// each recurring line and lets go of the lines of notes no longer indexed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings } from "../../src/core/settings/settings";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import { toggleTaskInText } from "../../src/core/tick/toggle";
import { lazyFrontmatter, readNote, recordOf } from "../support/notes";
import { dayNumber } from "../../src/core/deadlines/day-number";
import { episodeRecord } from "../../src/core/vault/episode-record";
import { StringPool } from "../../src/core/vault/string-pool";

const FIXTURES = join(import.meta.dirname, "../fixtures");

function notes(dir: string): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return notes(full);
    return name.endsWith(".md") && name !== "SOURCE.md" && name !== "README.md" ? [[full.slice(FIXTURES.length + 1), readFileSync(full, "utf8")]] : [];
  });
}

const ALL = notes(FIXTURES);

describe("an episode's record", () => {
  it.each(ALL)("%s: the facts of the full reading, its open items and their refs", (path, text) => {
    const episode = readNote(path, text);
    const record = recordOf(path, text);
    const { frontmatter: _f, fields: _fields, tasks, next, ...summary } = episode;
    const { open, next: recordNext, ...kept } = record;
    expect(kept).toEqual(summary);
    expect(recordNext === null ? null : { ...recordNext, due: undefined }).toEqual(next === null ? null : { ...next, due: undefined });
    const openTasks = tasks.filter((t) => t.state === "open");
    expect(open.tasks().map(({ due: _due, ...task }) => task)).toEqual(openTasks.map(({ due: _due, ...task }) => task));
    // Each item's own deadline, kept as numbers: the same as the full reading's.
    expect(open.tasks().map((t) => t.due)).toEqual(openTasks.map((t) => t.due ?? null));
    expect(openTasks.map((_, i) => open.dueDate(i))).toEqual(openTasks.map((t) => t.due ?? null));
    expect(openTasks.map((_, i) => open.dueDay(i))).toEqual(openTasks.map((t) => (typeof t.due === "string" ? dayNumber(t.due) : null)));
    expect(openTasks.map((_, i) => open.dueOffset(i))).toEqual(openTasks.map((t) => t.dueOffset));
    expect(openTasks.map((_, i) => [open.line(i), open.section(i), open.text(i)])).toEqual(openTasks.map((t) => [t.line, t.section, t.text]));
    expect(open.refs(record.sections)).toEqual(taskRefsOf(episode, text).filter((_, i) => tasks[i]?.state === "open"));
  });

  it.each(ALL)("%s: made for a report (no ticks), the same facts and open items, and no refs to tick with", (path, text) => {
    const classifier = createClassifier(defaultSettings());
    const forTicks = new EpisodeIndex(classifier);
    const forReport = new EpisodeIndex(classifier, "report");
    forTicks.update(path, text, lazyFrontmatter(text));
    forReport.update(path, text, lazyFrontmatter(text));
    const a = forTicks.get(path)?.episode;
    const b = forReport.get(path)?.episode;
    if (!a || !b) {
      expect(b).toBe(a);
      return;
    }
    const { open: openA, ...restA } = a;
    const { open: openB, ...restB } = b;
    expect(restB).toEqual(restA);
    expect(openB.tasks()).toEqual(openA.tasks());
    expect(openB.length).toBe(openA.length);
    expect(openA.tasks().map((_, i) => [openB.line(i), openB.section(i), openB.dueDay(i), openB.dueOffset(i)])).toEqual(
      openA.tasks().map((_, i) => [openA.line(i), openA.section(i), openA.dueDay(i), openA.dueOffset(i)]),
    );
    if (openB.length > 0) expect(() => openB.refs(b.sections)).toThrow(/without what a tick needs/);
  });

  it("a tick made from the record's ref lands on the item, like one made from the text", () => {
    const [, text] = ALL.find(([p]) => p.endsWith("GOH 12 - Govable.md")) ?? ["", ""];
    const record = recordOf("GOH 12 - Govable.md", text);
    const refs = record.open.refs(record.sections);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const result = toggleTaskInText(text, ref, "done");
      expect(result.ok && result.line).toBe(ref.line);
    }
  });

  it("keeps an item's place whole when it is too deep or too far down to pack (depth 40,000; section 70,001)", () => {
    // Under a list item: at the top level, indentation makes code, not an item (CommonMark);
    // and a marker four or more columns past its parent's text is that text, not an item.
    const text = `Guest:: Ann\n- Deep list\n\t- [ ] Deep\n${"## Part\n".repeat(70_000)}## Last\n- [ ] Far 📅 2026-11-27\n- [ ] Near\n`;
    const path = "Far.md";
    const episode = readNote(path, text);
    // The reader nests an item one below the item whose text it is under (Obsidian's
    // drawing), so reading a depth of 40,000 would take a note of gigabytes: set here.
    const deep = episode.tasks[0];
    if (deep) deep.depth = 40_000;
    const record = episodeRecord(episode, text, new StringPool());
    const open = episode.tasks.filter((t) => t.state === "open");
    expect(open.map((t) => [t.depth, t.section])).toEqual([
      [40_000, 0],
      [0, 70_001],
      [0, 70_001],
    ]);
    expect(record.open.tasks().map((t) => [t.depth, t.section, t.due])).toEqual([
      [40_000, 0, null],
      [0, 70_001, "2026-11-27"],
      [0, 70_001, null],
    ]);
    expect(record.open.refs(record.sections)).toEqual(taskRefsOf(episode, text).filter((_, i) => episode.tasks[i]?.state === "open"));
  });

  it("reads an item's due date", () => {
    const record = recordOf("x.md", "Guest:: Ann\n- [ ] Send the invite 📅 2026-11-27\n- [ ] No date\n- [ ] Bad 📅 2026-02-30\n");
    expect(record.open.tasks().map((t) => t.due)).toEqual(["2026-11-27", null, null]);
  });

  it("survives keys and fields named like Object.prototype members", () => {
    const record = recordOf("x.md", "---\n__proto__: x\nconstructor: y\nstatus: planned\n---\nConstructor:: Ann\n- [ ] a\n");
    expect(record.status).toBe("planned");
    expect(record.open.length).toBe(1);
  });
});

describe("the index's string pool", () => {
  const classifier = createClassifier(defaultSettings("UTC"));
  const note = (n: number) => `Guest:: Ann ${n}\n## Checklist\n- [ ] Book the studio\n- [ ] Line only note ${n} has\n`;

  it("keeps one copy of a line every episode has", () => {
    const index = new EpisodeIndex(classifier);
    for (let n = 0; n < 50; n++) index.update(`E ${n}.md`, note(n), lazyFrontmatter(note(n)));
    const first = index.get("E 0.md")?.episode.open.task(0)?.raw;
    expect(index.get("E 49.md")?.episode.open.task(0)?.raw).toBe(first);
    // "Book the studio" and "Checklist" once, plus each note's own line.
    expect(index.pooledStrings).toBe(2 + 50);
  });

  it("keeps one copy of a section episodes have alike, frozen, and a section of its own for a note that differs", () => {
    const index = new EpisodeIndex(classifier);
    for (let n = 0; n < 50; n++) index.update(`E ${n}.md`, note(n), lazyFrontmatter(note(n)));
    const ticked = note(50).replace("- [ ] Book", "- [x] Book");
    index.update("E 50.md", ticked, lazyFrontmatter(ticked));
    const sections = (path: string) => index.get(path)?.episode.sections ?? [];
    expect(sections("E 49.md")[1]).toBe(sections("E 0.md")[1]);
    expect(sections("E 50.md")[1]).not.toBe(sections("E 0.md")[1]);
    expect(sections("E 50.md")[1]).toMatchObject({ heading: "Checklist", done: 1, total: 2 });
    // Before the first heading, and "Checklist" with none ticked, and with one ticked.
    expect(index.pooledSections).toBe(3);
    expect(Object.isFrozen(sections("E 0.md")[1])).toBe(true);
    expect(recordOf("E 0.md", note(0)).sections).toEqual(readNote("E 0.md", note(0)).sections);
  });

  it("lets go of sections no record holds any more", () => {
    const index = new EpisodeIndex(classifier);
    for (let round = 0; round < 30; round++) {
      for (let n = 0; n < 200; n++) {
        const text = note(n).replace("## Checklist", `## Checklist ${round} ${n}`);
        index.update(`E ${n}.md`, text, lazyFrontmatter(text));
      }
    }
    // 200 notes hold 2 sections; without pruning the pool would hold 30 × 200 + 1.
    expect(index.pooledSections).toBeLessThanOrEqual(2 * 400 + 4096);
    for (let n = 0; n < 200; n++) index.remove(`E ${n}.md`);
    index.update("last.md", note(-1), lazyFrontmatter(note(-1)));
    expect(index.get("last.md")?.episode.sections.map((s) => s.heading)).toEqual([null, "Checklist"]);
  });

  it("lets go of lines of notes that were changed or removed", () => {
    const index = new EpisodeIndex(classifier);
    for (let round = 0; round < 30; round++) {
      for (let n = 0; n < 200; n++) index.update(`E ${n}.md`, note(round * 1000 + n), lazyFrontmatter(note(round * 1000 + n)));
    }
    // 200 notes hold 202 lines; without pruning the pool would hold 6,002.
    expect(index.pooledStrings).toBeLessThanOrEqual(2 * 202 + 4096);
    for (let n = 0; n < 200; n++) index.remove(`E ${n}.md`);
    index.update("last.md", note(-1), lazyFrontmatter(note(-1)));
    expect(index.get("last.md")?.episode.open.length).toBe(2);
  });
});
