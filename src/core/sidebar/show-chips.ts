// The small chip that names a row's show in a list that mixes shows: its code ("GOH"),
// or the initials of its name when it has none ("Loki Community Calls" → "LCC"), in one
// of the theme's palette colours. A show keeps its colour when others are added, removed
// or reordered: the colour comes from its id, and only another show wanting the same
// colour moves it (to the next free one).
import type { ShowSettings } from "../settings/settings";

/**
 * Obsidian's palette variables (`--color-<name>`), in the order a clash moves through them.
 * Red is left out: on a row it would read as an alert.
 */
export const CHIP_COLOURS = ["blue", "purple", "green", "cyan", "pink", "yellow", "orange"] as const;

export type ChipColour = (typeof CHIP_COLOURS)[number];

export interface ShowChip {
  code: string;
  colour: ChipColour;
  /** The show's name, for the chip's tooltip. */
  label: string;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** "Grafana OTel Community Call" → "GOCC": the first letter of each word, at most four. */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-_/]+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0] ?? "")
    .join("");
  return letters.slice(0, 4).toUpperCase() || "?";
}

export function chipCode(show: ShowSettings): string {
  return show.code.trim() !== "" ? show.code.trim() : initials(show.name);
}

/**
 * Chips for the configured shows, by the key the sidebar groups them under
 * (`show:<id>`), and for series codes of episodes outside them (`series:<code>`).
 */
export function showChips(shows: readonly ShowSettings[], seriesCodes: Iterable<string>): Map<string, ShowChip> {
  const wanted: { key: string; seed: string; code: string; label: string }[] = shows.map((show) => ({ key: `show:${show.id}`, seed: show.id, code: chipCode(show), label: show.name }));
  // Sorted: the codes come in the index's order, which changes whenever a note is read
  // again, and a contested colour must not change hands with it.
  for (const code of [...new Set(seriesCodes)].sort()) if (code !== "") wanted.push({ key: `series:${code}`, seed: code, code, label: code });
  const preferred = wanted.map((w) => hash(w.seed) % CHIP_COLOURS.length);
  const chips = new Map<string, ShowChip>();
  const colourOf = new Array<number | null>(wanted.length).fill(null);
  const taken = new Set<number>();
  // First every show whose colour nobody else wants takes it, so a show's colour only
  // moves when another show wants the same one; then the rest take the next free ones.
  preferred.forEach((colour, i) => {
    if (preferred.filter((c) => c === colour).length === 1) {
      colourOf[i] = colour;
      taken.add(colour);
    }
  });
  preferred.forEach((colour, i) => {
    if (colourOf[i] !== null) return;
    // With more shows than colours, colours repeat; until then each show has its own.
    if (taken.size === CHIP_COLOURS.length) taken.clear();
    let index = colour;
    while (taken.has(index)) index = (index + 1) % CHIP_COLOURS.length;
    colourOf[i] = index;
    taken.add(index);
  });
  wanted.forEach((w, i) => chips.set(w.key, { code: w.code, colour: CHIP_COLOURS[colourOf[i] ?? 0] as ChipColour, label: w.label }));
  return chips;
}
