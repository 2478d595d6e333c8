// A show's channel, playlist, events page and studio links, from the links its notes,
// template and index note agree on. A guest's links (under a guest key, in the body or
// the properties: guest-blocks.ts) are the guest's, never the show's. A link is proposed only when the show's template
// holds it (what the next episode is made from) or at least two of its notes do: one
// note's link (a guest's studio invite, one event) is that episode's, not the show's.
// A line copied from another show's template is not this show's evidence (the Loki
// notes carry Grafana Office Hours' "we do a livestream called [Grafana Office Hours]
// (…&list=…)" line: that playlist is GOH's, not Loki's).
import type { NoteFacts } from "./note-facts";
import { noteCode } from "./note-code";
import { lineKey, type Found } from "./schedule";
import { linkKind, linksIn, type LinkKind, type LinkSlot } from "./link-kinds";
import { guestLines } from "./guest-blocks";

export const LINK_SLOTS: readonly LinkSlot[] = ["channel", "playlist", "meetup", "studio"];

export interface LinkSource {
  note: NoteFacts;
  role: "episode" | "template" | "index";
}

export interface NoteLinks {
  path: string;
  role: LinkSource["role"];
  /** The note's links that are a show link or say live stream or podcast, copied lines left out. */
  kinds: { url: string; kind: LinkKind }[];
  /** The text of its checklist items and headings, for the format (format.ts): read only when asked. */
  items(): string[];
}

const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[.\]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;

/** Each source's links (code left out), for both the links and the format. */
export function readLinks(sources: readonly LinkSource[], foreign: (line: string) => string | undefined): NoteLinks[] {
  return sources.map(({ note, role }) => {
    const code = noteCode(note);
    const kinds: NoteLinks["kinds"] = [];
    // Worked out at the first link: most notes' lines hold none.
    let guests: boolean[] | null = null;
    for (let n = 0; n < note.lines.length; n++) {
      const line = note.lines[n] ?? "";
      if (!line.includes("://") || code(n)) continue;
      guests ??= guestLines(note.lines, note.bodyStart);
      if (guests[n]) continue;
      // Most links (slides, docs, a guest's profile) are none of these: the line is compared only for one that is.
      const found = linksIn(line)
        .map((url) => ({ url, kind: linkKind(url) }))
        .filter(({ kind }) => kind.slot !== null || kind.live || kind.recordingStudio || kind.audioHost);
      if (found.length === 0 || (role !== "template" && foreign(lineKey(line)) !== undefined)) continue;
      for (const link of found) kinds.push(link);
    }
    return { path: note.path, role, kinds, items: () => itemsOf(note) };
  });
}

function itemsOf(note: NoteFacts): string[] {
  const code = noteCode(note);
  const items: string[] = [];
  for (let n = note.bodyStart; n < note.lines.length; n++) {
    const line = note.lines[n] ?? "";
    if (!(line.includes("[") || line.includes("#")) || code(n)) continue;
    const text = TASK.exec(line)?.[1] ?? HEADING.exec(line)?.[1];
    if (text !== undefined) items.push(text);
  }
  return items;
}

const SLOT_WORDS: Record<LinkSlot, string> = { channel: "channel", playlist: "playlist", meetup: "events page", studio: "studio" };

interface Candidate {
  value: string;
  derived: boolean;
  /** The paths that hold it, by role. */
  template: boolean;
  index: boolean;
  episodes: Set<string>;
  written: string;
}

export type LinkFindings = Record<LinkSlot, Found<string> | { value: null; reasons: string[] }>;

export function findLinks(read: readonly NoteLinks[]): LinkFindings {
  const out = {} as LinkFindings;
  for (const slot of LINK_SLOTS) out[slot] = pick(slot, candidates(read, slot));
  return out;
}

function candidates(read: readonly NoteLinks[], slot: LinkSlot): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const note of read) {
    for (const { url, kind } of note.kinds) {
      if (kind.slot?.name !== slot) continue;
      let c = found.get(kind.slot.value);
      if (!c) found.set(kind.slot.value, (c = { value: kind.slot.value, derived: kind.slot.derived, template: false, index: false, episodes: new Set(), written: url }));
      if (!kind.slot.derived) c.derived = false;
      if (note.role === "template") c.template = true;
      else if (note.role === "index") c.index = true;
      else c.episodes.add(note.path);
    }
  }
  return [...found.values()];
}

function places(c: Candidate): number {
  return c.episodes.size + (c.template ? 1 : 0) + (c.index ? 1 : 0);
}

function where(c: Candidate): string {
  const parts = [c.template ? "the template" : "", c.index ? "the index note" : "", c.episodes.size > 0 ? `${c.episodes.size} episode note${c.episodes.size === 1 ? "" : "s"}` : ""].filter((p) => p !== "");
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}` : (parts[0] ?? "");
}

function short(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/$/, "");
}

function pick(slot: LinkSlot, all: Candidate[]): LinkFindings[LinkSlot] {
  // The template decides over older notes, as for the time; then the most places.
  const agreed = all.filter((c) => c.template || places(c) >= 2).sort((a, b) => Number(b.template) - Number(a.template) || places(b) - places(a));
  const best = agreed[0];
  if (!best) {
    const once = all.length === 0 ? "" : ` (${all.length === 1 ? "one link, in one note only" : `${all.length} links, each in one note only`}: ${all.slice(0, 2).map((c) => short(c.value)).join(", ")})`;
    return { value: null, reasons: [`no ${SLOT_WORDS[slot]} link is written in the template or in two of the notes${once}`] };
  }
  const rival = agreed[1];
  if (rival && rival.template === best.template && places(rival) === places(best)) {
    return { value: null, reasons: [`two ${SLOT_WORDS[slot]} links are written as often (${short(best.value)} and ${short(rival.value)}); none is proposed`] };
  }
  const reasons = [`${short(best.value)}: in ${where(best)}`];
  if (best.derived) reasons.push(`the playlist of the video link ${short(best.written)}`);
  if (rival) reasons.push(`also written: ${short(rival.value)} (in ${where(rival)})`);
  return { value: best.value, confidence: best.derived ? "guess" : "found", reasons };
}
