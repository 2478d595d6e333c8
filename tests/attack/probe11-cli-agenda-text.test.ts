// probe11: the plain text of `office-hours agenda` (README, "Deadlines, rescheduling and the
// agenda": "The same list from the command line: a plain list per group", `--width 80`; "a
// daily CI job can post the overdue list"; and "The vault report": 80 columns when piped,
// "so a file or a log reads the same everywhere"). The rows are laid out in src/core/deadlines/
// agenda-report.ts (formatAgenda): `padEnd` and a cut by code points, so the columns are
// counted in characters, not in the columns a terminal draws:
// - a Japanese or Chinese title or item (each character two columns wide) pushes the line past
//   --width and the item column out of line;
// - an item due in 100 days or more ("due in 264 days", 15 characters in a 14-character
//   column) shifts its row's episode and item by one column, in plain ASCII;
// - a note's control characters (ESC, BEL) are written to the terminal as they are: an
//   item holding `ESC[2J` clears the screen of whoever runs the daily job, and an OSC 8
//   sequence shows a link text that points elsewhere. The JSON output escapes them.
// Rules I would choose: count a character's terminal columns (East Asian Wide and emoji
// two, combining marks zero; `string-width`'s rule) when padding and cutting; size the "when"
// column to its longest label; write a control character of a note's text as U+FFFD (or
// `^[`-style), never raw. status's table (src/core/status/report-table.ts) pads the same way.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATA = ".obsidian/plugins/office-hours/data.json";
const OH = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 4, time: "18:00", timeZone: "UTC", durationMinutes: 60 } };

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function agenda(notes: Record<string, string>, ...args: string[]): string[] {
  const root = mkdtempSync(join(tmpdir(), "probe11-text-"));
  made.push(root);
  for (const [path, text] of Object.entries({ [DATA]: JSON.stringify({ version: 1, shows: [OH] }), ...notes })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const out: string[] = [];
  run(["agenda", root, "--today", "2026-12-01", ...args], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2026-12-01T12:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: REPO });
  return out.join("\n").split("\n");
}

function note(date: string, guest: string, items: string[]): string {
  return ["---", `date: ${date}`, "---", `Guest:: ${guest}`, "## Prep", ...items.map((i) => `- [ ] ${i}`), ""].join("\n");
}

/**
 * Columns a terminal draws for the text: two for kana and CJK ideographs (East Asian Width
 * "W": U+3040–U+30FF, U+4E00–U+9FFF), one for everything else this file writes.
 */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u3040-\u30ff\u4e00-\u9fff]/u.test(ch) ? 2 : 1;
  return n;
}

/** A C0 or C1 control character other than the line break the output is made of. */
function isControl(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return ch !== "\n" && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
}

/** The column where a row's item text starts: after the episode label and its padding. */
function itemColumn(row: string, itemText: string): number {
  return columns(row.slice(0, row.indexOf(itemText)));
}

const JAPANESE = { "Shows/OH 01 - 可観測性の入門.md": note("2026-12-10", "山田太郎", ["招待状を送る、日本語のタイトルで、長い説明を書く 📅 -14d"]) };
const ASCII = { "Shows/OH 02 - Plain title.md": note("2026-12-10", "Ann Lee", ["Send the invite 📅 -14d"]) };

describe("agenda's plain list in a terminal", () => {
  it("ASCII rows of one group line up, and fit --width (held)", () => {
    const rows = agenda({ ...ASCII, "Shows/OH 03 - Other.md": note("2026-12-11", "Bo", ["Book the studio 📅 -14d"]) }, "--width", "80").filter((l) => l.startsWith("  2026"));
    expect(rows).toHaveLength(2);
    expect(itemColumn(rows[0] ?? "", "Send")).toBe(itemColumn(rows[1] ?? "", "Book"));
    for (const row of rows) expect(columns(row)).toBeLessThanOrEqual(80);
  });

  it("a Japanese title and item fit in --width 80", () => {
    const rows = agenda({ ...JAPANESE, ...ASCII }, "--width", "80").filter((l) => l.startsWith("  2026"));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(columns(row), row).toBeLessThanOrEqual(80);
  });

  it("a Japanese episode's item starts in the same column as an English one's", () => {
    const rows = agenda({ ...JAPANESE, ...ASCII }, "--width", "120").filter((l) => l.startsWith("  2026"));
    const japanese = rows.find((r) => r.includes("招待状")) ?? "";
    const english = rows.find((r) => r.includes("Send the invite")) ?? "";
    expect(itemColumn(japanese, "招待状")).toBe(itemColumn(english, "Send the invite"));
  });

  it("an item due in 100 days or more keeps its row in line with the others (plain ASCII)", () => {
    const rows = agenda({ "Shows/OH 04 - Soon.md": note("2026-12-20", "Ann", ["Book the studio 📅 -7d"]), "Shows/OH 05 - Next year.md": note("2027-03-20", "Bo", ["Book the venue 📅 -7d"]) }).filter((l) =>
      l.startsWith("  20"),
    );
    expect(rows.map((r) => /due in \d+ days/.exec(r)?.[0])).toEqual(["due in 12 days", "due in 102 days"]);
    expect(itemColumn(rows[1] ?? "", "Book the venue")).toBe(itemColumn(rows[0] ?? "", "Book the studio"));
  });

  it("a note's control characters never reach the terminal raw (ESC, BEL)", () => {
    const hostile = "Fix \u001b[2J\u001b[31mthe screen\u001b[0m and \u001b]8;;https://evil.example\u0007the docs\u001b]8;;\u0007 📅 -14d";
    const text = agenda({ "Shows/OH 06 - Hostile.md": note("2026-12-10", "Ann", [hostile]) }, "--width", "200").join("\n");
    expect(text).toContain("Fix");
    expect([...text].filter(isControl).map((c) => c.codePointAt(0))).toEqual([]);
  });

  it("the JSON output escapes them (held)", () => {
    const hostile = "Fix \u001b[2J the screen 📅 -14d";
    const json = agenda({ "Shows/OH 06 - Hostile.md": note("2026-12-10", "Ann", [hostile]) }, "--json").join("\n");
    expect(json).not.toContain("\u001b");
    expect(json).toContain("\\u001b[2J");
  });
});
