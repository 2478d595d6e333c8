// A show's format (live stream or recorded podcast) and the links whose names follow it:
// a podcast's "channel" is its feed and its "streaming studio" the recording studio the
// guest joins. The format picks the built-in template and snippets only; a template note
// or snippet notes of the user's own are used as they are.
import type { Setting } from "obsidian";
import type { ShowSettings } from "../../core/settings/settings";
import { FORMAT_LABELS, SHOW_FORMATS, isShowFormat, showFormat } from "../../core/settings/show-format";
import { textRow, type Row } from "./setting-rows";

/** `redraw`: the link rows' names follow the format, so the page is drawn again after a change. */
export function formatRow(show: ShowSettings, save: () => void, redraw: () => void): Row {
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
          redraw();
        });
      });
    },
  };
}

const LINK_ROWS: Record<"livestream" | "podcast", [keyof ShowSettings["links"], string, string][]> = {
  livestream: [
    ["channel", "Channel link", "Where the show streams."],
    ["playlist", "Playlist link", "The show's playlist."],
    ["meetup", "Events page link", "Where events are announced."],
    ["studio", "Streaming studio link", "The studio guests join, used as the invite location."],
  ],
  podcast: [
    ["channel", "Podcast feed link", "Where the episodes are published."],
    ["playlist", "Episodes page link", "The page that lists every episode."],
    ["meetup", "Events page link", "Where new episodes are announced."],
    ["studio", "Recording studio link", "The recording session guests join, used as the invite location (an episode's own studio property comes first)."],
  ],
};

export function linkRows(show: ShowSettings, save: () => void): Row[] {
  return LINK_ROWS[showFormat(show)].map(([key, name, description]) =>
    textRow(name, description, show.links[key], (value) => {
      const trimmed = value.trim();
      if (trimmed !== "" && !/^https?:\/\/\S+$/i.test(trimmed)) return "Use a full link starting with https://.";
      show.links[key] = trimmed;
      save();
      return null;
    }),
  );
}
