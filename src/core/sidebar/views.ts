// The sidebar's views of the episodes, by lifecycle state. "Needs attention" is the
// default: what is on air, ahead, or recently aired with work left.
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

/** Which view an episode belongs to besides "All". */
export function viewOf(state: EpisodeState, archived: boolean): SidebarView {
  if (state === "idea") return "ideas";
  if (state === "scheduled" || state === "live") return "attention";
  if (state === "cancelled" || state === "done" || archived) return "past";
  return "attention";
}
