// Index lines that link the episode's video, not its note: the GOH README's first
// episodes read "- 16/06: [GOH 01 - Overview of Grafana 10 release with Mitch Seaman]
// (https://youtube.com/live/uk7NoagbJ28)", the A&A README's first nineteen alike. Such a line
// is the episode's when its link goes where the note's `url:` goes: then its hand-written
// guests are read and no second line is added. Two addresses go to the same place when
// they differ only in http/https, "www." or "m.", a trailing slash, tracking parameters
// (utm_*, si, feature, fbclid, gclid, …), or YouTube's forms of one video (youtu.be/ID,
// youtube.com/watch?v=ID, /live/ID, /embed/ID, /shorts/ID; a playlist or a start time aside).
import type { IndexEntry } from "./list-sections";
import type { ListLine } from "./list-items";

const TRACKING = /^(?:utm_.*|si|feature|fbclid|gclid|mc_[ce]id|igshid|ref_src|pp)$/i;
const YOUTUBE_PATH = /^\/(?:live|embed|shorts|v)\/([\w-]{6,})\/?$/;

/** The address as a key that two addresses going to the same page share; null for no web address. */
export function videoKey(address: string): string | null {
  let text = address.trim();
  if (text.startsWith("<") && text.endsWith(">")) text = text.slice(1, -1).trim();
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www|m)\./, "");
  if (host === "youtu.be") {
    const id = url.pathname.slice(1).replace(/\/$/, "");
    return id === "" ? null : `youtube:${id}`;
  }
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const id = url.pathname === "/watch" ? url.searchParams.get("v") : YOUTUBE_PATH.exec(url.pathname)?.[1];
    if (id) return `youtube:${id}`;
  }
  const params = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length === 0 ? "" : `?${params.map(([k, v]) => `${k}=${v}`).join("&")}`;
  return `${host}${url.port === "" ? "" : `:${url.port}`}${url.pathname.replace(/\/+$/, "")}${query}`;
}

/** The destination of a line's leading Markdown link (`[text](destination)`), as written. */
function destination(line: ListLine): string | null {
  const text = line.link?.text ?? "";
  const middle = text.indexOf("](");
  if (text.startsWith("[[") || middle < 0 || !text.endsWith(")")) return null;
  return text.slice(middle + 2, -1).trim().split(/\s+/)[0] ?? null;
}

/** A finder of the entry a line's video link belongs to: the one episode whose `url` goes where it goes. */
export function videoMatcher(entries: readonly IndexEntry[]): (line: ListLine) => IndexEntry | null {
  const byKey = new Map<string, IndexEntry | null>();
  for (const entry of entries) {
    const key = entry.url ? videoKey(entry.url) : null;
    // Two episodes with one address (a copied note): neither is told by it.
    if (key !== null) byKey.set(key, byKey.has(key) ? null : entry);
  }
  if (byKey.size === 0) return () => null;
  return (line) => {
    const to = destination(line);
    const key = to === null ? null : videoKey(to);
    return key === null ? null : (byKey.get(key) ?? null);
  };
}
