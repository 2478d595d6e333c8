// The live show's shared state in the plugin. Nothing here is the source of truth: which
// episodes are live comes from their notes (through the index), so a reload, another
// device or a re-enabled plugin resumes the same timer. It keeps the status-bar clock
// (desktop only: mobile has no status bar), the ticker every clock uses, the logs this
// session can take back, and the opt-in auto-tick of the after-show chapters item.
import { Component, Events, Notice, Platform, TFile, type App, type EventRef } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import type { OfficeHoursSettings, ShowSettings } from "../../core/settings/settings";
import { textFrontmatter } from "../vault/frontmatter";
import { createClassifier, type Classifier } from "../../core/vault/classify";
import { liveState, type LiveState } from "../../core/live/live-state";
import { chapterItemsInDoubt, chapterTaskToTick } from "../../core/live/after-show";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../core/live/chapters";
import { placedRules, placedShow } from "../../core/vault/no-show";
import { todayIn } from "../../core/note/dates";
import type { Episode } from "../../core/types";
import type { Clock } from "../clock";
import { localTimeZone } from "../clock";
import { Ticker, type ClockFace } from "./ticker";
import { dayIn, tickTask } from "../episodes/tick";
import type { OpenModals } from "../ui/open-modals";

const RECHECK_MS = 30_000;
/** How often the auto-tick tries one item before it leaves it to the host. */
export const AUTO_TICK_TRIES = 3;

export interface LoggedLine {
  path: string;
  line: number;
  lineText: string;
  /** The chapter line the log took over (planLog), as it was: undo writes it back. */
  replaced?: { lineText: string; title: string; at: string };
}

export interface LiveServiceDeps {
  app: App;
  indexer: EpisodeIndexer;
  clock: Clock;
  settings: () => OfficeHoursSettings;
  addStatusBarItem: () => HTMLElement;
  openView: (path: string) => Promise<void>;
  /** Prompts and pickers join it, so unloading mid-show closes them. */
  modals: OpenModals;
}

export class LiveService extends Component {
  readonly ticker: Ticker;
  private readonly events = new Events();
  private statusEl: HTMLElement | null = null;
  private statusFaces: ClockFace[] = [];
  private statusKey = "";
  /** Lines logged in this session, newest last: what "Undo last timestamp" takes back. */
  readonly logged: LoggedLine[] = [];
  /**
   * After-show items the auto-tick tried, by how often (a ticked item counts as used up): a
   * refused tick (the item edited in an open editor, say) is tried again on the note's next
   * index change, up to AUTO_TICK_TRIES in all, never twice at once.
   */
  private readonly autoTicked = new Map<string, number>();
  private readonly autoTicking = new Set<string>();
  /** The notes (with the items' texts) already told that two chapter items left the auto-tick in doubt: told once each. */
  private readonly toldInDoubt = new Set<string>();
  private classifier: { settings: OfficeHoursSettings; classifier: Classifier } | null = null;

  constructor(readonly deps: LiveServiceDeps) {
    super();
    this.ticker = this.addChild(new Ticker(deps.clock));
  }

  get app(): App {
    return this.deps.app;
  }

  override onload(): void {
    if (!Platform.isMobile) {
      this.statusEl = this.deps.addStatusBarItem();
      this.statusEl.addClass("office-hours-live-status-bar", "mod-clickable");
      this.statusEl.hide();
      this.registerDomEvent(this.statusEl, "click", () => {
        const first = this.liveEpisodes()[0];
        if (first) void this.deps.openView(first.episode.path);
      });
    }
    this.registerEvent(
      this.deps.indexer.onChange((paths) => {
        // Every note read again: the settings changed (the tab edits them in place).
        if (paths === null) this.classifier = null;
        this.refreshStatusBar();
        if (paths !== null) for (const path of paths) void this.autoTick(path);
      }),
    );
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => {
        for (const entry of this.logged) if (entry.path === oldPath) entry.path = file.path;
        // The auto-tick's memory follows the note: an item ticked, or unticked by the host on
        // purpose, after a rename is not ticked again as if new. Keys are "path\nitem".
        for (const memory of [this.autoTicked, this.toldInDoubt]) {
          for (const key of [...memory.keys()]) {
            if (!key.startsWith(`${oldPath}\n`)) continue;
            const moved = `${file.path}${key.slice(oldPath.length)}`;
            if (memory instanceof Map) memory.set(moved, memory.get(key) ?? 0);
            else memory.add(moved);
            memory.delete(key);
          }
        }
      }),
    );
    // Time alone changes a state too: a start written by a device whose clock runs ahead
    // comes due, a show nobody ended goes stale. Checked twice a minute, not every second.
    this.registerInterval(
      window.setInterval(() => {
        this.refreshStatusBar();
        this.events.trigger("recheck");
      }, RECHECK_MS),
    );
  }

  /** Called every RECHECK_MS: views compare the state they show with the state now. */
  onRecheck(callback: () => void): EventRef {
    return this.events.on("recheck", callback);
  }

  override onunload(): void {
    this.statusFaces = [];
  }

  /** The show settings an episode is read with: its own, else the only show set up; null for an episode of no show among several. */
  showOf(indexed: { show: ShowSettings | null }): ShowSettings | null {
    return placedShow(indexed.show, this.deps.settings());
  }

  /** The zone its `live:` marks and times are read in: its show's, else the one all shows share, else the device's (no-show.ts's rule). */
  zoneOf(indexed: { show: ShowSettings | null }): string {
    return placedRules(indexed.show, this.deps.settings(), localTimeZone()).schedule.timeZone;
  }

  stateOf(indexed: IndexedEpisode): LiveState {
    return liveState(indexed.episode.live, this.deps.clock.now().getTime(), this.zoneOf(indexed));
  }

  /** Episodes live right now (a start ahead or days ago does not count). */
  liveEpisodes(): IndexedEpisode[] {
    return this.deps.indexer.index.all().filter((e) => this.stateOf(e).kind === "live");
  }

  /** The episode whose show ended last: what the live view shows after the show. */
  lastEnded(): IndexedEpisode | null {
    let best: { indexed: IndexedEpisode; endMs: number } | null = null;
    for (const indexed of this.deps.indexer.index.all()) {
      if (indexed.episode.live.end === null) continue;
      const state = this.stateOf(indexed);
      if (state.kind === "ended" && (best === null || state.endMs > best.endMs)) best = { indexed, endMs: state.endMs };
    }
    return best?.indexed ?? null;
  }

  timestampNames(show: ShowSettings | null): string[] {
    // An episode of no show among several is read with the built-in headings (classify.ts), not the first show's.
    return show?.timestampHeadings ?? [...DEFAULT_TIMESTAMP_HEADINGS];
  }

  headingMatcher(show: ShowSettings | null): (heading: string) => boolean {
    return timestampHeadingMatcher(this.timestampNames(show));
  }

  /** The episode in a note's current text, read with the same rules as the index. */
  readEpisode(path: string, text: string): { episode: Episode; show: ShowSettings | null } | null {
    const settings = this.deps.settings();
    if (this.classifier?.settings !== settings) this.classifier = { settings, classifier: createClassifier(settings) };
    const result = this.classifier.classifier.classify(path, text, textFrontmatter(text));
    return result.kind === "episode" && result.episode ? { episode: result.episode, show: result.show } : null;
  }

  /** Tell the live views a note changed through us (they redraw from `text` at once). */
  noteChanged(path: string, text: string | null): void {
    this.events.trigger("note-changed", path, text);
    this.refreshStatusBar();
  }

  onNoteChanged(callback: (path: string, text: string | null) => void): EventRef {
    return this.events.on("note-changed", callback as (...data: unknown[]) => unknown);
  }

  /** One clock per live episode in the status bar, rebuilt only when the set of live shows changes. */
  refreshStatusBar(): void {
    const el = this.statusEl;
    if (!el) return;
    const live = this.liveEpisodes();
    const key = live.map((e) => `${e.episode.path}|${e.episode.live.start ?? ""}`).join("\n");
    if (key === this.statusKey) return;
    this.statusKey = key;
    for (const face of this.statusFaces) this.ticker.remove(face);
    this.statusFaces = [];
    el.empty();
    if (live.length === 0) {
      el.hide();
      return;
    }
    el.show();
    el.createSpan({ cls: "office-hours-live-dot", attr: { "aria-hidden": "true" } });
    el.createSpan({ cls: "office-hours-live-label", text: "Live" });
    live.forEach((indexed, n) => {
      const state = this.stateOf(indexed);
      if (state.kind !== "live") return;
      if (n > 0) el.createSpan({ text: "·", cls: "office-hours-live-separator" });
      const clock = el.createSpan({ cls: "office-hours-live-clock", attr: { "aria-label": `${indexed.episode.basename}: time on air` } });
      this.statusFaces.push(this.ticker.add(clock, state.startMs));
    });
  }

  /** Tell the host once per note and items why the auto-tick ticked none of `texts`. */
  private tellInDoubt(path: string, basename: string, texts: readonly string[]): void {
    if (texts.length < 2) return;
    const key = `${path}\n${texts.join("\n")}`;
    if (this.toldInDoubt.has(key)) return;
    this.toldInDoubt.add(key);
    const named = texts.map((t) => `“${t}”`).join(" and ");
    new Notice(`The chapters of ${basename} are ready for YouTube. Nothing was ticked: ${named} ${texts.length === 2 ? "both" : "all"} ask for them. Tick the one you did.`, 10000);
  }

  /**
   * With the setting on, tick the after-show item about timestamps once the show is over
   * and its chapters are valid, and tell the host. A refused tick is tried again when the
   * note next changes, up to AUTO_TICK_TRIES times, and each notice says which.
   */
  private async autoTick(path: string): Promise<void> {
    if (!this.deps.settings().autoTickChapters) return;
    const indexed = this.deps.indexer.index.get(path);
    if (!indexed) return;
    const { episode } = indexed;
    const today = todayIn(this.deps.clock.now(), this.zoneOf(indexed));
    const over = this.stateOf(indexed).kind === "ended" || (episode.date !== null && episode.date < today);
    const found = chapterTaskToTick(episode, over);
    if (!found) {
      this.tellInDoubt(path, episode.basename, chapterItemsInDoubt(episode, over));
      return;
    }
    const { task, ref } = found;
    const key = `${path}\n${task.raw}`;
    const tried = this.autoTicked.get(key) ?? 0;
    if (tried >= AUTO_TICK_TRIES || this.autoTicking.has(key)) return;
    const file = this.app.vault.getFileByPath(path);
    if (!(file instanceof TFile)) return;
    this.autoTicked.set(key, tried + 1);
    this.autoTicking.add(key);
    try {
      const result = await tickTask(this.app, file, ref, "done", dayIn(this.deps.clock, this.zoneOf(indexed)));
      if (result.ok) {
        this.autoTicked.set(key, AUTO_TICK_TRIES);
        new Notice(`Ticked “${task.text}” in ${episode.basename}: its ${episode.chapters.length} chapters are ready for YouTube.`);
        return;
      }
      const left = AUTO_TICK_TRIES - tried - 1;
      const next = left > 0 ? `tried again when the note changes (${left} more ${left === 1 ? "try" : "tries"})` : `left for you to tick after ${AUTO_TICK_TRIES} tries`;
      new Notice(`Could not tick “${task.text}” in ${episode.basename}: ${result.why} It is ${next}.`);
    } finally {
      this.autoTicking.delete(key);
    }
  }
}
