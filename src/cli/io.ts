// Everything the command-line tool takes from its surroundings, injected so tests can
// run it in-process with a fixed clock and captured output.
export interface CliIo {
  out(text: string): void;
  error(text: string): void;
  now(): Date;
  /** The user's time zone, for "today" when a note belongs to no configured show. */
  timeZone: string;
  /** Folder relative paths are resolved from (npm run changes the working folder). */
  cwd: string;
  /** The repository root, where the built plugin files are. */
  projectRoot: string;
}

/** The part of a Node stream `endQuietlyOnClosedPipe` listens to. */
export interface ErrorSource {
  on(event: "error", listener: (error: Error & { code?: string }) => void): unknown;
}

/**
 * `office-hours guests DIR | head -3`: the reader goes away while output is still being
 * written, and the next write fails with EPIPE. Unix tools then stop without a word and
 * with success (the reader had what it wanted); without a listener Node threw the error
 * as unhandled, with a stack trace. Any other stream error is still thrown.
 */
export function endQuietlyOnClosedPipe(stream: ErrorSource, exit: (code: number) => void): void {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") exit(0);
    else throw error;
  });
}
