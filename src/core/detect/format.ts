// A show's format: "recorded podcast" only on clear evidence across its notes, else a
// live stream (the default, stored as no key). Clear evidence: more than half of the
// episode notes (two at least) are a podcast's, by a recording studio's link (Riverside,
// Zencastr, …), an audio host's link (anchor.fm, Buzzsprout, …, often in `url:`) or
// checklists that speak of two of recording, editing and publishing to a feed; and no
// note nor the template holds a live-stream link (a live video, StreamYard, a channel's
// live tab) or speaks of a livestream or broadcast. A live show's notes say "upload the
// recording" too: the live-stream links are what keep it one, so a wrong "podcast" (a
// live show's template and snippets swapped) needs a vault with no live trace at all.
import type { ShowFormat } from "../settings/show-format";
import type { Found } from "./schedule";
import type { NoteLinks } from "./show-links";

const PODCAST_WORDS = {
  recording: /\b(?:record(?:ing|ed)?|grabaci[oó]n|grabar|aufnahme|enregistrement|grava[cç][aã]o)\b/i,
  editing: /\b(?:edit(?:ing)? (?:the )?(?:episode|audio|recording)|post-?production|postproducci[oó]n|mastering|level the audio)\b/i,
  feed: /\b(?:rss|feed|publish\w* (?:the )?episode|apple podcasts|podcast host)\b/i,
} as const;
// "Start the stream", "Stream it on LinkedIn Live": the stream itself too, but not a podcast's
// "streaming platforms" (where its episodes are heard).
const LIVE_WORDS =
  /\b(?:live-?stream\w*|live stream\w*|go(?:ing)? live|broadcast\w*|en vivo|en directo|transmisi[oó]n|transmitir|ao vivo|stream(?:ed|ing)?\b(?!\s+(?:platforms?|services?|apps?)\b))\b/i;

interface NoteSigns {
  path: string;
  role: NoteLinks["role"];
  /** What makes it a podcast's, as reasons name it. */
  podcast: string[];
  live: string[];
  words: Set<keyof typeof PODCAST_WORDS>;
  quote: string;
}

/** What a note's links say: cheap, so done for every note first. */
function linkSigns(links: NoteLinks): NoteSigns {
  const signs: NoteSigns = { path: links.path, role: links.role, podcast: [], live: [], words: new Set(), quote: "" };
  for (const { kind } of links.kinds) {
    const host = kind.host;
    if (kind.live) signs.live.push(host);
    if (kind.recordingStudio) signs.podcast.push(`a recording studio (${host})`);
    if (kind.audioHost) signs.podcast.push(`an audio host (${host})`);
  }
  return signs;
}

/** What its checklists say; only needed (and only read) when no note has a live-stream link. */
function addWordSigns(signs: NoteSigns, links: NoteLinks): void {
  for (const text of links.items()) {
    if (LIVE_WORDS.test(text)) signs.live.push(`“${clip(text)}”`);
    for (const [kind, words] of Object.entries(PODCAST_WORDS) as [keyof typeof PODCAST_WORDS, RegExp][]) {
      if (!words.test(text)) continue;
      signs.words.add(kind);
      if (signs.quote === "") signs.quote = clip(text);
    }
  }
  if (signs.words.size >= 2) signs.podcast.push(`checklists about ${[...signs.words].join(" and ")} (“${signs.quote}”)`);
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 50 ? `${t.slice(0, 47)}…` : t;
}

/** `read`: the show's notes as readLinks read them (episodes, then the template, then the index note). */
export function findFormat(read: readonly NoteLinks[]): Found<ShowFormat> {
  const notes = read.filter((r) => r.role !== "index");
  const all = notes.map(linkSigns);
  if (!all.some((s) => s.live.length > 0)) all.forEach((signs, i) => addWordSigns(signs, notes[i] ?? { path: "", role: "episode", kinds: [], items: () => [] }));
  const episodes = all.filter((s) => s.role === "episode");
  const template = all.find((s) => s.role === "template");
  const live = all.filter((s) => s.live.length > 0);
  const podcast = episodes.filter((s) => s.podcast.length > 0);
  const templatePodcast = (template?.podcast.length ?? 0) > 0;
  if (live.length > 0) {
    const what = [...new Set(live.flatMap((s) => s.live))].slice(0, 3).join(", ");
    const reasons = [`a live stream: ${live.length} note${live.length === 1 ? "" : "s"} hold${live.length === 1 ? "s" : ""} live-stream links or words (${what})`];
    if (podcast.length > 0) reasons.push(`though ${podcast.length} speak${podcast.length === 1 ? "s" : ""} of a recording studio, an audio host or editing`);
    return { value: "livestream", confidence: "found", reasons };
  }
  const enough = podcast.length * 2 > episodes.length && (podcast.length >= 2 || (podcast.length === 1 && templatePodcast));
  if (!enough) {
    const reasons =
      podcast.length === 0
        ? ["nothing in the notes speaks of a recording studio, an audio host or publishing to a feed; a live stream, the default"]
        : [`only ${podcast.length} of ${episodes.length} episode notes look like a recorded podcast's; a live stream, the default`];
    return { value: "livestream", confidence: "default", reasons };
  }
  const signs = [...new Set(podcast.flatMap((s) => s.podcast))];
  return {
    value: "podcast",
    confidence: "found",
    reasons: [
      `${podcast.length} of ${episodes.length} episode notes${templatePodcast ? " and the template" : ""} are a recorded podcast's: ${signs.slice(0, 3).join("; ")}`,
      "no live-stream link (a live video, StreamYard, a channel's live tab) and no livestream or broadcast in any note",
    ],
  };
}
