// The hints the reports print name a program a clone has: `npx office-hours …` runs
// package.json's `bin`, the built dist/cli.mjs, which starts with a shebang.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unknownSeriesLine } from "../../src/core/detect/unknown-series";
import { CLI_NAME } from "../../src/core/detect/cli-name";

describe("the program the hints name", () => {
  it("is package.json's bin, the bundle build-cli writes with a shebang first", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { bin?: Record<string, string> };
    expect(CLI_NAME).toBe("npx office-hours");
    expect(pkg.bin?.["office-hours"]).toBe("dist/cli.mjs");
    const script = readFileSync("scripts/build-cli.mjs", "utf8");
    expect(script).toContain('outfile: cliBundle');
    expect(script).toMatch(/cliBundle = join\(root, "dist", "cli\.mjs"\)/);
    expect(script).toMatch(/banner: \{ js: '#!\/usr\/bin\/env node\\n/);
  });
});

describe("notes of shows not set up", () => {
  it("say a count as notes, never as a number after the code", () => {
    const one = unknownSeriesLine([["CCG", 3]], "vault") ?? "";
    expect(one).toBe("3 notes look like episodes of CCG, a show not set up: not in this report.\nTo propose the show: npx office-hours detect vault");
    const many = unknownSeriesLine([["CCG", 3], ["PDX", 1], ["A", 1], ["B", 1], ["C", 1]], "vault") ?? "";
    expect(many).toContain("(CCG: 3 notes, PDX: 1 note, A: 1 note and 2 more).");
    expect(many).not.toMatch(/CCG 3/);
    expect(many.split("\n").every((line) => line.length <= 80)).toBe(true);
  });
});
