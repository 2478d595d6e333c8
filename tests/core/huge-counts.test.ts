// Counts past the spread operator's limit: `Math.min(...values)` throws "Maximum call stack
// size exceeded" beyond about 150,000 arguments, so a series or a note that large stopped
// Detect or the status with an error instead of an answer.
import { describe, expect, it } from "vitest";
import { findPadding } from "../../src/core/detect/name-pattern";
import { groupSeries } from "../../src/core/detect/series";
import { readNoteFacts } from "../../src/core/detect/note-facts";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";
import type { NoteFacts } from "../../src/core/detect/note-facts";
import { episodeStatus } from "../../src/core/status/status";
import { defaultShow } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";
import { formatTable } from "../../src/core/status/report-table";
import type { ReportItem } from "../../src/core/status/report";
import type { EpisodeRecord } from "../../src/core/vault/episode-record";

const MANY = 200_000;

describe("200,000 of a thing", () => {
  it("Detect's padding over a series of 200,000 numbered notes", () => {
    const members = Array.from({ length: MANY }, (_, i) => ({ shape: { numberText: String(i + 1).padStart(7, "0") } }) as unknown as NoteFacts);
    expect(findPadding(members)?.value).toBe(6); // 7 digits written, clamped to the setting's 6
  });

  it("Detect's series of a show whose 200,000 notes sit in two year folders", () => {
    const one = readNoteFacts("Show/2023/GOH 1 - Logs.md", "Guest:: Ann\n- [ ] a\n", [], lazyFrontmatter(""));
    const notes = [one, ...Array.from({ length: MANY }, (_, i) => ({ ...one, path: `Show/2024/GOH ${i + 2} - Logs.md`, folder: "Show/2024" }))];
    const series = groupSeries(notes);
    expect(series.map((s) => [s.folder, s.members.length])).toEqual([["Show", MANY + 1]]);
  });

  it("the status of a note with 200,000 prep items due soon", () => {
    const items = Array.from({ length: MANY }, (_, i) => `- [ ] Item ${i} 📅 2024-01-0${3 + (i % 3)}`);
    const text = ["---", "date: 2024-01-12", "---", "Guest:: Ann Lee", "## Prep", ...items].join("\n");
    const show = defaultShow("UTC");
    const status = episodeStatus(readNote("OH/OH 01 - Big.md", text), "2024-01-02", { deadlines: show.deadlines, warnDaysBefore: 3 });
    expect(status.alerts.map((a) => a.message)).toContain("200000 prep items due, the first tomorrow");
  });

  it("the report's table of 200,000 episodes", () => {
    const show = defaultShow("UTC");
    const episode = readNote("OH/OH 01 - Logs.md", "---\ndate: 2024-01-12\n---\nGuest:: Ann Lee\n## Prep\n- [ ] a\n");
    const item: ReportItem = { episode: episode as unknown as EpisodeRecord, show, status: episodeStatus(episode, "2024-01-02", { deadlines: show.deadlines, warnDaysBefore: 3 }) };
    const table = formatTable(Array.from({ length: MANY }, () => item));
    expect(table.split("\n").filter((line) => line.includes("Logs"))).toHaveLength(MANY);
  });
});
