// Declarative settings (getSettingDefinitions, Obsidian 1.13): on 1.13+ the
// app renders these and skips display(). Modelled: control rows (toggle,
// dropdown, text, textarea, number, slider; file, folder and color as text
// fields) bound through getControlValue/setControlValue with defaultValue,
// validate (also on mount) and disabled; render and action rows; empty rows;
// visible predicates; groups and lists (heading, empty state, delete and add
// buttons); pages as rows that open their items. Not modelled: search
// indexing, group search boxes, drag-to-reorder, SettingPage factories.
import type {
  SettingControl,
  SettingDefinition,
  SettingDefinitionGroup,
  SettingDefinitionItem,
  SettingDefinitionList,
  SettingDefinitionPage,
} from "obsidian";
import { Setting } from "./setting";
import { ExtraButtonComponent, SearchComponent } from "./setting-components";
import type { SettingTab } from "./setting-tab";
import { trackResult } from "./scheduler";

export class SettingGroup {
  listEl: HTMLElement;
  readonly hostGroupEl: HTMLElement;
  readonly #headerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.hostGroupEl = containerEl.createDiv({ cls: "setting-group" });
    this.#headerEl = this.hostGroupEl.createDiv({ cls: ["setting-item", "setting-item-heading"] });
    this.#headerEl.hide();
    this.listEl = this.hostGroupEl.createDiv({ cls: "setting-items" });
  }

  setHeading(text: string | DocumentFragment): this {
    this.#headerEl.show();
    (this.#headerEl.querySelector<HTMLElement>(".setting-item-name") ?? this.#headerEl.createDiv({ cls: "setting-item-name" })).setText(text);
    return this;
  }

  addClass(...classes: string[]): this {
    this.hostGroupEl.addClass(...classes);
    return this;
  }

  addSetting(cb: (setting: Setting) => void): this {
    cb(new Setting(this.listEl));
    return this;
  }

  addSearch(cb: (component: SearchComponent) => unknown): this {
    this.#headerEl.show();
    cb(new SearchComponent(this.#headerEl));
    return this;
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    this.#headerEl.show();
    cb(new ExtraButtonComponent(this.#headerEl));
    return this;
  }
}

type Predicate = boolean | (() => boolean) | undefined;

function holds(predicate: Predicate, fallback: boolean): boolean {
  if (predicate === undefined) return fallback;
  return typeof predicate === "function" ? predicate() : predicate;
}

/** Renders definitions into `containerEl`; returns the clean-ups of render callbacks. */
export function renderDefinitions(tab: SettingTab, containerEl: HTMLElement, items: SettingDefinitionItem[]): (() => void)[] {
  const cleanups: (() => void)[] = [];
  let loose: SettingGroup | null = null;
  for (const item of items) {
    if ("type" in item && (item.type === "group" || item.type === "list")) {
      loose = null;
      renderGroup(tab, containerEl, item, cleanups);
    } else {
      loose ??= new SettingGroup(containerEl);
      renderItem(tab, loose, item, 0, cleanups);
    }
  }
  return cleanups;
}

function renderGroup(tab: SettingTab, containerEl: HTMLElement, group: SettingDefinitionGroup | SettingDefinitionList, cleanups: (() => void)[]): void {
  if (!holds(group.visible, true)) return;
  const settingGroup = new SettingGroup(containerEl);
  if (group.heading) settingGroup.setHeading(group.heading);
  if (group.cls) settingGroup.addClass(...group.cls.split(" ").filter((cls) => cls !== ""));
  for (const button of group.extraButtons ?? []) settingGroup.addExtraButton(button);
  const list = group.type === "list" ? (group as SettingDefinitionList) : null;
  const addItem = list?.addItem;
  if (addItem) settingGroup.addExtraButton((button) => button.setIcon("plus").setTooltip(addItem.name).onClick(() => addItem.action(button.extraSettingsEl)));
  const items = group.items ?? [];
  if (list && items.length === 0 && list.emptyState) settingGroup.listEl.createDiv({ cls: "setting-list-empty" }).setText(list.emptyState);
  items.forEach((item, index) => {
    const setting = renderItem(tab, settingGroup, item, index, cleanups);
    const onDelete = list?.onDelete;
    if (setting && onDelete) setting.addExtraButton((button) => button.setIcon("trash").setTooltip("Delete").onClick(() => onDelete(index)));
  });
}

function renderItem(tab: SettingTab, group: SettingGroup, item: SettingDefinitionItem, index: number, cleanups: (() => void)[]): Setting | null {
  if (!holds(item.visible, true)) return null;
  if ("type" in item && item.type === "page") return renderPageEntry(tab, group, item);
  if ("type" in item) return null;
  const definition = item as SettingDefinition;
  const setting = new Setting(group.listEl).setName(definition.name);
  if (definition.desc !== undefined) setting.setDesc(definition.desc);
  if ("control" in definition && definition.control) {
    renderControl(tab, setting, definition.control);
  } else if ("render" in definition && definition.render) {
    // The d.ts types the callback with the app's own Setting and SettingGroup; these are the host's.
    const render = definition.render as unknown as (setting: Setting, group: SettingGroup) => void | (() => void);
    const cleanup = render(setting, group);
    if (typeof cleanup === "function") cleanups.push(cleanup);
  } else if ("action" in definition && definition.action) {
    const action = definition.action;
    setting.settingEl.addClass("mod-clickable");
    const disabled = holds(definition.disabled, false);
    setting.setDisabled(disabled);
    setting.settingEl.addEventListener("click", () => {
      if (!disabled) action(setting.settingEl, index);
    });
  }
  return setting;
}

function renderPageEntry(tab: SettingTab, group: SettingGroup, page: SettingDefinitionPage): Setting {
  const setting = new Setting(group.listEl).setName(page.name);
  if (page.desc !== undefined) setting.setDesc(page.desc);
  const value = typeof page.displayValue === "function" ? page.displayValue() : page.displayValue;
  if (value) setting.controlEl.createDiv({ cls: "setting-item-display-value", text: value });
  setting.settingEl.addClass("mod-clickable");
  setting.settingEl.addEventListener("click", () => {
    if (page.page) throw new Error("Stand-in host: SettingPage factories are not modeled.");
    tab.hostShowPage(page);
  });
  return setting;
}

function renderControl(tab: SettingTab, setting: Setting, control: SettingControl): void {
  const stored = tab.getControlValue(control.key);
  const value: unknown = stored ?? control.defaultValue;
  const validate = control.validate as ((candidate: unknown) => string | void | Promise<string | void>) | undefined;
  const commit = async (candidate: unknown): Promise<void> => {
    const error = validate ? await validate(candidate) : undefined;
    if (error) {
      setting.setErrorMessage(error);
      return;
    }
    setting.setErrorMessage(null);
    await tab.setControlValue(control.key, candidate);
  };
  const onChange = (candidate: unknown): void => trackResult(commit(candidate));
  const text = (raw: unknown): string => (typeof raw === "string" || typeof raw === "number" ? String(raw) : "");
  switch (control.type) {
    case "toggle":
      setting.addToggle((toggle) => toggle.setValue(value === true).onChange(onChange));
      break;
    case "dropdown":
      setting.addDropdown((dropdown) => dropdown.addOptions(control.options).setValue(text(value)).onChange(onChange));
      break;
    case "textarea":
      setting.addTextArea((area) => {
        area.setValue(text(value)).onChange(onChange);
        if (control.placeholder) area.setPlaceholder(control.placeholder);
        if (control.rows) area.inputEl.rows = control.rows;
      });
      break;
    case "number":
      setting.addText((field) => {
        field.inputEl.type = "number";
        if (control.min !== undefined) field.inputEl.min = String(control.min);
        if (control.max !== undefined) field.inputEl.max = String(control.max);
        if (control.step !== undefined) field.inputEl.step = String(control.step);
        if (control.placeholder) field.setPlaceholder(control.placeholder);
        field.setValue(text(value)).onChange((raw) => {
          const parsed = Number.parseFloat(raw);
          onChange(Number.isNaN(parsed) ? (control.defaultValue ?? 0) : parsed);
        });
      });
      break;
    case "slider":
      setting.addSlider((slider) => {
        slider.setLimits(control.min, control.max, control.step).setValue(typeof value === "number" ? value : control.min).onChange(onChange);
        if (control.displayFormat) slider.setDisplayFormat(control.displayFormat);
      });
      break;
    default:
      setting.addText((field) => {
        if (control.type === "color") field.inputEl.type = "color";
        if ("placeholder" in control && control.placeholder) field.setPlaceholder(control.placeholder);
        field.setValue(text(value)).onChange(onChange);
      });
  }
  setting.setDisabled(holds(control.disabled, false));
  // The framework validates the stored value once on mount, without changing it.
  if (validate) {
    trackResult(
      Promise.resolve(validate(value)).then((error) => {
        if (error) setting.setErrorMessage(error);
      }),
    );
  }
}
