// SettingTab and PluginSettingTab. As the docs describe for 1.13+, a tab whose
// getSettingDefinitions() returns items is rendered from them and display()
// is skipped; with an older app version (host option apiVersion) or no
// definitions, display() renders it.
import type { SettingDefinitionItem, SettingDefinitionPage } from "obsidian";
import type { App } from "./app";
import { requireApiVersion } from "./platform";
import type { Plugin } from "./plugin";
import { renderDefinitions } from "./setting-definitions";

export abstract class SettingTab {
  icon = "";
  app: App;
  containerEl: HTMLElement;
  settingItems: SettingDefinitionItem[] = [];
  #shown = false;
  #cleanups: (() => void)[] = [];

  constructor(app: App) {
    this.app = app;
    this.containerEl = createDiv({ cls: "vertical-tab-content" });
  }

  getSettingDefinitions(): SettingDefinitionItem[] {
    return [];
  }

  /** Re-reads the definitions and, if the tab is showing them, renders it again. */
  update(): void {
    this.settingItems = requireApiVersion("1.13.0") ? this.getSettingDefinitions() : [];
    if (this.#shown && this.settingItems.length > 0) this.#render(this.settingItems);
  }

  getControlValue(key: string): unknown {
    void key;
    return undefined;
  }

  setControlValue(key: string, value: unknown): void | Promise<void> {
    void key;
    void value;
  }

  /** Re-applies visible and disabled predicates; the host simply renders again. */
  refreshDomState(): void {
    if (this.#shown && this.settingItems.length > 0) this.#render(this.settingItems);
  }

  display(): void {
    // Override to render the tab imperatively.
  }

  /** The app empties the tab when it is hidden, after running render clean-ups. */
  hide(): void {
    this.#shown = false;
    this.#runCleanups();
    this.containerEl.empty();
  }

  /** The settings modal showing this tab. */
  hostShow(): void {
    this.#shown = true;
    this.update();
    if (this.settingItems.length === 0) this.display();
  }

  /** A declarative page row was clicked: its items replace the tab's content, with a way back. */
  hostShowPage(page: SettingDefinitionPage): void {
    this.#render(page.items ?? []);
    const back = this.containerEl.createDiv({ cls: ["setting-item", "mod-clickable", "setting-page-back"], text: "Back" });
    this.containerEl.prepend(back);
    back.addEventListener("click", () => this.#render(this.settingItems));
  }

  #render(items: SettingDefinitionItem[]): void {
    this.#runCleanups();
    this.containerEl.empty();
    this.#cleanups = renderDefinitions(this, this.containerEl, items);
  }

  #runCleanups(): void {
    const cleanups = this.#cleanups;
    this.#cleanups = [];
    for (const cleanup of cleanups) cleanup();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  readonly #plugin: Plugin;

  constructor(app: App, plugin: Plugin) {
    super(app);
    this.#plugin = plugin;
  }

  /** Reads this.plugin.settings[key]. */
  override getControlValue(key: string): unknown {
    const settings = this.#plugin.settings;
    return typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)[key] : undefined;
  }

  /** Sets this.plugin.settings[key] and saves it with saveData(). */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    const settings = this.#plugin.settings;
    if (typeof settings !== "object" || settings === null) return;
    (settings as Record<string, unknown>)[key] = value;
    await this.#plugin.saveData(settings);
  }

  hostPlugin(): Plugin {
    return this.#plugin;
  }
}
