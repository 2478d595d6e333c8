// The vault report's pointer to the guests report names the folder the way the user gave it.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../support/cli-status";

const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], cwd = REPO) => runCli(args, "2025-06-02T10:00:00Z", cwd);

const pointer = (out: string, command: string) => out.split("\n").find((line) => line.includes(`office-hours ${command} `)) ?? "";

describe("the folder in the report's pointers", () => {
  it("an absolute folder outside the working folder is printed absolute, not as ../../..", () => {
    const root = mkdtempSync(join(tmpdir(), "office-hours-abs-"));
    made.push(root);
    cpSync(FIVE_SHOWS, root, { recursive: true });
    expect(pointer(cli(["status", root]).out, "guests")).toBe(`Guests in detail: npx office-hours guests ${root}`);
  });

  it("a relative folder as typed, ./ and trailing slash kept; one with spaces quoted", () => {
    expect(pointer(cli(["status", "./tests/fixtures/five-shows/"]).out, "guests")).toBe("Guests in detail: npx office-hours guests ./tests/fixtures/five-shows/");
    expect(pointer(cli(["status", "five-shows"], join(REPO, "tests/fixtures")).out, "guests")).toBe("Guests in detail: npx office-hours guests five-shows");
    expect(pointer(cli(["status", "Grafana Office Hours"], join(FIVE_SHOWS, "projects")).out, "guests")).toBe('Guests in detail: npx office-hours guests "Grafana Office Hours"');
  });
});
