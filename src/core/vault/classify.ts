// Which notes are episodes, and of which show.
//
// With no configuration: a note with at least one task and a guest field (even an
// empty one). Also every note in a configured show folder that looks like an episode
// (a task, a guest field or an episode number), and every note whose frontmatter
// carries the marker `office-hours: <show>` (`office-hours: false` opts a note out).
// Never episodes: notes in template folders, template notes, and index notes.
import type { Episode } from "../types";
import type { OfficeHoursSettings, ShowSettings } from "../settings/settings";
import { readEpisode, basenameOf, DEFAULT_GUEST_FIELDS, type ReadOptions } from "../note/episode";
import { readFrontmatter } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { canonicalKey } from "../note/fields";
import { phaseMatcher, type PhaseMatcher } from "../note/phases";
import { nameParser } from "../note/name-pattern";
import { parseFileName } from "../note/file-name";
import { timestampHeadingMatcher } from "../live/chapters";
import { DEFAULT_TIMESTAMP_MATCHER } from "../live/episode-chapters";

/** Frontmatter key that marks a note as an episode; its value names the show. */
export const MARKER_KEY = "office-hours";

export type NoteKind = "episode" | "template" | "other";

export interface Classified {
  kind: NoteKind;
  episode: Episode | null;
  show: ShowSettings | null;
}

/** Settings turned into what classifying a note needs; build once per settings change. */
export interface Classifier {
  settings: OfficeHoursSettings;
  classify(path: string, text: string): Classified;
  showFor(path: string): ShowSettings | null;
  isTemplatePath(path: string): boolean;
}

interface ShowReader {
  show: ShowSettings;
  options: ReadOptions;
}

export interface ClassifierOptions {
  /**
   * Read every note in full instead of taking the exact shortcut for notes that cannot
   * be episodes. Same answers, slower: the reference the shortcut is tested against.
   */
  readEveryNote?: boolean;
}

export function createClassifier(
  settings: OfficeHoursSettings,
  extraTemplateFolders: readonly string[] = [],
  options: ClassifierOptions = {},
): Classifier {
  const templateFolders = [...settings.templateFolders, ...extraTemplateFolders].map(cleanFolder).filter((f) => f !== "");
  // Snippet notes are never episodes, even when the snippets folder sits inside a show
  // folder (the default one does).
  const snippetsFolder = cleanFolder(settings.snippetsFolder);
  // Guest notes are people, not episodes, even with a task or two in them.
  const guestsFolder = cleanFolder(settings.guestsFolder);
  const matchers = new Map<string, PhaseMatcher>();
  const readers = new Map<string, ShowReader>();
  for (const show of settings.shows) {
    const key = JSON.stringify(show.phaseHeadings);
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = phaseMatcher(show.phaseHeadings);
      matchers.set(key, matcher);
    }
    readers.set(show.id, {
      show,
      options: {
        guestFields: show.guestFields,
        phases: matcher,
        parseName: nameParser(show.fileNamePattern, show.code),
        isTimestampHeading: timestampHeadingMatcher(show.timestampHeadings),
      },
    });
  }
  // A note outside every show folder may use any show's guest field names.
  const allGuestFields = [...new Set([...DEFAULT_GUEST_FIELDS, ...settings.shows.flatMap((s) => s.guestFields)])];
  const guestKeys = new Set(allGuestFields.map(canonicalKey));
  const looseOptions: ReadOptions = { guestFields: allGuestFields, phases: phaseMatcher(), parseName: parseFileName, isTimestampHeading: DEFAULT_TIMESTAMP_MATCHER };
  // Deepest folder first, cleaned once: classify runs for every note of the vault.
  const byFolder = settings.shows
    .map((show) => ({ show, folder: cleanFolder(show.folder) }))
    .filter((s) => s.folder !== "")
    .sort((a, b) => b.folder.length - a.folder.length);

  const isTemplatePath = (path: string) =>
    templateFolders.some((folder) => isUnder(path, folder)) || path.split("/").slice(0, -1).some(isTemplateFolderName);
  const showFor = (path: string) => byFolder.find((s) => isUnder(path, s.folder))?.show ?? null;

  const findShow = (value: string): ShowSettings | null => {
    const wanted = value.trim().toLowerCase();
    if (wanted === "") return null;
    return (
      settings.shows.find((s) => s.code.toLowerCase() === wanted || s.name.toLowerCase() === wanted || s.id === wanted) ?? null
    );
  };

  return {
    settings,
    showFor,
    isTemplatePath,
    classify(path: string, text: string): Classified {
      if (isTemplatePath(path)) return { kind: "template", episode: null, show: null };
      if (isUnder(path, snippetsFolder) || isUnder(path, guestsFolder)) return { kind: "other", episode: null, show: null };
      const folderShow = showFor(path);
      if (!folderShow && !options.readEveryNote && cannotBeEpisode(text, guestKeys)) return { kind: "other", episode: null, show: null };

      const first = folderShow ? readers.get(folderShow.id) : undefined;
      let episode = readEpisode(path, text, first?.options ?? looseOptions);
      const marker = markerOf(episode);
      if (marker === false) return { kind: "other", episode: null, show: null };

      const basename = basenameOf(path);
      const named = episode.number !== null || episode.date !== null;
      // A numbered or dated note is an episode even when its title says "template" or
      // "README": "GOH 12 - Dashboard templates and variables" was taken for a template,
      // "GOH 5 - Writing a good README" for the show's index note.
      if (!named && (/\btemplates?\b/i.test(basename) || episode.hasTemplateTags)) {
        return { kind: "template", episode: null, show: null };
      }
      // Two shows may share a folder ("GOH 12" and "A&A 3" side by side): there the code decides.
      const byCode = episode.code ? findShow(episode.code) : null;
      const sameFolder = byCode && folderShow && cleanFolder(byCode.folder) === cleanFolder(folderShow.folder) ? byCode : null;
      const show = (typeof marker === "string" ? findShow(marker) : null) ?? sameFolder ?? folderShow ?? byCode;
      if (show && isIndexNote(path, basename, show, named)) return { kind: "other", episode: null, show: null };

      const looksLikeEpisode = episode.tasks.length > 0 || episode.hasGuestField;
      const isEpisode =
        marker !== null || (folderShow !== null && (looksLikeEpisode || named)) || (episode.tasks.length > 0 && episode.hasGuestField);
      if (!isEpisode) return { kind: "other", episode: null, show: null };

      // Read again when the show found by code or marker reads notes differently.
      if (show && show !== folderShow) {
        const reader = readers.get(show.id);
        if (reader) episode = readEpisode(path, text, reader.options);
      }
      if (episode.hasTemplateTags) {
        episode.warnings.push("The note still holds template commands (such as <% … %>) that were never filled in.");
      }
      return { kind: "episode", episode, show };
    },
  };
}

/**
 * Exact shortcut for the common case. Outside a show folder a note is an episode only
 * with a guest field or the marker. Every guest field, in any of Dataview's forms, puts
 * its key right before a `::`, so looking at the few characters before each `::` tells
 * whether one can exist; the marker and frontmatter guests need only the frontmatter.
 * When this says "cannot", the full read would say "not an episode" too (a property
 * test checks it); when unsure it says "can", and the note is read in full.
 */
function cannotBeEpisode(text: string, guestKeys: ReadonlySet<string>): boolean {
  if (mayHaveGuestField(text, guestKeys)) return false;
  const head = frontmatterHead(stripBom(text));
  if (head === null) return true;
  const data = readFrontmatter(splitLines(head)).data;
  return !Object.keys(data).some((key) => {
    const canonical = canonicalKey(key);
    return canonical === MARKER_KEY || guestKeys.has(canonical);
  });
}

/** Like the full-line field reader: leading non-alphanumerics and trailing _ * ~ ` and spaces go. */
function stripKeyDecoration(candidate: string): string {
  let start = 0;
  let end = candidate.length;
  while (start < end) {
    const code = candidate.charCodeAt(start);
    const asciiAlnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (asciiAlnum || (code >= 128 && /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(String.fromCodePoint(candidate.codePointAt(start) ?? 0)))) break;
    start++;
  }
  while (end > start && "_*~` \t".includes(candidate.charAt(end - 1))) end--;
  return candidate.slice(start, end);
}

/** Longest key worth looking back for; longer ones are read in full (rare). */
const MAX_KEY_LOOKBACK = 200;

/**
 * Could any `::` be preceded by a guest key? Both readings of the text before it are
 * tried: from the start of its line (a full-line field, decoration stripped) and from the
 * last `[` or `(` (a bracketed field).
 */
function mayHaveGuestField(text: string, guestKeys: ReadonlySet<string>): boolean {
  for (let at = text.indexOf("::"); at >= 0; at = text.indexOf("::", at + 2)) {
    const from = Math.max(0, at - MAX_KEY_LOOKBACK);
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (lineStart < from) return true;
    const before = text.slice(lineStart, at);
    const bracket = Math.max(before.lastIndexOf("["), before.lastIndexOf("("));
    const candidates = [before, bracket >= 0 ? before.slice(bracket + 1) : ""];
    for (const candidate of candidates) {
      const key = stripKeyDecoration(candidate);
      if (key !== "" && guestKeys.has(canonicalKey(key))) return true;
    }
  }
  return false;
}

/** The text up to and including the closing fence of the frontmatter, or null without one. */
function frontmatterHead(text: string): string | null {
  let start = 0;
  let lineNo = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    if (lineNo === 0 && line !== "---") return null;
    if (lineNo > 0 && (line === "---" || line === "...")) return text.slice(0, end);
    start = end + 1;
    lineNo++;
  }
  return null;
}

/** The marker's value: a show name/code, true, false (opt out) or null (no marker). */
function markerOf(episode: Episode): string | boolean | null {
  const key = Object.keys(episode.frontmatter).find((k) => canonicalKey(k) === MARKER_KEY);
  if (key === undefined) return null;
  const value = episode.frontmatter[key];
  if (value === false || value === "false" || value === "no") return false;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return true;
}

function isIndexNote(path: string, basename: string, show: ShowSettings, named: boolean): boolean {
  if (show.indexNote !== "" && cleanFolder(show.indexNote).replace(/\.md$/i, "") === path.replace(/\.md$/i, "")) return true;
  if (named) return false;
  const lower = basename.toLowerCase();
  const folder = path.split("/").slice(-2, -1)[0]?.toLowerCase();
  return /\breadme\b/.test(lower) || lower === "index" || lower === folder;
}

/** A folder conventionally named for templates: "Templates", "_templates", "template". */
function isTemplateFolderName(segment: string): boolean {
  if (segment.length > 11 || !segment.toLowerCase().includes("template")) return false;
  return /^[_.@-]?templates?$/i.test(segment);
}

export function cleanFolder(folder: string): string {
  return folder.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^\/+/, "").replace(/\/+$/, "").trim();
}

export function isUnder(path: string, folder: string): boolean {
  return folder !== "" && (path === folder || path.startsWith(folder + "/"));
}

/** The label an episode is grouped under: its show's code or name, else the code in its name. */
export function seriesOf(episode: Episode, show: ShowSettings | null): string | null {
  if (show) return show.code !== "" ? show.code : show.name;
  return episode.code;
}
