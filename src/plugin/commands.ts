// The command palette entries. Show-specific commands are rebuilt when shows are added,
// renamed or removed; none has a default hotkey.
import type { Editor, MarkdownFileInfo, MarkdownView, Plugin } from "obsidian";
import type { ShowSettings } from "../core/settings/settings";
import { ShowPickerModal } from "./ui/show-picker";
import type { OpenModals } from "./ui/open-modals";

export interface CommandActions {
  /** Where the show picker is opened, so unloading closes it. */
  modals: OpenModals;
  shows(): readonly ShowSettings[];
  newEpisode(show: ShowSettings): void;
  openSidebar(): Promise<void>;
  updateIndexNote(show: ShowSettings): Promise<void>;
  /** The show the active note belongs to, when it says (an episode, an index note, a note in a show folder). */
  activeShow(): ShowSettings | null;
  insertSnippet(editor: Editor, view: MarkdownView): Promise<void>;
  copySnippet(): Promise<void>;
  exportInvite(): Promise<void>;
  detectShows(): void;
  /** The active note's path when it is an episode of no show among several (what "Assign to show…" claims), else null. */
  unclaimedActive(): string | null;
  assignToShow(path: string): Promise<boolean>;
}

/** Ask which show when there are several; go straight on with one. */
function withShow(plugin: Plugin, actions: CommandActions, run: (show: ShowSettings) => void): void {
  const shows = actions.shows();
  if (shows.length === 1 && shows[0]) run(shows[0]);
  else actions.modals.open(new ShowPickerModal(plugin.app, shows, run));
}

export function registerStaticCommands(plugin: Plugin, actions: CommandActions): void {
  plugin.addCommand({
    id: "open-sidebar",
    name: "Open episodes sidebar",
    callback: () => void actions.openSidebar(),
  });
  plugin.addCommand({
    id: "insert-snippet",
    name: "Insert snippet",
    editorCallback: (editor: Editor, context: MarkdownView | MarkdownFileInfo) => {
      if ("getMode" in context) void actions.insertSnippet(editor, context);
    },
  });
  plugin.addCommand({ id: "copy-snippet", name: "Copy snippet", callback: () => void actions.copySnippet() });
  plugin.addCommand({
    id: "create-calendar-invite",
    name: "Create calendar invite (.ics)",
    callback: () => void actions.exportInvite(),
  });
  plugin.addCommand({ id: "detect-shows", name: "Detect shows", callback: () => actions.detectShows() });
  // Offered only on an episode of no show: one in a folder several shows share, or outside every show folder.
  plugin.addCommand({
    id: "assign-to-show",
    name: "Assign this note to a show…",
    checkCallback: (checking: boolean) => {
      const path = actions.unclaimedActive();
      if (path === null) return false;
      if (!checking) void actions.assignToShow(path);
      return true;
    },
  });
  plugin.addCommand({
    id: "update-index-note",
    name: "Update episode list in index note",
    callback: () => {
      const here = actions.activeShow();
      if (here) void actions.updateIndexNote(here);
      else withShow(plugin, actions, (show) => void actions.updateIndexNote(show));
    },
  });
}

/**
 * The new-episode command's name as the palette lists it (after "Office Hours: "): with one
 * show it carries the show's name. Notices that point to the command take its name from
 * here, so they say what the palette finds.
 */
export function newEpisodeCommandName(shows: readonly ShowSettings[]): string {
  const only = shows.length === 1 ? shows[0] : undefined;
  return only ? showEpisodeCommandName(only) : "New episode";
}

function showEpisodeCommandName(show: ShowSettings): string {
  return `New ${show.name} episode`;
}

/** What a command that needs an episode says when the vault has none. */
export function noEpisodesNotice(shows: readonly ShowSettings[]): string {
  return `No episode notes found yet. Create one with “${newEpisodeCommandName(shows)}” in the command palette.`;
}

/**
 * "New <show> episode" for each show; with several shows also "New episode", which
 * asks. Returns the ids registered, for removal when the shows change.
 */
export function registerShowCommands(plugin: Plugin, actions: CommandActions): string[] {
  const shows = actions.shows();
  const ids: string[] = [];
  const only = shows.length === 1 ? shows[0] : undefined;
  if (only) {
    plugin.addCommand({ id: "new-episode", name: newEpisodeCommandName(shows), callback: () => actions.newEpisode(only) });
    return ["new-episode"];
  }
  plugin.addCommand({
    id: "new-episode",
    name: newEpisodeCommandName(shows),
    callback: () => withShow(plugin, actions, (show) => actions.newEpisode(show)),
  });
  ids.push("new-episode");
  for (const show of shows) {
    const id = `new-episode-${show.id}`;
    plugin.addCommand({ id, name: showEpisodeCommandName(show), callback: () => actions.newEpisode(show) });
    ids.push(id);
  }
  return ids;
}
