// The status-bar count of overdue items, on desktop (mobile has no status bar), off by
// a setting. Clicking it opens the agenda. It follows the agenda, and once a minute the
// clock, so a new day's late items are counted without any note changing.
import { Platform, type Plugin } from "obsidian";
import type { AgendaService } from "./agenda-service";

const RECOUNT_MS = 60_000;

export class OverdueStatus {
  private el: HTMLElement | null = null;

  constructor(
    private readonly plugin: Plugin,
    private readonly service: AgendaService,
    private readonly enabled: () => boolean,
    private readonly openAgenda: () => void,
  ) {}

  start(): void {
    // A plugin disabled before the layout was ready still gets this call.
    if (this.service.stopped) return;
    this.plugin.registerEvent(this.service.onChange(() => this.refresh()));
    this.plugin.registerInterval(window.setInterval(() => this.refresh(), RECOUNT_MS));
    this.refresh();
  }

  /** Show, update or remove the count (the setting may have changed). */
  refresh(): void {
    if (!this.enabled() || Platform.isMobile || !this.service.ready) {
      this.el?.remove();
      this.el = null;
      return;
    }
    const count = this.service.overdueCount();
    if (!this.el) {
      const el = this.plugin.addStatusBarItem();
      el.addClass("office-hours-overdue-status", "mod-clickable");
      el.setAttr("aria-label", "Open the agenda");
      this.plugin.registerDomEvent(el, "click", () => this.openAgenda());
      this.el = el;
    }
    const text = count === 0 ? "" : `${count} overdue`;
    if (this.el.getText() !== text) this.el.setText(text);
    this.el.toggleClass("is-empty", count === 0);
  }
}
