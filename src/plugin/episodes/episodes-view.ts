// The "Episodes" sidebar: a row of modes (today only "Episodes"; an agenda or a guests
// pipeline would be another SidebarMode), the quiet line about notes that could not be
// read, and when to redraw. Redraws are debounced and skipped while the view is hidden; a
// hidden view catches up when it is shown again. What is drawn, and how cheaply nothing
// is drawn when nothing changed, is the mode's business (episodes-mode.ts).
import { ItemView, debounce, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { Clock } from "../clock";
import { openItems } from "../../core/sidebar/view-model";
import { todayIn } from "../../core/note/dates";
import { episodeDay, tickFromCheckbox } from "./tick";
import type { RowActions } from "./episode-row";
import { ReadFailures } from "./read-failures";
import type { SidebarMode } from "./sidebar-mode";
import { EpisodesMode } from "./episodes-mode";
import { assignToShow } from "./assign-show";
import { placedRules } from "../../core/vault/no-show";
import { localTimeZone } from "../clock";
import type { OpenModals } from "../ui/open-modals";

export const EPISODES_VIEW = "office-hours-episodes";

/** Long enough to merge a burst of saves, short enough to feel immediate. */
const REDRAW_DELAY_MS = 150;
/** How often the clock alone is checked: a new day, a `live:` mark coming due. */
const CLOCK_CHECK_MS = 60_000;

export interface EpisodesViewServices {
  indexer: EpisodeIndexer;
  clock: Clock;
  /** Where the row's "Assign to show…" picker opens, so unloading closes it. */
  modals: OpenModals;
}

export class EpisodesView extends ItemView {
  readonly episodes: EpisodesMode;
  private readonly modes: SidebarMode[];
  private mode: SidebarMode;
  private modeButtons = new Map<string, HTMLButtonElement>();
  private modeEl: HTMLElement | null = null;
  private failures: ReadFailures | null = null;
  private failuresRevision = -1;
  private stale = true;
  /** Rows rebuilt by the last redraw (read by tests and the benchmark). */
  lastRedrawCount = 0;
  private readonly scheduleRedraw = debounce(() => this.redraw(), REDRAW_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly services: EpisodesViewServices,
  ) {
    super(leaf);
    this.episodes = new EpisodesMode({
      indexer: services.indexer,
      clock: services.clock,
      actions: this.rowActions(),
      saveLayout: () => this.app.workspace.requestSaveLayout(),
    });
    this.modes = [this.episodes];
    this.mode = this.episodes;
  }

  override getViewType(): string {
    return EPISODES_VIEW;
  }

  override getDisplayText(): string {
    return "Episodes";
  }

  override getIcon(): string {
    return "mic";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), mode: this.mode.id, ...this.mode.getState() };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    if (state && typeof state === "object") {
      const saved = state as Record<string, unknown>;
      const mode = this.modes.find((m) => m.id === saved.mode) ?? this.mode;
      mode.setState(saved);
      if (mode !== this.mode) this.switchMode(mode);
      this.stale = true;
      this.redraw();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-view");
    const bar = this.contentEl.createDiv({ cls: "office-hours-modes", attr: { role: "tablist", "aria-label": "Sidebar mode" } });
    for (const mode of this.modes) {
      const button = bar.createEl("button", { text: mode.label, attr: { role: "tab", "data-mode": mode.id } });
      button.addEventListener("click", () => this.switchMode(mode));
      this.modeButtons.set(mode.id, button);
    }
    const actions = this.rowActions();
    this.failures = new ReadFailures(this.contentEl.createDiv({ cls: "office-hours-failures" }), (path, pane) => actions.open(path, pane));
    this.failuresRevision = -1;
    this.modeEl = this.contentEl.createDiv({ cls: "office-hours-mode" });
    this.switchMode(this.mode);
    // Before the index hears of it: the redraw it brings finds the row's choices under the new name.
    this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.episodes.followRename(oldPath, file.path)));
    this.registerEvent(this.app.vault.on("delete", (file) => this.episodes.forget(file.path)));
    this.registerEvent(
      this.services.indexer.onChange(() => {
        this.stale = true;
        this.scheduleRedraw();
      }),
    );
    // A hidden sidebar is not redrawn; catch up when it becomes visible: its list gets a
    // size again (sidebar expanded, tab selected), or the layout changes.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.redrawIfVisible()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.redrawIfVisible()));
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => this.redrawIfVisible());
      observer.observe(this.modeEl);
      this.register(() => observer.disconnect());
    }
    // A new day ("in 3 days" becomes "in 2 days") or a show going live changes rows with
    // no note changing. A redraw that finds nothing changed compares one key.
    this.registerInterval(window.setInterval(() => this.redraw(), CLOCK_CHECK_MS));
    // The first drawing happens even before the tab is shown, so it never opens empty.
    this.redraw(true);
  }

  override async onClose(): Promise<void> {
    this.scheduleRedraw.cancel();
    this.mode.close();
    this.failures = null;
    this.modeEl = null;
    this.modeButtons.clear();
    this.contentEl.empty();
  }

  private switchMode(mode: SidebarMode): void {
    if (mode !== this.mode) this.mode.close();
    this.mode = mode;
    for (const [id, button] of this.modeButtons) {
      button.toggleClass("is-active", id === mode.id);
      button.setAttr("aria-selected", String(id === mode.id));
    }
    if (!this.modeEl) return;
    this.modeEl.empty();
    mode.open(this.modeEl);
    this.redraw(true);
  }

  private redrawIfVisible(): void {
    if (this.stale) this.scheduleRedraw();
  }

  /** Bring what is shown up to date. Public for tests and the benchmark, which call it directly. */
  redraw(evenIfHidden = false): void {
    if (!this.modeEl) return;
    if (!evenIfHidden && !this.containerEl.isShown()) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const index = this.services.indexer.index;
    if (this.services.indexer.isReady && this.failuresRevision !== index.revision) {
      this.failuresRevision = index.revision;
      this.failures?.render(index.errors());
    }
    this.lastRedrawCount = this.mode.redraw();
  }

  private rowActions(): RowActions {
    return {
      items: (path) => {
        const indexed = this.services.indexer.index.get(path);
        if (!indexed) return [];
        // As the row's status places it: an episode of no show among several by what all shows agree on (no-show.ts).
        const rules = placedRules(indexed.show, this.services.indexer.index.settings, localTimeZone());
        return openItems(indexed.episode, { rules, today: todayIn(this.services.clock.now(), rules.schedule.timeZone) });
      },
      open: (path, pane) => {
        const file = this.app.vault.getFileByPath(path);
        if (file) void this.app.workspace.getLeaf(pane).openFile(file);
      },
      toggleExpanded: (path) => {
        this.lastRedrawCount = this.episodes.toggleExpanded(path);
        this.episodes.listElement?.rowElement(path)?.querySelector<HTMLElement>(".office-hours-row-main")?.focus();
      },
      tick: (path, item, checkbox) => void tickFromCheckbox(this.app, path, item.ref, item.text, checkbox, episodeDay(this.services.indexer.index, path, this.services.clock)),
      allItemsShown: (path, list) => this.episodes.rows.showsAll(path, list),
      showAllItems: (path, list) => this.episodes.rows.showAll(path, list),
      assign: (path) => void assignToShow({ app: this.app, index: () => this.services.indexer.index, open: (modal) => this.services.modals.open(modal) }, path),
    };
  }
}
