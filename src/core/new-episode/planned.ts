// Episodes the show's index note plans before their notes exist: the GOH README's
// Upcoming list links "GOH 31 - Adaptive Telemetry with Sean Porter" while no such note is
// in the vault. Its number is the team's already: the new-episode form proposes the next
// one, and a host who types it is told which episode the index note gives it (and may make
// the form that episode). Rule: a link of the index note to a note that does not exist,
// whose name the show's naming reads as numbered (the show's pattern, else the general
// rules), with the show's code (a show without a code: a name without one). The shell
// tells which links resolve (Obsidian's link resolution); this file reads the names.
import type { ShowSettings } from "../settings/settings";
import type { Numbered } from "../vault/numbering";
import { nameParser } from "../note/name-pattern";
import { splitGuestInput, type EpisodeDraft } from "./new-episode";

export interface PlannedEpisode extends Numbered {
  number: number;
  /** The linked note's name, as the link writes it: "GOH 31 - Adaptive Telemetry with Sean Porter". */
  name: string;
  /** What the name gives for the form, read as the show writes its names. */
  topic: string;
  guests: string[];
  /** The index note that plans it. */
  source: string;
}

/** The last path part of a link target, without `#heading`, `|alias` or `.md`. */
function linkName(target: string): string {
  const path = target.split("#")[0]?.split("|")[0]?.trim() ?? "";
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * The episodes `targets` (the index note's links to notes that do not exist, decoded as
 * Obsidian reads them) plan for `show`, each number once (the first link giving it).
 */
export function plannedEpisodes(targets: readonly string[], show: ShowSettings, source: string): PlannedEpisode[] {
  // A show named by date (`{{date}}-{{topic:slug}}`) gives its names no number to plan.
  if (!show.fileNamePattern.includes("{{number}}")) return [];
  const parse = nameParser(show.fileNamePattern, show.code);
  const code = show.code.trim().toLowerCase();
  const seen = new Set<string>();
  const out: PlannedEpisode[] = [];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const name = linkName(target);
    if (!/\d/.test(name)) continue;
    const parts = parse(name);
    if (parts.number === null) continue;
    const theirs = (parts.code ?? "").trim().toLowerCase();
    if (theirs !== code) continue;
    const key = `${parts.season ?? ""}:${parts.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { topic, guests } = topicAndGuests(parts.title, show.language);
    out.push({ number: parts.number, ...(parts.season === undefined ? {} : { season: parts.season }), path: target, name, topic, guests, source });
  }
  return out;
}

/**
 * "Adaptive Telemetry with Sean Porter" → the topic and the guests, at the last " with "
 * (or the show's language's word, "con"); the whole title is the topic without one. Names
 * are short: lastIndexOf per word, no pattern to backtrack.
 */
function topicAndGuests(title: string, language: string): { topic: string; guests: string[] } {
  const words = [...new Set(["with", language.toLowerCase().startsWith("es") ? "con" : "with"])];
  const lower = title.toLowerCase();
  let at = -1;
  let length = 0;
  for (const word of words) {
    const found = lower.lastIndexOf(` ${word} `);
    if (found > at) [at, length] = [found, word.length + 2];
  }
  if (at <= 0) return { topic: title.trim(), guests: [] };
  const guests = splitGuestInput(title.slice(at + length), language).filter((g) => g !== "");
  const topic = title.slice(0, at).replace(/,\s*$/, "").trim();
  return topic === "" ? { topic: title.trim(), guests: [] } : { topic, guests };
}

/** The planned episode the draft's number (within its season) is, if any. */
export function plannedFor(draft: Pick<EpisodeDraft, "number" | "season">, planned: readonly PlannedEpisode[]): PlannedEpisode | undefined {
  if (draft.number === null) return undefined;
  const season = draft.season ?? null;
  return planned.find((p) => p.number === draft.number && (p.season ?? null) === season);
}

/** What the form says under the number when it is a planned episode's. */
export function plannedMessage(planned: PlannedEpisode, draftTopic: string): string {
  const where = planned.source.slice(planned.source.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  const same = draftTopic.trim() !== "" && draftTopic.trim().toLowerCase() === planned.topic.toLowerCase();
  return same
    ? `This is “${planned.name}”, planned in “${where}”.`
    : `“${where}” already gives number ${planned.number} to “${planned.name}” (no note yet).`;
}
