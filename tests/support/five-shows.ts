// The five-show vault (tests/fixtures/five-shows, copied unchanged) as a test vault's files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const FIVE_SHOWS_DIR = join(import.meta.dirname, "..", "fixtures", "five-shows");

/** Every note of the vault by path (SOURCE.md and SHA256SUMS describe the copy; they are not notes). */
export function fiveShowNotes(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md") && dir !== FIVE_SHOWS_DIR) files[relative(FIVE_SHOWS_DIR, full).split(sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(FIVE_SHOWS_DIR);
  return files;
}
