// The agenda: every open item of every episode, grouped by its deadline as of each show's
// today, kept in step with the index one changed note at a time. The incremental agenda
// must always equal one built from scratch (property), and its tick refs must name the
// very line drawn.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Agenda, entryRef, type AgendaSource } from "../../../src/core/deadlines/agenda";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings, type ShowSettings } from "../../../src/core/settings/settings";
import { toggleTaskInText } from "../../../src/core/tick/toggle";
import { lazyFrontmatter } from "../../support/notes";

const SETTINGS = defaultSettings("UTC");
const SHOW = SETTINGS.shows[0] as ShowSettings;
const rules = (show: ShowSettings | null) => ({ deadlines: (show ?? SHOW).deadlines, schedule: (show ?? SHOW).schedule });
const today = () => "2026-11-20";

function indexOf(notes: Record<string, string>): EpisodeIndex {
  const index = new EpisodeIndex(createClassifier(SETTINGS));
  for (const [path, text] of Object.entries(notes)) index.update(path, text, lazyFrontmatter(text));
  return index;
}

const sources = (index: EpisodeIndex): AgendaSource[] => index.all();

const NOTE = [
  "---",
  "date: 2026-11-27",
  "---",
  "Guest:: Ann",
  "## Checklist",
  "- [ ] Invite the guest 📅 2026-11-06",
  "- [x] Done long ago 📅 2026-11-01",
  "- [ ] Post on Slack 📅 2026-11-20",
  "- [ ] Calendar invite 📅 2026-11-23",
  "- [ ] Thumbnail",
  "## After the show",
  "- [ ] Add chapters 📅 +2d",
].join("\n");

describe("the agenda's groups", () => {
  it("puts each open item in Overdue, Today, This week or Later by its own deadline", () => {
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 07 - Tracing.md": NOTE, "Notes/Plain.md": "Just a note\n" })));
    const groups = agenda.view(today);
    const shown = Object.fromEntries(groups.map((g) => [g.name, g.items.map((i) => [i.entry.text, i.daysUntil])]));
    expect(shown).toEqual({
      overdue: [["Invite the guest", -14]],
      today: [["Post on Slack", 0]],
      // The thumbnail is a prep item without a date: the phase's deadline, 2 days before the show.
      week: [["Calendar invite", 3], ["Thumbnail", 5]],
      later: [["Add chapters", 9]],
      undated: [],
    });
    expect(groups[0]?.items[0]?.entry).toMatchObject({ path: "OH 07 - Tracing.md", episodeLabel: "OH 07 · Tracing", source: "date", phase: "prep" });
    expect(agenda.countOverdue(today)).toBe(1);
  });

  it("keeps to the horizon of --days, late items always included, undated ones left out", () => {
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 07 - Tracing.md": NOTE, "OH 08 - Undated.md": "Guest:: Bo\n- [ ] Someday\n" })));
    expect(agenda.view(today).find((g) => g.name === "undated")?.items.map((i) => i.entry.text)).toEqual(["Someday"]);
    const within = agenda.view(today, { days: 3 }).flatMap((g) => g.items.map((i) => i.entry.text));
    expect(within).toEqual(["Invite the guest", "Post on Slack", "Calendar invite"]);
  });

  it("lists the overdue most recently due first", () => {
    const text = NOTE.replace("Post on Slack 📅 2026-11-20", "Post on Slack 📅 2026-11-19");
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 07 - Tracing.md": text })));
    expect(agenda.view(today)[0]?.items.map((i) => i.entry.text)).toEqual(["Post on Slack", "Invite the guest"]);
  });

  it("gives each entry the ref a tick finds its line by", () => {
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 07 - Tracing.md": NOTE })));
    expect(agenda.entries.length).toBe(5);
    for (const entry of agenda.entries) {
      const ref = entryRef(entry);
      expect(ref).not.toBeNull();
      if (!ref) continue;
      const result = toggleTaskInText(NOTE, ref, "done");
      expect(result.ok && result.line).toBe(entry.line);
    }
  });
});

describe("the agenda kept incrementally", () => {
  const item = fc.tuple(fc.constantFrom("- [ ] ", "- [x] ", "\t- [ ] "), fc.constantFrom("A", "B", "C"), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }));
  const note = fc.tuple(fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }), fc.array(item, { maxLength: 6 })).map(([day, items]) =>
    [
      ...(day === undefined ? [] : ["---", `date: 2026-11-${String(day).padStart(2, "0")}`, "---"]),
      "Guest:: Ann",
      "## Checklist",
      ...items.map(([box, text, due]) => `${box}${text}${due === undefined ? "" : ` 📅 2026-11-${String(due).padStart(2, "0")}`}`),
    ].join("\n"),
  );
  const path = fc.constantFrom("OH 01 - A.md", "OH 02 - B.md", "OH 03 - C.md", "Shows/OH 04 - D.md");
  const step = fc.tuple(path, fc.option(note, { nil: undefined }));

  it("equals an agenda built from scratch after every change, and reads only the changed note again", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const index = new EpisodeIndex(createClassifier(SETTINGS));
        const agenda = new Agenda(rules);
        agenda.sync(sources(index));
        for (const [p, text] of steps) {
          if (text === undefined) index.remove(p);
          else index.update(p, text, lazyFrontmatter(text));
          const read = agenda.sync(sources(index));
          expect(read).toBeLessThanOrEqual(1);
          const fresh = new Agenda(rules);
          fresh.sync(sources(index));
          const shape = (a: Agenda) => a.entries.map((e) => [e.path, e.line, e.due, e.text]);
          expect(shape(agenda)).toEqual(shape(fresh));
          expect(agenda.view(today)).toEqual(fresh.view(today));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("what the agenda leaves out: items that no longer matter, as the episode's status judges", () => {
  const aired = (date: string) =>
    ["---", `date: ${date}`, "---", "Guest:: Ann", "## Checklist", "- [ ] Thumbnail", "## Just before the show", "- [ ] Check the mic", "## After the show", "- [ ] Add chapters"].join("\n");
  const texts = (agenda: Agenda) => agenda.view(today).flatMap((g) => g.items.map((i) => `${g.name}: ${i.entry.text}`));

  it("lists only the after-show items of a show that is over, and counts only those overdue", () => {
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 05 - Over.md": aired("2026-11-06") })));
    // Aired two weeks ago: the thumbnail and the mic check are moot; chapters were due a week after.
    expect(texts(agenda)).toEqual(["overdue: Add chapters"]);
    expect(agenda.countOverdue(today)).toBe(1);
  });

  it("lists nothing of an episode aired longer ago than the archive threshold", () => {
    const agenda = new Agenda(rules, 4);
    agenda.sync(sources(indexOf({ "OH 01 - Long ago.md": aired("2026-09-04") })));
    expect(texts(agenda)).toEqual([]);
    expect(agenda.countOverdue(today)).toBe(0);
    const longer = new Agenda(rules, 52);
    longer.sync(sources(indexOf({ "OH 01 - Long ago.md": aired("2026-09-04") })));
    expect(texts(longer)).toEqual(["overdue: Add chapters"]);
  });

  it("judges each episode again on another day, and a note read again afresh", () => {
    const agenda = new Agenda(rules);
    const index = indexOf({ "OH 05 - Soon.md": aired("2026-11-27") });
    agenda.sync(sources(index));
    const on = (day: string) => agenda.view(() => day).flatMap((g) => g.items.map((i) => `${g.name}: ${i.entry.text}`));
    // A week before the show every item matters; the day after, only the after-show item.
    expect(on("2026-11-20")).toEqual(["week: Thumbnail", "week: Check the mic", "later: Add chapters"]);
    expect(on("2026-11-28")).toEqual(["week: Add chapters"]);
    expect(on("2026-11-20")).toEqual(["week: Thumbnail", "week: Check the mic", "later: Add chapters"]);
    // The same day, the note now cancelled: it is judged again, and lists nothing.
    const cancelled = aired("2026-11-27").replace("---\nGuest", "status: cancelled\n---\nGuest");
    index.update("OH 05 - Soon.md", cancelled, lazyFrontmatter(cancelled));
    agenda.sync(sources(index));
    expect(on("2026-11-20")).toEqual([]);
  });

  it("gives an idea's placeholder date no deadlines: only an item's own date, and undated items", () => {
    const idea = ["---", "date: 2026-11-06", "---", "Guest:: Ann", "## Checklist", "- [ ] Thumbnail", "- [ ] Pitch it 📅 2026-11-18"].join("\n");
    const agenda = new Agenda(rules);
    agenda.sync(sources(indexOf({ "OH 09 - TBD.md": idea })));
    expect(texts(agenda)).toEqual(["overdue: Pitch it"]);
  });
});
