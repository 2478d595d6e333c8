// A row whose note's properties could not be read carries the reader's warning as an
// amber alert, in any state (archived too, where other warnings are silent), ahead of the
// other amber alerts, and sits in "Needs attention" (core/sidebar/reading-alerts.ts).
import { describe, expect, it } from "vitest";
import { buildRow } from "../../src/core/sidebar/view-model";
import { propertyAlerts } from "../../src/core/sidebar/reading-alerts";
import { episodeStatus, type StatusRules } from "../../src/core/status/status";
import { nameParser } from "../../src/core/note/name-pattern";
import { readEpisode } from "../../src/core/note/episode";
import { frontmatterOfText, readNote, recordOf } from "../support/notes";

const RULES: StatusRules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };
const TODAY = "2024-06-03";
const PARSE = { parseName: nameParser("{{code}} {{number}} - {{topic}}", "GOH") };
const BODY = ["Guest:: Ann", "## Checklist", "- [ ] Contact the guest", "## After the show", "- [x] Upload", "- [ ] Thank the guest", ""];

function rowOf(path: string, text: string, today = TODAY) {
  const episode = recordOf(path, text, PARSE);
  return buildRow({ episode, show: null, status: episodeStatus(episode, today, RULES) }, { today, duplicateNumber: false, chip: null });
}

/** The command-line tool's parser says why (the plugin's cache does not: tests/plugin/sidebar-warnings.test.ts). */
const NOT_VALID = /^The frontmatter is not valid YAML \(.+\), so none of its properties were read\.$/;

/** Properties sharing one list over and over, as a parser hands over `*a` aliases: 300 × 200 × 200 values. */
function aliasBomb(): Record<string, unknown> {
  const leaf = Array.from({ length: 200 }, (_, i) => i);
  const middle = Array.from({ length: 200 }, () => leaf);
  return { x: Array.from({ length: 300 }, () => middle) };
}

const note = (frontmatter: string[]) => ["---", ...frontmatter, "---", ...BODY].join("\n");

describe("the reader's frontmatter warnings", () => {
  it("every kind is recognised, and only those", () => {
    const kinds = {
      broken: note(["date: 2024-06-10", "guests: [Ann"]),
      duplicate: note(["date: 2024-06-10", "date: 2024-06-11"]),
      loop: note(["date: 2024-06-10", "status: &s [open, *s]"]),
      unclosed: ["---", "date: 2024-06-10", ...BODY].join("\n"),
      badDate: note(["date: next Friday"]),
    };
    for (const [kind, text] of Object.entries(kinds)) {
      const warnings = readNote("GOH 3 - Beyla.md", text, PARSE).warnings;
      expect(warnings.length, kind).toBeGreaterThan(0);
      expect(propertyAlerts(readNote("GOH 3 - Beyla.md", text, PARSE).readerWarnings), kind).toEqual(warnings.map((message) => ({ severity: "soon", message })));
    }
    // As Obsidian's cache hands it over: no properties, no error, maybe no position either.
    const cached = readEpisode("GOH 3 - Beyla.md", kinds.broken, PARSE, { data: null });
    expect(propertyAlerts(cached.readerWarnings).map((a) => a.message)).toEqual(["The frontmatter is not valid YAML properties, so none of them were read."]);
    expect(cached.date).toBeNull();
    // A bomb is refused before any reader sees its values.
    const bomb = readEpisode("GOH 3 - Beyla.md", note(["date: 2024-06-10"]), PARSE, { data: aliasBomb() });
    expect(propertyAlerts(bomb.readerWarnings).map((a) => a.message)).toEqual([expect.stringContaining("alias bomb")]);
    const other = readNote("GOH 3 - Beyla.md", note(["date: 2024-06-10"]).replace("- [ ] Contact the guest", "- [ ] Contact the guest 📅 soon"), PARSE).readerWarnings;
    expect(other.length).toBe(1);
    expect(propertyAlerts(other)).toEqual([]);
    expect(frontmatterOfText(kinds.broken).data ?? null).toBeNull();
  });

  it("each warning has its kind from where the reader made it", () => {
    const kinds = (text: string, options = PARSE) => readNote("GOH 3 - Beyla.md", text, options).readerWarnings.map((w) => w.kind);
    expect(kinds(note(["guests: [Ann"]))).toEqual(["properties"]);
    expect(kinds(note(["date: 2024-06-10", "status: &s [open, *s]"]))).toEqual(["properties"]);
    expect(kinds(["---", "date: 2024-06-10", ...BODY].join("\n"))).toEqual(["properties"]);
    expect(kinds(note(["date: next Friday"]))).toEqual(["date"]);
    expect(kinds(note(["date: 2024-06-10", "time: noon"]))).toEqual(["time"]);
    expect(kinds(note(["date: 2024-06-10"]) + "```\n- [ ] hidden\n")).toEqual(["body"]);
    expect(kinds(note(["date: 2024-06-10"]) + "%% never closed\n")).toEqual(["body"]);
    expect(kinds(note(["date: 2024-06-10"]).replace("- [ ] Contact the guest", "- [ ] Contact the guest 📅 2024-02-30"))).toEqual(["deadline"]);
    expect(kinds(note(["date: 2024-06-10"]).replace("Guest:: Ann", "Guest:: Name"))).toEqual(["guest"]);
    expect(kinds(note(["date: 2024-06-10"]).replace("Guest:: Ann", "**Guest:** Ann"))).toEqual(["guest"]);
    // The messages stay the same list, in the same order.
    const text = note(["date: next Friday", "time: noon"]).replace("Guest:: Ann", "Guest:: Name");
    const episode = readNote("GOH 3 - Beyla.md", text, PARSE);
    expect(episode.readerWarnings.map((w) => w.message)).toEqual(episode.warnings);
    expect(recordOf("GOH 3 - Beyla.md", text, PARSE).readerWarnings).toEqual(episode.readerWarnings);
  });

  it("the row matches on the kind, never on the words", () => {
    expect(propertyAlerts([{ kind: "date", message: "Das Datum ist kein Datum." }])).toEqual([{ severity: "soon", message: "Das Datum ist kein Datum." }]);
    expect(propertyAlerts([{ kind: "deadline", message: "The frontmatter of this item…" }])).toEqual([]);
    expect(propertyAlerts([{ kind: "body", message: "The properties are fine, but a code block is never closed." }])).toEqual([]);
  });

  it("show on the row, amber, in Needs attention, whatever the state the note was left in", () => {
    // The date was lost and nothing says it aired: an idea, which would sit in Ideas without a word.
    const idea = rowOf("GOH 3 - Beyla.md", note(["date: 2024-06-10", "guests: [Ann"]).replace("- [x] Upload", "- [ ] Upload"));
    expect([idea.state, idea.view]).toEqual(["idea", "attention"]);
    expect(idea.alerts.map((a) => a.severity)).toEqual(["soon"]);
    expect(idea.alerts[0]?.message).toMatch(NOT_VALID);
    // The date was lost, an after-show item is ticked: aired on an unknown date, so archived,
    // where warnings are silent; this one shows.
    const archived = rowOf("GOH 3 - Beyla.md", note(["date: 2024-01-05", "date: 2024-01-06"]));
    expect([archived.state, archived.archived, archived.view]).toEqual(["aired", true, "attention"]);
    expect(archived.alerts.map((a) => a.message)).toEqual([expect.stringMatching(NOT_VALID)]);
    const fine = rowOf("GOH 3 - Beyla.md", note(["date: 2024-01-05"]));
    expect([fine.view, fine.alerts]).toEqual(["past", []]);
  });

  it("come before the other amber alerts, after the red ones", () => {
    // Aired five days ago by its file name's date, the after-show item open: red; no video link: amber.
    const row = rowOf("GOH 3 - 2024-05-20 - Beyla.md", note(["url: [x", "date: 2024-05-20"]));
    expect(row.alerts.map((a) => a.severity)).toEqual(["late", "soon", "soon"]);
    expect(row.alerts[1]?.message).toMatch(NOT_VALID);
  });
});
