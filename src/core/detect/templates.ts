// Which template note belongs to which series: the code or the show's name in the
// template's name ("GOH checklist"), a Templates folder next to the episodes, or
// headings like the episodes' own. A template named for one show is never handed to
// another show because its headings look alike; that is only mentioned.
import { folderOf, type NoteFacts } from "./note-facts";
import type { Series } from "./series";
import { compact } from "./words";

export interface TemplateMatch {
  template: NoteFacts;
  reasons: string[];
}

export interface TemplateAssignment {
  match: TemplateMatch | null;
  /** Templates that resemble the episodes but belong to another show. */
  hints: string[];
  /** Other templates that fit as well as the match (a tie broken by name), said beside it; null without. */
  tie: string | null;
}

/** Folder names that only say "episodes": the show's name is the folder above. */
const GENERIC_FOLDER = /^(?:episodes?|episodios?|episódios?|épisodes?|episoden|folgen|episodi|afleveringen|notes|notas|notizen|shows?|calls?|llamadas|recordings|grabaciones|aufnahmen|sessions|sesiones|meetings|reuniones)$/i;

/** Whether a folder's name only says "episodes" ("Calls", "Notes", "Episodios"). */
export function isGenericFolder(folder: string): boolean {
  return GENERIC_FOLDER.test(folder.slice(folder.lastIndexOf("/") + 1));
}

/**
 * The folder that names the show: the series folder, or the nearest folder above it whose
 * name is not generic ("Loki/Calls" and "Loki/Shows/Calls" are Loki's); "" when every
 * folder up to the vault's top is generic ("Episodes" at the top names no show).
 */
export function namingFolder(folder: string): string {
  let at = folder;
  while (at !== "" && isGenericFolder(at)) at = folderOf(at);
  return at;
}


function hasWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const target = word.toLowerCase();
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + target.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Headings found in at least half of the members: the series' usual outline. */
function usualHeadings(series: Series): Set<string> {
  const counts = new Map<string, number>();
  for (const member of series.members) for (const heading of new Set(member.headings)) counts.set(heading, (counts.get(heading) ?? 0) + 1);
  const usual = new Set<string>();
  for (const [heading, count] of counts) if (count * 2 >= series.members.length) usual.add(heading);
  return usual;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Candidate {
  template: NoteFacts;
  score: number;
  named: boolean;
  reasons: string[];
}

function candidate(series: Series, template: NoteFacts, usual: ReadonlySet<string>): Candidate | null {
  const reasons: string[] = [];
  let score = 0;
  let named = false;
  if (series.code !== null && hasWord(template.basename, series.code)) {
    score += 4;
    named = true;
    reasons.push(`its name holds the code ${series.code}`);
  }
  const showFolder = namingFolder(series.folder);
  const folderWords = compact(showFolder.slice(showFolder.lastIndexOf("/") + 1));
  if (!named && folderWords.length >= 4 && compact(template.basename).includes(folderWords)) {
    score += 4;
    named = true;
    reasons.push("its name holds the show's folder name");
  }
  // Next to the episodes: inside the show's folder, or beside it in a parent other than the
  // vault's top (a top-level Templates folder is next to every show, so it says nothing).
  const parent = folderOf(template.folder);
  const near = template.folder !== "" && (parent === series.folder || (parent !== "" && parent === folderOf(series.folder)));
  if (near) {
    score += 2;
    reasons.push(`it sits in ${template.folder}, next to the episodes`);
  }
  const alike = similarity(new Set(template.headings), usual);
  if (alike >= 0.3) {
    score += 2 * alike;
    reasons.push(`${Math.round(alike * 100)}% of its headings are the episodes' own`);
  }
  const accepted = named || (near && alike >= 0.3) || alike >= 0.6;
  return accepted ? { template, score, named, reasons } : null;
}

/** Beyond this many templates, only those found by code or by folder are compared (keeps detection linear). */
const MAX_COMPARED = 64;

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s_()[\]{},.;:!?"/\\|-]+/)
    .filter((w) => w !== "");
}

/**
 * The templates worth comparing with a series: those whose name holds its code and those
 * next to it (looked up, not searched), and every template while there are few.
 */
function comparable(templates: readonly NoteFacts[]): (series: Series) => NoteFacts[] {
  if (templates.length <= MAX_COMPARED) return () => [...templates];
  const byWord = new Map<string, NoteFacts[]>();
  const byParent = new Map<string, NoteFacts[]>();
  const add = (map: Map<string, NoteFacts[]>, key: string, note: NoteFacts) => {
    const list = map.get(key);
    if (list) list.push(note);
    else map.set(key, [note]);
  };
  for (const template of templates) {
    for (const word of new Set(words(template.basename))) add(byWord, word, template);
    add(byParent, folderOf(template.folder), template);
  }
  return (series) => [
    ...new Set([
      ...(series.code !== null ? (byWord.get(series.code.toLowerCase()) ?? []) : []),
      ...(byParent.get(series.folder) ?? []),
      ...(folderOf(series.folder) !== "" ? (byParent.get(folderOf(series.folder)) ?? []) : []),
    ]),
  ];
}

/** The template of each series (in the order given), with the reasons. */
export function assignTemplates(series: readonly Series[], templates: readonly NoteFacts[]): TemplateAssignment[] {
  const near = comparable(templates);
  const candidates = series.map((s) => {
    const usual = usualHeadings(s);
    return near(s)
      .map((t) => candidate(s, t, usual))
      .filter((c): c is Candidate => c !== null);
  });
  // A template named for a series belongs to it; others may take it only by their own name.
  const owner = new Map<string, number>();
  candidates.forEach((list, index) => {
    for (const c of list) if (c.named && !owner.has(c.template.path)) owner.set(c.template.path, index);
  });
  return candidates.map((list, index) => {
    const hints: string[] = [];
    const usable = list.filter((c) => {
      const ownedBy = owner.get(c.template.path);
      if (ownedBy === undefined || ownedBy === index || c.named) return true;
      const other = series[ownedBy];
      hints.push(`The notes look like ${c.template.path}, which is the template of the ${other?.code ?? other?.folder ?? "other"} notes; it was not proposed.`);
      return false;
    });
    usable.sort((a, b) => b.score - a.score || a.template.path.localeCompare(b.template.path));
    const best = usable[0];
    // A tie is broken by the path's order, which says nothing: the others are named, so a
    // host whose templates say different times sees there was a choice and which was made.
    const tied = best ? usable.slice(1).filter((c) => c.score === best.score) : [];
    let tie: string | null = null;
    if (best && tied.length > 0) {
      const others = tied.slice(0, 3).map((c) => c.template.path);
      const more = tied.length > others.length ? ` and ${tied.length - others.length} more` : "";
      tie = `${others.join(", ")}${more} ${tied.length === 1 ? "fits" : "fit"} these notes as well (proposed: the first by name); choose the one New episode should copy`;
    }
    return { match: best ? { template: best.template, reasons: best.reasons } : null, hints, tie };
  });
}
