// "Link guest names in this episode": the plain names of the active episode's guest
// fields become links to the guests' notes, written as the user's link settings write
// them (FileManager.generateMarkdownLink), with the name as written kept as the link's
// text when the note is named otherwise. A name without a note gets one only when the
// user says so in the confirmation. The note is edited through its editor when open,
// else with Vault.process, on its text as it is then (see note-writer.ts and
// core/guests/link-names.ts): a changed line is refused with a notice.
import { Notice, TFile, type App, type Editor, type Menu } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import type { GuestDirectory } from "../../core/guests/directory";
import { personKey } from "../../core/guests/person-name";
import { guestFieldRules, plainGuestNames, planNameLinks, type NameLink, type PlainName } from "../../core/guests/link-names";
import type { EpisodeIndexer } from "../vault/episode-indexer";
import type { OpenModals } from "../ui/open-modals";
import { currentText, editNote } from "../live/note-writer";
import { guestNotePath, reportWrite, writeGuest, type GuestNotesHost } from "./guest-notes";
import { LinkNamesModal, type LinkRow } from "./link-names-modal";

export interface LinkNamesHost {
  app: App;
  settings(): OfficeHoursSettings;
  episodes: EpisodeIndexer;
  modals: OpenModals;
  notes: GuestNotesHost;
  directory(): GuestDirectory;
  today(): string;
}

/** Characters a link's target or text cannot carry as written. */
const UNLINKABLE = /[[\]|#^]/;

/** `target`: the note of the editor menu; the command takes the active note. */
export async function linkGuestNames(host: LinkNamesHost, target: TFile | null = null): Promise<void> {
  const app = host.app;
  const file = target ?? app.workspace.getActiveFile();
  const indexed = file ? host.episodes.index.get(file.path) : undefined;
  if (!file || !indexed) {
    new Notice("Open an episode note first: Link guest names works on the episode in the active tab.");
    return;
  }
  const rules = guestFieldRules(host.settings(), indexed.show);
  const names = plainGuestNames(await currentText(app, file), rules);
  if (names.length === 0) {
    new Notice(`${file.basename} has no plain guest name to link (linked names stay as they are; guest properties in the frontmatter are not changed).`);
    return;
  }
  const rows = uniqueRows(names.map((name) => rowFor(host, name, file.path)));
  let create: string[] = [];
  if (rows.some((row) => row.kind === "new")) {
    const answer = await host.modals.ask<string[]>((done) => new LinkNamesModal(app, file.basename, rows, done));
    if (answer === null) return;
    create = answer;
  }
  // The note may have changed while the confirmation was open: checked before any guest
  // note is created, so a refused edit leaves no new notes behind.
  if (create.length > 0 && !sameNames(names, plainGuestNames(await currentText(app, file), rules))) {
    new Notice(`Office Hours did not link the guest names of ${file.basename}: its guest fields changed while you chose; nothing was changed or created. Run the command again.`, 10000);
    return;
  }
  const targets = new Map<string, TFile>();
  for (const row of rows) {
    if (row.kind === "link") {
      const note = app.vault.getFileByPath(row.note);
      if (note) targets.set(row.name, note);
    }
  }
  for (const name of create) {
    const result = await writeGuest(host.notes, name, null, {});
    // A note found at writing time (made meanwhile) is linked without a "nothing changed" notice.
    if (!result.ok || result.created) reportWrite(result, `a guest note for ${name}`);
    if (result.ok) targets.set(name, result.file);
  }
  const links: NameLink[] = [];
  for (const name of names) {
    const note = targets.get(name.name);
    if (note) links.push({ name, link: linkTo(app, note, file.path, name.written) });
  }
  const plain = names.length - links.length;
  if (links.length === 0) {
    const reasons = rows.flatMap((r) => (r.kind === "plain" ? [`${r.name}: ${r.reason}`] : []));
    new Notice(`No guest name of ${file.basename} was linked; the names stay plain.${reasons.length > 0 ? ` ${reasons.join("; ")}.` : ""}`, 10000);
    return;
  }
  const result = await editNote(app, file, (text) => {
    const plan = planNameLinks(text, links, rules);
    return plan.ok ? { ok: true, edits: plan.edits, value: plan.linked } : plan;
  });
  if (!result.ok) {
    new Notice(`Office Hours did not link the guest names of ${file.basename}: ${result.reason}.`, 10000);
    return;
  }
  const count = result.value === 1 ? "1 guest name" : `${result.value} guest names`;
  new Notice(`Linked ${count} in ${file.basename}${plain > 0 ? `; ${plain} left plain` : ""}.`);
}

/**
 * "Link guest names" in the editor's context menu, shown only for an episode with a plain
 * name to link: the editor's own text is read, so a name just typed counts.
 */
export function addEditorMenuItem(host: LinkNamesHost, menu: Menu, editor: Editor, file: TFile | null): void {
  const indexed = file ? host.episodes.index.get(file.path) : undefined;
  if (!file || !indexed) return;
  if (plainGuestNames(editor.getValue(), guestFieldRules(host.settings(), indexed.show)).length === 0) return;
  menu.addItem((item) => item.setTitle("Link guest names").setIcon("link").onClick(() => void linkGuestNames(host, file)));
}

/** What happens to one name: a link to the person's note, a note to create, or nothing (and why). */
function rowFor(host: LinkNamesHost, name: PlainName, sourcePath: string): LinkRow {
  if (UNLINKABLE.test(name.written)) return { name: name.name, kind: "plain", reason: "the name holds a character a link cannot carry ([ ] | # ^)" };
  const shared = host.directory().conflicts().find((c) => c.name === personKey(name.name));
  if (shared) return { name: name.name, kind: "plain", reason: `it is the name or an alias of ${shared.notes.join(" and ")}; leave it to one of them first` };
  const person = host.directory().lookup({ name: name.name, target: null, affiliation: null }, host.today());
  const app = host.app;
  let note = person?.note ? app.vault.getFileByPath(person.note.path) : null;
  // Linked elsewhere to a note outside the guests folder: the episodes already point there.
  for (const link of person?.links ?? []) note ??= app.metadataCache.getFirstLinkpathDest(link, sourcePath);
  if (note) return { name: name.name, kind: "link", note: note.path };
  return { name: name.name, kind: "new", note: guestNotePath(host.settings(), name.name) };
}

function sameNames(before: readonly PlainName[], now: readonly PlainName[]): boolean {
  return before.length === now.length && before.every((b, i) => {
    const n = now[i];
    return n !== undefined && n.line === b.line && n.lineText === b.lineText && n.start === b.start && n.end === b.end;
  });
}

/** Each name once, in the order first written. */
function uniqueRows(rows: readonly LinkRow[]): LinkRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.name) && seen.add(row.name));
}

/**
 * The link as the user's settings write it. The name as written becomes the link's text
 * whenever the link alone would show something else: another name, other case, or a path
 * (Obsidian shows `[[Guests/Ann Lee]]` as "Guests/Ann Lee" when the name is ambiguous).
 */
function linkTo(app: App, note: TFile, sourcePath: string, written: string): string {
  const shown = app.metadataCache.fileToLinktext(note, sourcePath, true);
  return app.fileManager.generateMarkdownLink(note, sourcePath, undefined, shown === written ? undefined : written);
}
