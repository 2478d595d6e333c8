// One show whose older episodes sit in another folder: PH 001–040 moved to "Archive/2022",
// PH 041–152 in "Shows/2023…2025". Grouping by folder makes those two series; they are one
// show when they read as one: the same code, the same name pattern, numbers (or dates) that
// do not repeat between them, and no two different templates. The show's folder is the one
// holding its newest episode (where new ones go); the other folders are its earlier folders,
// named in the proposal, their notes part of the show (found by their code), never a second
// show. Two shows that share a code by accident differ in one of those: their names are
// shaped differently, both count from 1, or each has its own template; they stay two.
//
// The evidence for the settings (weekday, template, pattern) comes from the show's folder:
// the settings are for the episodes still to come, and an archive keeps older habits.
import type { NoteFacts } from "./note-facts";
import { newestMember, type Series } from "./series";
import type { TemplateAssignment } from "./templates";
import { mostCommon } from "./words";

export interface EarlierFolder {
  folder: string;
  /** Its episode notes, oldest name first. */
  members: NoteFacts[];
}

/** The share of the smaller run's numbers that may repeat in the other (a note copied, not moved): a tenth. */
const REPEATS = 0.1;

/**
 * The series with their earlier folders joined to the show they belong to; the joined
 * series are left out of the list, and their templates with them (same order as given).
 */
export function joinEarlierFolders(series: readonly Series[], templates: readonly TemplateAssignment[]): { series: Series[]; templates: TemplateAssignment[]; earlier: EarlierFolder[][] } {
  const byCode = new Map<string, number[]>();
  series.forEach((s, i) => {
    if (!s.key.startsWith("code:")) return;
    const list = byCode.get(s.key);
    if (list) list.push(i);
    else byCode.set(s.key, [i]);
  });
  const joinedInto = new Map<number, number>();
  for (const indexes of byCode.values()) {
    if (indexes.length < 2) continue;
    const main = showIndex(series, indexes);
    const mainSeries = series[main];
    if (!mainSeries) continue;
    const pattern = commonPattern(mainSeries.members);
    const taken = runKeys(mainSeries.members);
    for (const other of indexes) {
      const candidate = series[other];
      if (other === main || !candidate) continue;
      if (commonPattern(candidate.members) !== pattern) continue;
      if (!sameTemplate(templates[main], templates[other])) continue;
      const keys = runKeys(candidate.members);
      if (!apart(taken, keys)) continue;
      for (const key of keys) taken.add(key);
      joinedInto.set(other, main);
    }
  }
  const earlier = series.map((): EarlierFolder[] => []);
  for (const [other, main] of joinedInto) {
    const from = series[other];
    if (from) earlier[main]?.push({ folder: from.folder, members: from.members });
  }
  const keep = series.map((_, i) => !joinedInto.has(i));
  return {
    series: series.filter((_, i) => keep[i]),
    templates: templates.filter((_, i) => keep[i]),
    earlier: earlier.filter((_, i) => keep[i]).map((list) => list.sort((a, b) => a.folder.localeCompare(b.folder))),
  };
}

/** Of series of one code, the one holding the newest episode: the show's folder. */
function showIndex(series: readonly Series[], indexes: readonly number[]): number {
  const newest = indexes.map((i) => newestMember(series[i]?.members ?? [])).filter((m): m is NoteFacts => m !== undefined);
  const best = newestMember(newest);
  return indexes.find((i) => best !== undefined && series[i]?.members.includes(best)) ?? indexes[0] ?? 0;
}

/** The name pattern most of the notes fit ("{{code}} {{number}} - {{topic}}"), or null. */
function commonPattern(members: readonly NoteFacts[]): string | null {
  const counts = new Map<string, number>();
  for (const member of members) {
    const pattern = member.shape?.pattern;
    if (pattern) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return mostCommon(counts);
}

/** Two different templates make two shows; a folder whose notes match no template says nothing. */
function sameTemplate(a: TemplateAssignment | undefined, b: TemplateAssignment | undefined): boolean {
  const one = a?.match?.template.path;
  const two = b?.match?.template.path;
  return one === undefined || two === undefined || one === two;
}

/** Where each note stands in the show's run: its season and number, else its date. */
function runKeys(members: readonly NoteFacts[]): Set<string> {
  const keys = new Set<string>();
  for (const member of members) {
    const shape = member.shape ?? member.bareShape;
    if (shape?.numberText) keys.add(`${Number(shape.seasonText ?? 0)}:${Number(shape.numberText)}`);
    else if (member.date !== null) keys.add(`date:${member.date}`);
  }
  return keys;
}

/** One run: few of the smaller run's places repeat in the other (both counting from 1 is two shows). */
function apart(taken: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0 || taken.size === 0) return false;
  let repeated = 0;
  for (const key of keys) if (taken.has(key)) repeated++;
  return repeated <= Math.floor(Math.min(keys.size, taken.size) * REPEATS);
}

/** "40 earlier episodes in Archive" for the summary, or "". */
export function earlierSummary(earlier: readonly EarlierFolder[]): string {
  if (earlier.length === 0) return "";
  const count = earlier.reduce((sum, e) => sum + e.members.length, 0);
  return `, and ${count} earlier episode${count === 1 ? "" : "s"} in ${earlier.map((e) => where(e.folder)).join(", ")}`;
}

/** The folder evidence's line for each earlier folder. */
export function earlierReasons(earlier: readonly EarlierFolder[], code: string | null): string[] {
  return earlier.map((e) => {
    const first = e.members[0]?.basename ?? "";
    const last = e.members[e.members.length - 1]?.basename ?? "";
    const span = e.members.length > 1 ? `“${first}” to “${last}”` : `“${first}”`;
    return `${where(e.folder)} holds ${e.members.length} earlier episode${e.members.length === 1 ? "" : "s"} of this show (${span}): the same ${code ? `code and ` : ""}names, no number repeated; they stay where they are and count as this show's${code ? ` by their code ${code}` : ""}`;
  });
}

function where(folder: string): string {
  return folder === "" ? "the top of the vault" : folder;
}
