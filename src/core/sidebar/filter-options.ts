// The show filter's choices when the chosen one has no episode left (its notes deleted or
// moved, its show removed from the settings, a saved layout from another vault state). The
// filter stays in force, so the choice stays listed, marked: a select whose value is not
// among its options shows a blank box over an empty list, with nothing to say why.
import type { ShowSettings } from "../settings/settings";

export interface FilterOption {
  key: string;
  label: string;
}

/**
 * `options` as they are when `chosen` is among them (or is "", every show); else with
 * `chosen` added, named as it was last listed (`seen`), or from its key: the show's name
 * for `show:<id>`, the code for `series:<code>`.
 */
export function withChosenOption(options: readonly FilterOption[], chosen: string, shows: readonly Pick<ShowSettings, "id" | "name">[], seen: ReadonlyMap<string, string>): FilterOption[] {
  if (chosen === "" || options.some((option) => option.key === chosen)) return [...options];
  const id = chosen.startsWith("show:") ? chosen.slice(5) : null;
  const name = seen.get(chosen) ?? (id === null ? null : shows.find((show) => show.id === id)?.name) ?? (chosen.startsWith("series:") ? chosen.slice(7) : chosen);
  return [...options, { key: chosen, label: `${name || "Other episodes"} (no episodes now)` }];
}
