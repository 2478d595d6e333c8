// A show's format: a live stream (the default, what the seed show is) or a recorded
// podcast. It picks the built-in template and the built-in snippets' wording: a podcast
// has a recording session, not a broadcast, then editing, publishing to the feed and show
// notes. Stored as `format: "podcast"`; absent means a live stream, so the settings of
// every show made before the setting existed are stored, read and saved as before.
import type { ShowSettings } from "./settings";

export const SHOW_FORMATS = ["livestream", "podcast"] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

export const FORMAT_LABELS: Record<ShowFormat, string> = {
  livestream: "Live stream",
  podcast: "Recorded podcast",
};

type LinkKey = keyof ShowSettings["links"];

/** The link settings' names, which follow the format: a podcast's "channel" is its feed. */
export const LINK_LABELS: Record<LinkKey, Record<ShowFormat, string>> = {
  channel: { livestream: "Channel link", podcast: "Podcast feed link" },
  playlist: { livestream: "Playlist link", podcast: "Episodes page link" },
  meetup: { livestream: "Events page link", podcast: "Events page link" },
  studio: { livestream: "Streaming studio link", podcast: "Recording studio link" },
};

/** A link as the settings take it: empty, or a full http(s) address. Returns the problem, or null. */
export function linkProblem(value: string): string | null {
  const trimmed = value.trim();
  return trimmed !== "" && !/^https?:\/\/\S+$/i.test(trimmed) ? "Use a full link starting with https://." : null;
}

export function isShowFormat(value: unknown): value is ShowFormat {
  return typeof value === "string" && (SHOW_FORMATS as readonly string[]).includes(value);
}

/** The show's format; a show stored without one is a live stream. */
export function showFormat(show: Pick<ShowSettings, "format">): ShowFormat {
  return show.format ?? "livestream";
}

/** A stored format, kept when known; anything else is dropped (a live stream) and named in the repair notice. */
export function readFormat(value: unknown, label: string, notes: string[]): { format?: ShowFormat } {
  if (value === undefined) return {};
  if (isShowFormat(value)) return { format: value };
  notes.push(`${label} ${JSON.stringify(value)} is not ${SHOW_FORMATS.map((f) => `"${f}"`).join(" or ")}; the show is a live stream.`);
  return {};
}
