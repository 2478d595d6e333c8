// Loading the hand-written edge notes (tests/fixtures/edge/, described in its README.md)
// and summarising what the reader made of them, so tests compare plain values.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Episode } from "../../src/core/types";
import { readNote } from "../support/notes";

export const EDGE_DIR = fileURLToPath(new URL("../fixtures/edge/", import.meta.url));

/** The note's text exactly as stored: BOM and CRLF kept. */
export function edgeText(name: string): string {
  return readFileSync(EDGE_DIR + name, "utf8");
}

/** Read an edge note with the default options, under its own file name. */
export function readEdge(name: string): Episode {
  return readNote(name, edgeText(name));
}

/** [line, status, text] for every task, in document order. */
export function taskRows(episode: Episode): [number, string, string][] {
  return episode.tasks.map((t) => [t.line, t.status, t.text]);
}

/** [heading, phase, done, total, cancelled] for every section, in document order. */
export function sectionRows(episode: Episode): [string | null, string, number, number, number][] {
  return episode.sections.map((s) => [s.heading, s.phase, s.done, s.total, s.cancelled]);
}

/** Guests as [name, target, affiliation]. */
export function guestRows(episode: Episode): [string, string | null, string | null][] {
  return episode.guests.map((g) => [g.name, g.target, g.affiliation]);
}
