// The five-show vault excerpt is a real team's layout, copied unchanged: every test that
// reads it relies on it being exactly what the expectations were worked out from.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

const DIR = join(import.meta.dirname, "../fixtures/five-shows");

describe("the five-show vault fixture", () => {
  it("matches SHA256SUMS byte for byte", () => {
    const lines = readFileSync(join(DIR, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(lines.length).toBe(23);
    for (const line of lines) {
      const [hash, ...rest] = line.split("  ");
      const name = rest.join("  ");
      expect(createHash("sha256").update(readFileSync(join(DIR, name))).digest("hex"), name).toBe(hash);
    }
  });
});
