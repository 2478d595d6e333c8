// Show detection: from the vault's notes to proposed shows with their evidence. Pure:
// the shells hand over paths and texts (and the template folders they know) and show
// the result; nothing is written here.
//
// Which series become shows: the notes must name guests (a guest field, in any form),
// hold checklists (in the notes or their template), and a series of one note must also
// have a code or a folder of its own. So a folder of dated meeting notes with tasks but
// no guests is not a show, and neither is a lone "03 - Notes" at the top of the vault.
import { slug } from "../settings/settings";
import type { DetectInput, DetectResult, ProposedShow, SkippedSeries } from "./types";
import { readNoteFacts, type NoteFacts } from "./note-facts";
import { groupSeries, type Series } from "./series";
import { assignTemplates } from "./templates";
import { findGuestKeys } from "./guest-keys";
import { assignIndexNotes } from "./index-notes";
import { assignScheduleTables } from "./table-evidence";
import { lineKey } from "./schedule";
import { buildProposal, type SeriesFindings } from "./proposal";
import { configuredMatcher, correction } from "./configured";
import { earlierSummary, joinEarlierFolders } from "./earlier-folders";
import { guestLinksOf } from "./linked-guests";
import { conflictCopiesAmong } from "../vault/sync-copies";

export function cleanFolder(folder: string): string {
  return folder.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "").trim();
}

export function detectShows(input: DetectInput): DetectResult {
  const templateFolders = [...new Set([...input.templateFolders, ...input.settings.templateFolders].map(cleanFolder).filter((f) => f !== ""))];
  const facts: NoteFacts[] = [];
  const skipped: SkippedSeries[] = [];
  for (const note of input.notes) {
    if (!note.path.toLowerCase().endsWith(".md")) continue;
    try {
      facts.push(readNoteFacts(note.path, note.text, templateFolders, note.frontmatter, input.timeZone));
    } catch (error) {
      // One note the reader cannot take must not stop detection for the others.
      skipped.push({ where: note.path, reason: `could not be read (${error instanceof Error ? error.message : String(error)})` });
    }
  }

  // A sync tool's conflict copy of a note beside it is no episode, by the index's own rule
  // (vault/sync-copies.ts): counted, it made "10 episodes" of status's 8, and its name an example.
  const copies = conflictCopiesAmong(facts.filter((f) => !f.isTemplate && !f.optedOut).map((f) => f.path));
  const notes = copies.size === 0 ? facts : facts.filter((f) => !copies.has(f.path));

  // One show's older folder (an archive) joins it rather than becoming a second show (earlier-folders.ts).
  const grouped = groupSeries(notes);
  const joined = joinEarlierFolders(
    grouped,
    assignTemplates(
      grouped,
      notes.filter((f) => f.isTemplate),
    ),
  );
  const { series, templates } = joined;
  const perFolder = new Map<string, number>();
  for (const s of series) perFolder.set(s.folder, (perFolder.get(s.folder) ?? 0) + 1);

  const qualified: Omit<SeriesFindings, "notes" | "table" | "foreignLines">[] = [];
  series.forEach((s, i) => {
    const template = templates[i] ?? { match: null, hints: [], tie: null };
    const guests = findGuestKeys(s.members, template.match?.template ?? null);
    const earlier = joined.earlier[i] ?? [];
    const reason = notAShow(s, guests !== null, template.match?.template ?? null, (perFolder.get(s.folder) ?? 0) > 1);
    // The earlier folders are named with it: left out, they are left out too.
    if (reason !== null || guests === null) skipped.push({ where: `${describeSeries(s)}${earlierSummary(earlier)}`, reason: reason ?? "no guest field" });
    else qualified.push({ series: s, template, guests, earlier });
  });

  const members = new Set(grouped.flatMap((s) => s.members.map((m) => m.path)));
  const others = notes.filter((f) => !f.isTemplate && !members.has(f.path));
  const indexes = assignIndexNotes(
    qualified.map((q) => q.series),
    others,
  );
  const tables = assignScheduleTables(
    qualified.map((q) => q.series),
    others,
  );
  // Every line of every chosen template, with the templates it appears in and their show.
  const lineOwners = new Map<string, Map<string, string>>();
  for (const q of qualified) {
    const note = q.template.match?.template;
    if (!note) continue;
    for (const line of new Set(note.lines.map(lineKey))) {
      if (line.length <= 20) continue;
      let owners = lineOwners.get(line);
      if (!owners) lineOwners.set(line, (owners = new Map<string, string>()));
      if (!owners.has(note.path)) owners.set(note.path, q.series.code ?? q.series.folder);
    }
  }

  const proposals: ProposedShow[] = qualified.map((q, i) => {
    const own = q.template.match?.template.path;
    // A line of another show's template (and not of this show's own) says nothing about this show.
    const foreign = (line: string): string | undefined => {
      const owners = lineOwners.get(line);
      if (!owners || (own !== undefined && owners.has(own))) return undefined;
      return owners.values().next().value;
    };
    const proposal = buildProposal({ ...q, notes: indexes[i] ?? { index: null, about: null, noIndex: "no note near the episodes lists them" }, table: tables[i] ?? null, foreignLines: foreign }, input.timeZone, `Show ${i + 1}`);
    // The guest links of every episode, the earlier folders' too: where they lead is where guest notes live (linked-guests.ts).
    return { ...proposal, guestLinks: guestLinksOf([...q.series.members, ...(q.earlier ?? []).flatMap((e) => e.members)], q.guests.fields) };
  });
  return settle(proposals, input, skipped);
}

function describeSeries(s: Series): string {
  const where = s.folder === "" ? "the top of the vault" : s.folder;
  const what = s.code !== null ? `${s.code} notes` : s.kind === "dated" ? "dated notes" : "numbered notes";
  return `${s.members.length} ${what.replace(/^(\w+) notes$/, s.members.length === 1 ? "$1 note" : "$1 notes")} in ${where}`;
}

function notAShow(s: Series, hasGuests: boolean, template: NoteFacts | null, sharedFolder: boolean): string | null {
  const tasks = s.members.some((m) => m.tasks > 0) || (template?.tasks ?? 0) > 0;
  if (!hasGuests && tasks) return "their checklists name no guests (no guest field): notes such as meeting notes, not a show";
  if (!hasGuests) return "no guest field and no checklist";
  if (!tasks) return "no checklist in the notes or a template";
  if (s.members.length === 1) {
    const alone = s.folder !== "" && !sharedFolder;
    if (s.code === null && !alone) return "a single note without a code or a folder of its own is not enough to call it a show";
  }
  return null;
}

/**
 * Against the configured shows: a proposal for a show already set up becomes a
 * correction (or nothing, when the notes agree); ids and names are made unique.
 */
function settle(proposals: ProposedShow[], input: DetectInput, skipped: SkippedSeries[]): DetectResult {
  const shows: ProposedShow[] = [];
  const unchanged: string[] = [];
  const stillDeclined: DetectResult["stillDeclined"] = [];
  const corrected = new Set<string>();
  const ids = new Set(input.settings.shows.map((s) => s.id));
  const names = new Set(input.settings.shows.map((s) => s.name.toLowerCase()));
  const configuredMatch = configuredMatcher(input.settings.shows);
  for (const proposal of proposals) {
    const configured = configuredMatch(proposal.show);
    if (configured) {
      if (corrected.has(configured.id)) {
        skipped.push({ where: proposal.summary, reason: `it is also ${configured.name}, which another proposal already corrects` });
        continue;
      }
      corrected.add(configured.id);
      const { show, changes, held } = correction(configured, proposal);
      // Only declined values left: the show is as the user wants it; what stays declined is said.
      if (changes.length === 0 && held.every((h) => h.why === "declined")) {
        unchanged.push(configured.name);
        for (const h of held) stillDeclined.push({ show: configured.name, field: h.field, values: h.values });
      } else shows.push({ ...proposal, show, changes, held, correctionOf: configured.id, before: structuredClone(configured) });
      continue;
    }
    const show = proposal.show;
    if (names.has(show.name.toLowerCase())) show.name = show.code !== "" ? `${show.name} (${show.code})` : `${show.name} (${show.folder || "top folder"})`;
    names.add(show.name.toLowerCase());
    let id = show.id || slug(show.name) || "show";
    for (let n = 2; ids.has(id); n++) id = `${show.id || "show"}-${n}`;
    show.id = id;
    ids.add(id);
    shows.push(proposal);
  }
  return { shows, skipped, unchanged, stillDeclined };
}
