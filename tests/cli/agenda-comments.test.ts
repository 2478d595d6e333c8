// The agenda and the status report leave out items in comments: Obsidian hides them, and
// the reader (tests/core/reader-comments.test.ts) reads none there.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { AgendaJson } from "../../src/core/deadlines/agenda-report";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "office-hours-comments-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "Shows"));
writeFileSync(
  join(root, "Shows/OH 07 - Tracing.md"),
  [
    "---",
    "date: 2026-11-27",
    "---",
    "Guest:: Ann",
    "## Checklist",
    "%% Example items, keep for reference:",
    "- [ ] Example late item 📅 2026-11-01",
    "%%",
    "- [ ] Invite the guest 📅 2026-11-06",
    "<!-- - [ ] Hidden HTML item 📅 2026-11-20 -->",
    "%% - [ ] Hidden inline item 📅 2026-11-21 %%",
  ].join("\n"),
);

function cli(...args: string[]) {
  const out: string[] = [];
  const code = run(args, {
    out: (text) => out.push(text),
    error: () => undefined,
    now: () => new Date("2026-11-20T12:00:00Z"),
    timeZone: "UTC",
    cwd: tmpdir(),
    projectRoot: REPO,
  });
  return { code, out: out.join("\n") };
}

describe("items in comments, from the command line", () => {
  it("are not in the agenda", () => {
    const result = cli("agenda", root, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as AgendaJson;
    expect(json.groups.flatMap((g) => g.items.map((i) => `${g.name}: ${i.text}`))).toEqual(["overdue: Invite the guest"]);
  });

  it("do not count in the status report's progress", () => {
    const result = cli("status", root, "--json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { episodes: { done: number; total: number; sections: { heading: string; total: number }[] }[] };
    expect(json.episodes.map((e) => [e.done, e.total, e.sections.map((s) => [s.heading, s.total])])).toEqual([[0, 1, [["Checklist", 1]]]]);
  });
});
