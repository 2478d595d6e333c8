// The settings tab: general options (general-setting-rows.ts), then one section per show
// (show-setting-rows.ts). Values are checked as they are typed; an invalid value is shown
// as such and not saved.
import { PluginSettingTab, Setting, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { defaultShow, slug, type OfficeHoursSettings, type ShowSettings } from "../../core/settings/settings";
import { definitionsOf, type Row } from "./setting-rows";
import { localTimeZone } from "../clock";
import type { FoundEpisode } from "../../core/detect/scope";
import { codeFromName } from "../../core/settings/show-naming";
import { ShowIdentityRows } from "./show-identity-rows";
import { generalRows } from "./general-setting-rows";
import { showRows } from "./show-setting-rows";

export interface SettingsHost {
  settings: OfficeHoursSettings;
  /** Persist and apply; `structural` when shows were added or removed (commands change). */
  saveSettings(structural: boolean): Promise<void>;
  /** Look for shows in the vault's notes and offer them for review. */
  detectShows?(): void;
  /** The episodes the index holds now, null until the first index is done. */
  episodes?(): FoundEpisode[] | null;
}

/**
 * Declarative settings (Obsidian 1.13+, searchable) and the imperative display() for
 * older versions are built from the same rows, so both always offer the same options.
 */
export class OfficeHoursSettingTab extends PluginSettingTab {
  private readonly identity: ShowIdentityRows;
  /** Counts the changes saved from the page or made elsewhere (refresh): rows built before one are stale. */
  private generation = 0;
  /** Works the "only in the show folders" offer out again in the drawn row, when the shows change. */
  private redrawOffer: (() => void) | null = null;

  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
    this.identity = new ShowIdentityRows(app);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    // The rows are built again when drawn: update() stores these definitions and a page
    // is drawn from them again later (back and forth), so values captured here would
    // show settings as they were before the user changed them.
    const asDefinitions = (rows: () => Row[]) => definitionsOf(rows, () => this.generation);
    const settings = this.host.settings;
    return [
      { type: "group", items: asDefinitions(() => this.generalRows()) },
      {
        type: "list",
        heading: "Shows",
        onDelete: settings.shows.length > 1 ? (index: number) => void this.removeShow(index) : undefined,
        addItem: { name: "Add a show", action: () => void this.addShow() },
        items: settings.shows.map((show) => ({
          type: "page" as const,
          name: show.name,
          desc: show.folder === "" ? "No folder" : `Folder: ${show.folder}`,
          items: [{ type: "group" as const, items: asDefinitions(() => this.showRows(show)) }],
        })),
      },
    ];
  }

  /** Obsidian before 1.13: the same rows, drawn imperatively. */
  override display(): void {
    this.draw();
  }

  private draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    const fill = (rows: Row[]) => rows.forEach((row) => row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc)));
    fill(this.generalRows());
    this.host.settings.shows.forEach((show, index) => {
      const heading = new Setting(containerEl).setName(show.name).setHeading();
      if (this.host.settings.shows.length > 1) {
        heading.addExtraButton((button) =>
          button
            .setIcon("trash")
            .setTooltip(`Remove ${show.name} (its notes stay)`)
            .onClick(() => void this.removeShow(index)),
        );
      }
      fill(this.showRows(show));
    });
    new Setting(containerEl).addButton((button) => button.setButtonText("Add a show").setCta().onClick(() => void this.addShow()));
  }

  /** Redraw after a change of structure (a show added, removed or renamed), or of the settings behind it. */
  refresh(): void {
    this.generation++;
    if (requireApiVersion("1.13.0")) this.update();
    else this.draw();
  }

  private async addShow(): Promise<void> {
    const settings = this.host.settings;
    const show = defaultShow(localTimeZone(), `Show ${settings.shows.length + 1}`);
    show.id = uniqueId(settings.shows, slug(show.name));
    // "Show 2" → "S2": its code follows its name as the folder does (show-naming.ts).
    show.code = codeFromName(show.name);
    settings.shows.push(show);
    await this.host.saveSettings(true);
    this.refresh();
  }

  private async removeShow(index: number): Promise<void> {
    this.host.settings.shows.splice(index, 1);
    await this.host.saveSettings(true);
    this.refresh();
  }

  /** Every change made on the page is saved through here. */
  private save(structural: boolean): void {
    this.generation++;
    void this.host.saveSettings(structural);
  }

  /** A show changed on the page: which notes lie outside the show folders may have too. */
  private saveShow(structural: boolean): void {
    this.save(structural);
    this.redrawOffer?.();
  }

  private generalRows(): Row[] {
    return generalRows(this.host, () => this.save(false), (redraw) => (this.redrawOffer = redraw));
  }

  private showRows(show: ShowSettings): Row[] {
    return showRows(this.app, this.identity, show, (structural) => this.saveShow(structural));
  }
}

function uniqueId(shows: readonly ShowSettings[], base: string): string {
  let id = base || "show";
  for (let n = 2; shows.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}
