// Which rows a view shows, in which order: one list across shows ordered by date (a
// show's chip says which show), or grouped by show when asked. "Needs attention" and
// "Ideas" run forward in time (what comes first on top); "Past" and "All" backwards.
import type { EpisodeRow } from "./view-model";
import { fold } from "./view-model";
import { SIDEBAR_VIEWS, type SidebarView } from "./views";

export interface ViewFilters {
  view: SidebarView;
  /** A group key (`show:<id>`, `series:<code>`), or "" for every show. */
  show: string;
  text: string;
  groupByShow: boolean;
}

export interface RowGroup {
  key: string;
  label: string;
  rows: EpisodeRow[];
}

export interface ViewResult {
  /** One group with key "" when not grouped by show. */
  groups: RowGroup[];
  /** Rows per view with the show and text filters applied, for the view buttons. */
  counts: Record<SidebarView, number>;
  /** Archived episodes (among those the filters let through) with items left open, and how many items. */
  archivedOpen: { episodes: number; items: number };
}

const FORWARD: Record<SidebarView, boolean> = { attention: true, ideas: true, past: false, all: false };

function byDate(forward: boolean): (a: EpisodeRow, b: EpisodeRow) => number {
  return (a, b) => {
    if (a.sortDate !== b.sortDate) {
      // Undated rows last either way.
      if (a.sortDate === "") return 1;
      if (b.sortDate === "") return -1;
      return (a.sortDate < b.sortDate ? -1 : 1) * (forward ? 1 : -1);
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  };
}

export function selectRows(rows: readonly EpisodeRow[], filters: ViewFilters): ViewResult {
  const query = fold(filters.text.trim());
  const counts = Object.fromEntries(SIDEBAR_VIEWS.map((v) => [v, 0])) as Record<SidebarView, number>;
  const archivedOpen = { episodes: 0, items: 0 };
  const shown: EpisodeRow[] = [];
  for (const row of rows) {
    if (filters.show !== "" && row.group !== filters.show) continue;
    if (query !== "" && !row.search.includes(query)) continue;
    counts[row.view]++;
    counts.all++;
    if (row.leftOpen > 0) {
      archivedOpen.episodes++;
      archivedOpen.items += row.leftOpen;
    }
    if (filters.view === "all" || row.view === filters.view) shown.push(row);
  }
  shown.sort(byDate(FORWARD[filters.view]));
  if (!filters.groupByShow) return { groups: [{ key: "", label: "", rows: shown }], counts, archivedOpen };
  const groups = new Map<string, RowGroup>();
  for (const row of shown) {
    let group = groups.get(row.group);
    if (!group) {
      group = { key: row.group, label: row.groupLabel, rows: [] };
      groups.set(row.group, group);
    }
    group.rows.push(row);
  }
  return { groups: [...groups.values()].sort((a, b) => a.label.localeCompare(b.label)), counts, archivedOpen };
}
