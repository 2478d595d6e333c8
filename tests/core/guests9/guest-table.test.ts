// guests9: the guests table (`office-hours guests`) counts terminal columns, as the status
// and agenda tables do (src/core/text/terminal-columns.ts): a Japanese, emoji or combining
// name takes the columns a terminal draws it in, so every row's columns line up; a note's
// control and bidirectional characters are shown (␛, U+FFFD), never sent raw, in the
// table and in the lines under it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatGuestTable } from "../../../src/core/guests/report";
import type { GuestPerson } from "../../../src/core/guests/summary";
import { columnsOf } from "../../../src/core/text/terminal-columns";

function person(name: string, shows: string[] = ["Office Hours"], problems: string[] = []): GuestPerson {
  return { key: name, name, status: "appeared", shows, episodes: [], last: null, next: null, note: null, missing: [], problems } as unknown as GuestPerson;
}

/** The column where "appeared" starts on each row: the Status column. */
const statusColumn = (line: string) => columnsOf(line.slice(0, line.indexOf("appeared")));

describe("the guests table lines up names a terminal draws wider or narrower than their characters", () => {
  it.each([
    ["wide", "山田太郎"],
    ["fullwidth", "ＡＮＮ　ＬＥＥ"],
    ["combining", "Jose\u0301 Nu\u0301n\u0303ez"],
    ["emoji", "Ann 👩‍💻 Lee 🇩🇪"],
    ["keycap", "Bo 1\ufe0f\u20e3"],
    ["Arabic", "محمد علي"],
  ])("%s: %s", (_kind, name) => {
    const lines = formatGuestTable([person("Ann Lee"), person(name), person("Bo")], [], 120).split("\n");
    const rows = lines.slice(2, 5);
    expect(rows.map(statusColumn)).toEqual([statusColumn(lines[2] ?? ""), statusColumn(lines[2] ?? ""), statusColumn(lines[2] ?? "")]);
    // The header's Status starts where the rows' does.
    expect(columnsOf((lines[0] ?? "").slice(0, (lines[0] ?? "").indexOf("Status")))).toBe(statusColumn(rows[0] ?? ""));
  });

  it("a name cut to fit is cut by columns, never past the width", () => {
    const people = [person("山田太郎".repeat(20)), person("👩‍💻".repeat(40)), person("Ann Lee")];
    for (const width of [60, 74, 80]) {
      const lines = formatGuestTable(people, [], width).split("\n");
      for (const line of lines.slice(0, 5)) expect(columnsOf(line), line).toBeLessThanOrEqual(width);
    }
  });

  it("every row's Status column starts in one place, whatever the names (property)", () => {
    const name = fc.array(fc.constantFrom("A", "n", " ", "山", "김", "e\u0301", "👩‍💻", "🇩🇪", "👍🏽", "ｶ", "ー", "\u202e", "\u001b"), { minLength: 1, maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), fc.integer({ min: 60, max: 140 }), (names, width) => {
        const lines = formatGuestTable(names.map((n) => person(n)), [], width).split("\n");
        const rows = lines.slice(2, 2 + names.length);
        const at = new Set(rows.map(statusColumn));
        expect(at.size).toBe(1);
        for (const line of lines.slice(0, 2 + names.length)) expect(columnsOf(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe("a note's control characters in the guests table and the lines under it", () => {
  it("are shown as the status table shows them, never sent raw", () => {
    const spoof = person("Ann\u202eeeL nnA", ["Show\u001b[2J"], ["note\u0007 of Ann\u2066 Lee"]);
    const out = formatGuestTable([spoof, person("Bo\u2069 Chan")], [{ a: "Ann\u202eeeL nnA", b: "Bo\u2069 Chan", reason: "one part\u001b]8;;x" }] as never, 120);
    // Nothing raw but the line breaks between rows.
    expect(out.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(out).toContain("Ann\ufffdeeL nnA");
    expect(out).toContain("Show␛[2J");
    expect(out).toContain("note␇ of Ann\ufffd Lee");
    expect(out).toContain("one part␛]8;;x");
  });
});
