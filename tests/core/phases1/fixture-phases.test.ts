// The phase of every checklist heading (a heading with items) of every note under
// tests/fixtures, against the list taken before phases1 (fixture-phases-before.tsv: note,
// heading, phase, one a line). Only the plain "before" lists the rule of
// src/core/note/phase-place.ts makes the prep may differ, and each of those must: every
// other heading of the live template's notes, the five-show vault, the real notes and the
// probes keeps its reading. A fixture note added later is not in the list and not compared.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readNote } from "../../support/notes";

const ROOT = join(import.meta.dirname, "../../fixtures");
const BEFORE = join(import.meta.dirname, "fixture-phases-before.tsv");

/** The headings phases1 changes from "before" to "prep", by note: a closer list after them, or first in a podcast's production note. */
const CHANGED: Record<string, string> = {
  // "🎬 Before the show", then a "Just before the show" callout.
  "unseen2/Streams/2026-05-02 Rust and WASM.md": "🎬 Before the show",
  // "Before recording", then "Recording" (the recording day in a production note).
  "unseen3/Podcast/Ep 32 - Sound design.md": "Before recording",
  // "Vor der Sendung", then "Kurz vor der Sendung" (the German walk, walk12).
  ...Object.fromEntries(
    [
      "Sendungen/Cloud-Stammtisch/Folge 21 – Prometheus für Einsteiger.md",
      "Sendungen/Cloud-Stammtisch/Folge 22 – Alerting ohne Alarmmüdigkeit.md",
      "Sendungen/Cloud-Stammtisch/Folge 23 – OpenTelemetry in Java.md",
      "Sendungen/Cloud-Stammtisch/Folge 24 – Logs mit Loki.md",
      "Sendungen/Cloud-Stammtisch/Folge 25 – Tracing mit Tempo.md",
      "Sendungen/Cloud-Stammtisch/Folge 26 – Grafana Alloy.md",
      "Sendungen/Cloud-Stammtisch/Folge 27 – Profiling mit Pyroscope.md",
      "Sendungen/Cloud-Stammtisch/Folge 28 – Kubernetes-Kosten im Griff.md",
      "Vorlagen/Cloud-Stammtisch Folge.md",
    ].map((path) => [`walk12-vault/${path}`, "Vor der Sendung"]),
  ),
  // "Before recording", first in a podcast's note with "Editing" and "Publishing" (walk13).
  ...Object.fromEntries(
    [
      "Season 2/S02E09 - Pricing a one-person SaaS.md",
      "Season 2/S02E10 - Year in review.md",
      "Season 2/S02E11 - Hiring your first contractor.md",
      "Season 3/S03E01 - Bootstrapping a hardware shop.md",
      "Season 3/S03E02 - Maintainers roundtable.md",
      "Season 3/S03E03 - Listener questions.md",
      "Season 3/S03E04 - Leaving big tech, Part 1.md",
      "Season 3/S03E05 - Leaving big tech, Part 2.md",
      "Season 3/S03E06 - A studio of two.md",
      "Season 3/S03E07 - Accessibility audits.md",
      "Season 3/S03E08 - Ask us anything.md",
    ]
      .map((path) => `walk13-vault/Small Batch/${path}`)
      .concat(["walk13-vault/Templates/Small Batch episode.md"])
      .map((path) => [path, "Before recording"]),
  ),
};

function rowsOf(path: string): string[] {
  const e = readNote(path, readFileSync(join(ROOT, path), "utf8"));
  return e.sections.filter((s) => s.heading !== null && s.total > 0).map((s) => `${path}\t${s.heading}\t${s.phase}`);
}

describe("every fixture note's checklist headings keep their phase, but the plain 'before' lists phases1 makes the prep", () => {
  const before = readFileSync(BEFORE, "utf8").trim().split("\n");
  const notes = [...new Set(before.map((line) => line.split("\t")[0] ?? ""))].filter((path) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile());

  it("the list covers the fixture vaults (real notes, five shows, the walks)", () => {
    expect(readdirSync(ROOT).filter((f) => notes.some((n) => n.startsWith(`${f}/`)))).toEqual(expect.arrayContaining(["five-shows", "real-notes", "walk12-vault", "walk13-vault", "unseen2"]));
    expect(before.length).toBeGreaterThan(400);
  });

  it("each heading reads as before, or (the named ones) as prep where it read as just before the show", () => {
    const expected = before
      .filter((line) => notes.includes(line.split("\t")[0] ?? ""))
      .map((line) => {
        const [path, heading] = line.split("\t");
        return path !== undefined && CHANGED[path] === heading ? `${path}\t${heading}\tprep` : line;
      });
    // Each named heading read as "before" in the list: a name that matches nothing changes nothing.
    for (const [path, heading] of Object.entries(CHANGED)) expect(before).toContain(`${path}\t${heading}\tbefore`);
    expect(notes.flatMap(rowsOf)).toEqual(expected);
  });
});
