// One guest named in one episode, and the person it names: how a guest field's entry is
// matched to a guest note. The rules, in order:
//   1. a link reaches the note it resolves to, wherever it is, as Obsidian resolves it
//      (`[[Ann Lee]]` → People/Ann Lee.md; the shell says where, EpisodeGuests.linkDest);
//      a link the shell did not resolve and that names a folder (`[[Guests/Ed Welch]]`)
//      reaches the guest note at that path;
//   2. the name (a wiki link's note name, else the text shown) matches the name or an
//      alias of exactly one guest note, after folding and without honorific or degrees
//      ("Dr. Ann Lee, PhD" is "Ann Lee"; person-name.ts);
//   3. otherwise the mention is a person without a note, known by the folded name, and
//      every mention of that folded name is the same person.
// A name two guest notes claim matches neither (never a guess), and the view says so.
import type { Guest } from "../types";
import { foldName } from "../text/fold";
import { linkParts } from "./link-parts";
import { personKey } from "./person-name";
import type { GuestEpisode } from "./summary";
import type { InvitationStep } from "./invitation-items";

/** What the guests index needs of an episode: small derived data, never the note's text. */
export interface EpisodeGuests {
  path: string;
  title: string;
  /** The show's name when configured, else the code in the note's name; null when neither. */
  show: string | null;
  /** `YYYY-MM-DD`, null when not scheduled. */
  date: string | null;
  /**
   * Undated, but the note shows the show happened (a real video link, an after-show item
   * ticked, chapters, an `ended:` mark, a `status` saying so): its guests appeared.
   */
  airedUndated?: boolean;
  /** The note says the show was called off (`status: cancelled`): its guests were contacted, no more. */
  cancelled?: boolean;
  guests: readonly Guest[];
  /**
   * The guests the episode's open items still wait on (invitation-items.ts): not asked yet
   * ("ask") or no yes yet ("answer"); undefined when no open item waits on anyone. A call,
   * worked out when first asked: only an episode still to come is asked.
   */
  waiting?: () => ReadonlyMap<Guest, InvitationStep> | undefined;
  /**
   * The note a guest's link leads to from this episode, as the vault resolves it, when it
   * may be a person's note (not an episode, an index note, a template); null when none.
   * Absent: links are matched by what they name only.
   */
  linkDest?: (link: string) => string | null;
}

export interface Mention {
  readonly episode: EpisodeGuests;
  readonly guest: Guest;
  /** The name as a person is known by: a wiki link's note name, else the text shown. */
  readonly display: string;
  /** `display` folded, without honorific and degrees (person-name.ts): what names are matched on. */
  readonly name: string;
  /**
   * The folded path of the note the link resolves to (`people/ann lee`), else of a link
   * that names a folder (`guests/ed welch`), else null.
   */
  readonly path: string | null;
  /** The note a link points to, as written (`Guests/Ed Welch`), else null. */
  readonly link: string | null;
  /** A web address the entry links to (`[Renata](https://linkedin…)`), else null. */
  readonly url: string | null;
  /** The person it names, while it is in a guests index ("" outside one). */
  key: string;
  /** The episode as a guest's summary lists it, shared by the episode's mentions. */
  readonly listed: Listed;
}

/** One object per episode and day for all its guests' summaries, instead of one per mention. */
export interface Listed {
  /** The day `episode` was made for (past or upcoming depends on it). */
  day: string | null;
  episode: GuestEpisode | null;
}

/** A target with a scheme (`https:`, `mailto:`) is a web address, anything else a note. */
export function isWebAddress(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target.trim());
}

export function mentionOf(episode: EpisodeGuests, guest: Guest, listed: Listed = { day: null, episode: null }): Mention {
  const target = guest.target?.trim() ?? "";
  const web = target !== "" && isWebAddress(target);
  const link = target !== "" && !web ? decodeTarget(target) : null;
  const parts = link === null ? null : linkParts(link);
  const dest = link === null || !episode.linkDest ? null : episode.linkDest(link);
  const display = parts !== null && parts.name !== "" ? parts.name : guest.name;
  const folded = personKey(display);
  return {
    episode,
    guest,
    display,
    // A name of invisible characters only folds to nothing: it stays its own name.
    name: folded === "" ? `\u0000${display}` : folded,
    path: dest !== null ? notePathKey(dest) : parts === null ? null : parts.path,
    link,
    url: web ? target : null,
    key: "",
    listed,
  };
}

/** `Guests/Ed%20Welch.md` (a Markdown link to a note) → `Guests/Ed Welch.md`; malformed escapes stay. */
function decodeTarget(target: string): string {
  if (!target.includes("%")) return target;
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** The folded path a link would name for the note at `path` (`Guests/Ed Welch.md` → `guests/ed welch`). */
export function notePathKey(path: string): string {
  return foldName(path.replace(/\.md$/i, ""));
}

/** One mention per person-name per episode: "Ed Welch" and "[[Ed Welch]]" in one note are one appearance. */
export function uniqueMentions(episode: EpisodeGuests): Mention[] {
  // Made as long as the guest list and cut to what is kept: pushing into [] would reserve
  // seventeen places for each of thousands of one-guest episodes.
  const out = new Array<Mention>(episode.guests.length);
  let kept = 0;
  // A few guests per episode: a scan is cheaper than a set; a long panel gets the set.
  const seen = episode.guests.length > 8 ? new Set<string>() : null;
  const listed: Listed = { day: null, episode: null };
  for (const guest of episode.guests) {
    const mention = mentionOf(episode, guest, listed);
    if (seen) {
      const id = `${mention.path ?? ""}\u0000${mention.name}`;
      if (seen.has(id)) continue;
      seen.add(id);
    } else if (hasSame(out, kept, mention)) continue;
    out[kept++] = mention;
  }
  out.length = kept;
  return out;
}

function hasSame(mentions: readonly Mention[], count: number, mention: Mention): boolean {
  for (let i = 0; i < count; i++) {
    const m = mentions[i];
    if (m && m.name === mention.name && m.path === mention.path) return true;
  }
  return false;
}
