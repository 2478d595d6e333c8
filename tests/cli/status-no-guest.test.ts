// The report's Guests column for an episode with nobody named: "(no guest yet)" while the
// show is still to come, "(no guest)" once it is over, as the sidebar says it ("no guest"
// once the show is over). GOH 30 of the five-show vault aired (its video is out) with the
// template's "Name" left as the guest; the report said it had "no guest yet".
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statusOf } from "../support/cli-status";

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");

function row(table: string, start: RegExp): string {
  const found = table.split("\n").find((line) => start.test(line));
  if (found === undefined) throw new Error(`no row ${String(start)} in\n${table}`);
  return found;
}

describe("the report's guests column for an episode with no guest", () => {
  const root = mkdtempSync(join(tmpdir(), "oh-no-guest-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("GOH 30, over: “(no guest)”", () => {
    const { out } = statusOf(FIVE_SHOWS, "--width", "140");
    expect(row(out, /^GOH\s+30\s/)).toMatch(/\s\(no guest\)\s/);
  });

  it("notes of my own: still to come, “(no guest yet)”; aired, “(no guest)”", () => {
    mkdirSync(join(root, "Shows"));
    const note = (date: string) => `---\ndate: ${date}\n---\nGuest:: \n\n## Checklist\n\n- [ ] Find a guest\n\n## After the show\n\n- [ ] Upload\n`;
    writeFileSync(join(root, "Shows", "XY 01 - Coming.md"), note("2024-02-02"));
    writeFileSync(join(root, "Shows", "XY 02 - Gone.md"), note("2023-12-01"));
    const { out } = statusOf(root, "--width", "140");
    expect(row(out, /^XY\s+01\s/)).toMatch(/\s\(no guest yet\)\s/);
    expect(row(out, /^XY\s+02\s/)).toMatch(/\s\(no guest\)\s/);
  });
});
