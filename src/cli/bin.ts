// Process wiring for the command-line tool. Errors become one line, never a stack trace.
import { fileURLToPath } from "node:url";
import { run } from "./main";
import { endQuietlyOnClosedPipe } from "./io";

/** The commands that print a table as wide as `--width` says. */
const TABLES = new Set(["status", "guests", "agenda"]);

/**
 * A table fits the terminal it is printed to: its width, unless `--width` is given. Piped
 * or redirected (no terminal, or `--json`), the table stays 80 columns, the same in a file,
 * a CI log and a test. A terminal narrower than the tables' least (40) gets that least.
 */
function withTerminalWidth(args: readonly string[]): string[] {
  const [command, ...rest] = args;
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  if (command === undefined || !TABLES.has(command) || columns === undefined || columns <= 0) return [...args];
  if (rest.some((arg) => arg === "--json" || arg === "--width" || arg.startsWith("--width=") || arg === "--")) return [...args];
  return [command, `--width=${Math.min(9999, Math.max(40, columns))}`, ...rest];
}

function main(): number {
  try {
    return run(withTerminalWidth(process.argv.slice(2)), {
      out: (text) => process.stdout.write(text + "\n"),
      error: (text) => process.stderr.write(text + "\n"),
      now: () => new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      // `npm run` starts scripts in the package folder; INIT_CWD is where the user was.
      cwd: process.env.INIT_CWD ?? process.cwd(),
      // This file is bundled to dist/cli.mjs, one folder below the repository root.
      projectRoot: fileURLToPath(new URL("..", import.meta.url)),
    });
  } catch (error) {
    process.stderr.write(`office-hours: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
process.exitCode = main();
