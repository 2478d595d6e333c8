// The guests feature in the plugin: the live guests index, the view's actions, the
// commands, and the guests' facts for the snippets (the import of a list: guest-import.ts). Everything it writes goes through
// guest-notes.ts, only on the user's action.
import { Notice, normalizePath, type App, type PaneType, type Plugin } from "obsidian";
import { cleanFolder } from "../../core/vault/classify";
import { guestNotesWhere } from "../../core/guests/notes-folder";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { noEpisodesNotice } from "../commands";
import type { Guest } from "../../core/types";
import type { EpisodeRecord } from "../../core/vault/episode-record";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { GuestPerson } from "../../core/guests/summary";
import { profileOf, type GuestProfile } from "../../core/guests/profile";
import { statusWord, type GuestStatus } from "../../core/guests/statuses";
import { guestShowLabels } from "../../core/guests/show-labels";
import { personKey } from "../../core/guests/person-name";
import { zoneName } from "../../core/guests/guest-note";
import { todayIn } from "../../core/note/dates";
import { linkDestOf } from "../../core/guests/from-index";
import { localTimeZone, type Clock } from "../clock";
import type { OpenModals } from "../ui/open-modals";
import { EpisodePickerModal } from "../ui/episode-picker";
import type { IndexedEpisode } from "../../core/vault/episode-index";
import { GuestIndexer } from "./guest-indexer";
import { GUESTS_VIEW, GuestsView, type GuestViewActions } from "./guests-view";
import { reportWrite, writeGuest, type GuestNotesHost } from "./guest-notes";
import { SaveDetailsModal, type GuestDetails } from "./save-details-modal";
import type { GuestFormHelp } from "./guest-name-suggest";
import { addEditorMenuItem, linkGuestNames, type LinkNamesHost } from "./link-guest-names";
import { importFromActiveNote } from "./guest-import";

export interface GuestServiceHost {
  app: App;
  settings(): OfficeHoursSettings;
  episodes: EpisodeIndexer;
  clock: Clock;
  modals: OpenModals;
  /** Open the new-episode form (asking which show when there are several) with these guests. */
  newEpisodeWith(guests: string[]): void;
}

export class GuestService {
  readonly indexer: GuestIndexer;
  private readonly notes: GuestNotesHost;

  constructor(private readonly host: GuestServiceHost) {
    this.indexer = new GuestIndexer(host.app, host.episodes, () => host.settings());
    this.notes = { app: host.app, settings: () => host.settings(), directory: () => this.indexer.directory, today: () => this.today() };
  }

  today(): string {
    return todayIn(this.host.clock.now(), localTimeZone());
  }

  people(): GuestPerson[] {
    return this.indexer.directory.people(this.today());
  }

  /**
   * What the guest notes say about each guest of an episode, in the episode's order (for
   * the snippets and invites). Links are resolved from the active note, the episode a
   * snippet is inserted into (only a name two notes share in different folders can tell).
   */
  profiles(guests: readonly Guest[]): GuestProfile[] {
    const today = this.today();
    const linkDest = this.linkDest(this.host.app.workspace.getActiveFile()?.path ?? "");
    return guests.map((guest) => profileOf(guest, this.indexer.directory.lookup(guest, today, linkDest)));
  }

  /** Where a guest link written in the note at `from` leads, when that may be a person's note (as the guests index reads links). */
  private linkDest(from: string): (link: string) => string | null {
    return linkDestOf(from, (link, source) => this.indexer.linkDest(link, source), this.host.episodes.index);
  }

  /** Names the new-episode form suggests: every guest's name and aliases. */
  knownNames(): string[] {
    const names = new Set<string>();
    for (const person of this.people()) {
      names.add(person.name);
      for (const alias of person.note?.aliases ?? []) names.add(alias);
    }
    return [...names].sort((a, b) => a.localeCompare(b));
  }

  /** The new-episode form's help with its guests field. */
  formHelp(): GuestFormHelp {
    return {
      names: () => this.knownNames(),
      isKnown: (name) => this.isKnown(name),
      createNotes: (names) => void this.createNotesFor(names),
      notesWhere: () => {
        const folder = cleanFolder(this.host.settings().guestsFolder);
        return guestNotesWhere(folder, folder === "" || this.host.app.vault.getFolderByPath(normalizePath(folder)) !== null);
      },
    };
  }

  isKnown(name: string): boolean {
    return this.indexer.directory.lookup({ name, target: null, affiliation: null }, this.today()) !== null;
  }

  register(plugin: Plugin): void {
    plugin.addChild(this.indexer);
    const services = {
      guests: this.indexer,
      today: () => this.today(),
      statusNames: () => this.host.settings().guestStatusNames,
      showLabels: () => guestShowLabels(this.host.episodes.index.all(), this.host.settings().shows),
      actions: this.actions(),
    };
    plugin.registerView(GUESTS_VIEW, (leaf) => new GuestsView(leaf, services));
    plugin.addCommand({ id: "open-guests", name: "Open guests view", callback: () => void this.openView() });
    plugin.addCommand({ id: "save-guest-details", name: "Save guest details", callback: () => void this.saveDetails() });
    plugin.addCommand({ id: "import-guests", name: "Import guests from this note", callback: () => void this.importFromActiveNote() });
    plugin.addCommand({ id: "link-guest-names", name: "Link guest names in this episode", callback: () => void linkGuestNames(this.linkHost()) });
    plugin.registerEvent(this.host.app.workspace.on("editor-menu", (menu, editor, info) => addEditorMenuItem(this.linkHost(), menu, editor, info.file)));
  }

  async openView(): Promise<void> {
    const leaf = await this.host.app.workspace.ensureSideLeaf(GUESTS_VIEW, "right", { active: true, reveal: true });
    await this.host.app.workspace.revealLeaf(leaf);
  }

  /** What "Link guest names in this episode" works with (link-guest-names.ts). */
  private linkHost(): LinkNamesHost {
    const { app, episodes, modals } = this.host;
    return { app, episodes, modals, settings: () => this.host.settings(), notes: this.notes, directory: () => this.indexer.directory, today: () => this.today() };
  }

  /** Create notes for names typed in the new-episode form that no guest has yet. */
  async createNotesFor(names: readonly string[]): Promise<void> {
    for (const name of names) {
      if (this.isKnown(name)) continue;
      reportWrite(await writeGuest(this.notes, name, null, {}), `a guest note for ${name}`);
    }
  }

  private person(key: string): GuestPerson | null {
    return this.people().find((p) => p.key === key) ?? null;
  }

  private actions(): GuestViewActions {
    const app = this.host.app;
    return {
      openNote: (key, pane) => void this.openNote(key, pane),
      openEpisode: (path, pane) => {
        const file = app.vault.getFileByPath(path);
        if (file) void app.workspace.getLeaf(pane).openFile(file);
      },
      invite: (key) => {
        const person = this.person(key);
        if (person) this.host.newEpisodeWith([person.name]);
      },
      mark: (key, status) => void this.mark(key, status),
      addSuggested: (name, context) => this.addSuggested(name, context),
      samePerson: (keep, other) => void this.samePerson(keep, other),
      importList: () => void this.importFromActiveNote(),
    };
  }

  private async openNote(key: string, pane: PaneType | boolean): Promise<void> {
    const person = this.person(key);
    if (!person) return;
    const app = this.host.app;
    let file = person.note ? app.vault.getFileByPath(person.note.path) : null;
    // Linked to a note outside the guests folder: that is the note the episodes point to.
    for (const link of person.links) file ??= app.metadataCache.getFirstLinkpathDest(link, person.episodes[0]?.path ?? "");
    if (!file) {
      const result = await writeGuest(this.notes, person.name, person, {
        company: person.affiliations[0] ?? "",
        pronouns: person.writtenPronouns ?? "",
      });
      reportWrite(result, `a guest note for ${person.name}`);
      if (!result.ok) return;
      file = result.file;
    }
    await app.workspace.getLeaf(pane).openFile(file);
  }

  private async mark(key: string, status: GuestStatus): Promise<void> {
    const person = this.person(key);
    if (!person) return;
    const word = statusWord(status, this.host.settings().guestStatusNames);
    reportWrite(await writeGuest(this.notes, person.name, person, { status: word }), `“${word}” for ${person.name}`);
  }

  private async addSuggested(name: string, context: string): Promise<boolean> {
    const known = this.indexer.directory.lookup({ name, target: null, affiliation: null }, this.today());
    if (known) {
      new Notice(`${known.name} is already a guest (${known.status}); nothing was added.`);
      return false;
    }
    const word = statusWord("suggested", this.host.settings().guestStatusNames);
    const result = await writeGuest(this.notes, name, null, { status: word }, context === "" ? [] : ["", context]);
    reportWrite(result, `${name} as a suggested guest`);
    return result.ok;
  }

  private async samePerson(keepKey: string, otherKey: string): Promise<void> {
    const keep = this.person(keepKey);
    const other = this.person(otherKey);
    if (!keep || !other) return;
    if (other.note) {
      new Notice(`${other.name} has a guest note of their own (${other.note.path}). Move what it says into ${keep.name}'s note and delete it, then the names are matched; Office Hours never deletes a note.`, 10000);
      return;
    }
    const aliases = [other.name, ...other.spellings].filter((n) => personKey(n) !== personKey(keep.name));
    reportWrite(await writeGuest(this.notes, keep.name, keep, { addAliases: aliases }), `“${other.name}” as another name of ${keep.name}`);
  }

  /** The episode of the active note, or the one the user picks. */
  private async episode(): Promise<EpisodeRecord | null> {
    const index = this.host.episodes.index;
    const file = this.host.app.workspace.getActiveFile();
    const here = file ? index.get(file.path) : undefined;
    if (here) return here.episode;
    const all = index.all();
    if (all.length === 0) {
      new Notice(noEpisodesNotice(this.host.settings().shows));
      return null;
    }
    const picked = await new Promise<IndexedEpisode | null>((resolve) => {
      if (!this.host.modals.open(new EpisodePickerModal(this.host.app, all, resolve, "Which episode's guests?"))) resolve(null);
    });
    return picked?.episode ?? null;
  }

  async saveDetails(): Promise<void> {
    const episode = await this.episode();
    if (!episode) return;
    if (episode.guests.length === 0) {
      new Notice(`${episode.basename} names no guest yet. Add them to its guest field first.`);
      return;
    }
    const today = this.today();
    const linkDest = this.linkDest(episode.path);
    const people = episode.guests.map((g) => this.indexer.directory.lookup(g, today, linkDest));
    const profiles = episode.guests.map((g, i) => profileOf(g, people[i] ?? null));
    const problems = people.map((p) => p?.problems ?? []);
    const details = await this.host.modals.ask<GuestDetails[]>((answer) => new SaveDetailsModal(this.host.app, episode.basename, profiles, problems, answer));
    if (!details) return;
    for (const [i, detail] of details.entries()) {
      const before = profiles[i];
      const edits = {
        pronunciation: detail.pronunciation === (before?.pronunciation ?? "") ? "" : detail.pronunciation,
        pronouns: detail.pronouns === (before?.pronouns ?? "") ? "" : detail.pronouns,
        timezone: zoneOf(detail.timezone) === (before?.timezone ?? "") ? "" : zoneOf(detail.timezone),
      };
      if (edits.pronunciation === "" && edits.pronouns === "" && edits.timezone === "") continue;
      reportWrite(await writeGuest(this.notes, detail.name, people[i] ?? null, edits), `the details of ${detail.name}`);
    }
  }

  async importFromActiveNote(): Promise<void> {
    const { app, episodes, modals } = this.host;
    await importFromActiveNote({
      app,
      episodes,
      modals,
      settings: () => this.host.settings(),
      notes: this.notes,
      directory: () => this.indexer.directory,
      today: () => this.today(),
      people: () => this.people(),
      knownNames: () => this.knownNames(),
      isKnown: (name) => this.isKnown(name),
    });
  }
}

/** A zone typed in lower case is saved as the zone is spelled (`europe/belgrade` → `Europe/Belgrade`). */
function zoneOf(typed: string): string {
  return typed === "" ? "" : zoneName(typed);
}
