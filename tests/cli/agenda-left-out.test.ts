// `office-hours agenda` with an empty list while notes still hold unticked items: on the
// real five-show vault it said only "Nothing open." while `status` read "archived, 7 open",
// which reads as a bug. It now says how many items were left out, and why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { REPO } from "../support/cli-status";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(notes: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-agenda-left-"));
  made.push(root);
  for (const [path, lines] of Object.entries(notes)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), lines.join("\n"));
  }
  return root;
}

function agenda(root: string, ...flags: string[]): string {
  const out: string[] = [];
  run(["agenda", root, "--today", "2024-03-01", ...flags], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2024-03-01T12:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: REPO });
  return out.join("\n");
}

/** An episode on `date` with the given checklists. */
function episode(date: string, prep: string[], after: string[]): string[] {
  return ["---", `date: ${date}`, "---", "Guest:: Ann Lee", "## Checklist", ...prep, "## After the show", ...after];
}

describe("agenda with nothing to list", () => {
  it("counts the unticked items of an archived episode as left out, not work", () => {
    // Aired in 2020: archived. One prep item (moot once aired) and two after-show items open.
    const root = vault({ "Shows/OH 01 - Old.md": episode("2020-01-10", ["- [ ] Book the studio", "- [x] Invite"], ["- [ ] Upload", "- [ ] Thank the guest"]) });
    const text = agenda(root);
    expect(text.split("\n")[0]).toBe("Nothing open.");
    expect(text).toContain("Left out: 3 unticked items that are not work now");
  });

  it("with --days, counts what is due later apart from what is not work", () => {
    // Airs on 22 March: its prep is due before then, after the 3 days asked for.
    const root = vault({
      "Shows/OH 02 - Soon.md": episode("2024-03-22", ["- [ ] Book the studio 📅 2024-03-15", "- [ ] Promote 📅 2024-03-20"], []),
      "Shows/OH 01 - Old.md": episode("2020-01-10", [], ["- [ ] Upload"]),
    });
    const text = agenda(root, "--days", "3");
    expect(text).toContain("Left out: 2 unticked items not due within 3 days (or undated); 1 unticked item that is not work now");
    // Without --days the two are listed, and nothing is said to be left out.
    const all = agenda(root);
    expect(all).toContain("Book the studio");
    expect(all).not.toContain("Left out");
  });

  it("says nothing more when every item is ticked", () => {
    const root = vault({ "Shows/OH 01 - Old.md": episode("2020-01-10", ["- [x] Book the studio"], ["- [x] Upload"]) });
    expect(agenda(root)).toBe("Nothing open.");
  });
});
