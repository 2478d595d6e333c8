// The command-line tool on a podcast numbered within seasons (tests/fixtures/seasons/:
// S01E01, S01E02, S01E10 in `Season 1/`, S02E01, S02E02 in `Season 2/`), as a host would
// run it: `detect --write` on a copy, then `status`. Before seasons were read, detect
// proposed nothing and the report listed 01, 01, 02, 02, 10.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../support/cli-status";

const copy = mkdtempSync(join(tmpdir(), "office-hours-seasons-"));
cpSync(join(REPO, "tests/fixtures/seasons"), copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args, "2024-01-15T12:00:00Z");

describe("a season vault from the command line", () => {
  it("detect --write saves one show with the season in its pattern", () => {
    expect(cli("detect", "--write", copy).code).toBe(0);
    const data = JSON.parse(readFileSync(join(copy, ".obsidian/plugins/office-hours/data.json"), "utf8")) as { shows: { folder: string; fileNamePattern: string }[] };
    expect(data.shows.map((s) => [s.folder, s.fileNamePattern])).toEqual([["Podcast", "S{{season}}E{{number}} - {{topic}}"]]);
  });

  it("status lists S01E01, S01E02, S01E10, S02E01, S02E02 in that order", () => {
    const { out } = cli("status", copy, "--today", "2024-01-15");
    const numbers = out.split("\n").map((line) => /\bS\d{2}E\d{2}\b/.exec(line)?.[0]).filter((n) => n !== undefined);
    expect(numbers).toEqual(["S01E01", "S01E02", "S01E10", "S02E01", "S02E02"]);
    expect(out).toContain("5 episodes in 5 notes.");
  });
});
