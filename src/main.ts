// Wiring only: every rule lives in src/core/, every Obsidian interaction in src/plugin/.
import { Notice, Plugin, debounce, getLanguage } from "obsidian";
import type { OfficeHoursSettings, ShowSettings } from "./core/settings/settings";
import { loadSettings } from "./plugin/settings/settings-store";
import { SettingsSync } from "./plugin/settings/settings-sync";
import { EpisodeIndexer } from "./plugin/vault/episode-indexer";
import { EPISODES_VIEW, EpisodesView } from "./plugin/episodes/episodes-view";
import { OfficeHoursSettingTab } from "./plugin/settings/settings-tab";
import { registerShowCommands, registerStaticCommands, type CommandActions } from "./plugin/commands";
import { startNewEpisode } from "./plugin/new-episode/new-episode-flow";
import { updateIndexNote, type IndexNoteDeps } from "./plugin/index-note/index-note-command";
import { showOfNote } from "./core/index-note/show-of-note";
import { systemClock, type Clock } from "./plugin/clock";
import { copySnippet, exportInvite, insertSnippet, type SnippetContext } from "./plugin/snippets/snippet-commands";
import { settingsLedger } from "./plugin/snippets/invite-file";
import { OpenModals } from "./plugin/ui/open-modals";
import { LiveService } from "./plugin/live/live-service";
import { LIVE_VIEW, LiveView } from "./plugin/live/live-view";
import { registerLiveCommands } from "./plugin/live/live-commands";
import { newEpisodeOrDetect, offerDetectionOnce, reviewDetectedShows, type DetectHost } from "./plugin/detect/detect-flow";
import { foundEpisodes, type FoundEpisode } from "./core/detect/scope";
import { GuestService } from "./plugin/guests/guest-service";
import { ShowPickerModal } from "./plugin/ui/show-picker";
import { assignToShow, canAssign } from "./plugin/episodes/assign-show";
import { RescheduleService, registerRescheduleCommands } from "./plugin/reschedule/reschedule-commands";
import { setUpAgenda, type AgendaHandle } from "./plugin/agenda/agenda-setup";
import { RenameFollower } from "./plugin/renames/rename-follower";

/** Settings edits arrive per keystroke; re-reading the vault waits until typing pauses. */
const APPLY_SETTINGS_DELAY_MS = 800;

export default class OfficeHoursPlugin extends Plugin {
  override settings!: OfficeHoursSettings;
  clock: Clock = systemClock;
  private indexer!: EpisodeIndexer;
  private live!: LiveService;
  private guests!: GuestService;
  private showCommandIds: string[] = [];
  private settingTab: OfficeHoursSettingTab | null = null;
  private agenda: AgendaHandle | null = null;
  private modals = new OpenModals();
  private active = true;
  /** Saves and reloads data.json; holds saves while a sync is still writing it. */
  private readonly settingsSync = new SettingsSync(this, () => this.clock.now());
  private readonly applySettingsSoon = debounce(() => void this.applySettings(), APPLY_SETTINGS_DELAY_MS, true);

  override async onload(): Promise<void> {
    // Forms and pickers still open when the plugin unloads are closed with it.
    this.modals = new OpenModals();
    const modals = this.modals;
    this.register(() => modals.closeAll());
    this.settings = await loadSettings(this, this.clock.now());
    this.indexer = this.addChild(new EpisodeIndexer(this.app, this.settings));
    this.addChild(new RenameFollower({ app: this.app, settings: () => this.settings, index: () => this.indexer.index, apply: async (settings) => { this.settings = settings; await this.saveSettings(false); this.settingTab?.refresh(); } }));
    this.registerView(EPISODES_VIEW, (leaf) => new EpisodesView(leaf, { indexer: this.indexer, clock: this.clock, modals: this.modals }));
    this.live = this.addChild(
      new LiveService({
        app: this.app,
        indexer: this.indexer,
        clock: this.clock,
        settings: () => this.settings,
        addStatusBarItem: () => this.addStatusBarItem(),
        openView: (path) => this.openLiveView(path),
        modals: this.modals,
      }),
    );
    this.registerView(LIVE_VIEW, (leaf) => new LiveView(leaf, this.live));
    this.guests = new GuestService({
      app: this.app,
      settings: () => this.settings,
      episodes: this.indexer,
      clock: this.clock,
      modals: this.modals,
      newEpisodeWith: (guests) => this.newEpisodeWith(guests),
    });
    this.guests.register(this);
    this.addRibbonIcon("mic", "Open episodes sidebar", () => void this.openSidebar());
    const actions = this.commandActions();
    registerStaticCommands(this, actions);
    this.showCommandIds = registerShowCommands(this, actions);
    registerLiveCommands(this, this.live, () => this.openLiveView(null));
    registerRescheduleCommands(this, new RescheduleService(this.snippetContext()));
    this.agenda = setUpAgenda(this, this.indexer, this.clock, () => this.settings);
    this.settingTab = new OfficeHoursSettingTab(this.app, this, this);
    this.addSettingTab(this.settingTab);
    this.app.workspace.onLayoutReady(() => {
      void this.indexer.start().then(() => (this.active ? offerDetectionOnce(this.detectHost()) : undefined));
    });
  }

  override onunload(): void {
    this.active = false;
    this.applySettingsSoon.cancel();
  }

  /** The settings tab's "Detect shows" button. */
  detectShows(): void {
    void reviewDetectedShows(this.detectHost());
  }

  /** The episodes the index holds now (null until its first read): Detect's and the settings tab's scope rule. */
  episodes(): FoundEpisode[] | null {
    return this.indexer.isReady ? foundEpisodes(this.indexer.index) : null;
  }

  private detectHost(): DetectHost {
    return {
      app: this.app,
      settings: () => this.settings,
      episodes: () => this.episodes(),
      applyDetected: async (settings) => {
        this.settings = settings;
        await this.saveSettings(true);
        this.settingTab?.refresh();
      },
      modals: this.modals,
      register: (callback) => this.register(callback),
      isActive: () => this.active,
    };
  }

  /** First time enabled by the user: show them where episodes appear. */
  override onUserEnable(): void {
    void this.openSidebar();
  }

  /** data.json changed on disk (e.g. by Sync): reload and apply; a file that cannot be read yet keeps the settings in use. */
  override async onExternalSettingsChange(): Promise<void> {
    const settings = await this.settingsSync.reload(this.settings);
    if (settings === null) return;
    this.settings = settings;
    await this.applySettings();
    this.refreshShowCommands();
    // An open settings tab still shows the old values: draw it again from the new ones.
    this.settingTab?.refresh();
  }

  async saveSettings(structural: boolean): Promise<void> {
    await this.settingsSync.save(this.settings);
    if (structural) this.refreshShowCommands();
    this.applySettingsSoon();
  }

  /**
   * Runs `then` once the index is read with the current settings. Right after the shows
   * change (Detect shows accepted, a folder edited) it still holds the old shows' episodes
   * until the re-read, and the new-episode form would propose number 01 and a taken slot
   * from it. The first scan is not awaited: its notice says the number may be too low.
   */
  private whenIndexInStep(then: () => void): void {
    this.applySettingsSoon.run();
    if (!this.indexer.isReady || !this.indexer.rebuilding) {
      then();
      return;
    }
    void this.indexer.settled().then(() => {
      if (this.active) then();
    });
  }

  private async applySettings(): Promise<void> {
    this.agenda?.refresh();
    await this.indexer.applySettings(this.settings);
  }

  /** "Invite to an episode": the new-episode form with the guest filled in (asking which show when there are several). */
  private newEpisodeWith(guests: string[]): void {
    const shows = this.settings.shows;
    const run = (show: ShowSettings) =>
      this.whenIndexInStep(() => startNewEpisode(this.app, show, this.indexer.index, this.clock, this.modals, { names: guests, help: this.guests.formHelp(), tickDone: this.settings.tickDoneAtCreation }));
    if (shows.length === 1 && shows[0]) run(shows[0]);
    else this.modals.open(new ShowPickerModal(this.app, shows, run));
  }

  private refreshShowCommands(): void {
    for (const id of this.showCommandIds) this.removeCommand(id);
    this.showCommandIds = registerShowCommands(this, this.commandActions());
  }

  private commandActions(): CommandActions {
    return {
      modals: this.modals,
      shows: () => this.settings.shows,
      newEpisode: (show: ShowSettings) =>
        this.whenIndexInStep(() =>
          // Before the first scan the show's episodes are not known yet: never ask then.
          void newEpisodeOrDetect(this.detectHost(), show, !this.indexer.isReady || this.indexer.index.episodesOf(show).length > 0, () => {
            if (!this.indexer.isReady) new Notice("Still reading your notes: the suggested episode number may be too low.");
            startNewEpisode(this.app, show, this.indexer.index, this.clock, this.modals, { help: this.guests.formHelp(), tickDone: this.settings.tickDoneAtCreation });
          }),
        ),
      detectShows: () => this.detectShows(),
      openSidebar: () => this.openSidebar(),
      updateIndexNote: (show: ShowSettings) =>
        updateIndexNote(this.indexNoteDeps(), show, this.indexer.index, this.clock).catch((error: unknown) => {
          new Notice(`Office Hours could not update the episode list: ${error instanceof Error ? error.message : String(error)}`);
        }),
      activeShow: () => this.activeShow(),
      insertSnippet: (editor, view) => insertSnippet(this.snippetContext(), editor, view),
      copySnippet: () => copySnippet(this.snippetContext()),
      exportInvite: () => exportInvite(this.snippetContext()),
      unclaimedActive: () => {
        const file = this.app.workspace.getActiveFile();
        return file && canAssign(this.indexer.index, file.path) ? file.path : null;
      },
      assignToShow: (path) => assignToShow({ app: this.app, index: () => this.indexer.index, open: (modal) => this.modals.open(modal) }, path),
    };
  }

  private indexNoteDeps(): IndexNoteDeps {
    return {
      app: this.app,
      modals: this.modals,
      setIndexNote: async (show, path) => {
        show.indexNote = path;
        await this.saveSettings(false);
        this.settingTab?.refresh();
      },
    };
  }

  /** The show of the active note (an episode, an index note, a note in a show's folder), if any. */
  private activeShow(): ShowSettings | null {
    const file = this.app.workspace.getActiveFile();
    if (!file) return null;
    return showOfNote(file.path, this.settings.shows, this.indexer.index.get(file.path)?.show ?? null);
  }

  private snippetContext(): SnippetContext {
    return {
      app: this.app,
      settings: () => this.settings,
      index: () => this.indexer.index,
      clock: this.clock,
      locale: () => getLanguage(),
      modals: this.modals,
      profiles: (guests) => this.guests.profiles(guests),
      sequences: settingsLedger(() => this.settings, () => this.settingsSync.save(this.settings), this.clock, (message) => new Notice(message, 10000)),
    };
  }

  /** The live view in the right sidebar, shown without taking the editor's focus. */
  private async openLiveView(path: string | null): Promise<void> {
    const state = path === null ? undefined : { path };
    const leaf = await this.app.workspace.ensureSideLeaf(LIVE_VIEW, "right", { active: false, reveal: true, state });
    if (state) await leaf.setViewState({ type: LIVE_VIEW, state, active: false });
    await this.app.workspace.revealLeaf(leaf);
  }

  private async openSidebar(): Promise<void> {
    const leaf = await this.app.workspace.ensureSideLeaf(EPISODES_VIEW, "right", { active: true, reveal: true });
    await this.app.workspace.revealLeaf(leaf);
  }
}
