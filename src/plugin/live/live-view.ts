// The live view: one episode's show while it runs (its own ItemView, not a mode of the
// Episodes sidebar: the host keeps it open beside the stream for the whole hour, with a
// header clock that also serves mobile, while the sidebar stays a list of every episode).
// It follows its note: our own writes redraw it at once from the new text, typing in the
// note or a change from another device a moment later; a rename moves it along, a
// deletion says so. The clock is the ticker's: the rest is drawn only when the note changes.
import { ItemView, Notice, TFile, debounce, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { liveModel, type LiveModel } from "../../core/live/live-model";
import { showFormat } from "../../core/settings/show-format";
import { liveState, type LiveMarks } from "../../core/live/live-state";
import type { LiveService } from "./live-service";
import type { ClockFace } from "./ticker";
import { renderBody, renderHeader, type LiveViewActions } from "./live-view-parts";
import { currentText } from "./note-writer";
import { endShow, goLive, setVideoUrl } from "./live-actions";
import { logChapter, shiftStart, undoLastLog } from "./chapter-actions";
import { activeEpisode } from "./live-targets";
import { dayIn, tickTask } from "../episodes/tick";

export const LIVE_VIEW = "office-hours-live";

const gone = (path: string) => `The note ${path} was deleted, so its show is no longer followed here.`;

/** Typing in the note redraws the view once the typing pauses. */
const FOLLOW_DELAY_MS = 300;

export class LiveView extends ItemView {
  private path: string | null = null;
  private headerEl: HTMLElement | null = null;
  private bodyEl: HTMLElement | null = null;
  private face: ClockFace | null = null;
  /** What is drawn now (read by tests). */
  model: LiveModel | null = null;
  private marks: LiveMarks | null = null;
  private zone = "UTC";
  private readonly reloadSoon = debounce(() => void this.reload(), FOLLOW_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly service: LiveService,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return LIVE_VIEW;
  }

  override getDisplayText(): string {
    return "Live show";
  }

  override getIcon(): string {
    return "radio";
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), path: this.path };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const path = (state as { path?: unknown } | null)?.path;
    if (typeof path === "string" && path !== this.path) {
      this.path = path;
      await this.reload();
    }
    await super.setState(state, result);
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-live-view");
    this.headerEl = this.contentEl.createDiv({ cls: "office-hours-live-header" });
    this.bodyEl = this.contentEl.createDiv({ cls: "office-hours-live-body" });
    this.registerEvent(
      this.service.onNoteChanged((path, text) => {
        if (path !== this.path) return;
        if (text === null) this.reloadSoon();
        else this.drawFrom(text);
      }),
    );
    this.registerEvent(
      this.service.onRecheck(() => {
        const now = this.service.deps.clock.now().getTime();
        if (this.model && this.marks && liveState(this.marks, now, this.zone).kind !== this.model.state.kind) this.reloadSoon();
      }),
    );
    this.registerEvent(
      this.service.deps.indexer.onChange((paths) => {
        if (this.path === null || paths === null || paths.includes(this.path)) this.reloadSoon();
      }),
    );
    this.registerEvent(
      this.app.workspace.on("editor-change", (_editor, info) => {
        if (info.file?.path === this.path) this.reloadSoon();
      }),
    );
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => {
        if (oldPath !== this.path) return;
        this.path = file.path;
        this.app.workspace.requestSaveLayout();
        this.reloadSoon();
      }),
    );
    this.registerEvent(
      this.app.vault.on("delete", (file) => {
        if (file.path === this.path) this.showMessage(gone(file.path));
      }),
    );
    await this.reload();
  }

  override async onClose(): Promise<void> {
    this.reloadSoon.cancel();
    this.service.ticker.remove(this.face);
    this.face = null;
    this.contentEl.empty();
  }

  /** Show this episode (the plugin calls it through setViewState). */
  get episodePath(): string | null {
    return this.path;
  }

  private async reload(): Promise<void> {
    if (!this.headerEl) return;
    // Unless told which: the show on air, else the open episode, else the show that ended last.
    this.path ??= this.service.liveEpisodes()[0]?.episode.path ?? activeEpisode(this.service)?.episode.path ?? this.service.lastEnded()?.episode.path ?? null;
    if (this.path === null) {
      this.showMessage("No episode is live. Open an episode's note and run Go live, or pick one with Go live.");
      return;
    }
    const file = this.app.vault.getFileByPath(this.path);
    if (!(file instanceof TFile)) {
      this.showMessage(gone(this.path));
      return;
    }
    this.drawFrom(await currentText(this.app, file));
  }

  private drawFrom(text: string): void {
    const path = this.path;
    if (path === null || !this.headerEl || !this.bodyEl) return;
    const read = this.service.readEpisode(path, text);
    if (!read) {
      this.showMessage(`${path} is no longer an episode note.`);
      return;
    }
    this.zone = this.service.zoneOf(read);
    this.marks = read.episode.live;
    this.model = liveModel(read.episode, text, this.service.deps.clock.now().getTime(), this.zone, showFormat({ format: this.service.showOf(read)?.format }));
    this.service.ticker.remove(this.face);
    this.face = null;
    const clock = renderHeader(this.headerEl, this.model, this.actions());
    if (clock && this.model.state.kind === "live") this.face = this.service.ticker.add(clock, this.model.state.startMs);
    renderBody(this.bodyEl, this.model, this.actions());
  }

  private showMessage(text: string): void {
    this.service.ticker.remove(this.face);
    this.face = null;
    this.model = null;
    this.headerEl?.empty();
    this.bodyEl?.empty();
    this.bodyEl?.createDiv({ cls: "office-hours-live-empty", text });
  }

  private indexed() {
    return this.path === null ? undefined : this.service.deps.indexer.index.get(this.path);
  }

  private actions(): LiveViewActions {
    const withEpisode = (run: (indexed: NonNullable<ReturnType<LiveView["indexed"]>>) => Promise<unknown>) => {
      const indexed = this.indexed();
      if (indexed) void run(indexed);
      else new Notice("This note is still being read; try again in a moment.");
    };
    return {
      goLive: () => withEpisode((e) => goLive(this.service, e)),
      endShow: () => withEpisode((e) => endShow(this.service, e)),
      log: (point) => {
        const at = this.service.deps.clock.now().getTime();
        withEpisode((e) => logChapter(this.service, e, at, point?.title ?? null));
      },
      undo: () => void undoLastLog(this.service),
      shift: (delta) => withEpisode((e) => shiftStart(this.service, e, delta)),
      setUrl: (url) => {
        if (this.path !== null) void setVideoUrl(this.service, this.path, url);
      },
      tick: (item, checkbox) => {
        const file = this.path === null ? null : this.app.vault.getFileByPath(this.path);
        if (!(file instanceof TFile)) return;
        checkbox.disabled = true;
        void tickTask(this.app, file, item.ref, "done", dayIn(this.service.deps.clock, this.zone)).then((result) => {
          if (result.ok) return;
          new Notice(`Not ticked: ${result.reason}`);
          checkbox.checked = false;
          checkbox.disabled = false;
        });
      },
      copy: (text) => {
        navigator.clipboard.writeText(text).then(
          () => new Notice("Chapters copied: paste them into the video description."),
          () => new Notice("The clipboard is not available here; use the YouTube chapters snippet instead."),
        );
      },
    };
  }
}
