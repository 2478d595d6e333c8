// Where episodes are looked for. On, the first index settles every note outside the show
// folders from Obsidian's cached properties, without reading it: with a large vault and
// the episodes kept in their show folders, it reads little more than the episodes. While
// it is off and notes outside the show folders are read as episodes, the row names them
// with a button to turn it on (core/settings/scope-offer.ts).
import type { Setting, ToggleComponent } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { ScopeOffer } from "../../core/settings/scope-offer";
import type { Row } from "./setting-rows";

/**
 * `offerNow`: worked out when the row is drawn, not each time the page's rows are listed.
 * `onDrawn` gets a way to work the offer out again in the drawn row: a show's folder edited
 * on the same page changes which notes lie outside the show folders.
 */
export function episodeScopeRow(settings: OfficeHoursSettings, save: () => void, offerNow: () => ScopeOffer | null = () => null, onDrawn: (redraw: () => void) => void = () => undefined): Row {
  return {
    name: "Look for episodes only in the show folders",
    desc: "Elsewhere, only notes with the office-hours property are episodes, and other notes are never opened to check. Off: any note with a task and a guest field is an episode.",
    render: (setting: Setting) => {
      const drawn: { toggle: ToggleComponent | null; offer: HTMLElement | null } = { toggle: null, offer: null };
      setting.addToggle((component) => {
        drawn.toggle = component.setValue(settings.episodesOnlyInShowFolders).onChange((value) => {
          settings.episodesOnlyInShowFolders = value;
          save();
          drawOffer();
        });
      });
      const drawOffer = () => {
        drawn.offer?.remove();
        drawn.offer = null;
        const offer = offerNow();
        if (offer === null) return;
        const shown = (drawn.offer = setting.descEl.createDiv({ cls: "office-hours-scope-offer" }));
        shown.createDiv({ cls: "office-hours-field-warning", text: offer.line });
        const button = shown.createEl("button", { cls: "mod-cta office-hours-notice-button office-hours-scope-offer-button", text: "Turn it on" });
        // Through the toggle, so it shows the change and saves it as a click on it would.
        button.addEventListener("click", () => {
          drawn.toggle?.setValue(true);
        });
      };
      drawOffer();
      onDrawn(drawOffer);
    },
  };
}
