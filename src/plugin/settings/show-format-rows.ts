// A show's format (live stream or recorded podcast) and the links whose names follow it:
// a podcast's "channel" is its feed and its "streaming studio" the recording studio the
// guest joins. The format picks the built-in template and snippets only; a template note
// or snippet notes of the user's own are used as they are.
import type { Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { FORMAT_LABELS, LINK_LABELS, SHOW_FORMATS, isShowFormat, linkProblem, showFormat } from "../../core/settings/show-format";
import { textRow, type Row } from "./setting-rows";
import { declineKey, withDeclined, withoutDeclined } from "../../core/settings/declined";
import { declinedChanged } from "./declined-rows";

/** The format row; a change renames the show's link rows in place (the page stays where it is). */
export function formatRow(show: ShowSettings, save: () => void): Row {
  return {
    name: "Format",
    desc: "Picks the built-in template and snippets: a live stream is broadcast, a recorded podcast is recorded, edited and published to its feed. Your own template and snippet notes are used as they are.",
    render: (setting: Setting) => {
      setting.addDropdown((dropdown) => {
        for (const format of SHOW_FORMATS) dropdown.addOption(format, FORMAT_LABELS[format]);
        dropdown.setValue(showFormat(show));
        dropdown.onChange((value) => {
          if (!isShowFormat(value)) return;
          // A live stream is stored without the key, as every show was before the setting existed.
          if (value === "livestream") delete show.format;
          else show.format = value;
          save();
          for (const [key, drawn] of drawnLinks.get(show) ?? []) drawn.setName(LINK_LABELS[key][value]);
        });
      });
    },
  };
}

type LinkKey = keyof ShowSettings["links"];


const LINK_DESCRIPTIONS: Record<LinkKey, string> = {
  channel: "Where the episodes are streamed or published.",
  playlist: "The page that lists every episode.",
  meetup: "Where events and new episodes are announced.",
  studio: "The studio guests join, used as the invite location (an episode's own studio property comes first).",
};

/** The link rows last drawn for each show, renamed when its format changes. */
const drawnLinks = new WeakMap<ShowSettings, Map<LinkKey, Setting>>();

/**
 * A link cleared here is a "no" to it: Detect shows would otherwise propose it again from
 * the notes (settings/declined.ts). The link as drawn is the one declined: every key typed
 * is saved, so by the time the field is empty the stored link is its last prefix.
 */
export function linkRows(show: ShowSettings, save: () => void): Row[] {
  return (Object.keys(LINK_LABELS) as LinkKey[]).map((key) => {
    const drawn = show.links[key].trim();
    const row = textRow(LINK_LABELS[key][showFormat(show)], LINK_DESCRIPTIONS[key], show.links[key], (value) => {
      const problem = linkProblem(value);
      if (problem !== null) return problem;
      show.links[key] = value.trim();
      if (drawn !== "") {
        const entry = [{ field: key, value: drawn }];
        // Typed back as it was, the "no" is taken back; another link leaves it (Detect only fills an empty link).
        const next = value.trim() === "" ? withDeclined(show.declined, entry) : declineKey(key, value) === declineKey(key, drawn) ? withoutDeclined(show.declined, entry) : null;
        if (next !== null && next.length > 0) show.declined = next;
        else if (next !== null) delete show.declined;
        if (next !== null) declinedChanged(show);
      }
      save();
      return null;
    });
    return {
      ...row,
      render: (setting: Setting) => {
        const drawn = drawnLinks.get(show) ?? new Map<LinkKey, Setting>();
        drawnLinks.set(show, drawn.set(key, setting));
        row.render(setting);
      },
    };
  });
}
