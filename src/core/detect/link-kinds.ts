// What a link in a note is, for Detect: one of a show's own links (channel, playlist,
// events page, studio), and whether it speaks of a live stream or of a recorded podcast.
// Judged by the address alone, so it holds in every language. One episode's links (a
// video, an event, an episode page) are never a show's link: `watch?v=` is no channel.
// Parsed with the platform's URL parser (the WHATWG one, in Obsidian and Node alike).
import { withoutTrailing } from "../text/trim-end";

/** The settings' link slots (ShowSettings["links"]). */
export type LinkSlot = "channel" | "playlist" | "meetup" | "studio";

export interface LinkKind {
  /** The show link this address is, written the one way it is compared by; null for none. */
  slot: { name: LinkSlot; value: string; derived: boolean } | null;
  /** A live-stream address: a live video, a streaming studio, a live channel page. */
  live: boolean;
  /** A recording studio (Riverside, Zencastr, SquadCast, Cleanfeed). */
  recordingStudio: boolean;
  /** An audio host or podcast directory (anchor.fm, Spotify, Buzzsprout, Transistor, …). */
  audioHost: boolean;
  /** The site, as reasons name it: "youtube.com". */
  host: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`|]+/gi;

/** What a sentence may put after an address without it being part of it. */
const URL_TRAILING = new Set([".", ",", ";", ":", "!", "?", "*", "_", "~"]);

/** The addresses a line holds, trailing punctuation left out. */
export function linksIn(line: string): string[] {
  if (!line.includes("://")) return [];
  return (line.match(URL_IN_TEXT) ?? []).map((url) => withoutTrailing(url, URL_TRAILING));
}

const LIVE_STUDIOS = ["streamyard.com", "restream.io", "streamlabs.com", "vdo.ninja"];
const RECORDING_STUDIOS = ["riverside.fm", "zencastr.com", "squadcast.fm", "cleanfeed.net"];
const AUDIO_HOSTS = [
  "anchor.fm",
  "podcasters.spotify.com",
  "creators.spotify.com",
  "buzzsprout.com",
  "transistor.fm",
  "podcasts.apple.com",
  "simplecast.com",
  "libsyn.com",
  "captivate.fm",
  "podbean.com",
  "acast.com",
  "pinecast.com",
  "spreaker.com",
  "omny.fm",
  "megaphone.fm",
  "redcircle.com",
];

function hostIs(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Links repeat across a vault's notes (every episode links the same studio): each is judged once. */
const judged = new Map<string, LinkKind>();
const REMEMBERED = 5000;

export function linkKind(url: string): LinkKind {
  const known = judged.get(url);
  if (known) return known;
  const kind = judge(url);
  if (judged.size >= REMEMBERED) judged.clear();
  judged.set(url, kind);
  return kind;
}

function judge(url: string): LinkKind {
  const parsed = parse(url);
  if (!parsed) return { slot: null, live: false, recordingStudio: false, audioHost: false, host: "" };
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m)\./, "");
  const NONE: LinkKind = { slot: null, live: false, recordingStudio: false, audioHost: false, host };
  // "youtube.com//@show" (a doubled slash) is the same page as "youtube.com/@show".
  const parts = parsed.pathname.split("/").filter((p) => p !== "");
  const first = (parts[0] ?? "").toLowerCase();
  if (host === "youtube.com") return youtube(parsed, parts, first, NONE);
  if (host === "youtu.be") return NONE;
  if (host === "twitch.tv") {
    const channel = parts.length === 1 && /^[a-z0-9_]{3,25}$/i.test(parts[0] ?? "") ? `https://www.twitch.tv/${(parts[0] ?? "").toLowerCase()}` : null;
    return { ...NONE, live: true, slot: channel ? { name: "channel", value: channel, derived: false } : null };
  }
  if (hostIs(host, LIVE_STUDIOS)) return { ...NONE, live: true, slot: studio(host, parts) };
  if (hostIs(host, RECORDING_STUDIOS)) return { ...NONE, recordingStudio: true, slot: studio(host, parts) };
  if (host === "meetup.com") return { ...NONE, slot: meetup(parts) };
  if (host === "open.spotify.com") {
    const show = first === "show" && parts.length === 2 ? `https://open.spotify.com/show/${parts[1] ?? ""}` : null;
    return { ...NONE, audioHost: first === "show" || first === "episode", slot: show ? { name: "channel", value: show, derived: false } : null };
  }
  if (hostIs(host, AUDIO_HOSTS)) return { ...NONE, audioHost: true, slot: podcastPage(parsed, host, parts) };
  return NONE;
}

function youtube(parsed: URL, parts: readonly string[], first: string, none: LinkKind): LinkKind {
  if (first === "live") return { ...none, live: true };
  const handle = parts[0] ?? "";
  if (handle.startsWith("@") && handle.length > 1) {
    // "@show/streams" is the channel's live tab: a live stream's channel.
    const live = (parts[1] ?? "").toLowerCase() === "streams";
    return { ...none, live, slot: { name: "channel", value: `https://www.youtube.com/${handle}`, derived: false } };
  }
  if ((first === "channel" || first === "c" || first === "user") && parts.length >= 2) {
    return { ...none, slot: { name: "channel", value: `https://www.youtube.com/${first}/${parts[1] ?? ""}`, derived: false } };
  }
  const list = parsed.searchParams.get("list") ?? "";
  // Watch Later, liked videos and generated mixes are no show's playlist.
  if (!/^(?:PL|OL|UU)[\w-]{10,}$/.test(list)) return none;
  const value = `https://www.youtube.com/playlist?list=${list}`;
  if (first === "playlist") return { ...none, slot: { name: "playlist", value, derived: false } };
  // A video played from a playlist names that playlist: the link to it is made, not written.
  if (first === "watch") return { ...none, slot: { name: "playlist", value, derived: true } };
  return none;
}

/** A studio's address as written, without a trailing slash, query or fragment: the same studio written twice is one. */
function studio(host: string, parts: readonly string[]): LinkKind["slot"] {
  const path = parts.length === 0 ? "" : `/${parts.join("/")}`;
  return { name: "studio", value: `https://${host}${path}`, derived: false };
}

/** A Meetup group's page; an event of the group (`/events/123`) is one episode's. */
function meetup(parts: readonly string[]): LinkKind["slot"] {
  const locale = /^[a-z]{2}(?:-[A-Z]{2})?$/.test(parts[0] ?? "") ? 1 : 0;
  const group = parts[locale];
  if (group === undefined || parts.length > locale + 1) return null;
  return { name: "meetup", value: `https://www.meetup.com/${group}/`, derived: false };
}

/** An audio host's page of the whole show; an episode's page (`/episodes/…`) is not. */
function podcastPage(parsed: URL, host: string, parts: readonly string[]): LinkKind["slot"] {
  const lower = parts.map((p) => p.toLowerCase());
  if (lower.includes("episodes") || lower.includes("episode")) return null;
  if (parsed.pathname.toLowerCase().endsWith(".rss") || lower.includes("rss") || lower.includes("feed")) {
    return { name: "channel", value: `https://${host}/${parts.join("/")}`, derived: false };
  }
  if (host === "podcasts.apple.com" && lower.includes("podcast")) return { name: "channel", value: `https://${host}/${parts.join("/")}`, derived: false };
  if (host === "buzzsprout.com" && parts.length === 1 && /^\d+$/.test(parts[0] ?? "")) return { name: "channel", value: `https://www.buzzsprout.com/${parts[0] ?? ""}`, derived: false };
  if (host === "anchor.fm" && parts.length === 1) return { name: "channel", value: `https://anchor.fm/${parts[0] ?? ""}`, derived: false };
  if (host.endsWith(".transistor.fm") && parts.length === 0) return { name: "channel", value: `https://${host}`, derived: false };
  return null;
}
