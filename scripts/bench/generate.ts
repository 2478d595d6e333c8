// Benchmark vaults written to disk once and reused (vault-notes.ts makes the notes).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchNote, random } from "./vault-notes";

export { random };

export const REAL = ["GOH 12 - Govable.md", "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md", "03 - Logging Best Practices.md", "2025-03-25-loki-cache.md", "A&A 22 - Navigating through unemployment with Renata Andrade.md"];

export function realNoteTexts(fixtures: string): string[] {
  return REAL.map((name) => readFileSync(join(fixtures, name), "utf8"));
}

export function ensureVault(root: string, fixtures: string, count: number): string {
  const dir = join(root, `vault-${count}`);
  const done = join(dir, ".complete");
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  const realNotes = realNoteTexts(fixtures);
  const rand = random(count);
  for (let n = 0; n < 20; n++) mkdirSync(join(dir, `folder-${n}`), { recursive: true });
  for (let n = 0; n < count; n++) {
    const note = benchNote(rand, n, realNotes);
    writeFileSync(join(dir, note.path), note.text);
  }
  writeFileSync(done, "");
  return dir;
}

export function listNotes(dir: string): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(dir).filter((f) => f.startsWith("folder-")).sort()) {
    for (const name of readdirSync(join(dir, folder)).sort()) files.push(join(dir, folder, name));
  }
  return files;
}
