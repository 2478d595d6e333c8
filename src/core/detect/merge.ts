// Accepted proposals into the settings, the one way both the review screen and
// `office-hours detect --write` do it: a correction's changes are applied onto the show
// as it is now, found by its id (apply-correction.ts), new shows are added, and a
// first-time user's untouched default show gives way to them. `settings` are the
// settings at the moment of accepting, which may be newer than those Detect read: a show
// deleted meanwhile is not brought back, a field changed meanwhile is not overwritten,
// and a show set up meanwhile in a proposed show's folder is not added twice.
// Nothing the settings hold is dropped; the input is never changed.
import { slug, type OfficeHoursSettings, type ShowSettings } from "../settings/settings";
import { isUntouchedDefault } from "./configured";
import { cleanFolder } from "./detect";
import { applyCorrection, type FieldConflict } from "./apply-correction";
import type { ProposedShow } from "./types";
import { isRecord } from "../records";

export interface Merged {
  settings: OfficeHoursSettings;
  added: string[];
  /** Corrections that changed something. */
  corrected: string[];
  /** Fields changed in the settings since Detect ran, kept as they are now. */
  conflicts: FieldConflict[];
  /** Corrections to shows deleted since Detect ran: their names as Detect saw them. */
  dropped: string[];
  /** New shows not added: a show in their folder was set up since Detect ran (its name). */
  alreadySetUp: { proposed: string; existing: string }[];
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
  const conflicts: FieldConflict[] = [];
  const dropped: string[] = [];
  const alreadySetUp: Merged["alreadySetUp"] = [];
  const fresh = accepted.filter((p) => p.correctionOf === null);
  let replaced: string | null = null;
  if (fresh.length > 0 && isUntouchedDefault(next) && !accepted.some((p) => p.correctionOf === next.shows[0]?.id)) {
    replaced = next.shows[0]?.name ?? null;
    next.shows = [];
  }
  for (const proposal of accepted) {
    if (proposal.correctionOf === null) continue;
    const at = next.shows.findIndex((s) => s.id === proposal.correctionOf);
    const current = next.shows[at];
    if (!current) {
      dropped.push(proposal.before?.name ?? proposal.show.name);
      continue;
    }
    // Without the copy Detect read, the show now is taken as it: every difference is applied.
    const result = applyCorrection(current, proposal.before ?? current, proposal.show);
    next.shows[at] = result.show;
    conflicts.push(...result.conflicts);
    if (result.applied.length > 0) corrected.push(result.show.name);
  }
  const ids = new Set(next.shows.map((s) => s.id));
  // The folders of the shows there are now (the replaced default's is gone), not of those added here: several
  // new shows may share a folder, but Detect never proposes a new show in a configured show's folder, so a
  // match is a show set up by hand (or by another Detect) while the review was open.
  const folders = new Map(next.shows.map((s) => [cleanFolder(s.folder), s.name]));
  for (const proposal of fresh) {
    const existing = folders.get(cleanFolder(proposal.show.folder));
    if (existing !== undefined) {
      alreadySetUp.push({ proposed: proposal.show.name, existing });
      continue;
    }
    const show: ShowSettings = structuredClone(proposal.show);
    const base = show.id || slug(show.name) || "show";
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    show.id = id;
    ids.add(id);
    next.shows.push(show);
    added.push(show.name);
  }
  return { settings: next, added, corrected, conflicts, dropped, alreadySetUp, replaced, onlyShowFolders: scopeChanged ? (onlyShowFolders ?? null) : null };
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
