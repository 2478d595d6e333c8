// What the tool says when it is run without what it needs: the missing folder named with the
// command's own usage line (status gave the whole list under a doubled "Usage:"), and, with
// no command at all, how to run it from a clone, where no `office-hours` program is installed.
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli-status";

const NOW = "2024-01-02T09:30:00Z";

describe("usage messages", () => {
  it.each(["status", "detect", "guests", "agenda"])("%s without a folder names the command's usage once, on one line", (command) => {
    const result = runCli([command], NOW);
    expect(result.code).toBe(2);
    const message = result.err.join("\n").split("\n");
    expect(message).toHaveLength(2);
    expect(message[0]).toBe(`office-hours: ${command} needs a folder`);
    expect(message[1]).toMatch(new RegExp(`^Usage: npx office-hours ${command} <folder> \\[--json\\]`));
  });

  it("names the tool one way in every line, as the reports' hints do (npx office-hours), or as the npm script", () => {
    const help = runCli(["--help"], NOW, tmpdir());
    expect(help.code).toBe(0);
    const named = help.out.split("\n").filter((line) => /office-hours (status|detect|guests|agenda|demo)\b/.test(line));
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const line of named) expect(line).toMatch(/(npx|npm run --silent) office-hours( --)? (status|detect|guests|agenda|demo)\b/);
    expect(named.filter((line) => line.includes("npx office-hours"))).toHaveLength(5);
  });

  it("with no command, says how to run the tool from a clone of the repository", () => {
    const result = runCli([], NOW, tmpdir());
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain("npm run --silent office-hours -- status <folder>");
  });
});
