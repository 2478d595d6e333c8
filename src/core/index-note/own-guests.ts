// Which guest names on the block's lines the plugin wrote: a comment line of its own under
// the block's start marker, beside the record of its cancelled marks (own-marks.ts),
//   %% office-hours:episode-list wrote guests: GOH 12 - Tempo: Ann Lee, Bo Chen | GOH 15 - Loki: Cy Diaz %%
// A name recorded for an episode, and written on its line exactly as the plugin wrote it,
// is the plugin's: taken out when the guest is taken off the episode, replaced when the
// guest is renamed. Any other name (a company, a co-host, a guest re-typed as "**Ann**" or
// "[[Ann Lee]]", a name written before the record existed) is the user's and stays. The
// line is written only while some name is the plugin's.

const PREFIX = "%% office-hours:episode-list wrote guests:";
const SUFFIX = "%%";
/** Between episodes: "|" is not allowed in an Obsidian file name. */
const EPISODES = " | ";
/** Between an episode and its names, and between names. */
const AFTER_EPISODE = ": ";
const NAMES = ", ";

/**
 * The characters that part the record (and line breaks, which would end the comment's
 * line) written as %XX: a guest "Dr. Ann Lee, PhD" is one name, never two.
 */
const SPECIAL = /[%|,:\r\n]/g;
const CODED = /%(25|7C|2C|3A|0D|0A)/gi;

function encode(text: string): string {
  return text.replace(SPECIAL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function decode(text: string): string {
  return text.replace(CODED, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The record line for the names the plugin wrote, by episode (its note's name): episodes
 * sorted, each one's names in the order they stand on its line, so the line does not
 * churn. null when there are none.
 */
export function guestsLine(wrote: ReadonlyMap<string, readonly string[]>): string | null {
  const episodes = [...wrote].filter(([, names]) => names.length > 0).sort(([a], [b]) => compare(a, b));
  if (episodes.length === 0) return null;
  const parts = episodes.map(([episode, names]) => `${encode(episode)}${AFTER_EPISODE}${[...new Set(names)].map(encode).join(NAMES)}`);
  return `${PREFIX} ${parts.join(EPISODES)} ${SUFFIX}`;
}

/** Is the trimmed line a record of the plugin's guest names (its comment alone on the line is for the caller to know)? */
export function isGuestsRecord(trimmed: string): boolean {
  return trimmed.startsWith(PREFIX) && trimmed.endsWith(SUFFIX) && trimmed.length >= PREFIX.length + SUFFIX.length;
}

/** The names a record line holds, by episode (as `key` makes the episode's name), added to `into`. */
export function readGuestsRecord(trimmed: string, key: (name: string) => string, into: Map<string, Set<string>>): void {
  const inner = trimmed.slice(PREFIX.length, trimmed.length - SUFFIX.length);
  for (const part of inner.split("|")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const episode = decode(part.slice(0, colon).trim());
    if (episode === "") continue;
    const names = part
      .slice(colon + 1)
      .split(",")
      .map((n) => decode(n.trim()))
      .filter((n) => n !== "");
    if (names.length === 0) continue;
    const k = key(episode);
    const known = into.get(k) ?? new Set<string>();
    for (const name of names) known.add(name);
    into.set(k, known);
  }
}
