// Show detection on the generated vault: choosing the notes from their paths, reading
// them and detecting, side by side with reading every note. Every folder of the bench
// vault holds episodes, so detection reads every note here: its worst case.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { detectShows } from "../../src/core/detect/detect";
import { notesWorthReading } from "../../src/core/detect/notes-to-read";
import { defaultSettings } from "../../src/core/settings/settings";
import { fmt, row, sideBySide } from "./measure";
import { lazyFrontmatter } from "../../src/cli/frontmatter-yaml";

const withFrontmatter = (path: string, text: string) => ({ path, text, frontmatter: lazyFrontmatter(text) });
import { listNotes } from "./generate";

export function benchDetect(dir: string, lines: string[]): void {
  const files = listNotes(dir);
  const paths = files.map((f) => relative(dir, f));
  const settings = defaultSettings("UTC");
  let read = 0;
  let shows = 0;
  const readAll = () => {
    for (const file of files) readFileSync(file, "utf8");
  };
  const detect = () => {
    const wanted = new Set(notesWorthReading(paths, []));
    const notes = files.flatMap((file, i) => (wanted.has(paths[i] ?? "") ? [withFrontmatter(paths[i] ?? "", readFileSync(file, "utf8"))] : []));
    read = notes.length;
    shows = detectShows({ notes, templateFolders: [], settings, timeZone: "UTC" }).shows.length;
  };
  readAll();
  detect();
  const t = sideBySide(3, { read: readAll, detect });
  lines.push(`Detect shows, vault of ${files.length} notes (${shows} shows found, ${read} notes read)`);
  lines.push(row("read every note (readFileSync + UTF-8)", fmt(t.read ?? 0)));
  lines.push(row("detect: pick notes by path, read them, detect", fmt(t.detect ?? 0)));
  lines.push(row("detect ÷ read", `${((t.detect ?? 0) / (t.read ?? 1)).toFixed(2)}×`));
  lines.push("");
}
