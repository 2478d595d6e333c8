// The "Agenda": every open item of every episode of every show, by deadline. Its own
// view rather than a mode of the Episodes sidebar: the sidebar lists episodes, this
// lists items across them, and the two change for different reasons (the sidebar is
// being rebuilt with its own modes on another branch, so a separate view merges cleanly
// and can become one of its modes later; the drawing is in agenda-render.ts).
import { ItemView, MarkdownView, debounce, type PaneType, type WorkspaceLeaf } from "obsidian";
import { entryRef } from "../../core/deadlines/agenda";
import { tickFromCheckbox } from "../episodes/tick";
import { keepPlace, restorePlace } from "../episodes/kept-place";
import type { AgendaService } from "./agenda-service";
import { FIRST_ITEMS, renderConflicts, renderGroup, type AgendaActions } from "./agenda-render";

export const AGENDA_VIEW = "office-hours-agenda";

const REDRAW_DELAY_MS = 150;
/** How often the day is checked: a new day moves items between groups and changes every due label. */
const CLOCK_CHECK_MS = 60_000;

/** What a user may focus in the agenda: the checkboxes, the items and conflicts, "Show more". */
const FOCUSABLE = "input, .office-hours-agenda-body, .office-hours-agenda-conflict, .office-hours-more";

export class AgendaView extends ItemView {
  private readonly limits = new Map<string, number>();
  private bodyEl: HTMLElement | null = null;
  private stale = true;
  /** The days the drawn agenda was counted from. */
  private drawnDays = "";
  private readonly redrawSoon = debounce(() => this.redraw(), REDRAW_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly service: AgendaService,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return AGENDA_VIEW;
  }

  override getDisplayText(): string {
    return "Agenda";
  }

  override getIcon(): string {
    return "calendar-check";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("office-hours-agenda");
    this.bodyEl = this.contentEl.createDiv({ cls: "office-hours-agenda-body-list" });
    this.registerEvent(
      this.service.onChange(() => {
        this.stale = true;
        this.redrawSoon();
      }),
    );
    // Hidden, it is not drawn; shown again (or on a new day), it catches up.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.redrawIfStale()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.redrawIfStale()));
    this.registerInterval(
      window.setInterval(() => {
        if (this.service.ready && this.service.days() !== this.drawnDays) this.redraw();
      }, CLOCK_CHECK_MS),
    );
    this.redraw(true);
  }

  override async onClose(): Promise<void> {
    this.redrawSoon.cancel();
    this.bodyEl = null;
    this.contentEl.empty();
  }

  private redrawIfStale(): void {
    if (this.stale) this.redrawSoon();
  }

  /** Draw the agenda now. Public for tests and the pictures. */
  redraw(evenIfHidden = false): void {
    const body = this.bodyEl;
    if (!body) return;
    if (!evenIfHidden && !this.containerEl.isShown()) {
      this.stale = true;
      return;
    }
    this.stale = false;
    // Everything is drawn again: keep the keyboard focus at its place (a ticked item's
    // checkbox gives it to the next item's).
    const kept = keepPlace(body, FOCUSABLE);
    body.empty();
    if (!this.service.ready) {
      body.createDiv({ cls: "office-hours-empty", text: "Reading episode notes…" });
      return;
    }
    this.drawnDays = this.service.days();
    const groups = this.service.groups();
    const actions = this.actions();
    const counts = groups.filter((g) => g.items.length > 0 && g.name !== "undated").map((g) => `${g.items.length} ${g.label.toLowerCase()}`);
    body.createDiv({ cls: "office-hours-agenda-summary", text: counts.length > 0 ? counts.join(" · ") : "Nothing open." });
    renderConflicts(body, this.service.conflicts(), actions);
    for (const group of groups) renderGroup(body, group, this.limits.get(group.name) ?? FIRST_ITEMS, actions);
    restorePlace(kept, body, ".office-hours-agenda-body");
  }

  private actions(): AgendaActions {
    return {
      open: (path, line, pane) => void this.open(path, line, pane),
      tick: (entry, checkbox) => void tickFromCheckbox(this.app, entry.path, entryRef(entry), entry.text, checkbox, () => this.service.todayFor(entry.origin.show)),
      more: (group) => {
        this.limits.set(group, (this.limits.get(group) ?? FIRST_ITEMS) + FIRST_ITEMS);
        this.redraw();
      },
    };
  }

  private async open(path: string, line: number | null, pane: PaneType | boolean): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return;
    const leaf = this.app.workspace.getLeaf(pane);
    await leaf.openFile(file, line === null ? undefined : { eState: { line } });
    if (line !== null && leaf.view instanceof MarkdownView) leaf.view.editor.setCursor({ line, ch: 0 });
  }
}
