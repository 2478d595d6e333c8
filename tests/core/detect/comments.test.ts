// Detect shows reads a note as Obsidian shows it: a `Guest::`, a schedule, a link or a
// heading inside a `%% … %%` or `<!-- … -->` comment is no evidence for a show. Expected
// values come from reading tests/fixtures/comments-vault/ by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect, fixtureNotes } from "./fixture-vault";
import { readNoteFacts, type NoteFacts } from "../../../src/core/detect/note-facts";
import { frontmatterOfText } from "../../support/notes";

const notes = fixtureNotes("comments-vault");

describe("comments in the notes Detect shows reads", () => {
  const result = detect(notes, { timeZone: "UTC" });

  it("a guest field only inside comments is no guest field: meeting notes stay meeting notes", () => {
    expect(result.skipped).toEqual([
      { where: "2 numbered notes in Standup", reason: "their checklists name no guests (no guest field): notes such as meeting notes, not a show" },
    ]);
    expect(result.shows.map((p) => p.show.folder)).toEqual(["Live"]);
  });

  it("the show's guest fields, schedule and headings come from the visible text only", () => {
    const live = result.shows[0];
    expect(live?.show.guestFields).toEqual(["Guest"]);
    expect(live?.show.schedule).toMatchObject({ weekday: 5, time: "16:00", timeZone: "UTC" });
    expect(live?.evidence.guestFields?.reasons).toEqual(["“Guest:: …” in 2 of 2 episode notes (a guest word)"]);
  });

  it("a note's facts leave out a commented key, heading, schedule and link", () => {
    const note = notes.find((n) => n.path === "Live/LIVE 1 - Logs.md");
    if (!note) throw new Error("fixture missing");
    const facts = readNoteFacts(note.path, note.text, [], note.frontmatter);
    expect(facts.keys.map((k) => k.key)).toEqual(["date", "Guest"]);
    expect(facts.headings).toEqual(["live 1 logs", "checklist", "after the show"]);
    const text = facts.lines.join("\n");
    for (const hidden of ["Speaker", "Thursdays", "Draft the questions", "Old Live index", "Tuesdays"]) expect(text).not.toContain(hidden);
    expect(text).toContain("We stream on Fridays at 16:00 UTC.");
  });

  it("detects the same shows as in the vault with its comments taken out", () => {
    const clean = notes.map((n) => {
      const text = n.text.replace(/%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?-->/g, "");
      return { ...n, text, frontmatter: () => frontmatterOfText(text) };
    });
    expect(result).toEqual(detect(clean, { timeZone: "UTC" }));
  });
});

/** What detection takes from a note, with blank and trailing space left out of its lines. */
function evidence(facts: NoteFacts): unknown {
  const { lines, bodyStart, ...rest } = facts;
  return { ...rest, body: lines.slice(bodyStart).map((l) => l.trim().replace(/\s+/g, " ")).filter((l) => l !== "") };
}

const BASE = [
  "---",
  "date: 2026-02-06",
  "---",
  "# LIVE 3 - Metrics",
  "",
  "Guest:: [[Ann Lee]]",
  "Invitado(s): Ben Ortiz",
  "",
  "We stream on Fridays at 16:00 UTC, see [[Live index]].",
  "",
  "## Checklist",
  "- [ ] Send the invite",
  "- [x] Create the stream",
  "",
  "## After the show",
  "- [ ] Upload the video",
];

// Text that cannot close its comment early; a block comment may run over lines.
const words = fc.array(
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("Guest:: Zed Roe", "Speaker: Zed", "## Pre-show", "- [ ] Commented item", "[[Other index]]", "Thursdays at 09:00 EST", "```", "# Title", "%%", "-->", "<!--"),
  ),
  { maxLength: 5 },
);
const inline = fc.tuple(fc.boolean(), words).map(([percent, w]) => {
  const text = w.join(" ").replace(/[\r\n]/g, " ");
  return percent ? `%% ${text.replace(/%/g, "")} %%` : `<!-- ${text.replace(/-->/g, "- >")} -->`;
});
const block = fc.tuple(fc.boolean(), fc.array(words, { minLength: 1, maxLength: 4 })).map(([percent, lines]) => {
  const body = lines.map((w) => w.join(" ")).join("\n");
  return percent ? `%%\n${body.replace(/%/g, "")}\n%%` : `<!--\n${body.replace(/-->/g, "- >")}\n-->`;
});

describe("property: a comment holding any text", () => {
  const facts = (text: string) => readNoteFacts("Live/LIVE 3 - Metrics.md", text, [], frontmatterOfText(text));
  const base = evidence(facts(BASE.join("\n")));

  it("at the end of any body line but a heading changes no detect facts", () => {
    const lines = BASE.flatMap((l, n) => (n > 2 && !l.startsWith("#") && l !== "" ? [n] : []));
    fc.assert(
      fc.property(fc.constantFrom(...lines), inline, (n, comment) => {
        const text = BASE.map((l, i) => (i === n ? `${l} ${comment}` : l)).join("\n");
        expect(evidence(facts(text))).toEqual(base);
      }),
    );
  });

  it("on lines of its own after a blank line, or at the end, changes no detect facts", () => {
    const places = [...BASE.flatMap((l, n) => (l === "" && n > 2 ? [n + 1] : [])), BASE.length];
    fc.assert(
      fc.property(fc.constantFrom(...places), block, fc.boolean(), (n, comment, unclosed) => {
        // At the end of the note a `%%` may stay open: it hides the rest of the note.
        const written = unclosed && n === BASE.length && comment.startsWith("%%") ? comment.slice(0, -3) : comment;
        const text = [...BASE.slice(0, n), ...written.split("\n"), ...BASE.slice(n)].join("\n");
        expect(evidence(facts(text))).toEqual(base);
      }),
    );
  });
});
