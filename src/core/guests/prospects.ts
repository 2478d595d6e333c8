// Reading a hand-kept list of possible guests ("Future guest suggestions", "Prospectos")
// into names for the user to confirm one by one. The lines are free text, so this only
// proposes: every run of two to five capitalised words is a candidate, and the likely
// people among them are ticked in advance:
//   - the run that opens an item ("Ivan Szkiba on xk6-dashboard");
//   - the run right after "Topic: " when the text before the colon is a single run or none
//     ("Grafana As Code: Fabrizia Rossano", "SLOs: Ryan Kehoe");
//   - a run joined to a ticked one by a comma, "and", "or", "y", "&" or "/";
//   - a run after "with" or "con" ("[Loki deployments](…) with Jay Clifford").
// A run in such a place is still no person when it names one of the vault's shows'
// products or opens with a grammar word (topic-words.ts), or when the vault or the list
// writes it right after a show's name ("Loki Adaptive Logs" makes "Adaptive Logs" a
// product; product-phrases.ts); it is offered, unticked, and a name joined to it is still
// ticked ("with Grafana Pyroscope & Ryan Perry").
// Indented lines under an item describe it: they join its context, never become people.
// Items under a heading about guests are preferred when the note has such headings.
// The note is read as Obsidian shows it: a name inside a comment (`%% - Bob Stone %%`) is
// no prospect, and commented text is no part of an item's context.
import { replaceLinks } from "../text/links";
import { splitLines, stripBom } from "../text/lines";
import { bodyStartOf } from "../note/frontmatter";
import { visibleLines } from "../note/visible-lines";
import { hasCommentMarker } from "../note/comments";
import { foldName } from "../text/fold";
import { personKey, withoutLeadingPostNominals, withoutTrailingHonorifics } from "./person-name";
import { PARTICLES, joinsNames, nameRuns } from "./name-runs";
import { isTopicRun, showWordsOf, type ProspectHints } from "./topic-words";
import { productPhrasesOf } from "./product-phrases";
import { taskVerb, verbBefore } from "./task-verbs";

export interface Prospect {
  name: string;
  /** The line the name was found in (and the lines indented under it), links as their text. */
  context: string;
  /** 0-based line of the item. */
  line: number;
  /** The heading above the item, null before the first heading. */
  section: string | null;
  /** Ticked in advance on the review screen. */
  preselected: boolean;
}

const GUEST_HEADING = /guest|invit|prospect|suggest|idea|candidat|people|persona|speaker|ponente/;
const INTRODUCERS = /(?:^|\s)(?:with|con|com|avec|mit)\s*$/i;
const MAX_CONTEXT = 300;

interface Item {
  text: string;
  line: number;
  section: string | null;
  likely: boolean;
  indent: number;
  children: string[];
}

/** The candidates of a note, in note order, each name once (the first place it appears). */
export function parseProspects(text: string, hints: ProspectHints = {}): Prospect[] {
  const items = readItems(text);
  const showWords = showWordsOf(hints);
  const products = productPhrasesOf(hints.phrases ?? [], showWords);
  if (showWords.size > 0) for (const item of items) productPhrasesOf([item.text, ...item.children], showWords, products);
  const known = products.size > 0 ? new Set((hints.guestNames ?? []).map(personKey)) : new Set<string>();
  const notAPerson = (name: string): boolean => isTopicRun(name.split(" "), showWords) || (products.has(foldName(name)) && !known.has(personKey(name)));
  const anyLikely = items.some((item) => item.likely);
  const out: Prospect[] = [];
  const seen = new Map<string, Prospect>();
  for (const item of items) {
    const context = [item.text, ...item.children].join(" · ").slice(0, MAX_CONTEXT);
    for (const candidate of candidates(item.text, notAPerson)) {
      const key = personKey(candidate.name);
      const preselected = candidate.likely && (item.likely || !anyLikely);
      const earlier = seen.get(key);
      const prospect: Prospect = { name: candidate.name, context, line: item.line, section: item.section, preselected };
      if (earlier) {
        // Named in passing first (a past episode) and proposed later: the review screen
        // shows the line that proposes them, where it stands in the note.
        if (preselected && !earlier.preselected) {
          out.splice(out.indexOf(earlier), 1);
          seen.set(key, prospect);
          out.push(prospect);
        }
        continue;
      }
      seen.set(key, prospect);
      out.push(prospect);
    }
  }
  return out;
}

/** List items and paragraph lines, outside frontmatter, code and comments, with the lines indented under them. */
function readItems(text: string): Item[] {
  const written = splitLines(stripBom(text));
  const start = bodyStartOf(written);
  const lines = hasCommentMarker(text) ? visibleLines(written, start) : written;
  const items: Item[] = [];
  let section: string | null = null;
  let likely = false;
  let fence: string | null = null;
  for (let n = start; n < lines.length; n++) {
    const raw = lines[n] ?? "";
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(raw);
    if (heading) {
      section = (heading[1] ?? "").replace(/\s#+\s*$/, "").trim();
      likely = GUEST_HEADING.test(foldName(section));
      continue;
    }
    if (raw.trim() === "") continue;
    const indent = indentation(raw);
    // trimEnd, not replace(/\s+$/): the regex retries at every space of a run inside the line, the square of the run.
    const body = replaceLinks(stripMarker(raw)).display.trimEnd();
    const parent = items[items.length - 1];
    // Deeper than the item above (and that item a list item): a line about it.
    if (parent && indent > parent.indent && parent.section === section && isListLine(lines[parent.line] ?? "")) {
      if (body.trim() !== "") parent.children.push(body.trim());
      continue;
    }
    if (body.trim() === "") continue;
    items.push({ text: body.trim(), line: n, section, likely, indent, children: [] });
  }
  return items;
}

function indentation(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === " ") width++;
    else if (ch === "\t") width += 4;
    else break;
  }
  return width;
}

function isListLine(line: string): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s/.test(line);
}

/** Without quote marks, list marker and checkbox: `> - [ ] Ann Lee` → `Ann Lee`. */
function stripMarker(line: string): string {
  return line.replace(/^\s*(?:>\s*)*/, "").replace(/^(?:[-*+]|\d+[.)])\s+/, "").replace(/^\[.\]\s+/, "");
}

interface Candidate {
  name: string;
  likely: boolean;
}


/** The runs of an item's text, and which are likely people (see the rules at the top). */
function candidates(written: string, notAPerson: (name: string) => boolean): Candidate[] {
  // The run reader reads composed accents (NFC) and gives places in that text: the gaps are
  // cut from the same text, or a note written decomposed ("é" as "e" and a combining accent) cuts them
  // a character off for every accent before, and a list of names stops being one.
  const text = written.normalize("NFC");
  const runs = nameRuns(text);
  if (runs.length === 0) return [];
  const likely = runs.map(() => false);
  const verbs = runs.map((): "person" | "thing" | undefined => undefined);
  // A label's colon is followed by a space ("SLOs: Ryan"), never a URL's ("https://").
  const colon = text.search(/:(?:\s|$)/);
  const before = colon < 0 ? [] : runs.filter((r) => r.end <= colon);
  // "Topic: Name": a single run before the colon is a label when a run follows it.
  const labelled = colon >= 0 && before.length <= 1 && runs.some((r) => r.start > colon);
  runs.forEach((run, i) => {
    // The gap before the run without the title before its name ("with Prof. Ann Lee"; the run
    // reader keeps titles out of runs); a to-do verb alone there ("Ask Dr. Ann Lee") is the run's.
    const since = i === 0 ? 0 : (runs[i - 1]?.end ?? 0);
    const gap = withoutTrailingHonorifics(text.slice(since, run.start));
    const verbLead = verbBefore(gap);
    verbs[i] = verbLead?.verb;
    const lead = verbLead === null ? gap : verbLead.before;
    if (i === 0 && lead.trim() === "" && !labelled) likely[i] = true;
    // Right after the colon: "TL;DR: Everyone can run an Office Hours" labels no one.
    else if (labelled && run.start > colon && runs.every((r, j) => j >= i || r.end <= colon) && /^[\s*_"“]*$/.test(withoutTrailingHonorifics(text.slice(colon + 1, run.start)))) likely[i] = true;
    // The gap since the run before (and the character ending it) holds any "with": testing
    // the whole text before each run cost the square of a long line of runs.
    else if (INTRODUCERS.test(text.slice(Math.max(0, since - 1), since) + lead)) likely[i] = true;
    // What follows the name before (its degrees, generation mark or an aside in parentheses:
    // "Dr. Bo Chan, PhD and Cy Berg") is no part of what joins them.
    else if (i > 0 && likely[i - 1] && joinsNames(withoutLeadingPostNominals(lead))) likely[i] = true;
  });
  // A run that may end in "of <Company>" is the user's call: both readings, unticked. The
  // chain above still reads it as likely, so "Ann Lee de Acme y Bo Chan" ticks Bo Chan; a
  // topic in a person's place is unticked the same way, after the chain.
  return runs.flatMap((run, i) => {
    // "Ask Ann Lee", "Explore Profiles": a to-do verb is no part of a name (task-verbs.ts).
    const before = verbs[i];
    if (before !== undefined) return [{ name: run.name, likely: before === "person" && (likely[i] ?? false) && run.short === undefined && !notAPerson(run.name) }];
    const verb = taskVerb(run.name.slice(0, run.name.indexOf(" ")));
    if (verb !== null) {
      const rest = withoutFirstWord(run.name);
      if (!isNameRun(rest)) return [{ name: run.name, likely: false }];
      return [{ name: rest, likely: verb === "person" && (likely[i] ?? false) && run.short === undefined && !notAPerson(rest) }];
    }
    return run.short === undefined ? [{ name: run.name, likely: (likely[i] ?? false) && !notAPerson(run.name) }] : [{ name: run.short, likely: false }, { name: run.name, likely: false }];
  });
}

function withoutFirstWord(name: string): string {
  return name.slice(name.indexOf(" ") + 1);
}

/** Two words besides particles and a nickname, one of them more than an initial: what a run needs to be a name. */
function isNameRun(name: string): boolean {
  const words = name.split(" ").filter((w) => !PARTICLES.has(w) && !/^["“]/.test(w));
  return words.length >= 2 && words.some((w) => !/^\p{Lu}\.$/u.test(w));
}

