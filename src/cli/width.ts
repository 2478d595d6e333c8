// `--width N` for every table the tool prints: 80 columns unless asked (a terminal's own
// width is not known when the output goes to a file or a CI log).
import type { CliIo } from "./io";

export const DEFAULT_WIDTH = 80;

/** The columns `value` asks for, or null after saying why it cannot be used. */
export function readWidth(value: string, io: CliIo): number | null {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 40) {
    io.error(`office-hours: --width needs a number of columns from 40, not "${value}"`);
    return null;
  }
  return Number(value);
}
