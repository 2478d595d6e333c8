// data.json changed on disk while the plugin runs (Obsidian calls onExternalSettingsChange
// when Sync or another program writes it). A sync tool may write it in steps: a file that
// cannot be read then is a file still arriving, not a broken one. The settings in use are
// kept, nothing is copied or saved over it, and it is read again at its next change. A
// setting changed here meanwhile is used at once and held; once the file reads, it is
// merged into the file's settings (held-changes.ts) and saved, so neither laptop's change
// is lost. The start-up rule (an unreadable file kept as data.corrupt.json) is loadSettings'.
import { Notice, type Plugin } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { mergeHeldChanges, sameValue } from "../../core/settings/held-changes";
import { loadDataFile, readSettings, settingsFrom } from "./settings-store";

const NOTICE_MS = 10000;

export const UNREADABLE_MESSAGE =
  "Office Hours: data.json changed on disk but cannot be read (a sync still writing it?): the settings in use are kept; it is read again when it changes.";
export const HELD_MESSAGE =
  "Office Hours: your settings change is used but not saved yet, because data.json is still being changed on disk. It is saved, merged with the synced settings, once the file reads.";
export const MERGED_MESSAGE = "Office Hours: data.json reads again; the settings changed here meanwhile were merged into it and saved.";
export const UNSAVED_MERGE_MESSAGE =
  "Office Hours: data.json reads again and the settings changed here meanwhile are merged in and used, but not saved: no backup of the file could be made before repairing it. They are saved with your next settings change.";

export class SettingsSync {
  /** The settings in use when data.json stopped reading; null while it reads. */
  private base: OfficeHoursSettings | null = null;
  private heldSaid = false;

  constructor(
    private readonly plugin: Plugin,
    private readonly now: () => Date,
  ) {}

  /** Saves the settings, or holds them while data.json cannot be read (see the file's comment). */
  async save(settings: OfficeHoursSettings): Promise<void> {
    if (this.base === null) {
      await this.plugin.saveData(settings);
      return;
    }
    if (!this.heldSaid) new Notice(HELD_MESSAGE, NOTICE_MS);
    this.heldSaid = true;
  }

  /** The settings to use after data.json changed on disk; null keeps the ones in use. */
  async reload(inUse: OfficeHoursSettings): Promise<OfficeHoursSettings | null> {
    let raw: unknown;
    try {
      raw = await loadDataFile(this.plugin);
    } catch {
      if (this.base === null) {
        this.base = structuredClone(inUse);
        new Notice(UNREADABLE_MESSAGE, NOTICE_MS);
      }
      return null;
    }
    const base = this.base;
    this.base = null;
    this.heldSaid = false;
    if (base === null || sameValue(base, inUse)) return settingsFrom(this.plugin, raw, this.now());
    // Read as at start-up (a value the repair drops is copied to a backup first), then merged.
    const read = await readSettings(this.plugin, raw, this.now());
    const merged = mergeHeldChanges(base, inUse, read.settings);
    if (!read.mayWrite) {
      new Notice(UNSAVED_MERGE_MESSAGE, NOTICE_MS);
      return merged;
    }
    await this.plugin.saveData(merged);
    new Notice(MERGED_MESSAGE, NOTICE_MS);
    return merged;
  }
}
