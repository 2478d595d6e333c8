// The show's "Declined in Detect shows" row: each value the user said no to in the review
// (or a link cleared on this page), which Detect does not propose again, with a button
// that takes the "no" back (the next Detect may propose it). The row is there while the
// list is empty too: a page's rows are counted when it is listed (setting-rows.ts), and a
// link cleared on it adds the first entry.
import type { ButtonComponent, Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { withoutDeclined, type DeclinedProposal } from "../../core/settings/declined";
import { FIELD_LABELS } from "../../core/detect/describe";
import { DETECT_FIELDS, type DetectField } from "../../core/detect/types";
import type { Row } from "./setting-rows";

/** Entries listed one by one; past these a count, and "Propose all again" still takes every one back. */
const LISTED = 50;

function label(field: string): string {
  return (DETECT_FIELDS as readonly string[]).includes(field) ? FIELD_LABELS[field as DetectField] : field;
}

/** The declined row drawn for each show, so a change made by another row redraws it. */
const redraws = new WeakMap<ShowSettings, () => void>();

/** Redraws `show`'s declined row, if it is drawn: a link cleared on the page declines it at once. */
export function declinedChanged(show: ShowSettings): void {
  redraws.get(show)?.();
}

export function declinedRows(show: ShowSettings, save: () => void): Row[] {
  // One row; a list so the show's rows read alike.
  return [
    {
      name: "Declined in Detect shows",
      desc: "Detect shows does not propose these values for this show again. Take one back to have it proposed on the next Detect.",
      render: (setting: Setting) => {
        // The list is drawn into a box of its own, again whenever the declines change.
        const box = setting.descEl.createDiv();
        const forget = (entries: readonly DeclinedProposal[]) => {
          const kept = withoutDeclined(show.declined, entries);
          if (kept === null) return;
          if (kept.length === 0) delete show.declined;
          else show.declined = kept;
          save();
          draw();
        };
        let proposeAll: ButtonComponent | null = null;
        const draw = () => {
          box.empty();
          const all = show.declined ?? [];
          proposeAll?.setDisabled(all.length === 0);
          if (all.length === 0) {
            box.createDiv({ text: "Nothing declined." });
            return;
          }
          const list = box.createEl("ul", { cls: "office-hours-declined" });
          for (const entry of all.slice(0, LISTED)) {
            const item = list.createEl("li", { text: `${label(entry.field)}: ${entry.value} ` });
            item.createEl("button", { text: "Propose again" }).addEventListener("click", () => forget([entry]));
          }
          const more = all.length - LISTED;
          if (more > 0) list.createEl("li", { text: `and ${more} more` });
        };
        setting.addButton((button) => {
          proposeAll = button.setButtonText("Propose all again").onClick(() => forget([...(show.declined ?? [])]));
        });
        redraws.set(show, draw);
        draw();
      },
    },
  ];
}
