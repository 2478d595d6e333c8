// Accepted proposals into the settings, the one way both the review screen and
// `office-hours detect --write` do it: corrections replace the show they correct, new
// shows are added, and a first-time user's untouched default show gives way to them.
// Nothing the settings hold is dropped; the input is never changed.
import { slug, type OfficeHoursSettings, type ShowSettings } from "../settings/settings";
import { isUntouchedDefault } from "./configured";
import type { ProposedShow } from "./types";

export interface Merged {
  settings: OfficeHoursSettings;
  added: string[];
  corrected: string[];
  /** The untouched default show that was replaced, or null. */
  replaced: string | null;
  /** "Look for episodes only in the show folders" as accepted, when it changed; else null. */
  onlyShowFolders: boolean | null;
}

/** `onlyShowFolders`: that setting as accepted with the shows (see scope.ts); omitted, it is kept. */
export function mergeProposals(settings: OfficeHoursSettings, accepted: readonly ProposedShow[], onlyShowFolders?: boolean): Merged {
  const next = structuredClone(settings);
  const scopeChanged = onlyShowFolders !== undefined && onlyShowFolders !== settings.episodesOnlyInShowFolders;
  if (onlyShowFolders !== undefined) next.episodesOnlyInShowFolders = onlyShowFolders;
  const added: string[] = [];
  const corrected: string[] = [];
  const fresh = accepted.filter((p) => p.correctionOf === null);
  let replaced: string | null = null;
  if (fresh.length > 0 && isUntouchedDefault(next) && !accepted.some((p) => p.correctionOf === next.shows[0]?.id)) {
    replaced = next.shows[0]?.name ?? null;
    next.shows = [];
  }
  for (const proposal of accepted) {
    if (proposal.correctionOf === null) continue;
    const at = next.shows.findIndex((s) => s.id === proposal.correctionOf);
    if (at < 0) continue;
    next.shows[at] = structuredClone(proposal.show);
    corrected.push(proposal.show.name);
  }
  const ids = new Set(next.shows.map((s) => s.id));
  for (const proposal of fresh) {
    const show: ShowSettings = structuredClone(proposal.show);
    const base = show.id || slug(show.name) || "show";
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    show.id = id;
    ids.add(id);
    next.shows.push(show);
    added.push(show.name);
  }
  return { settings: next, added, corrected, replaced, onlyShowFolders: scopeChanged ? (onlyShowFolders ?? null) : null };
}

/**
 * The merged settings over what was stored, keeping what this version does not know:
 * unknown top-level keys and unknown keys of each show (matched by id) survive.
 */
export function overStored(stored: unknown, merged: OfficeHoursSettings): Record<string, unknown> {
  const raw = isRecord(stored) ? stored : {};
  const rawShows = Array.isArray(raw.shows) ? raw.shows.filter(isRecord) : [];
  const shows = merged.shows.map((show) => over(rawShows.find((s) => s.id === show.id) ?? {}, show));
  return over(raw, { ...merged, shows });
}

/**
 * `after` over `before`, key by key into nested groups, so keys only `before` has stay.
 * Built with fromEntries: a stored "__proto__" key stays an ordinary key.
 */
function over(before: Record<string, unknown>, after: object): Record<string, unknown> {
  const entries = new Map<string, unknown>(Object.entries(before));
  for (const [key, value] of Object.entries(after)) {
    const old = entries.get(key);
    entries.set(key, isRecord(old) && isRecord(value) ? over(old, value) : value);
  }
  return Object.fromEntries(entries);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
