// The command-line tool run in process, its output and messages collected: what the CLI
// tests call instead of each writing the same runner. `statusOf` is `status` on a folder
// as of 1 January 2024 (UTC), for the tests that build their own vaults.
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface CliRun {
  code: number;
  out: string;
  err: string[];
}

/** `office-hours <args>` at the instant `now` (UTC), from the folder `cwd`. */
export function runCli(args: string[], now: string, cwd: string = tmpdir()): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, {
    out: (text) => out.push(text),
    error: (text) => err.push(text),
    now: () => new Date(now),
    timeZone: "UTC",
    cwd,
    projectRoot: REPO,
  });
  return { code, out: out.join("\n"), err };
}

export function statusOf(root: string, ...flags: string[]): CliRun {
  return runCli(["status", root, ...flags, "--today", "2024-01-01"], "2024-01-01T12:00:00Z");
}
