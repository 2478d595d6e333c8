// A stored zone is never "corrected" to UTC from a text that names the stored zone. The
// template written the other way round, "Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)",
// with the team's settings at 16:00 Europe/Berlin (tests/fixtures/walk11-vault, copied).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";

const VAULT = join(import.meta.dirname, "../../fixtures/walk11-vault");
const TEMPLATE = "Templates/THL episode.md";

function detectWith(templateLine: string): string {
  const copy = mkdtempSync(join(tmpdir(), "office-hours-mends14-"));
  try {
    cpSync(VAULT, copy, { recursive: true });
    const path = join(copy, TEMPLATE);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("Thursdays 16:00 Europe/Berlin (15:00 UTC in winter)");
    writeFileSync(path, text.replace("Thursdays 16:00 Europe/Berlin (15:00 UTC in winter)", templateLine));
    const result = runCli(["detect", copy], "2025-03-03T09:00:00Z");
    expect(result.code).toBe(0);
    return result.out;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("detect against a show stored at 16:00 Europe/Berlin", () => {
  it("the template's own words, zone first: no correction of the time or zone", () => {
    const out = detectWith("Thursdays 16:00 Europe/Berlin (15:00 UTC in winter)");
    expect(out).not.toContain("(was Europe/Berlin)");
    expect(out).not.toContain("(was 16:00)");
  });

  // Was a defect (mends15 fixed it, src/core/detect/stored-schedule.ts): the zone was
  // "corrected" whenever the text's first zone differed from the stored one, even when the text
  // names the stored zone at the stored time beside it; `detect --write` wrote "Time 15:00 (was
  // 16:00)" and "Time zone UTC (was Europe/Berlin)", the show an hour late from 30 March. Now,
  // when the stored time and zone are one of the statement's times, nothing is corrected.
  it("UTC first and Berlin beside it: the stored Europe/Berlin is not corrected to UTC", () => {
    const out = detectWith("Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)");
    expect(out).not.toContain("(was Europe/Berlin)");
    expect(out).not.toContain("(was 16:00)");
    // The show's own zone is not proposed as a zone to show beside it.
    expect(out).not.toContain("Also show times in  Europe/Berlin");
  });
});
