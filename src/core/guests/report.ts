// `office-hours guests`: every guest with status, shows, episodes and missing facts, as a
// table or JSON, from the same guests index as the plugin's view.
import type { GuestPerson } from "./summary";
import type { MaybeSame } from "./may-be-same";
import { columnsOf, controlCharactersShown, padToColumns } from "../text/terminal-columns";

export interface GuestJson {
  name: string;
  note: string | null;
  aliases: string[];
  status: string;
  statusSet: boolean;
  shows: string[];
  episodes: { path: string; title: string; show: string | null; date: string | null; when: string }[];
  last: string | null;
  next: string | null;
  spellings: string[];
  missing: string[];
  problems: string[];
  pronouns: string | null;
  pronunciation: string | null;
  timezone: string | null;
  company: string | null;
  role: string | null;
  links: string[];
}

export function guestJson(person: GuestPerson): GuestJson {
  const note = person.note;
  return {
    name: person.name,
    note: note?.path ?? null,
    aliases: note?.aliases ?? [],
    status: person.status,
    statusSet: person.statusSet,
    shows: person.shows,
    episodes: person.episodes.map((e) => ({ path: e.path, title: e.title, show: e.show, date: e.date, when: e.when })),
    last: person.last?.date ?? null,
    next: person.next?.date ?? null,
    spellings: person.spellings,
    missing: person.missing,
    problems: person.problems,
    pronouns: note?.pronouns ?? person.writtenPronouns,
    pronunciation: note?.pronunciation ?? null,
    timezone: note?.timezone ?? null,
    company: note?.company ?? person.affiliations[0] ?? null,
    role: note?.role ?? null,
    links: person.urls,
  };
}

/** "43 guests, 3 in more than one episode (2 across shows)". */
export function guestCounts(people: readonly GuestPerson[]): { guests: number; recurring: number; acrossShows: number; withEpisodes: number } {
  const withEpisodes = people.filter((p) => p.episodes.length > 0);
  return {
    guests: people.length,
    withEpisodes: withEpisodes.length,
    recurring: withEpisodes.filter((p) => p.episodes.length > 1).length,
    acrossShows: withEpisodes.filter((p) => p.shows.length > 1).length,
  };
}

const COLUMNS = ["Guest", "Status", "Shows", "Episodes", "Last", "Next", "Missing"] as const;

/**
 * `showLabel` names a show in the Shows column as the vault report's Show column does (its
 * code, "GOH"), where the JSON keeps the name; without it the names are shown.
 */
export function formatGuestTable(people: readonly GuestPerson[], maybeSame: readonly MaybeSame[] = [], width = 120, showLabel: (show: string) => string = (show) => show): string {
  if (people.length === 0) return "No guests found.";
  // Every cell made safe for a terminal once (control and bidirectional characters shown,
  // white space one space) and measured in the columns a terminal draws it in: a Japanese
  // or emoji name counted by characters pushed the rest of its row out of line.
  const rows = people.map((p) =>
    [
      p.name,
      p.status,
      [...new Set(p.shows.map(showLabel))].join(", "),
      String(p.episodes.length),
      p.last === null ? "" : (p.last.date ?? "unknown"),
      p.next?.date ?? (p.episodes.some((e) => e.when === "undated") ? "(no date)" : ""),
      missingCell(p),
    ].map(terminalText),
  );
  const cellWidths = rows.map((r) => r.map(columnsOf));
  // A loop, not Math.max(...rows): the spread throws past about 150,000 rows.
  const widths = COLUMNS.map((title, c) => cellWidths.reduce((most, r) => Math.max(most, r[c] ?? 0), title.length));
  shareWidth(widths, cellWidths, width);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => padToColumns(cell, widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line(COLUMNS), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const problems = people.filter((p) => p.problems.length > 0);
  if (problems.length > 0) {
    out.push("", "Problems:");
    for (const p of problems) for (const message of p.problems) out.push(`  ${terminalText(p.name)}: ${terminalText(message)}`);
  }
  if (maybeSame.length > 0) {
    const names = new Map(people.map((p) => [p.key, p.name]));
    out.push("", "These may be one person (add one name to the other's aliases if so):");
    for (const pair of maybeSame) out.push(`  ${terminalText(`${names.get(pair.a) ?? pair.a} / ${names.get(pair.b) ?? pair.b}: ${pair.reason}`)}`);
  }
  return out.join("\n");
}

/** A note's text as the terminal should get it: controls shown (terminal-columns.ts), white space one space. */
function terminalText(text: string): string {
  return controlCharactersShown(text).replace(/\s+/g, " ");
}

/** The columns that give up room when the table is too wide: Guest, Shows and Missing. */
const SHRINKABLE = [0, 2, 6];
/** A column goes below this only when none is above it; below the last, never. */
const COMFORTABLE = 12;
const LEAST = 6;

/**
 * Until the table fits `width`, take one column off a shrinkable column still wider than
 * 12 (else one wider than 6) where that hides the fewest columns: the fewest cells as
 * long as the column or longer, then the widest. The room comes from where it is least
 * used: two rows' long list of shows no longer cuts every row's "no guest note".
 */
function shareWidth(widths: number[], cellWidths: readonly number[][], width: number): void {
  // Cells by columns taken, per column, and how many reach the column's width: what one
  // more column off would cut into, kept up to date in O(1) per step.
  const lengths = SHRINKABLE.map((c) => {
    const count = new Map<number, number>();
    for (const row of cellWidths) {
      const length = row[c] ?? 0;
      count.set(length, (count.get(length) ?? 0) + 1);
    }
    return count;
  });
  const reaching = SHRINKABLE.map((c, i) => {
    let n = 0;
    for (const [length, count] of lengths[i] ?? []) if (length >= (widths[c] ?? 0)) n += count;
    return n;
  });
  const rank = (i: number): [number, number, number] => {
    const w = widths[SHRINKABLE[i] ?? 0] ?? 0;
    return [w <= COMFORTABLE ? 1 : 0, reaching[i] ?? 0, -w];
  };
  const better = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < a.length; k++) if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) < (b[k] ?? 0);
    return false;
  };
  for (let over = widths.reduce((sum, w) => sum + w, 0) + (widths.length - 1) * 2 - width; over > 0; over--) {
    let best = -1;
    SHRINKABLE.forEach((c, i) => {
      if ((widths[c] ?? 0) > LEAST && (best < 0 || better(rank(i), rank(best)))) best = i;
    });
    const column = SHRINKABLE[best];
    if (column === undefined) break;
    const w = (widths[column] ?? 0) - 1;
    widths[column] = w;
    reaching[best] = (reaching[best] ?? 0) + (lengths[best]?.get(w) ?? 0);
  }
}

/** Without a note every fact is missing: that is said once, so the cell stays short. */
function missingCell(p: GuestPerson): string {
  const problems = p.problems.length > 0 ? [`${p.problems.length} problem${p.problems.length === 1 ? "" : "s"}`] : [];
  return [...(p.note === null ? ["no guest note"] : p.missing), ...problems].join(", ");
}
