// `status --json`'s `next` follows the table's rule (status.next): on the five-show vault,
// OTel 03's first open box is a talking point, which the table and the sidebar never show as
// next, but the JSON gave it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli-status";
import { plainText } from "../../src/core/text/plain";
import { fiveShowNotes } from "../support/five-shows";
import { fiveShowData } from "../support/five-show-settings";

const root = mkdtempSync(join(tmpdir(), "office-hours-next-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const notes = fiveShowNotes();
for (const [path, text] of Object.entries({ ...notes, ".obsidian/plugins/office-hours/data.json": JSON.stringify(fiveShowData()) })) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const cli = (args: string[]) => runCli(args, "2024-01-15T10:00:00Z").out;

interface Row {
  path: string;
  title: string;
  next: string | null;
  nextLine: number | null;
  nextUp: string | null;
}

describe("status --json next", () => {
  for (const today of ["2024-01-15", "2025-12-10", "2025-12-17", "2026-06-01"]) {
    it(`agrees with nextUp (what the table shows as next) for every episode (today ${today})`, () => {
      const episodes = (JSON.parse(cli(["status", root, "--json", "--today", today])) as { episodes: Row[] }).episodes;
      expect(episodes.length).toBeGreaterThan(5);
      for (const e of episodes) {
        expect(e.next === null ? null : plainText(e.next), e.path).toBe(e.nextUp);
        expect(e.nextLine === null, e.path).toBe(e.next === null);
        if (e.next !== null && e.nextLine !== null) {
          // The line it names holds that item.
          const line = (notes[e.path] ?? "").split("\n")[e.nextLine - 1] ?? "";
          expect(line, e.path).toMatch(/^\s*[-*+] \[ \]/);
          expect(line.includes(e.next.slice(0, 20)), `${e.path}: ${line}`).toBe(true);
        }
      }
    });
  }

  it("OTel 03, prep done a week before: no talking point as next", () => {
    const episodes = (JSON.parse(cli(["status", root, "--json", "--today", "2025-12-10"])) as { episodes: Row[] }).episodes;
    const otel = episodes.find((e) => e.path.endsWith("03 - Logging Best Practices.md"));
    expect(otel?.nextUp).toBeNull();
    expect(otel?.next).toBeNull();
  });
});
