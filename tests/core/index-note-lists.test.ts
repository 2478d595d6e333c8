// The index notes of the five-show vault keep their episode lists by hand: Past /
// Upcoming (under "Episodes" or "Calls"), "Break" and "Skipped" lines, links to notes
// that are not in the vault excerpt, future ideas. The first run takes those lists over
// (every line it cannot match kept in place) or uses the user's marker, never adds a
// second list; the next runs keep them current and a run with nothing new changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOCK_END, BLOCK_START, PLACE_MARKER } from "../../src/core/index-note/index-note";
import { mergeLists, type IndexEntry } from "../../src/core/index-note/merge-lists";
import { applyChoice, findHandLists, planIndexNote, type IndexOption } from "../../src/core/index-note/plan";
import { headingKind, listFor } from "../../src/core/index-note/list-kinds";
import { readListLine } from "../../src/core/index-note/list-items";
import { previewLines } from "../../src/core/index-note/preview";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { mergeProposals } from "../../src/core/detect/merge";
import { defaultSettings, type ShowSettings } from "../../src/core/settings/settings";
import { episodeStatus } from "../../src/core/status/status";
import { detect, fixtureNotes } from "./detect/fixture-vault";
import { lazyFrontmatter } from "../support/notes";

const notes = fixtureNotes("five-shows");
const settings = mergeProposals(defaultSettings("UTC"), detect(notes).shows).settings;
const index = new EpisodeIndex(createClassifier(settings));
for (const note of notes) index.update(note.path, note.text, lazyFrontmatter(note.text));

function show(name: string): ShowSettings {
  const found = settings.shows.find((s) => s.name === name);
  if (!found) throw new Error(`no show ${name}`);
  return found;
}

/** The show's episodes as the command passes them, on `today`, linked the way the host's default wiki links would be. */
function entries(s: ShowSettings, today = "2025-07-01"): IndexEntry[] {
  return index.episodesOf(s).map(({ episode }) => ({
    basename: episode.basename,
    link: `[[${episode.basename}]]`,
    date: episode.date,
    number: episode.number,
    guests: episode.guests.map((g) => g.name),
    list: listFor(episodeStatus(episode, today, { deadlines: s.deadlines, warnDaysBefore: 0 })),
  }));
}

function readme(s: ShowSettings): string {
  const text = notes.find((n) => n.path === s.indexNote)?.text;
  if (text === undefined) throw new Error(`no index note for ${s.name}`);
  return text;
}

function firstRun(s: ShowSettings, list = entries(s)): IndexOption[] {
  const plan = planIndexNote(readme(s), list);
  if (plan.kind !== "first") throw new Error(`expected a first run, got ${plan.kind}`);
  return plan.options;
}

function option(options: readonly IndexOption[], choice: IndexOption["choice"]): IndexOption {
  const found = options.find((o) => o.choice === choice);
  if (!found) throw new Error(`no ${choice} option among ${options.map((o) => o.choice).join(", ")}`);
  return found;
}

/** `inner` appears in `outer` in the same order (not necessarily side by side). */
function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  let at = 0;
  for (const line of outer) if (line === inner[at]) at++;
  return at === inner.length;
}

/** Lines of a list that name none of `list`'s episodes. */
function unmatched(lines: readonly string[], list: readonly IndexEntry[]): string[] {
  const names = new Set(list.map((e) => e.basename.toLowerCase()));
  return lines.filter((line) => {
    const link = readListLine(line)?.link;
    return !(link && names.has(link.name));
  });
}

describe("the Grafana Office Hours Readme", () => {
  const goh = show("Grafana Office Hours");
  const text = readme(goh);
  const list = entries(goh);
  const lists = option(firstRun(goh), "lists");

  it("offers to take over its lists (no marker there, and never a list appended below them)", () => {
    expect(firstRun(goh).map((o) => o.choice)).toEqual(["lists"]);
    expect(lists.before[0]).toBe("## Episodes");
    expect(lists.before.at(-1)).toBe("- ");
    expect(lists.before).toContain("### Upcoming");
    expect(lists.before.join("\n")).not.toContain("Future guest suggestions");
  });

  it("keeps every line it cannot match, in order: breaks, links to notes outside the vault, the empty item", () => {
    const kept = unmatched(lists.before, list);
    expect(kept.filter((l) => /break/i.test(l))).toHaveLength(6);
    expect(isSubsequence(kept, lists.after)).toBe(true);
    expect(lists.after.filter((l) => /break/i.test(l))).toEqual(kept.filter((l) => /break/i.test(l)));
  });

  it("becomes the marked block; everything outside it is byte for byte what it was", () => {
    expect(lists.after[0]).toBe(BLOCK_START);
    expect(lists.after.at(-1)).toBe(BLOCK_END);
    const head = text.slice(0, text.indexOf("## Episodes"));
    const tail = text.slice(text.indexOf("\n## Future guest suggestions"));
    expect(lists.text).toBe(head + lists.after.join("\n") + tail);
  });

  it("writes the episodes' own lines: guests the name lacks, the date as the list writes it", () => {
    expect(lists.after).toContain("- 22/09: [GOH 12 - Govable](GOH%2012%20-%20Govable.md) with Andrii Kovalov and Ari Herschowitz");
    // Its guest is in its name: the line is as it was.
    expect(lists.after).toContain(lists.before.find((l) => l.includes("[GOH 25")));
  });

  it("lists GOH 30 (a video link, no date: aired, date unknown) under Past as the sidebar does, never as an idea; GOH 16, listed as past by hand, stays", () => {
    expect(lists.after).not.toContain("### Ideas (no date yet)");
    const upcoming = lists.after.indexOf("### Upcoming");
    const goh30 = lists.after.findIndex((l) => l.includes("[GOH 30 - Direction"));
    expect(goh30).toBeGreaterThan(lists.after.indexOf("### Past"));
    expect(goh30).toBeLessThan(upcoming);
    const goh16 = lists.after.findIndex((l) => l.includes("[GOH 16 -"));
    expect(goh16).toBeGreaterThan(lists.after.indexOf("### Past"));
    expect(goh16).toBeLessThan(upcoming);
  });

  it("run again, changes nothing", () => {
    expect(planIndexNote(lists.text, list)).toEqual({ kind: "update", text: lists.text, changed: false });
  });

  it("later, GOH 30 kept as an idea, once dated, moves to Past among the hand-kept lines, in their date style, and GOH 31's line stays in Upcoming", () => {
    // As an idea (`status: idea`, say) it is listed under Ideas first.
    const idea = list.map((e) => (e.basename.startsWith("GOH 30") ? { ...e, list: "ideas" as const } : e));
    const asIdea = applyChoice(text, idea, "lists");
    if (!asIdea) throw new Error("no lists option");
    expect(asIdea.after.indexOf("### Ideas (no date yet)")).toBeLessThan(asIdea.after.findIndex((l) => l.includes("[GOH 30 - Direction")));
    const dated = list.map((e) => (e.basename.startsWith("GOH 30") ? { ...e, date: "2025-06-13", list: "past" as const } : e));
    const plan = planIndexNote(asIdea.text, dated);
    if (plan.kind !== "update") throw new Error(plan.kind);
    const lines = plan.text.split("\n");
    const moved = lines.findIndex((l) => l.startsWith("- 13/06: [GOH 30 - Direction"));
    expect(moved).toBeGreaterThan(lines.findIndex((l) => l.includes("[GOH 29 - LLM")));
    expect(moved).toBeLessThan(lines.indexOf("### Upcoming"));
    expect(lines.slice(lines.indexOf("### Upcoming")).some((l) => l.includes("[GOH 31 - Adaptive"))).toBe(true);
    expect(planIndexNote(plan.text, dated)).toMatchObject({ kind: "update", changed: false });
  });
});

describe("the other shows' index notes", () => {
  it("Adobo and Avocados: Past and Upcoming at the top level, every Skipped line kept", () => {
    const aa = show("Adobo and Avocados");
    const lists = option(firstRun(aa), "lists");
    expect(lists.before[0]).toBe("## Past");
    expect(lists.before.at(-1)).toBe("- 29/05: One year of Adobo and Avocados (Reflection episode)");
    expect(lists.after.filter((l) => l.includes("Skipped"))).toHaveLength(11);
    expect(isSubsequence(unmatched(lists.before, entries(aa)), lists.after)).toBe(true);
    expect(lists.text).toContain("## Future guest suggestions\n\n- [Mental health in tech with Richard Bradshaw]");
    expect(planIndexNote(lists.text, entries(aa))).toMatchObject({ kind: "update", changed: false });
  });

  it("the OTel calls: one bare list, taken over line by line", () => {
    const otel = show("Grafana OTel Community Call");
    const lists = option(firstRun(otel), "lists");
    expect(lists.before).toHaveLength(5);
    // Under the start marker, the record of the names the plugin wrote; then the lines, one for one.
    expect(lists.after[1]).toMatch(/^%% office-hours:episode-list wrote guests: 03 - Logging[^:]*: Jack Berg, Ed Welch %%$/);
    expect(lists.after.slice(2, -1)).toEqual(
      lists.before.map((l) => (l.startsWith("- [03 - Logging") ? `${l} with Jack Berg and Ed Welch` : l)),
    );
    expect(planIndexNote(lists.text, entries(otel))).toMatchObject({ kind: "update", changed: false });
  });

  it("the Loki calls: month names as dates, undated ideas under Upcoming kept", () => {
    const loki = show("Loki Community Calls");
    const lists = option(firstRun(loki), "lists");
    expect(lists.after).toContain("- June: [2025-06-24-road-to-4-0](2025-06-24-road-to-4-0.md) with Ed Welch");
    expect(lists.after).toContain("- ?: Tom Donohue - best practices of ingest, war stories with customers?");
    expect(lists.after.at(-2)).toBe("- How to reduce your spend/telemetry with Loki. ");
  });

  it("Café con Grafana: its README keeps no list, so the block can only go at the end (after asking)", () => {
    // Detect proposes no index note for CCG (its README only describes the show): the host
    // picked the README by hand.
    const ccg = { ...show("Cafe con Grafana"), indexNote: "projects/CafeConGrafana/README.md" };
    const options = firstRun(ccg);
    expect(options.map((o) => o.choice)).toEqual(["append"]);
    expect(option(options, "append").after).toEqual([
      BLOCK_START,
      "%% office-hours:episode-list wrote guests: CCG 000 - 231019 - LanzandoCafeConGrafana: Nicole V., Antonio C. | CCG 005 - 231130 - RepasemosElGStack: Raul Marin | CCG 012 - 240215 - TBD: Jorge Turrado %%",
      "### Upcoming",
      "",
      "### Past",
      "",
      "- 2023-10-19: [[CCG 000 - 231019 - LanzandoCafeConGrafana]] with Nicole V. and Antonio C.",
      "- 2023-11-30: [[CCG 005 - 231130 - RepasemosElGStack]] with Raul Marin",
      // A "TBD" slot with a date is listed by its date, as a slot of the schedule.
      "- 2024-01-18: [[CCG 012 - 240215 - TBD]] with Jorge Turrado",
      BLOCK_END,
    ]);
  });
});

describe("the user's marker", () => {
  const goh = show("Grafana Office Hours");
  const withMarker = readme(goh).replace("## Future guest suggestions", `${PLACE_MARKER}\n\n## Future guest suggestions`);

  it("is offered next to taking the lists over, and puts the block there, leaving the lists as they are", () => {
    const plan = planIndexNote(withMarker, entries(goh));
    expect(plan.kind === "first" && plan.options.map((o) => o.choice)).toEqual(["lists", "marker"]);
    const placed = applyChoice(withMarker, entries(goh), "marker");
    expect(placed?.before).toEqual([PLACE_MARKER]);
    expect(placed?.text).toBe(withMarker.replace(PLACE_MARKER, placed?.after.join("\n") ?? ""));
  });
});

describe("what names a list", () => {
  it.each([
    ["Past", "past"],
    ["Upcoming", "upcoming"],
    ["Past episodes", "past"],
    ["Upcoming calls", "upcoming"],
    ["Episodes", "container"],
    ["Calls", "container"],
    ["Break", "breaks"],
    ["Ideas (no date yet)", "ideas"],
    ["Future guest suggestions", null],
    ["Checklist", null],
    ["Formato", null],
  ])("%j is %j", (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it("finds no list in a note without one", () => {
    expect(findHandLists("# Notes\n\nSome text.\n- a plain list\n", [])).toBeNull();
  });
});

describe("the preview", () => {
  it("marks the lines that change on each side", () => {
    expect(previewLines(["a", "b", "b"], ["b", "c"])).toEqual({
      before: [
        { text: "a", changed: true },
        { text: "b", changed: false },
        { text: "b", changed: true },
      ],
      after: [
        { text: "b", changed: false },
        { text: "c", changed: true },
      ],
    });
  });
});

describe("for any hand-kept list", () => {
  const names = ["GOH 1 - A", "GOH 2 - B", "GOH 3 - C", "GOH 4 - D"];
  const keptLine = fc.constantFrom("", "- 21/07: Break (offsite)", "- Skipped", "- [GOH 0 - Old](https://youtu.be/x)", "Some words", "- ", "\t- a nested note", "- ?: an idea");
  const episodeLine = fc.tuple(fc.constantFrom(...names), fc.constantFrom("", "05/01: ", "2024-01-05: ", "June: "), fc.constantFrom("", " with Ann")).map(([name, date, rest]) => `- ${date}[${name}](${encodeURIComponent(name)}.md)${rest}`);
  const heading = fc.constantFrom("## Past", "### Upcoming", "## Episodes", "### Break", "## Ideas");
  const lines = fc.array(fc.oneof({ weight: 3, arbitrary: keptLine }, { weight: 2, arbitrary: episodeLine }, { weight: 1, arbitrary: heading }), { maxLength: 25 });
  const anEntry = fc.record({
    basename: fc.constantFrom(...names),
    link: fc.constant(""),
    date: fc.option(fc.constantFrom("2024-01-05", "2023-12-01", "2024-06-28"), { nil: null }),
    number: fc.constant(null),
    guests: fc.constantFrom([], ["Ann"], ["Bo", "Cy"]),
    list: fc.constantFrom("past" as const, "upcoming" as const, "ideas" as const),
  });
  const list = fc.uniqueArray(anEntry, { selector: (e) => e.basename, maxLength: 4 }).map((es) => es.map((e) => ({ ...e, link: `[[${e.basename}]]` })));

  it("keeps every line it does not match, in order; a second merge changes nothing", () => {
    fc.assert(
      fc.property(lines, list, (input, episodes) => {
        const once = mergeLists(input, episodes);
        expect(mergeLists(once, episodes)).toEqual(once);
        // Top-level lines keep their order; a line nested under an episode's moves with it.
        const kept = unmatched(input, episodes).filter((l) => l.trim() !== "" && !/^#/.test(l));
        expect(isSubsequence(kept.filter((l) => !/^\s/.test(l)), once)).toBe(true);
        for (const line of new Set(kept)) expect(once.filter((l) => l === line).length).toBeGreaterThanOrEqual(kept.filter((l) => l === line).length);
        // Each episode is listed once by the plugin (the user's second line for it stays as written).
        for (const e of episodes) expect(once.filter((l) => l.includes(`[[${e.basename}]]`)).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
