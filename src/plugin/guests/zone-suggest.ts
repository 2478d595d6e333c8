// A time zone field that offers the zones this device knows as you type ("belg" →
// Europe/Belgrade), so a guest's zone is picked rather than spelled.
import { AbstractInputSuggest, type App } from "obsidian";

let zones: string[] | null = null;

function knownZones(): string[] {
  if (zones === null) {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    zones = typeof supported === "function" ? supported("timeZone") : [];
  }
  return zones;
}

export class ZoneSuggest extends AbstractInputSuggest<string> {
  constructor(app: App, inputEl: HTMLInputElement) {
    super(app, inputEl);
    this.limit = 30;
  }

  protected getSuggestions(query: string): string[] {
    const wanted = query.trim().toLowerCase().replace(/\s+/g, "_");
    if (wanted === "") return [];
    return knownZones().filter((zone) => zone.toLowerCase().includes(wanted));
  }

  renderSuggestion(zone: string, el: HTMLElement): void {
    el.setText(zone);
  }
}
