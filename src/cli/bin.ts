// Process wiring for the command-line tool. Errors become one line, never a stack trace.
import { fileURLToPath } from "node:url";
import { run } from "./main";
import { endQuietlyOnClosedPipe } from "./io";

function main(): number {
  try {
    return run(process.argv.slice(2), {
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
