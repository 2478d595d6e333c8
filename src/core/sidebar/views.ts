// The sidebar's views of the episodes, by lifecycle state. "Needs attention" is the
// default: what is on air, ahead, or aired with work left or an alert.
import type { EpisodeState } from "../status/lifecycle";

export const SIDEBAR_VIEWS = ["attention", "ideas", "past", "all"] as const;

export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

export const VIEW_LABELS: Record<SidebarView, string> = {
  attention: "Needs attention",
  ideas: "Ideas",
  past: "Past",
  all: "All",
};

export function isSidebarView(value: unknown): value is SidebarView {
  return typeof value === "string" && (SIDEBAR_VIEWS as readonly string[]).includes(value);
}

/** What a row says about an episode that decides its view. */
export interface ViewFacts {
  state: EpisodeState;
  archived: boolean;
  /** Open items that are the work now (the row's count). */
  openNow: number;
  /** Items late by a date of their own (the row's "N overdue"). */
  overdue: number;
  /** Alerts the row shows, of any severity, the guest's included. */
  alerts: number;
}

/**
 * Which view an episode belongs to besides "All". Once the show is over, an episode
 * stays in Needs attention only while the row has something to do or say: open work now,
 * an item overdue, or an alert. The state alone does not keep it there: a `status:
 * published` (or `aired`) property freezes the state even after every after-show item is
 * ticked (derived, that note would be "done"), and such a row, with nothing open and no
 * alert, would stand in Needs attention for weeks until it is archived.
 */
export function viewOf(facts: ViewFacts): SidebarView {
  const { state, archived } = facts;
  if (state === "idea") return "ideas";
  if (state === "scheduled" || state === "live") return "attention";
  if (state === "cancelled" || state === "done" || archived) return "past";
  return facts.openNow > 0 || facts.overdue > 0 || facts.alerts > 0 ? "attention" : "past";
}
