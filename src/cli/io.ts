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
