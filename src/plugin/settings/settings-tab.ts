// The settings tab: general options, then one section per show. Values are checked as
// they are typed; an invalid value is shown as such and not saved.
import { PluginSettingTab, Setting, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { defaultShow, slug, type OfficeHoursSettings, type ShowSettings } from "../../core/settings/settings";
import { definitionsOf, list, numberRow, textRow, zoneProblem, zonesProblem, type Row } from "./setting-rows";
import { isValidTime } from "../../core/time/wall-time";
import { PHASES, type Phase } from "../../core/types";
import { localTimeZone } from "../clock";
import { autoTickRow, timestampHeadingsRow } from "./live-setting-rows";
import { tickDoneRow } from "./new-episode-setting-rows";
import { sidebarRows } from "./sidebar-setting-rows";
import { episodeScopeRow } from "./episode-scope-row";
import { scopeOffer } from "../../core/settings/scope-offer";
import type { FoundEpisode } from "../../core/detect/scope";
import { guestRows } from "../guests/guest-setting-rows";
import { detectShowsRow, pathRow } from "./path-picker";
import { breaksRow, overdueStatusRow } from "./deadline-setting-rows";
import { codeFromName } from "../../core/settings/show-naming";
import { ShowIdentityRows } from "./show-identity-rows";
import { scheduleRows } from "./schedule-rows";
import { formatRow, linkRows } from "./show-format-rows";

export interface SettingsHost {
  settings: OfficeHoursSettings;
  /** Persist and apply; `structural` when shows were added or removed (commands change). */
  saveSettings(structural: boolean): Promise<void>;
  /** Look for shows in the vault's notes and offer them for review. */
  detectShows?(): void;
  /** The episodes the index holds now, null until the first index is done. */
  episodes?(): FoundEpisode[] | null;
}

const PHASE_NAMES: Record<Phase, string> = {
  prep: "Prep headings",
  before: "Just-before-the-show headings",
  after: "After-the-show headings",
  other: "Headings that are never checklists",
};

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
    const settings = this.host.settings;
    const save = () => this.save(false);
    const detect = this.host.detectShows?.bind(this.host);
    return [
      ...(detect ? [detectShowsRow(detect)] : []),
      textRow(
        "Template folders",
        "Notes in these folders are templates, never episodes. Template folders set in other template plugins are added automatically. Separate with commas.",
        settings.templateFolders.join(", "),
        (value) => {
          settings.templateFolders = list(value);
          save();
          return null;
        },
      ),
      episodeScopeRow(
        settings,
        save,
        () => scopeOffer(settings, this.host.episodes?.() ?? null),
        (redraw) => (this.redrawOffer = redraw),
      ),
      textRow("Snippets folder", "Your own snippet notes live here.", settings.snippetsFolder, (value) => {
        settings.snippetsFolder = value.trim();
        save();
        return null;
      }),
      textRow("Calendar files folder", "Where exported .ics files go. Leave empty to put them next to the episode note.", settings.calendarFolder, (value) => {
        settings.calendarFolder = value.trim();
        save();
        return null;
      }),
      numberRow("Warn about open prep items", "Days before the prep deadline the sidebar starts warning.", settings.warnDaysBefore, 0, 60, (n) => {
        settings.warnDaysBefore = n;
        save();
      }),
      autoTickRow(settings, save),
      tickDoneRow(settings, save),
      ...guestRows(settings, save),
      overdueStatusRow(settings, save),
      ...sidebarRows(settings, save),
    ];
  }

  private showRows(show: ShowSettings): Row[] {
    const save = () => this.saveShow(false);
    const rows: Row[] = [
      ...this.identity.rows(show, () => this.saveShow(true), save),
      formatRow(show, save),
      pathRow(this.app, "Template", "A note to copy for new episodes. Leave empty for the built-in template.", "note", show.template, (value) => {
        show.template = value;
        save();
      }),
      pathRow(this.app, "Index note", "The note whose episode list the index command keeps current.", "note", show.indexNote, (value) => {
        show.indexNote = value;
        save();
      }),
      textRow("File name pattern", "Placeholders: {{code}}, {{number}}, {{season}} (S{{season}}E{{number}} numbers episodes within seasons), {{topic}}, {{guests}}, {{date}}, {{show}}; add :slug for lowercase-hyphenated words ({{topic:slug}}).", show.fileNamePattern, (value) => {
        if (!/\{\{\s*(topic|title|number|date)/i.test(value)) return "Include {{topic}}, {{number}} or {{date}} so names differ.";
        show.fileNamePattern = value.trim();
        save();
        return null;
      }),
      numberRow("Number padding", "Digits in the number: 2 gives 05.", show.numberPadding, 1, 6, (n) => {
        show.numberPadding = n;
        save();
      }),
      ...scheduleRows(show, save),
      textRow("Time", "Start time, 24-hour, in the show's time zone.", show.schedule.time, (value) => {
        if (!isValidTime(value.trim())) return "Use hours and minutes, like 13:00.";
        show.schedule.time = value.trim();
        save();
        return null;
      }),
      textRow(
        "Time zone",
        "A zone name such as UTC or Europe/Berlin.",
        show.schedule.timeZone,
        (value) => {
          const problem = zoneProblem(value.trim());
          if (problem) return problem;
          show.schedule.timeZone = value.trim();
          save();
          return null;
        },
        // A stored zone this device does not know is kept (time-zones.ts), and shown as wrong from the start.
        zoneProblem(show.schedule.timeZone),
      ),
      numberRow("Duration", "Minutes on air.", show.schedule.durationMinutes, 5, 1440, (n) => {
        show.schedule.durationMinutes = n;
        save();
      }),
      textRow(
        "Also show times in",
        "Zones to show next to the show's own, separated by commas.",
        show.displayTimeZones.join(", "),
        (value) => {
          const zones = list(value);
          const problem = zonesProblem(zones);
          if (problem) return problem;
          show.displayTimeZones = zones;
          save();
          return null;
        },
        zonesProblem(show.displayTimeZones),
      ),
      numberRow("Invite starts early by", "Minutes before the show, for a tech check.", show.inviteMinutesBefore, 0, 240, (n) => {
        show.inviteMinutesBefore = n;
        save();
      }),
      numberRow("Invite ends late by", "Minutes after the show, for a debrief.", show.inviteMinutesAfter, 0, 240, (n) => {
        show.inviteMinutesAfter = n;
        save();
      }),
      textRow("Guest fields", "Field names that hold guests (Guest:: …), separated by commas. End a name with one colon, Invitado(s):, to read lines written with one colon.", show.guestFields.join(", "), (value) => {
        const fields = list(value);
        if (fields.length === 0) return "Give at least one field name.";
        show.guestFields = fields;
        save();
        return null;
      }),
      ...PHASES.map((phase) => ({
        name: PHASE_NAMES[phase],
        desc: "One phrase per line; a heading containing a phrase belongs to this phase.",
        render: (setting: Setting) =>
          setting.addTextArea((area) =>
            area.setValue(show.phaseHeadings[phase].join("\n")).onChange((value) => {
              show.phaseHeadings[phase] = list(value, /\n/);
              save();
            }),
          ),
      })),
      timestampHeadingsRow(show, save),
      textRow("Language", "The language the show's notes are written in, as a code such as es: guests joined by its “and” (y in Spanish) are read as two, and es gives Spanish built-in snippets and invites. Empty when unknown (English rules only).", show.language, (value) => {
        if (value.trim() !== "" && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value.trim())) return "A language code such as es or pt-BR, or empty.";
        show.language = value.trim();
        save();
        return null;
      }),
      textRow("Host name", "Used in introductions and snippets.", show.hostName, (value) => {
        show.hostName = value.trim();
        save();
        return null;
      }),
      textRow("What the show covers", "Ends “where we have guests on to talk about …” in the outreach message, e.g. all things Grafana Labs and observability.", show.about, (value) => {
        show.about = value.trim();
        save();
        return null;
      }),
    ];
    rows.push(...linkRows(show, save));
    rows.push(
      numberRow("Prep due", "Days before the show all prep items should be done.", show.deadlines.prepDaysBefore, 0, 365, (n) => {
        show.deadlines.prepDaysBefore = n;
        save();
      }),
      numberRow("After-show due", "Days after the show all after-show items should be done.", show.deadlines.afterDaysAfter, 0, 365, (n) => {
        show.deadlines.afterDaysAfter = n;
        save();
      }),
      breaksRow(show, save),
    );
    return rows;
  }
}

function uniqueId(shows: readonly ShowSettings[], base: string): string {
  let id = base || "show";
  for (let n = 2; shows.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}
