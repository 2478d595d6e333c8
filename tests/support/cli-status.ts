// `office-hours status` run in process on a folder, as of 1 January 2024 (UTC), its output
// and messages collected: what the CLI tests that build their own vaults call.
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

export function statusOf(root: string, ...flags: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["status", root, ...flags, "--today", "2024-01-01"], {
    out: (text) => out.push(text),
    error: (text) => err.push(text),
    now: () => new Date("2024-01-01T12:00:00Z"),
    timeZone: "UTC",
    cwd: tmpdir(),
    projectRoot: REPO,
  });
  return { code, out: out.join("\n"), err };
}
