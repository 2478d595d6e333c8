// Detection grows linearly with the vault: n against 4n, CPU time, the best of several
// runs (never wall-clock speed). Shapes that could go quadratic: many shows side by side
// in one folder (index-note candidates per show), many notes in one show, many templates,
// many ordinary notes next to the episodes, one long note full of times and links.
import { describe, expect, it } from "vitest";
import { detectShows } from "../../../src/core/detect/detect";
import { defaultSettings } from "../../../src/core/settings/settings";
import type { NoteText } from "../../../src/core/detect/types";
import { episode } from "./fixture-vault";
import { noteText } from "../../support/notes";

/** Allowed growth from n to 4n (linear is 4; the margin absorbs noise and caches). */
const LIMIT = 8;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function best(run: () => unknown, runs: number): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    run();
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}

const settings = defaultSettings("UTC");
type Raw = Omit<NoteText, "frontmatter">;
const detect = (notes: Raw[]) => {
  const ready = notes.map(noteText);
  return () => detectShows({ notes: ready, templateFolders: [], settings, timeZone: "UTC" });
};

function growth(make: (n: number) => Raw[], n: number): number {
  const small = detect(make(n));
  const big = detect(make(4 * n));
  best(small, 2);
  best(big, 1);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 5 && ratio >= LIMIT; attempt++) ratio = Math.min(ratio, best(big, 3) / Math.max(best(small, 3), 0.05));
  return ratio;
}

const code = (i: number) => `S${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${Math.floor(i / 676) > 0 ? String.fromCharCode(65 + Math.floor(i / 676)) : ""}`;

const shapes: [string, (n: number) => Raw[], number][] = [
  ["many shows in one folder, with an index note linking to all", (n) => [
    ...Array.from({ length: n }, (_, i) => ({ path: `Shows/${code(i)} 1 - Topic.md`, text: episode() })),
    ...Array.from({ length: n }, (_, i) => ({ path: `Shows/${code(i)} 2 - Topic.md`, text: episode() })),
    { path: "Shows/README.md", text: Array.from({ length: n }, (_, i) => `- [[${code(i)} 1 - Topic]]`).join("\n") },
  ], 100],
  ["many notes in one show", (n) => Array.from({ length: n }, (_, i) => ({ path: `Show/POD ${i + 1} - Topic ${i}.md`, text: episode({ date: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}` }) })), 100],
  ["many templates and shows", (n) => [
    ...Array.from({ length: n }, (_, i) => ({ path: `Templates/${code(i)} checklist.md`, text: episode({ guest: "Guest::" }) })),
    ...Array.from({ length: n }, (_, i) => ({ path: `${code(i)}/${code(i)} 1 - Topic.md`, text: episode() })),
  ], 100],
  ["many shows and many other notes in one folder", (n) => [
    ...Array.from({ length: n }, (_, i) => ({ path: `Shows/${code(i)} 1 - Topic.md`, text: episode() })),
    ...Array.from({ length: n }, (_, i) => ({ path: `Shows/README ${i}.md`, text: `[[${code(i)} 1 - Topic]] [[${code(i + 1)} 1 - Topic]]` })),
  ], 100],
  ["many ordinary notes next to the episodes", (n) => [
    { path: "Show/POD 1 - A.md", text: episode() },
    { path: "Show/POD 2 - B.md", text: episode() },
    ...Array.from({ length: n }, (_, i) => ({ path: `Show/Idea ${i}.md`, text: `# Idea ${i}\n\n[[POD 1 - A]] and [[POD 2 - B]]\n` })),
  ], 200],
  ["one long note full of times, weekdays and links", (n) => [
    { path: "Show/POD 1 - A.md", text: episode({ extra: "- [ ] Friday 13:00 UTC (15:00 CEST) [[POD 2 - B]] Jueves\n".repeat(n) }) },
    { path: "Show/POD 2 - B.md", text: episode() },
  ], 300],
];

describe("detection grows linearly", () => {
  it.each(shapes)("%s", (_name, make, n) => {
    expect(growth(make, n)).toBeLessThan(LIMIT);
  });
});
