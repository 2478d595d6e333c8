// The set of known episodes, kept by path. Pure: the shells feed it note texts (the
// command-line tool all at once, the plugin one changed note at a time) and it never
// reads anything itself. Every change bumps `revision`, so views can tell whether
// they are stale without comparing episodes.
import type { Classifier, Classified } from "./classify";
import type { ShowSettings } from "../settings/settings";
import type { Episode } from "../types";
import { episodeStatus } from "../status/status";
import type { ReportItem } from "../status/report";
import { compareItems } from "../status/report";
import { numbering, type Numbering } from "./numbering";
import { seriesOf } from "./classify";
import { noteContext, type NoteContext } from "../tick/context";

export interface IndexedEpisode {
  episode: Episode;
  show: ShowSettings | null;
  /** Changes each time this note is read again: lets views skip unchanged rows cheaply. */
  version: number;
  /**
   * Hashes of the lines around each open task (and of repeated sections), made while the
   * text is at hand: what lets a tick tell identical items apart without keeping the note.
   */
  context: NoteContext;
}

export class EpisodeIndex {
  private readonly episodes = new Map<string, IndexedEpisode>();
  private readonly templates = new Set<string>();
  revision = 0;

  constructor(private classifier: Classifier) {}

  get settings() {
    return this.classifier.settings;
  }

  /** Replace the rules (settings changed); the caller re-feeds the notes. */
  reset(classifier: Classifier): void {
    this.classifier = classifier;
    this.episodes.clear();
    this.templates.clear();
    this.revision++;
  }

  /** Read one note. Returns what it was classified as. */
  update(path: string, text: string): Classified {
    const result = this.classifier.classify(path, text);
    this.episodes.delete(path);
    this.templates.delete(path);
    if (result.kind === "episode" && result.episode) {
      const context = noteContext(text, result.episode, true);
      this.episodes.set(path, { episode: result.episode, show: result.show, version: this.revision + 1, context });
    }
    else if (result.kind === "template") this.templates.add(path);
    this.revision++;
    return result;
  }

  remove(path: string): boolean {
    const had = this.episodes.delete(path) || this.templates.delete(path);
    if (had) this.revision++;
    return had;
  }

  get(path: string): IndexedEpisode | undefined {
    return this.episodes.get(path);
  }

  has(path: string): boolean {
    return this.episodes.has(path);
  }

  get size(): number {
    return this.episodes.size;
  }

  all(): IndexedEpisode[] {
    return [...this.episodes.values()];
  }

  templatePaths(): string[] {
    return [...this.templates].sort();
  }

  /** Everything with its status for `today` (a function: each show has its own time zone). */
  items(todayFor: (show: ShowSettings | null) => string): ReportItem[] {
    const settings = this.classifier.settings;
    return this.all()
      .map(({ episode, show, version }) => ({
        episode,
        show,
        version,
        status: episodeStatus(episode, todayFor(show), {
          deadlines: show?.deadlines ?? settings.shows[0]?.deadlines ?? { prepDaysBefore: 2, afterDaysAfter: 7 },
          warnDaysBefore: settings.warnDaysBefore,
        }),
      }))
      .sort(compareItems);
  }

  /** Numbering of one show (configured) or series label. */
  numberingOf(series: string | null): Numbering {
    const members = this.all().filter((e) => seriesOf(e.episode, e.show) === series);
    return numbering(members.map((m) => ({ number: m.episode.number, path: m.episode.path })));
  }

  /** Episodes of a configured show: in its folder, marked for it, or carrying its code. */
  episodesOf(show: ShowSettings): IndexedEpisode[] {
    return this.all().filter((e) => e.show?.id === show.id);
  }
}
