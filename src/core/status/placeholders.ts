// Values that stand in for something not decided yet: a title like "TBD" or "[Titulo]"
// (the real Cafe con Grafana schedule writes both), and a video link like
// `watch?v=TBD`. They make an episode an idea, and a link not yet a video.
import { dropDiacritics } from "../text/fold";

/** Lower case, accents, brackets, quotes, markup and surrounding punctuation dropped. */
function bare(text: string): string {
  return dropDiacritics(text)
    .toLowerCase()
    .replace(/[[\](){}<>"'`*_=~]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const PLACEHOLDER_TITLES = new Set([
  "tbd", "tba", "tbc", "tk", "todo", "to do", "n/a", "na", "none", "placeholder",
  "untitled", "untitled episode", "new episode", "new note", "sin titulo", "titulo", "title", "topic", "tema", "name", "nombre",
]);

/** "TBD", "[Titulo]", "Untitled 2", "?", "…", "xxx": a title nobody has chosen yet. */
export function isPlaceholderTitle(title: string): boolean {
  const text = bare(title);
  if (text === "") return /[?.…]/.test(title);
  if (PLACEHOLDER_TITLES.has(text)) return true;
  // Obsidian names new notes "Untitled", "Untitled 1", …
  if (/^untitled( \d+)?$/.test(text)) return true;
  return /^(x+|\?+|\.+|…+|-+)$/.test(text);
}

/** An id that means "not yet": `TBD`, `x`, `xxx`, `...`, `<id>`. */
function placeholderId(id: string): boolean {
  const text = bare(decodeSafely(id));
  return text === "" || PLACEHOLDER_TITLES.has(text) || /^(x+|\?+|\.+|-+|id|video id|video)$/.test(text);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be", "www.youtu.be"]);

/**
 * A link to an actual video: http(s), and for YouTube one that names a video
 * (`watch?v=…`, `/live/…`, `/embed/…`, `youtu.be/…`) by an id that is not a placeholder.
 * Another site's link counts when it has a path (a podcast page, a Vimeo video).
 */
export function isVideoUrl(url: string | null): boolean {
  if (url === null || url.trim() === "") return false;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return false;
  const host = parsed.hostname.toLowerCase();
  const segments = parsed.pathname.split("/").filter((s) => s !== "");
  if (YOUTUBE_HOSTS.has(host)) {
    const id =
      host.endsWith("youtu.be") ? segments[0] : segments[0] === "watch" ? parsed.searchParams.get("v") : ["live", "embed", "shorts", "v"].includes(segments[0] ?? "") ? segments[1] : null;
    return typeof id === "string" && !placeholderId(id);
  }
  const last = segments.at(-1);
  return last !== undefined && !placeholderId(last);
}
