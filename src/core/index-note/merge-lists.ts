// Merging the show's episodes into episode lists kept by hand (or by an earlier run).
// Every line stays where it is: a break, a link to a note that is not in the vault, an
// idea, a blank line, the notes nested under an entry. Only an episode's own line is
// written again (its date as the line wrote it, its guests), and it moves only when its
// episode belongs in another list (the upcoming one has happened; an undated one is an
// idea). An episode not listed yet goes in by date among the ones around it. So running
// it again changes nothing.
import type { ListKind } from "./list-kinds";
import { LIST_HEADINGS } from "./list-kinds";
import { fileName, readListLine, type DateStyle, type ListLine } from "./list-items";
import { isBlank, isTrailingFiller, readSections, type IndexEntry, type Item, type Section } from "./list-sections";
import { entryKey, newLine, withDate, writeLine } from "./episode-line";
import { claimPlannedLines } from "./planned-words";
import { videoMatcher } from "./video-link";
import { leadArrivals } from "./arrival-lead";

export { NONE_YET, type IndexEntry } from "./list-sections";

/** The entry a list line names: by its link's file name, else by a plain title that starts it. */
function matchLine(line: ListLine, byName: ReadonlyMap<string, IndexEntry>, names: readonly string[]): IndexEntry | null {
  if (line.link) return byName.get(line.link.name) ?? null;
  const rest = line.rest.normalize("NFC").toLowerCase();
  let best: string | null = null;
  for (const name of names) {
    if (rest === name || (rest.startsWith(name) && /^[\s,(:–—~*_=-]/.test(rest.slice(name.length)))) {
      if (best === null || name.length > best.length) best = name;
    }
  }
  return best === null ? null : (byName.get(best) ?? null);
}

/** The show's episodes the `[[links]]` in `text` name, in order. Linear: one indexOf walk. */
function linkedEntries(text: string, byName: ReadonlyMap<string, IndexEntry>): IndexEntry[] {
  const found = new Set<IndexEntry>();
  for (let at = text.indexOf("[["); at >= 0; at = text.indexOf("[[", at + 2)) {
    const close = text.indexOf("]]", at + 2);
    if (close < 0) break;
    const target = text.slice(at + 2, close).split("|")[0]?.split("#")[0] ?? "";
    const entry = byName.get(fileName(target));
    if (entry) found.add(entry);
    at = close;
  }
  return [...found];
}

/**
 * The date style most of the lines use (ties: the last line's); null when they write
 * none, undefined when there are no list lines to tell.
 */
function styleOf(items: readonly Item[]): DateStyle | null | undefined {
  const counts = new Map<DateStyle | null, number>();
  let last: DateStyle | null | undefined;
  for (const item of items) {
    if (!item.line) continue;
    last = item.line.prefix?.style ?? null;
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  if (last === undefined) return undefined;
  let best: DateStyle | null = last;
  for (const [style, count] of counts) if (count > (counts.get(best) ?? 0)) best = style;
  return best;
}

/** Newest first? Told by the dated episodes already listed; oldest first when they do not say. */
function newestFirst(items: readonly Item[]): boolean {
  const dates = items.map((i) => i.entry?.date).filter((d): d is string => typeof d === "string");
  let down = 0;
  let up = 0;
  for (let i = 1; i < dates.length; i++) {
    const [a = "", b = ""] = [dates[i - 1], dates[i]];
    if (b < a) down++;
    else if (b > a) up++;
  }
  return down > up;
}

/**
 * The items with the arriving ones (in compareEntries order) put in: each before the
 * first listed episode it comes before, an undated one at the list's end (before its
 * trailing blank lines and empty items). One pass: arrivals taken in date order (newest
 * first for a list kept newest first) find their places in order, so each place is at or after the
 * previous one's. (Once a search per arrival from the top: a first run with thousands
 * of episodes cost the square of the list.)
 */
export function placeArrivals(items: readonly Item[], arriving: readonly Item[], descending: boolean): Item[] {
  if (arriving.length === 0) return [...items];
  let end = items.length;
  // Blank lines and empty items ("- ", kept to type the next entry into) stay at the end.
  while (end > 0 && isTrailingFiller(items[end - 1] ?? { lines: [], line: null, entry: null })) end--;
  // A list of only blank lines and empty items: the episodes go before its first empty item.
  const firstEmpty = end === 0 ? items.findIndex((item) => !isBlank(item.lines[0] ?? "")) : -1;
  if (firstEmpty >= 0) return [...items.slice(0, firstEmpty), ...arriving, ...items.slice(firstEmpty)];
  if (end === 0 && items.length > 0) {
    // A list with no lines yet, only the blank under its heading: the episodes go after
    // it, and a blank line still parts the list from the next heading.
    const below = items.length === 1 ? [{ lines: [""], line: null, entry: null }] : items.slice(1);
    return [...items.slice(0, 1), ...arriving, ...below];
  }
  const dated = arriving.filter((a) => a.entry?.date);
  const undated = arriving.filter((a) => !a.entry?.date);
  // Stable: the same date keeps compareEntries' order either way.
  if (descending) dated.sort((a, b) => ((a.entry?.date ?? "") < (b.entry?.date ?? "") ? 1 : (a.entry?.date ?? "") > (b.entry?.date ?? "") ? -1 : 0));
  const out: Item[] = [];
  let next = 0;
  for (let i = 0; i < end; i++) {
    const item = items[i];
    const other = item?.entry?.date;
    if (other) {
      for (let a = dated[next]; a !== undefined; a = dated[++next]) {
        const date = a.entry?.date ?? "";
        if (!(descending ? other < date : other > date)) break;
        out.push(a);
      }
    }
    if (item) out.push(item);
  }
  out.push(...dated.slice(next), ...undated, ...items.slice(end));
  return out;
}

function compareEntries(a: IndexEntry, b: IndexEntry): number {
  const da = a.date ?? "9999-99-99";
  const db = b.date ?? "9999-99-99";
  if (da !== db) return da < db ? -1 : 1;
  return (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) || (a.basename < b.basename ? -1 : a.basename > b.basename ? 1 : 0);
}

/** The merged lines, the episodes whose line ends with a cancelled mark the plugin wrote, and the guest names it wrote, by episode. */
export interface Merged {
  lines: string[];
  marked: string[];
  wrote: Map<string, string[]>;
}

/** mergeMarked's lines, for lists where no mark is known to be the plugin's (hand-kept ones). */
export function mergeLists(lines: readonly string[], entries: readonly IndexEntry[], level = 3, ensure: readonly ListKind[] = []): string[] {
  return mergeMarked(lines, entries, level, ensure).lines;
}

/**
 * The lists in `lines` (a note's hand-kept lists, or the plugin's block) with `entries`
 * merged in. Lists the region lacks (and those in `ensure`) are added at its end, as
 * headings of the level its lists use (`level` when it has none). `owned`: the episodes
 * (entryKey) whose cancelled mark the plugin wrote (own-marks.ts); `wrote`: the guest
 * names it wrote, by episode (its note's name as recorded; own-guests.ts).
 */
export function mergeMarked(
  lines: readonly string[],
  entries: readonly IndexEntry[],
  level = 3,
  ensure: readonly ListKind[] = [],
  owned: ReadonlySet<string> = new Set(),
  wrote: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Merged {
  const sections = readSections(lines);
  const byName = new Map(entries.map((e) => [entryKey(e.basename), e]));
  const names = [...byName.keys()];
  const hasLists = sections.some((s) => s.kind === "past" || s.kind === "upcoming" || s.kind === "ideas");
  for (const section of sections) if (section.kind === "container" && !hasLists) section.kind = "all";
  const listed = (kind: ListKind) => sections.find((s) => s.kind === kind) ?? sections.find((s) => s.kind === "all");
  // An episode whose note has no date but which the user lists as past has aired (GOH
  // 16: "20/10" in Past, a video link, no date:): their list knows, it stays.
  const belongs = (entry: IndexEntry, section: Section) => listed(entry.list) === section || (entry.list === "ideas" && section.kind === "past");

  // One line per episode is the plugin's: the one in the list it belongs in, else the
  // first. A second line for the same episode is left as the user wrote it.
  const candidates = new Map<IndexEntry, { item: Item; section: Section }[]>();
  // A line linking the episode's video (its note's `url:`) is the episode's too.
  const byVideo = videoMatcher(entries);
  for (const section of sections) {
    for (const item of section.items) {
      const entry = item.line ? (matchLine(item.line, byName, names) ?? byVideo(item.line)) : null;
      if (entry) candidates.set(entry, [...(candidates.get(entry) ?? []), { item, section }]);
    }
  }
  const claimed = new Set<IndexEntry>();
  for (const [entry, found] of candidates) {
    const chosen = found.find((c) => belongs(entry, c.section)) ?? found[0];
    if (!chosen) continue;
    chosen.item.entry = entry;
    claimed.add(entry);
  }
  // An episode a callout, a table row, a task or a nested item lists is listed: that line
  // stays as written and no second one is added (wrapped-entries.ts).
  for (const section of sections) {
    for (const item of section.items) {
      for (const line of item.wrapped ?? []) {
        const entry = matchLine(line, byName, names) ?? byVideo(line);
        if (entry) claimed.add(entry);
      }
    }
  }
  // A line linking two or more of the show's episodes (a double bill: "[[OH 07]] and
  // [[OH 08]]") is each one's line: the others it links get no second line, and the line
  // is kept as the user wrote it (the plugin's words would name one episode's guests only).
  for (const section of sections) {
    for (const item of section.items) {
      if (!item.line?.link) continue;
      const others = linkedEntries(item.line.trailing, byName).filter((e) => e !== item.entry);
      if (others.length === 0) continue;
      for (const entry of others) claimed.add(entry);
      item.kept = true;
    }
  }
  // A call planned in words ("December: Adaptive Logs finally, with Travis?") gets its link in place.
  for (const entry of claimPlannedLines(sections, entries.filter((e) => !claimed.has(e)))) claimed.add(entry);
  const listLevel = Math.max(0, ...sections.filter((s) => s.kind !== "container" && s.kind !== "breaks" && s.heading !== null).map((s) => s.level)) || level;

  const targetOf = (kind: ListKind): Section => {
    const found = sections.find((s) => s.kind === kind) ?? sections.find((s) => s.kind === "all");
    if (found) return found;
    const added: Section = { heading: `${"#".repeat(listLevel)} ${LIST_HEADINGS[kind]}`, level: listLevel, kind, items: [], added: true };
    sections.push(added);
    return added;
  };
  const targets = new Map<ListKind, Section>();
  const target = (kind: ListKind): Section => {
    const known = targets.get(kind);
    if (known) return known;
    const found = targetOf(kind);
    targets.set(kind, found);
    return found;
  };

  for (const kind of ensure) target(kind);
  // Lines that leave their list, and episodes not listed yet, go to their list in date order.
  const moving: { entry: IndexEntry; item: Item | null }[] = entries.filter((e) => !claimed.has(e)).map((entry) => ({ entry, item: null }));
  for (const section of sections) {
    const kept: Item[] = [];
    let removed = false;
    for (const item of section.items) {
      const stays = !item.entry || belongs(item.entry, section) || target(item.entry.list) === section;
      if (!stays && item.entry) {
        moving.push({ entry: item.entry, item });
        removed = true;
        continue;
      }
      // A line that leaves takes one of the blank lines around it along, so no gap grows.
      const blank = item.line === null && isBlank(item.lines[0] ?? "");
      if (removed && blank && kept.length > 0 && isBlank(kept[kept.length - 1]?.lines[0] ?? "")) continue;
      removed = false;
      kept.push(item);
    }
    section.items = kept;
  }
  moving.sort((a, b) => compareEntries(a.entry, b.entry));
  // A new line is written like its list's lines; in a list without any, like the others'.
  const overall = styleOf(sections.flatMap((s) => s.items));
  const styleFor = (section: Section) => {
    const own = styleOf(section.items);
    return own !== undefined ? own : overall !== undefined ? overall : "yyyy-MM-dd";
  };
  const styles = new Map(sections.map((s) => [s, styleFor(s)]));
  const arriving = new Map<Section, Item[]>();
  // Lines written now (not lines the user moves between lists) take the list's own marker: arrival-lead.ts.
  const fresh = new Set<Item>();
  for (const { entry, item } of moving) {
    const section = target(entry.list);
    const style = styles.has(section) ? (styles.get(section) ?? null) : styleFor(section);
    const written = newLine(entry, style);
    const placed: Item = item ? withDate(item, entry, style) : { lines: [written], line: readListLine(written), entry };
    if (!item) fresh.add(placed);
    const list = arriving.get(section);
    if (list) list.push(placed);
    else arriving.set(section, [placed]);
  }
  for (const [section, placed] of arriving) section.items = leadArrivals(placeArrivals(section.items, placed, newestFirst(section.items)), fresh);

  const out: string[] = [];
  const marked: string[] = [];
  const recorded = new Map([...wrote].map(([name, names]) => [entryKey(name), names]));
  const wroteNow = new Map<string, string[]>();
  // A record of a note that is none of the show's episodes now stays while a line of the
  // block still links that note: the note may come back (an undo, a note restored from
  // the trash) and the names on its line are still the plugin's. Once no line links it,
  // the record names nothing and goes, so records do not pile up as episodes are deleted.
  // One of a listed episode is rewritten from its line.
  const linked = new Set(sections.flatMap((s) => s.items.map((item) => item.line?.link?.name).filter((n): n is string => n !== undefined)));
  for (const [name, names] of wrote) {
    const key = entryKey(name);
    if (!byName.has(key) && linked.has(key) && names.size > 0) wroteNow.set(name, [...names]);
  }
  for (const section of sections) {
    if (section.heading !== null) {
      // The user's headings keep their spacing; one the merge adds gets a blank line either side.
      if (section.added && out.length > 0 && !isBlank(out[out.length - 1] ?? "")) out.push("");
      out.push(section.heading);
      if (section.added) out.push("");
    }
    for (const item of section.items) {
      const key = item.entry ? entryKey(item.entry.basename) : "";
      if (item.entry && item.line && !item.kept) {
        const written = writeLine(item, item.entry, { marked: owned.has(key), wrote: recorded.get(key) ?? new Set() });
        if (written.marked) marked.push(item.entry.basename);
        if (written.wrote.length > 0) wroteNow.set(item.entry.basename, written.wrote);
        out.push(written.text, ...item.lines.slice(1));
      } else {
        // A line kept as written (it holds a comment) keeps the record of the names on it.
        const kept = item.entry ? recorded.get(key) : undefined;
        if (item.entry && kept && kept.size > 0) wroteNow.set(item.entry.basename, [...kept]);
        out.push(...item.lines);
      }
    }
  }
  while (out.length > 0 && isBlank(out[out.length - 1] ?? "")) out.pop();
  return { lines: out, marked, wrote: wroteNow };
}
