// The module tests load in place of 'obsidian' (vitest.config.ts aliases it
// here); tsc still checks plugin code against the real obsidian.d.ts. It
// exports at run time what plugins import, and on import installs the globals
// Obsidian provides before any plugin code runs: the JS extensions always,
// the DOM helpers when a DOM exists.
import { installDomHelpers } from "./dom-helpers";
import { installJsExtensions } from "./js-extensions";
import { installListenerTracking } from "./element-listeners";
import { installFocusFixup } from "./focus-fixup";

installJsExtensions();
if (typeof document !== "undefined") {
  installDomHelpers();
  installListenerTracking();
  installFocusFixup();
}

export { App } from "./app";
export { Component } from "./component";
export { Editor } from "./editor";
export { Events } from "./events";
export { FileManager } from "./file-manager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from "./fuzzy";
export { addIcon, displayTooltip, getIcon, getIconIds, removeIcon, setIcon, setTooltip } from "./icons";
export { debounce } from "./debounce";
export { getAllTags, getLinkpath, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags, parseLinktext } from "./link-helpers";
export { getFrontMatterInfo } from "./markdown-parse";
export { Menu, MenuItem, MenuSeparator } from "./menu";
export { MetadataCache } from "./metadata-cache";
export { Modal } from "./modal";
export { Notice } from "./notice";
export { normalizePath } from "./paths";
export { apiVersion, getLanguage, Keymap, Platform, requireApiVersion, Scope } from "./platform";
export { Plugin } from "./plugin";
export { Setting } from "./setting";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  SearchComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from "./setting-components";
export { SettingGroup } from "./setting-definitions";
export { PluginSettingTab, SettingTab } from "./setting-tab";
export { AbstractInputSuggest, FuzzySuggestModal, PopoverSuggest, SuggestModal } from "./suggest";
export { Vault } from "./vault";
export { EditableFileView, FileView, MarkdownView, TextFileView } from "./file-views";
export { ItemView, View } from "./views";
export { Workspace } from "./workspace";
export { WorkspaceLeaf } from "./workspace-leaf";
export {
  WorkspaceContainer,
  WorkspaceFloating,
  WorkspaceItem,
  WorkspaceMobileDrawer,
  WorkspaceParent,
  WorkspaceRibbon,
  WorkspaceRoot,
  WorkspaceSidedock,
  WorkspaceSplit,
  WorkspaceTabs,
  WorkspaceWindow,
} from "./workspace-items";
export { parseYaml } from "./yaml";
export { stringifyYaml } from "./yaml-stringify";

/**
 * The vault adapter classes exist so `instanceof` checks compile and run; the
 * host's adapter is neither, so desktop-only branches (getBasePath) stay off,
 * as they must for a plugin that is not desktop-only.
 */
export class FileSystemAdapter {}
export class CapacitorAdapter {}

/** No network in tests: inject the fetcher instead, or stub this module's export in the test. */
export function requestUrl(request: unknown): Promise<never> {
  void request;
  return Promise.reject(new Error("Stand-in host: requestUrl has no network; give the code under test a fake fetcher."));
}

export function request(request: unknown): Promise<never> {
  return requestUrl(request);
}
