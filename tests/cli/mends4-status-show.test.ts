// The vault report's Show column names every row's show: without settings, the notes of
// the five-show vault's OTel call ("03 - …") and Loki calls ("2025-03-25-loki-cache") have
// no code in their names, and their rows were blank. They are named by their folder's
// initials, as the sidebar's chip names a show with no code.
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { showCell } from "../../src/core/status/report-table";
import type { ReportItem } from "../../src/core/status/report";

function status(folder: string): string[] {
  const out: string[] = [];
  run(["status", folder, "--today", "2026-01-05"], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2026-01-05T10:00:00Z"), timeZone: "UTC", cwd: process.cwd(), projectRoot: tmpdir() });
  return out.join("\n").split("\n");
}

describe("the Show column without settings", () => {
  it("names the shows with no code by their folder's initials; no row of the table is blank there", () => {
    const lines = status("tests/fixtures/five-shows");
    const table = lines.slice(2, lines.findIndex((l) => l.trim() === ""));
    // What is late wraps onto lines indented past the Late column; every other line is a row.
    const rows = table.filter((r) => !/^ {20}/.test(r));
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.startsWith(" "))).toEqual([]);
    expect(rows.find((r) => r.includes("Logging Best"))?.slice(0, 4)).toBe("GOCC");
    expect(rows.filter((r) => r.includes("loki-cache") || r.includes("road-to-4-0")).map((r) => r.slice(0, 4).trim())).toEqual(["LCC", "LCC"]);
    // The code of a note's name still comes first, and the table still fits 80 columns with its Guests.
    expect(rows.find((r) => r.includes("Govable"))?.slice(0, 4)).toBe("GOH ");
    expect(lines[0]).toContain("Guests");
    expect(Math.max(...rows.map((r) => r.length))).toBeLessThanOrEqual(80);
  });

  it("leaves only a note at the vault's top without a show", () => {
    const item = (path: string, code: string | null) => ({ show: null, episode: { path, code } }) as unknown as ReportItem;
    expect(showCell(item("Top note.md", null))).toBe("");
    expect(showCell(item("Weekly Chat/2024-01-05.md", null))).toBe("WC");
    expect(showCell(item("Weekly Chat/WCX 1.md", "WCX"))).toBe("WCX");
  });
});
