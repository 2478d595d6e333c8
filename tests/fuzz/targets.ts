// What the time-scaling fuzzer runs on generated text: every part of the core that reads
// something a user wrote. Each target turns a shape's text of a given size into its own
// input (a note, a file name, a template, stored settings, calendar events) and runs on it.
import { createClassifier } from "../../src/core/vault/classify";
import { parseGuestProperty, parseGuestValue } from "../../src/core/note/guests";
import { nameParser } from "../../src/core/note/name-pattern";
import { parseFileName } from "../../src/core/note/file-name";
import { renderTemplate, renderText, type TemplateValues } from "../../src/core/new-episode/template/render";
import { fillSnippet, type SnippetValues } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { readSnippetNote } from "../../src/core/snippets/user-snippets";
import { BUILTIN_SNIPPETS, SPANISH_SNIPPETS } from "../../src/core/snippets/catalog";
import { episodeInvite, isOurInvite } from "../../src/core/snippets/episode-invite";
import { buildIcs } from "../../src/core/calendar/ics-writer";
import { migrateSettings, DEFAULT_FILE_NAME_PATTERN } from "../../src/core/settings/settings";
import type { YamlValue } from "../../src/core/types";
import { readGuestNote } from "../core/guests/read-guest-note";
import { defaultStatusNames } from "../../src/core/guests/statuses";
import { parseProspects } from "../../src/core/guests/prospects";
import { GuestDirectory } from "../../src/core/guests/directory";
import { mayBeSame } from "../../src/core/guests/may-be-same";
import { profileOf } from "../../src/core/guests/profile";
import type { Shape } from "./grammar";
import { readLineDue } from "../../src/core/deadlines/line-due";
import { dateChecklist } from "../../src/core/deadlines/template-offsets";
import { parseBreaks } from "../../src/core/deadlines/breaks";
import { planNoteReschedule } from "../../src/core/reschedule/note-plan";
import { readNote, lazyFrontmatter, frontmatterOfText } from "../support/notes";

export interface Target<T = unknown> {
  name: string;
  input(shape: Shape, size: number): T;
  run(input: T): unknown;
}

const { settings } = migrateSettings({
  version: 1,
  shows: [{ id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Shows/GOH", schedule: { timeZone: "Europe/Berlin" }, displayTimeZones: ["America/New_York"] }],
});
const show = settings.shows[0];
if (!show) throw new Error("no show");
const classifier = createClassifier(settings);
const START = new Date("2024-01-05T13:00:00Z");
const statusNames = defaultStatusNames();
const NOW = new Date("2024-01-02T09:30:00Z");

/** `text` cut into pieces of `length` characters. */
function chunks(text: string, length: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += length) out.push(text.slice(i, i + length));
  return out;
}

/** A list nested `depth` deep, each level holding a piece of text: built without recursion. */
function nestedList(pieces: readonly string[]): YamlValue {
  let value: YamlValue = [];
  for (const piece of pieces) value = [piece, value];
  return value;
}

const templateValues: TemplateValues = {
  fields: { show: "Grafana Office Hours", title: "GOH 25 - Beyla, with Nikola", number: "25", guests: "Nikola Grcevski" },
  start: START,
  now: NOW,
  timeZone: "Europe/Berlin",
  locale: "en",
};
const snippetFill: SnippetValues = {
  fields: { show: "Grafana Office Hours", number: "25", url: "", guests: "Nikola Grcevski", date: "2024-01-05" },
  start: START,
  timeZone: "UTC",
  locale: "en",
};

/** File-name patterns a show may have, from the default to many placeholders in a row. */
const PATTERNS = [
  DEFAULT_FILE_NAME_PATTERN,
  "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
  "{{topic}} ({{guests}})",
  "{{date}}-{{topic}}",
  "{{topic}} {{guests}} {{title}} {{show}} - {{number}}",
  "{{topic}}, {{guests}}, {{title}}, {{show}}, {{code}}, {{topic}}.",
];
const parsers = PATTERNS.map((pattern) => nameParser(pattern, "GOH"));
const REAL_NAMES = ["GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski", "CCG 005 - 231130 - RepasemosElGStack", "2025-03-25-loki-cache", "03 - Logging Best Practices"];

const text = (shape: Shape, size: number) => shape.build(size);

/** Checks that a target's input suits its run, then lists it with the others. */
function target<T>(definition: Target<T>): Target {
  return definition;
}

export const TARGETS: Target[] = [
  target({
    name: "deadline marks on a line",
    input: text,
    // The grown text between and after the marks the reader looks for.
    run: (line: string) => [readLineDue(line), readLineDue(`- [ ] ${line} 📅 ${line} (due:: ${line}) [due:: -7d] 📅 2026-11-27${line}`)],
  }),
  target({
    name: "template offsets and a reschedule",
    input: text,
    run: (note: string) => {
      const dated = `---\ndate: 2026-11-27\n---\n- [ ] a 📅 -7d\n${note}\n- [ ] b 📅 2026-11-20 ${note}`;
      return [
        dateChecklist(`- [ ] ${note} 📅 -3w\n${note}`, { date: "2026-11-27", time: "13:00", timeZone: "Europe/Berlin" }),
        planNoteReschedule(dated, readNote("GOH 25 - Fuzz.md", dated), { date: "2026-12-04", time: "13:00" }, "13:00", false),
      ];
    },
  }),
  target({ name: "break lines", input: text, run: (value: string) => [parseBreaks([value]), parseBreaks(value.split("\n"))] }),
  target({ name: "note reader", input: text, run: (note: string) => readNote("GOH 25 - Fuzz.md", note) }),
  target({
    name: "classifier",
    input: text,
    run: (note: string) => [classifier.classify("Shows/GOH/GOH 25 - Fuzz.md", note, lazyFrontmatter(note)), classifier.classify("Notes/fuzz.md", note, lazyFrontmatter(note))],
  }),
  target({
    name: "guests",
    input: (shape, size) => {
      const value = shape.build(size);
      const pieces = chunks(value, 8);
      const list: YamlValue = pieces;
      return { value, list, nested: nestedList(pieces) };
    },
    run: ({ value, list, nested }: { value: string; list: YamlValue; nested: YamlValue }) => [
      parseGuestValue(value),
      parseGuestProperty(value),
      parseGuestProperty(list),
      parseGuestProperty(nested),
    ],
  }),
  target({
    name: "name patterns (file name grows)",
    input: text,
    run: (basename: string) => [parseFileName(basename), ...parsers.map((parse) => parse(basename))],
  }),
  target({
    name: "name patterns (pattern grows)",
    input: text,
    // The pattern is a setting, text a user wrote too; it is read against real names
    // (matching costs the pattern's parts times the name's length, so the name stays put).
    run: (pattern: string) => REAL_NAMES.map((basename) => [nameParser(pattern, "GOH")(basename), nameParser(pattern, "")(basename)]),
  }),
  target({
    name: "template rendering",
    input: text,
    run: (template: string) => [renderTemplate(template, templateValues), renderText(template, templateValues, { k: template })],
  }),
  target({
    name: "snippet filling",
    input: text,
    run: (snippet: string) => [fillSnippet(snippet, snippetFill), readSnippetNote("Snippets/fuzz.md", snippet, frontmatterOfText(snippet))],
  }),
  target({
    name: "snippets from a note",
    input: text,
    run: (note: string) => {
      const values = snippetValues(readNote("Shows/GOH/GOH 25 - Fuzz.md", `---\ndate: 2024-01-05\n---\n${note}`), show, note);
      return BUILTIN_SNIPPETS.map((snippet) => fillSnippet(snippet.text, values));
    },
  }),
  target({
    name: "guest notes",
    input: text,
    run: (note: string) => [readGuestNote("Guests/Fuzz.md", note, statusNames), readGuestNote("Guests/Fuzz.md", `---\n${note}\n---\n`, statusNames)],
  }),
  target({ name: "prospect lists", input: text, run: (note: string) => parseProspects(note) }),
  target({
    name: "guests index",
    input: (shape, size) => chunks(shape.build(size), 48),
    run: (pieces: string[]) => {
      // Every piece an episode's guest field and a guest note's aliases; then the people
      // and the "may be one person" pairs over them.
      const directory = new GuestDirectory();
      pieces.forEach((piece, i) => {
        directory.setNote(`Guests/${i}.md`, readGuestNote(`Guests/${i}.md`, `---\naliases: [${JSON.stringify(piece)}]\n---\n`, statusNames));
        directory.setEpisode(`e${i}.md`, { path: `e${i}.md`, title: piece, show: null, date: "2024-01-05", guests: parseGuestValue(piece).guests });
      });
      const people = directory.people("2024-01-02");
      return [people.length, mayBeSame(people).length];
    },
  }),
  target({
    name: "guest texts",
    input: text,
    run: (value: string) => {
      // A guest field of many names, each with a profile in a zone: every guest text filled.
      const note = `---\ndate: 2024-01-05\n---\nGuest:: ${value.replace(/\n/g, " ")}\n`;
      const episode = readNote("Shows/GOH/GOH 25 - Fuzz.md", note);
      const profiles = episode.guests.map((guest, i) => ({ ...profileOf(guest, null), timezone: i % 2 === 0 ? "Europe/Belgrade" : "America/Chicago", pronunciation: guest.name }));
      const values = snippetValues(episode, show, note, {}, "en", profiles);
      return BUILTIN_SNIPPETS.map((snippet) => fillSnippet(snippet.text, values));
    },
  }),
  target({
    name: "settings migration",
    input: (shape, size) => {
      const whole = shape.build(size);
      // A show per 64 characters: each is a few hundred objects, and a run that keeps
      // many megabytes alive is slowed by the garbage collector, not by migration.
      const pieces = chunks(whole, 64);
      // Many shows sharing a few ids, each field a piece of text, and one show of whole text.
      const shows = pieces.map((piece, i) => ({
        id: pieces[i % 3] ?? piece,
        name: piece,
        code: piece.slice(0, 4),
        folder: piece,
        fileNamePattern: piece,
        guestFields: [piece, whole.slice(0, 8)],
        displayTimeZones: [piece],
        phaseHeadings: { prep: [piece], before: [], after: [piece], other: [] },
        schedule: { time: piece, timeZone: piece },
        links: { channel: piece },
      }));
      shows.push({ ...shows[0], id: whole, name: whole, folder: whole, guestFields: pieces } as (typeof shows)[number]);
      return JSON.parse(JSON.stringify({ version: 1, templateFolders: pieces, snippetsFolder: whole, shows })) as unknown;
    },
    run: (raw: unknown) => migrateSettings(raw),
  }),
  target({
    name: ".ics writer",
    input: (shape, size) => shape.build(size),
    run: (value: string) => {
      const events = chunks(value, 64).map((piece, i) => ({ uid: `${i}-${piece}`, stamp: NOW, start: START, end: START, summary: piece, description: piece }));
      const whole = { uid: value, stamp: NOW, start: START, end: START, summary: value, description: value, location: value, url: value };
      const ics = buildIcs({ prodId: value, events: [whole, ...events] });
      const note = `---\ndate: 2024-01-05\n---\n${value}`;
      const userSnippet = { id: "invite-body", name: "Invite", description: "", text: value, source: "s.md", show: null };
      const invite = episodeInvite(readNote("Shows/GOH/GOH 25 - Fuzz.md", note), show, note, [userSnippet], NOW);
      return [isOurInvite(ics, value), invite];
    },
  }),
  // Last, so the targets above keep their shapes (shapesFor counts by index).
  target({
    name: "guest texts in Spanish",
    input: text,
    run: (value: string) => {
      // The same guest field typed into the form too ("y"/"e" split it), every Spanish built-in and the invite.
      const spanish = { ...show, language: "es" };
      const note = `---\ndate: 2024-01-05\n---\nGuest:: ${value.replace(/\n/g, " ")}\n`;
      const episode = readNote("Shows/GOH/GOH 25 - Fuzz.md", note);
      const profiles = episode.guests.map((guest, i) => ({ ...profileOf(guest, null), timezone: i % 2 === 0 ? "Europe/Madrid" : "America/Mexico_City", role: guest.name, company: guest.name }));
      const values = snippetValues(episode, spanish, note, { guests: value }, "es", profiles);
      return [SPANISH_SNIPPETS.map((snippet) => fillSnippet(snippet.text, values)), episodeInvite(episode, spanish, note, SPANISH_SNIPPETS, NOW, "es", {}, undefined, profiles)];
    },
  }),
];
