// The show's "Declined in Detect shows" row: each value the user said no to in the review
// (or a link cleared on this page), which Detect does not propose again, with a button
// that takes the "no" back (the next Detect may propose it). The row is there while the
// list is empty too: a page's rows are counted when it is listed (setting-rows.ts), and a
// link cleared on it adds the first entry.
import type { Setting } from "obsidian";
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

export function declinedRows(show: ShowSettings, save: () => void): Row[] {
  // One row; a list so the show's rows read alike.
  return [
    {
      name: "Declined in Detect shows",
      desc: "Detect shows does not propose these values for this show again. Take one back to have it proposed on the next Detect.",
      render: (setting: Setting) => {
        if ((show.declined ?? []).length === 0) {
          setting.descEl.createDiv({ text: "Nothing declined." });
          return;
        }
        const list = setting.descEl.createEl("ul", { cls: "office-hours-declined" });
        const forget = (entries: readonly DeclinedProposal[]) => {
          const kept = withoutDeclined(show.declined, entries);
          if (kept === null) return;
          if (kept.length === 0) delete show.declined;
          else show.declined = kept;
          save();
        };
        for (const entry of (show.declined ?? []).slice(0, LISTED)) {
          const item = list.createEl("li", { text: `${label(entry.field)}: ${entry.value} ` });
          const button = item.createEl("button", { text: "Propose again" });
          button.addEventListener("click", () => {
            forget([entry]);
            item.remove();
          });
        }
        const more = (show.declined ?? []).length - LISTED;
        if (more > 0) list.createEl("li", { text: `and ${more} more` });
        setting.addButton((button) =>
          button.setButtonText("Propose all again").onClick(() => {
            forget([...(show.declined ?? [])]);
            list.empty();
          }),
        );
      },
    },
  ];
}
