// Hostile whole notes: what a huge note must still give (read exactly, or a warning that
// names it), and how the paths outside the reader grow with it (n against 4n, CPU time,
// the best of several runs; tests/support/growth.ts).
import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bestGrowth } from "../support/growth";
import { readNote } from "../support/notes";
import { statusOf } from "../support/cli-status";
import { snippetValues } from "../../src/core/snippets/context";
import { fillSnippet } from "../../src/core/snippets/fill";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { talkingPoints } from "../../src/core/snippets/talking-points";
import { plainText } from "../../src/core/text/plain";
import { defaultShow } from "../../src/core/settings/settings";
import { nameParser } from "../../src/core/note/name-pattern";
import { noteStudioLink } from "../../src/core/snippets/studio-link";
import { statusProperty } from "../../src/core/status/lifecycle";

const LIMIT = 8;
const PATH = "GOH 25 - Topic.md";
const SHOW = defaultShow("UTC", "Grafana Office Hours");
const OPTIONS = { guestFields: ["Guest"], parseName: nameParser(defaultShow().fileNamePattern, "GOH") };

/** A guest field of `count` names on one line. */
const guestLine = (count: number) => `---\ndate: 2026-01-01\n---\nGuest:: ${Array.from({ length: count }, (_, i) => `Ann L${i}`).join(", ")}\n- [ ] a\n`;

describe("a huge guest field is read, or the note says why not", () => {
  it("500 names (5 KB on one line) are all read", () => {
    expect(readNote(PATH, guestLine(500), OPTIONS).guests).toHaveLength(500);
  });

  // Once a defect: a line longer than 32,768 characters is skipped, as Dataview skips it
  // (MAX_FIELD_LINE), and was skipped without a word, so a guest field of 4,000 names
  // (43 KB) read as no guest at all. Now a warning names the line and the cap.
  it("4,000 names (43 KB on one line): read, or a warning names the cap", () => {
    const note = readNote(PATH, guestLine(4000), OPTIONS);
    const warned = note.warnings.some((warning) => /long|32[,.]?768|characters/i.test(warning));
    expect(note.guests.length === 4000 || warned).toBe(true);
  });
});

/** Notes that grow as a whole, through the paths after the reader. */
const notes: [string, (n: number) => string][] = [
  ["guests on one line", (n) => guestLine(n / 8)],
  ["a guest line each", (n) => `---\ndate: 2026-01-01\n---\n${Array.from({ length: n / 14 }, (_, i) => `Guest:: Ann L${i}`).join("\n")}\n- [ ] a\n`],
  ["guests in the frontmatter", (n) => `---\ndate: 2026-01-01\nguests:\n${Array.from({ length: n / 12 }, (_, i) => `  - Ann L${i}`).join("\n")}\n---\n- [ ] a\n`],
  ["a guest name of code and comment markers", (n) => `---\ndate: 2026-01-01\n---\nGuest:: ${"`<!--%%".repeat(n / 7)}\n- [ ] a\n`],
  ["talking points with code, tags and links", (n) => `---\ndate: 2026-01-01\n---\nGuest:: Ann\n## Talking points\n${"- point `<%` [[x\n".repeat(n / 18)}`],
  ["a url of parentheses", (n) => `---\ndate: 2026-01-01\nurl: https://x.com/${"(a".repeat(n / 2)}\n---\nGuest:: Ann\n- [ ] a\n`],
  // A StreamYard link whose query runs on in full stops: the trailing-punctuation regex
  // (studio-link.ts) tried every dot of the run (64 KB: 3.4 s in the snippets).
  ["a studio link of full stops", (n) => `---\ndate: 2026-01-01\n---\nGuest:: Ann\nStudio at https://streamyard.com/a?${".".repeat(n)}a\n`],
  // A status no state reads: its alert quoted it whole, and the report wrapped that one
  // long word by copying the rest at each line (report-table.ts wrap): 25x at 4n.
  ["a status of one long word", (n) => `---\ndate: 2026-01-01\nstatus: ${"x".repeat(n)}\n---\nGuest:: Ann\n- [ ] a\n`],
  ["items ending 📅 date #tag ^id", (n) => `---\ndate: 2026-01-01\n---\nGuest:: Ann\n## Pre-show\n${"- [ ] Send 📅 2026-01-01 #tag ^id\n".repeat(n / 34)}`],
];

describe("every built-in snippet filled from a hostile note", () => {
  it.each(notes)("%s", (_name, make) => {
    const fill = (text: string) => {
      const values = snippetValues(readNote(PATH, text, OPTIONS), SHOW, text);
      for (const snippet of BUILTIN_SNIPPETS) fillSnippet(snippet.text, values);
    };
    expect(bestGrowth(fill, (n, copies) => make(n * copies), 2000, LIMIT, 8)).toBeLessThan(LIMIT);
  });
});

describe("talking points and the sidebar's plain text of a hostile note", () => {
  it.each(notes)("%s", (_name, make) => {
    const run = (text: string) => talkingPoints(text).map((point) => plainText(point));
    expect(bestGrowth(run, (n, copies) => make(n * copies), 2000, LIMIT, 8)).toBeLessThan(LIMIT);
  });
});

describe("the command-line report on a vault of one hostile note", () => {
  it.each(notes)("%s", (_name, make) => {
    const root = mkdtempSync(join(tmpdir(), "stall-"));
    try {
      let made = 0;
      const vault = (n: number, copies: number) => {
        const dir = join(root, String(made++));
        mkdirSync(join(dir, "GOH"), { recursive: true });
        writeFileSync(join(dir, "GOH", PATH), make(n * copies));
        return dir;
      };
      expect(bestGrowth((dir: string) => statusOf(dir), vault, 2000, LIMIT, 8)).toBeLessThan(LIMIT);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the studio link a note names", () => {
  const episode = { ...readNote(PATH, "Guest:: Ann\n", OPTIONS), frontmatter: {}, fields: {} };
  it("keeps its full stops inside and drops those that end the sentence", () => {
    expect(noteStudioLink(episode, "Join at https://streamyard.com/abc?x=1.2.")).toBe("https://streamyard.com/abc?x=1.2");
    expect(noteStudioLink(episode, `At https://streamyard.com/a?${".".repeat(50_000)}b, then`)).toBe(`https://streamyard.com/a?${".".repeat(50_000)}b`);
    expect(noteStudioLink(episode, `At https://streamyard.com/a?b${".".repeat(50_000)}`)).toBe("https://streamyard.com/a?b");
  });
});

describe("a status value of punctuation", () => {
  // Its ends were trimmed by /^[…]+|[…]+$/g, which tried every character of a run inside
  // the value (lifecycle.ts); the sidebar and the report read every episode's status.
  it.each([
    ["a run of ! inside", (n: number) => `a${"!".repeat(n)}b`],
    ["a run of spaces and dashes inside", (n: number) => `a${" -".repeat(n / 2)}b`],
  ])("%s", (_name, make) => {
    expect(bestGrowth((status: string) => statusProperty({ status }), (n, copies) => make(n * copies), 4000, LIMIT)).toBeLessThan(LIMIT);
  });
  it("still reads the state through the punctuation around it", () => {
    expect(statusProperty({ status: ' "**Scheduled**!" ' }).state).toBe("scheduled");
    expect(statusProperty({ status: "## done." }).state).toBe("done");
    expect(statusProperty({ status: `a${"!".repeat(10_000)}b` }).state).toBeNull();
  });
});

describe("a long unknown status in the report", () => {
  it("its alert quotes the first 60 characters and an ellipsis, never half an emoji", () => {
    const root = mkdtempSync(join(tmpdir(), "stall-"));
    try {
      mkdirSync(join(root, "GOH"), { recursive: true });
      writeFileSync(join(root, "GOH", "GOH 1 - a.md"), `---\ndate: 2024-01-10\nstatus: ${"x".repeat(59)}😀${"y".repeat(10_000)}\n---\nGuest:: Ann\n- [ ] a\n`);
      writeFileSync(join(root, "GOH", "GOH 2 - b.md"), `---\ndate: 2024-01-10\nstatus: ${"z".repeat(10_000)}\n---\nGuest:: Ann\n- [ ] a\n`);
      const report = JSON.parse(statusOf(root, "--json").out) as unknown;
      const alerts = JSON.stringify(report);
      expect(alerts).toContain(`“${"x".repeat(59)}…”`);
      expect(alerts).toContain(`“${"z".repeat(60)}…”`);
      expect(alerts).not.toContain("y".repeat(100));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a line too long for its fields", () => {
  it("is named once, with its line, however many such lines; shorter lines keep their fields", () => {
    const long = `Topic:: ${"x".repeat(40000)}`;
    const note = readNote(PATH, `---\ndate: 2026-01-01\n---\n${long}\nGuest:: Ann Lee\n${long}\n- [ ] a\n`, OPTIONS);
    const said = note.warnings.filter((warning) => warning.includes("inline fields"));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Line 4 is 40,008 characters long/);
    expect(note.guests.map((guest) => guest.name)).toEqual(["Ann Lee"]);
  });
});
