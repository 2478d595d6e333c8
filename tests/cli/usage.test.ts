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
    expect(message[1]).toMatch(new RegExp(`^Usage: office-hours ${command} <folder> \\[--json\\]`));
  });

  it("with no command, says how to run the tool from a clone of the repository", () => {
    const result = runCli([], NOW, tmpdir());
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain("npm run --silent office-hours -- status <folder>");
  });
});
