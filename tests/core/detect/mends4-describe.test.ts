// The detect report's first line says something true when nothing is new: not "No shows
// found." above the shows the notes confirm.
import { describe, expect, it } from "vitest";
import { formatDetection } from "../../../src/core/detect/describe";
import type { DetectResult } from "../../../src/core/detect/types";

const result = (unchanged: string[]): DetectResult => ({ shows: [], skipped: [], unchanged, stillDeclined: [] });

describe("the report's first line with nothing to propose", () => {
  it("names the shows already set up in one line", () => {
    const text = formatDetection(result(["Office Hours", "Cafe con Grafana"]), []);
    expect(text.split("\n")[0]).toBe("No new shows. Already set up as the notes say: Office Hours, Cafe con Grafana.");
    expect(text).not.toContain("No shows found");
    // Said once, not again below.
    expect(text.match(/Already set up/g)).toHaveLength(1);
  });

  it("still says no shows were found when none are set up either", () => {
    expect(formatDetection(result([]), [])).toBe("No shows found.");
  });
});
