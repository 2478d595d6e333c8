// `office-hours guests` reads a guest link's note wherever it is, by Obsidian's rules
// (src/core/guests/link-dest.ts): the same people, notes and time zones the plugin's
// Guests view shows for the same vault (tests/plugin/guests8-linked-notes.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";
import { EXPECTED, peopleVault } from "./people-vault";

const WALK10 = join(import.meta.dirname, "../../fixtures/walk10-vault/notes");

function write(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "oh-guests8-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface Row {
  name: string;
  note: string | null;
  timezone: string | null;
  company: string | null;
  missing: string[];
}

function guests(root: string): Row[] {
  const run = runCli(["guests", root, "--json", "--today", "2025-03-03"], "2025-03-03T09:00:00Z");
  expect(run.code).toBe(0);
  return (JSON.parse(run.out) as { guests: Row[] }).guests;
}

describe("the command line's guests: a linked note is the guest's note wherever it is", () => {
  const root = write(peopleVault());
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("every person's note and time zone as the links lead, never an episode's or index note's", () => {
    const rows = guests(root);
    const got = Object.fromEntries(rows.map((r) => [r.name, { note: r.note, timezone: r.timezone }]));
    expect(got).toEqual(EXPECTED);
  });

  it("the walk10 vault: Ann Lee's row reads People/Ann Lee.md", () => {
    const ann = guests(WALK10).find((r) => r.name === "Ann Lee");
    expect([ann?.note, ann?.timezone, ann?.company]).toEqual(["People/Ann Lee.md", "Europe/Dublin", "Northwind Bank"]);
    expect(ann?.missing).not.toContain("time zone");
  });
});
