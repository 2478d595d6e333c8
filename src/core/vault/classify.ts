// Which notes are episodes, and of which show.
//
// With no configuration: a note with at least one task and a guest field (even an
// empty one). Also every note in a configured show folder that looks like an episode
// (a task, a guest field or an episode number), and every note whose frontmatter
// carries the marker `office-hours: <show>` (`office-hours: false` opts a note out).
// With "episodes only in the show folders" set (and a show with a folder), a note
// outside them is an episode only by the marker: its task and guest field do not count.
// Never episodes: notes in template folders, template notes, and index notes.
// In a folder several shows share, a note goes to the show its code, marker, name or
// guest field points to; with nothing telling them apart, to none of them (shared-folder.ts).
import type { Episode, EpisodeSummary } from "../types";
import type { OfficeHoursSettings, ShowSettings } from "../settings/settings";
import { readEpisode, basenameOf, DEFAULT_GUEST_FIELDS, MARKER_KEY, type ReadOptions } from "../note/episode";
import { frontmatterOf, type FrontmatterInput, type FrontmatterSource } from "../note/frontmatter";
import { guestKeySet } from "../note/guest-keys";
import { phaseMatcher, type PhaseMatcher } from "../note/phases";
import { nameParser } from "../note/name-pattern";
import { parseFileName } from "../note/file-name";
import { timestampHeadingMatcher } from "../live/chapters";
import { DEFAULT_TIMESTAMP_MATCHER } from "../live/episode-chapters";
import { withoutOneColon } from "../note/one-colon";
import { claimantAmong, unclaimedWarning } from "./shared-folder";
import { sharedZone } from "./no-show";
import { findShowIn } from "./show-lookup";
import { bytesCannotBeEpisode, metadataCannotBeEpisode, propertiesNameKey, propertyKeySet, textCannotBeEpisode, type KeySet } from "./shortcut";

export { MARKER_KEY };

export type NoteKind = "episode" | "template" | "other";

export interface Classified {
  kind: NoteKind;
  episode: Episode | null;
  show: ShowSettings | null;
}

/** A note whose name carries an episode number of a series, episode or not (see Classifier.numbered). */
export interface NumberedName {
  show: ShowSettings | null;
  /** As seriesOf: the show's code or name, else the code in the name. */
  series: string | null;
  number: number;
  /** The season of a name like S02E05 (the number is within it); absent without one. */
  season?: number;
}

/** Settings turned into what classifying a note needs; build once per settings change. */
export interface Classifier {
  settings: OfficeHoursSettings;
  /** `frontmatter`: the properties the shell parsed, or a function parsing them when asked. */
  classify(path: string, text: string, frontmatter: FrontmatterSource): Classified;
  /** What the path alone settles (a template or snippets folder), or null when the note must be looked at. */
  byPath(path: string): Classified | null;
  /**
   * True when the note's bytes show it cannot be an episode (see shortcut.ts); false when
   * it must be decoded and classified. `decode` turns bytes into text.
   */
  ruledOutByBytes(path: string, bytes: Uint8Array, decode: (bytes: Uint8Array) => string): boolean;
  /**
   * True when Obsidian's cached metadata shows the note cannot be an episode: outside every
   * show folder, no task item, no guest or marker property, no quote or callout a task
   * could hide in. False when its text must be read.
   */
  ruledOutByMetadata(path: string, properties: unknown, hasTask: boolean, mayHideTasks: boolean): boolean;
  /** The show whose folder holds the note (the first, when several share that folder); null outside every show folder. */
  showFor(path: string): ShowSettings | null;
  /** The shows a note of no show could belong to: those sharing its folder, else every show (no-show.ts). */
  candidatesFor(path: string): readonly ShowSettings[];
  isTemplatePath(path: string): boolean;
  /**
   * The series and number a note's name gives it, from its name alone (the show's own
   * pattern in a show folder): "GOH 09 - Getting started" is number 9 of GOH even when
   * the note is not read as an episode, so 9 is no gap in GOH's numbering.
   */
  numbered(path: string): NumberedName | null;
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
  // A show's own template is copied into every new episode: read as one (a numbered name
  // like "OH 00 - Template" in the show folder), a tick would write into every later episode.
  const showTemplates = new Set(settings.shows.map((show) => templateNotePath(show.template)).filter((p) => p !== ""));
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
        language: show.language,
        phases: matcher,
        parseName: nameParser(show.fileNamePattern, show.code),
        isTimestampHeading: timestampHeadingMatcher(show.timestampHeadings),
        timeZone: show.schedule.timeZone,
      },
    });
  }
  // A note outside every show folder may use any show's guest field names, read with
  // Dataview's two colons: a one-colon name (`Invitado(s):`) is read as written only in
  // its own show's notes.
  const allGuestFields = [...new Set([...DEFAULT_GUEST_FIELDS, ...settings.shows.flatMap((s) => s.guestFields.map(withoutOneColon))])];
  const guestKeys = guestKeySet(allGuestFields);
  const keys: KeySet = propertyKeySet(guestKeys);
  // An episode of no show is read with every show's guest field; a `date:` naming an
  // instant is read in the zone all shows share, else as written (no-show.ts): not in
  // whichever show is listed first.
  const looseZone = sharedZone(settings.shows);
  const looseOptions: ReadOptions = { guestFields: allGuestFields, phases: phaseMatcher(), parseName: parseFileName, isTimestampHeading: DEFAULT_TIMESTAMP_MATCHER, ...(looseZone === null ? {} : { timeZone: looseZone }) };
  // Deepest folder first, cleaned once: classify runs for every note of the vault.
  const byFolder = settings.shows
    .map((show) => ({ show, folder: cleanFolder(show.folder) }))
    .filter((s) => s.folder !== "")
    .sort((a, b) => b.folder.length - a.folder.length);
  // Outside the show folders only the marker makes an episode: no inline field matters
  // there, and the marker is the only property that does.
  const onlyShowFolders = settings.episodesOnlyInShowFolders === true && byFolder.length > 0;
  const outsideGuestKeys: ReadonlySet<string> = onlyShowFolders ? new Set<string>() : guestKeys;
  const outsideKeys: KeySet = onlyShowFolders ? new Set([MARKER_KEY]) : keys;

  // Runs for every note of the vault, several times: most paths hold no "template" at all.
  const isTemplatePath = (path: string) =>
    templateFolders.some((folder) => isUnder(path, folder)) || (/template/i.test(path) && path.split("/").slice(0, -1).some(isTemplateFolderName));
  const showFor = (path: string) => byFolder.find((s) => isUnder(path, s.folder))?.show ?? null;
  // The shows of each folder, in the settings' order: more than one when they share it.
  const sharers = new Map<string, ShowSettings[]>();
  for (const { show, folder } of byFolder) sharers.set(folder, [...(sharers.get(folder) ?? []), show]);
  const sharersOf = (path: string): readonly ShowSettings[] => {
    const folder = byFolder.find((s) => isUnder(path, s.folder))?.folder;
    return folder === undefined ? [] : (sharers.get(folder) ?? []);
  };
  /** The show of the note's folder when that folder is one show's alone; null when shared or outside. */
  const soleShowFor = (path: string): ShowSettings | null => {
    const shows = sharersOf(path);
    return shows.length === 1 ? (shows[0] ?? null) : null;
  };

  const findShow = (value: string): ShowSettings | null => findShowIn(settings.shows, value);

  const byPath = (path: string): Classified | null => {
    if (isTemplatePath(path) || showTemplates.has(path)) return { kind: "template", episode: null, show: null };
    if (isUnder(path, snippetsFolder) || isUnder(path, guestsFolder)) return { kind: "other", episode: null, show: null };
    return null;
  };
  // Whether a show's own reading finds a guest field in the note (its field names, its one-colon spelling).
  const readsGuestField = (show: ShowSettings, path: string, text: string, properties: FrontmatterInput): boolean => {
    const reader = readers.get(show.id);
    return reader !== undefined && readEpisode(path, text, reader.options, properties).hasGuestField;
  };
  // The shortcuts apply outside show folders only, and never when every note must be read.
  const shortcutApplies = (path: string) => !options.readEveryNote && showFor(path) === null;

  return {
    settings,
    showFor,
    candidatesFor(path: string): readonly ShowSettings[] {
      const shows = sharersOf(path);
      return shows.length > 0 ? shows : settings.shows;
    },
    isTemplatePath,
    numbered(path: string): NumberedName | null {
      const basename = basenameOf(path);
      // Most notes carry no digit: settled without parsing the name.
      if (!/\d/.test(basename)) return null;
      // In a shared folder the name is read the general way: no one show's pattern applies.
      const folderShow = soleShowFor(path);
      const name = (folderShow ? readers.get(folderShow.id)?.options.parseName : undefined)?.(basename) ?? parseFileName(basename);
      if (name.number === null) return null;
      const show = folderShow ?? (name.code ? findShow(name.code) : null);
      return { show, series: show ? seriesOf({ code: name.code }, show) : name.code, number: name.number, ...(name.season === undefined ? {} : { season: name.season }) };
    },
    byPath,
    ruledOutByBytes: (path, bytes, decode) => byPath(path) === null && shortcutApplies(path) && bytesCannotBeEpisode(bytes, outsideKeys, decode, outsideGuestKeys),
    ruledOutByMetadata: (path, properties, hasTask, mayHideTasks) =>
      byPath(path) === null &&
      shortcutApplies(path) &&
      (onlyShowFolders ? !propertiesNameKey(properties, outsideKeys) : metadataCannotBeEpisode(properties, hasTask, mayHideTasks, keys)),
    classify(path: string, text: string, frontmatter: FrontmatterSource): Classified {
      const settled = byPath(path);
      if (settled) return settled;
      const inShows = sharersOf(path);
      // The show whose folder holds the note, when it is that show's alone.
      const folderShow = inShows.length === 1 ? (inShows[0] ?? null) : null;
      const inShowFolder = inShows.length > 0;
      // Parsed once at most, whichever step asks first (the shortcut may not ask at all).
      let parsed: FrontmatterInput | null = typeof frontmatter === "function" ? null : frontmatter;
      const properties = (): FrontmatterInput => (parsed ??= frontmatterOf(frontmatter));
      const source: FrontmatterSource = typeof frontmatter === "function" ? properties : frontmatter;
      if (shortcutApplies(path) && textCannotBeEpisode(text, source, outsideGuestKeys, outsideKeys)) return { kind: "other", episode: null, show: null };

      const first = folderShow ? readers.get(folderShow.id) : undefined;
      let episode = readEpisode(path, text, first?.options ?? looseOptions, properties());
      const marker = episode.marker;
      if (marker === false) return { kind: "other", episode: null, show: null };

      const basename = basenameOf(path);
      const named = episode.number !== null || episode.date !== null;
      // A numbered or dated note is an episode even when its title says "template" or
      // "README": "GOH 12 - Dashboard templates and variables" was taken for a template,
      // "GOH 5 - Writing a good README" for the show's index note.
      if (!named && (/\btemplates?\b/i.test(basename) || episode.hasTemplateTags)) {
        return { kind: "template", episode: null, show: null };
      }
      // Two shows may share a folder ("GOH 12" and "A&A 3" side by side): there the code
      // decides, else the show's name or guest field in the note; with nothing telling
      // them apart the note is no show's (read with every show's guest field, as before
      // any show was set up) rather than silently the first's.
      const byCode = episode.code ? findShow(episode.code) : null;
      const byMarker = typeof marker === "string" ? findShow(marker) : null;
      const shared = inShows.length > 1 && byMarker === null;
      const sharedByCode = shared && byCode && inShows.includes(byCode) ? byCode : null;
      const claimant = shared && !sharedByCode ? claimantAmong(basename, inShows, (s) => readsGuestField(s, path, text, properties())) : null;
      const show = byMarker ?? sharedByCode ?? claimant ?? folderShow ?? (inShowFolder ? null : byCode);
      const unclaimed = shared && show === null;
      const indexOf = show ? [show] : unclaimed ? inShows : [];
      if (indexOf.some((s) => isIndexNote(path, basename, s, named))) return { kind: "other", episode: null, show: null };

      const looksLikeEpisode = episode.tasks.length > 0 || episode.hasGuestField;
      const isEpisode =
        marker !== null ||
        (inShowFolder && (looksLikeEpisode || named)) ||
        (!inShowFolder && !onlyShowFolders && episode.tasks.length > 0 && episode.hasGuestField);
      if (!isEpisode) return { kind: "other", episode: null, show: null };

      // Read again when the show found by code or marker reads notes differently.
      if (show && show !== folderShow) {
        const reader = readers.get(show.id);
        if (reader) episode = readEpisode(path, text, reader.options, properties());
      }
      if (unclaimed) episode.warnings.push(unclaimedWarning(cleanFolder(inShows[0]?.folder ?? ""), inShows));
      if (episode.hasTemplateTags) {
        episode.warnings.push("The note still holds template commands (such as <% … %>) that were never filled in.");
      }
      return { kind: "episode", episode, show };
    },
  };
}

function isIndexNote(path: string, basename: string, show: ShowSettings, named: boolean): boolean {
  if (show.indexNote !== "" && cleanFolder(show.indexNote).replace(/\.md$/i, "") === path.replace(/\.md$/i, "")) return true;
  if (named) return false;
  const lower = basename.toLowerCase();
  const folder = path.split("/").slice(-2, -1)[0]?.toLowerCase();
  return /\breadme\b/.test(lower) || lower === "index" || lower === folder;
}

/** The note a show's template setting names, as a vault path ("" for the built-in template); the setting may leave out ".md". */
function templateNotePath(setting: string): string {
  const path = cleanFolder(setting);
  if (path === "") return "";
  return path.endsWith(".md") ? path : `${path}.md`;
}

/** A folder conventionally named for templates: "Templates", "_templates", "template". */
function isTemplateFolderName(segment: string): boolean {
  if (segment.length > 11 || !segment.toLowerCase().includes("template")) return false;
  return /^[_.@-]?templates?$/i.test(segment);
}

/**
 * A folder setting as note paths are compared with it: "/" separators, no slash at either
 * end, and NFC, the form Obsidian's normalizePath gives every vault path (a folder typed or
 * stored in NFD, made on a Mac, matched no note).
 */
export function cleanFolder(folder: string): string {
  return folder.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^\/+/, "").replace(/\/+$/, "").trim().normalize("NFC");
}

export function isUnder(path: string, folder: string): boolean {
  return folder !== "" && (path === folder || path.startsWith(folder + "/"));
}

/** The label an episode is grouped under: its show's code or name, else the code in its name. */
export function seriesOf(episode: Pick<EpisodeSummary, "code">, show: ShowSettings | null): string | null {
  if (show) return show.code !== "" ? show.code : show.name;
  return episode.code;
}
