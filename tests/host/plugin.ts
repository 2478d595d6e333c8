// Plugin: everything a plugin registers is undone when it unloads (commands,
// ribbon icons, status bar items, views, setting tabs), as in the app.
// Settings live in <configDir>/plugins/<id>/data.json.
import type { PluginManifest } from "obsidian";
import type { App } from "./app";
import type { HostCommand } from "./commands";
import { Component } from "./component";
import { setIcon } from "./icons";
import { normalizePath } from "./paths";
import { Platform } from "./platform";
import type { PluginSettingTab } from "./setting-tab";
import type { View } from "./views";
import type { WorkspaceLeaf } from "./workspace-leaf";

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  settings?: unknown;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  override onload(): Promise<void> | void {
    // Override to set the plugin up.
  }

  onUserEnable(): void {
    // Override for first-run work after the user enables the plugin.
  }

  /** Called when data.json changes on disk from outside the app (Sync, another program). */
  onExternalSettingsChange?(): unknown;

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.hostRibbonEl.createDiv({ cls: ["clickable-icon", "side-dock-ribbon-action"], attr: { "aria-label": title } });
    setIcon(el, icon);
    el.addEventListener("click", (evt) => {
      const result = callback(evt);
      if (result instanceof Promise) this.app.hostScheduler.track(result);
    });
    this.register(() => el.detach());
    return el;
  }

  /** On mobile the app has no status bar: the element is returned but never shown. */
  addStatusBarItem(): HTMLElement {
    const el = createDiv({ cls: ["status-bar-item", `plugin-${this.manifest.id}`] });
    if (!Platform.isMobile) this.app.hostStatusBarEl.appendChild(el);
    this.register(() => el.detach());
    return el;
  }

  /** Prefixes id with "<plugin id>:" and name with "<plugin name>: " on the object it is given, like the app. */
  addCommand(command: HostCommand): HostCommand {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.addCommand(command);
    const id = command.id;
    this.register(() => this.app.commands.removeCommand(id));
    return command;
  }

  removeCommand(commandId: string): void {
    const prefix = `${this.manifest.id}:`;
    this.app.commands.removeCommand(commandId.startsWith(prefix) ? commandId : prefix + commandId);
  }

  /** Like the app, reads the tab's definitions once now, for the settings search. */
  addSettingTab(settingTab: PluginSettingTab): void {
    settingTab.update();
    this.app.hostSettingTabs.push(settingTab);
    this.register(() => {
      this.app.hostSettingTabs = this.app.hostSettingTabs.filter((tab) => tab !== settingTab);
    });
  }

  /** Throws on a type that is already registered, as the app does. */
  registerView(type: string, viewCreator: (leaf: WorkspaceLeaf) => View): void {
    this.app.hostRegisterView(type, viewCreator);
    this.register(() => this.app.hostUnregisterView(type));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    for (const extension of extensions) this.app.hostExtensions.set(extension, viewType);
    this.register(() => {
      for (const extension of extensions) this.app.hostExtensions.delete(extension);
    });
  }

  registerHoverLinkSource(id: string, info: unknown): void {
    this.#record("hoverLinkSources", { id, info });
  }

  /** Recorded only: the host has no reading view to run post processors in. */
  registerMarkdownPostProcessor<T>(postProcessor: T, sortOrder?: number): T {
    this.#record("postProcessors", { postProcessor, sortOrder });
    return postProcessor;
  }

  /** Recorded only, see registerMarkdownPostProcessor. */
  registerMarkdownCodeBlockProcessor(language: string, handler: unknown, sortOrder?: number): unknown {
    this.#record("codeBlockProcessors", { language, handler, sortOrder });
    return handler;
  }

  registerBasesView(): boolean {
    // Bases are not enabled in the stand-in vault.
    return false;
  }

  /** Recorded only: there is no CodeMirror in the host. */
  registerEditorExtension(extension: unknown): void {
    this.#record("editorExtensions", extension);
  }

  registerObsidianProtocolHandler(action: string, handler: unknown): void {
    this.#record("protocolHandlers", { action, handler });
  }

  registerEditorSuggest(editorSuggest: unknown): void {
    this.#record("editorSuggests", editorSuggest);
  }

  registerCliHandler(command: string, description: string, flags: unknown, handler: unknown): void {
    this.#record("cliHandlers", { command, description, flags, handler });
  }

  /** null when data.json does not exist; a corrupt file rejects with JSON.parse's SyntaxError (see README). */
  async loadData(): Promise<unknown> {
    const path = this.hostDataPath();
    if (!(await this.app.vault.adapter.exists(path))) return null;
    return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.hostDataPath(), JSON.stringify(data, null, 2));
  }

  hostDataPath(): string {
    return normalizePath(`${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`);
  }

  #record(kind: string, entry: unknown): void {
    const list = this.app.hostRegistrations[kind] ?? [];
    list.push(entry);
    this.app.hostRegistrations[kind] = list;
    this.register(() => {
      const current = this.app.hostRegistrations[kind] ?? [];
      this.app.hostRegistrations[kind] = current.filter((other) => other !== entry);
    });
  }
}
