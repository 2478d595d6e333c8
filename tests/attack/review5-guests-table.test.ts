// FIXED (guests9, this stop: the guests table is measured and made safe as the others).
// review5: this stop measured the CLI's plain tables in terminal columns and showed a
// note's control characters instead of sending them (src/core/text/terminal-columns.ts,
// used by core/status/report-table.ts and core/deadlines/agenda-report.ts), for the
// reasons its header gives: "Counting characters put a Japanese row 28 columns past
// --width and let an ESC from a note clear the screen of whoever ran the daily job". The
// third plain table, `guests` (src/core/guests/report.ts:80 widths, :157 fit), kept the old
// rule: it counts characters ([...text].length) and prints cells as written. Guest names
// come from the same notes (a `Guest::` field, a guest note's name or aliases), so a
// Japanese guest pushes every column after it out of line, and an ESC pasted into a guest
// field reaches the terminal raw. Two rules for one thing: fit/width here, padToColumns /
// columnsOf there.
// Fix: guests/report.ts measures with columnsOf, cuts and pads with padToColumns, and
// passes each cell through controlCharactersShown, as report-table.ts does (shareWidth's
// lengths too); the README's "The plain tables (`status`, `agenda`)" then names guests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { columnsOf } from "../../src/core/text/terminal-columns";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "review5-table-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function table(command: string, root: string): string[] {
  const out: string[] = [];
  run([command, root, "--today", "2025-06-02", "--width", "160"], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2025-06-02T10:00:00Z"), timeZone: "UTC", cwd: "/", projectRoot: process.cwd() });
  return out.join("\n").split("\n");
}

const episode = (n: number, guest: string) => `---\ndate: 2025-05-0${n}\n---\n# PH ${n}\n\nGuest:: ${guest}\n\n- [ ] Prep\n`;

describe("review5: the guests table is measured in columns and shows control characters", () => {
  const root = vault({
    "Shows/PH 1 - Tracing.md": episode(1, "Ann Lee"),
    "Shows/PH 2 - Logs.md": episode(2, "山田太郎"),
    "Shows/PH 3 - Metrics.md": episode(3, "Bo\u001b[2JChen"),
  });
  const rowOf = (lines: readonly string[], start: string) => lines.find((l) => l.startsWith(start)) ?? "";

  it("guard: status, on the same vault, lines its rows up by columns and shows the ESC", () => {
    const lines = table("status", root);
    const status = (l: string) => columnsOf(l.slice(0, l.indexOf("done")));
    expect(status(rowOf(lines, "PH    2"))).toBe(status(rowOf(lines, "PH    1")));
    expect(lines.join("\n")).not.toContain("\u001b");
  });

  it("the Status column starts at the same column on every row", () => {
    const lines = table("guests", root);
    const at = (l: string) => columnsOf(l.slice(0, l.search(/appeared|invited|confirmed/)));
    expect(at(rowOf(lines, "山田太郎"))).toBe(at(rowOf(lines, "Ann Lee")));
  });

  it("no control character from a note reaches the terminal", () => {
    expect(table("guests", root).join("\n")).not.toContain("\u001b");
  });
});
