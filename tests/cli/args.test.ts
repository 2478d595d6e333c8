// The arguments of every command, read by Node's util.parseArgs and checked by the tool:
// each mistake said in one line, and nothing run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCommandArgs, type OptionName } from "../../src/cli/args";
import type { CliIo } from "../../src/cli/io";

// A working folder with a vault folder "notes" and a file "a" in it.
const CWD = mkdtempSync(join(tmpdir(), "office-hours-args-"));
mkdirSync(join(CWD, "notes"));
writeFileSync(join(CWD, "a"), "");
afterAll(() => rmSync(CWD, { recursive: true, force: true }));
const ALL: OptionName[] = ["json", "write", "today", "config-dir", "width", "days"];

function read(args: string[], allowed: OptionName[] = ALL) {
  const errors: string[] = [];
  const io = { out: () => undefined, error: (text: string) => errors.push(text), now: () => new Date(0), timeZone: "UTC", cwd: CWD, projectRoot: "/repo" } satisfies CliIo;
  return { result: readCommandArgs("agenda", args, allowed, "       USAGE", io), errors };
}

describe("readCommandArgs", () => {
  it("reads a folder and every option, in either spelling", () => {
    expect(read(["notes", "--json", "--today", "2024-01-05", "--width=100", "--days", "7", "--config-dir", ".config"]).result).toEqual({
      folder: join(CWD, "notes"),
      given: "notes",
      json: true,
      write: false,
      today: "2024-01-05",
      configDir: ".config",
      width: 100,
      days: 7,
    });
    expect(read(["notes"]).result).toMatchObject({ json: false, today: null, configDir: ".obsidian", width: 80, days: null });
  });

  it("says each mistake in one line and gives no arguments", () => {
    const cases: [string[], string][] = [
      [[], "office-hours: agenda needs a folder\nUsage: USAGE"],
      [["a", "b"], 'office-hours: only one folder, got "a" and "b"'],
      [["missing"], `office-hours: no folder at ${join(CWD, "missing")}`],
      [["a"], `office-hours: ${join(CWD, "a")} is a file, not a folder`],
      [["notes", "--colour"], "office-hours: unknown option --colour for agenda"],
      [["notes", "--today"], "office-hours: --today needs a value"],
      [["notes", "--json=yes"], "office-hours: --json takes no value"],
      [["notes", "--today", "2024-02-30"], 'office-hours: --today needs a date like 2024-01-05, not "2024-02-30"'],
      [["notes", "--width", "-1"], 'office-hours: --width needs a number of columns from 40, not "-1"'],
      [["notes", "--days", "soon"], 'office-hours: --days needs a whole number of days from 0 to 9999, not "soon"'],
    ];
    for (const [args, message] of cases) expect(read(args)).toEqual({ result: null, errors: [message] });
  });

  it("refuses an option the command does not take", () => {
    expect(read(["notes", "--write"], ["json"]).errors).toEqual(["office-hours: unknown option --write for agenda"]);
  });
});
