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

  // Defect, in src/core/detect/configured.ts (the corrections to a configured show): the time
  // zone is "corrected" whenever the text's first zone differs from the stored one, even when
  // the text names the stored zone at the stored time beside it. Here Detect proposes "Time
  // 15:00 (was 16:00)" and "Time zone UTC (was Europe/Berlin)", and `detect --write` writes
  // them: the show an hour late from 30 March. Rule wanted: when the stored time and zone are
  // one of the statement's times (the main one or one beside it), nothing is corrected.
  it.fails("UTC first and Berlin beside it: the stored Europe/Berlin is not corrected to UTC", () => {
    const out = detectWith("Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)");
    expect(out).not.toContain("(was Europe/Berlin)");
  });
});
