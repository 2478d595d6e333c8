// Where a guest stands, from their note's `status` and from the episodes that name them.
// Split from summary.ts (which gathers the episodes), with the rule the episodes' own open
// invitation items add (invitation-items.ts).
import type { InvitationStep } from "./invitation-items";
import type { Appearance } from "./summary";
import type { GuestStatus } from "./statuses";

/** The derived statuses in pipeline order: an episode's rank is an index here. */
const BY_RANK: readonly GuestStatus[] = ["suggested", "contacted", "confirmed", "appeared"];

/**
 * How far one episode has taken its guest: appeared after a past one; before one to come,
 * confirmed (dated) or contacted (undated), unless the episode's open items still wait on
 * them: not yet asked ("Contact the guest" open) is suggested, asked but no yes yet ("If the
 * guest agrees…", "Confirm …" open) contacted. A cancelled episode's guest was contacted: its
 * items were dropped with it, so they say nothing; nor do a past episode's, left open after
 * the show.
 */
export function episodeRank(when: Appearance, waiting: InvitationStep | undefined): number {
  if (when === "past") return 3;
  if (when === "cancelled") return 1;
  if (waiting === "ask") return 0;
  if (waiting === "answer") return 1;
  return when === "upcoming" ? 2 : 1;
}

/** The status the furthest episode gives (-1: none, suggested). */
export function statusOfRank(rank: number): GuestStatus {
  return BY_RANK[rank] ?? "suggested";
}

/**
 * The note's status wins (marking someone contacted again after an appearance means a new
 * invitation), with two exceptions where the note only records an earlier step the episodes
 * have since gone past: "confirmed" with no episode still to come but one in the past reads
 * as appeared, since the show it was confirmed for has happened; "suggested" (what an import
 * writes) with an episode still to come, dated or not, reads as those episodes say (`coming`),
 * since booking a prospect onto an episode is the next step and nobody goes back to the
 * note to say so, and the episode's own items say whether they were asked yet. A suggested
 * person with past episodes only stays suggested: suggested again.
 */
export function statusOf(set: GuestStatus | null, derived: GuestStatus, coming: GuestStatus | null): GuestStatus {
  if (set === null) return derived;
  if (set === "confirmed" && derived === "appeared" && coming === null) return "appeared";
  if (set === "suggested" && coming !== null) return coming;
  return set;
}
