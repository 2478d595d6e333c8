// Episode notes written the way other hosts write them, sixth probe (tests/fixtures/unseen6/,
// described in its README.md): checklists kept in titled callouts (nested, folded, linked,
// with emoji), nested sub-checklists under setext headings and a bold pseudo-heading, Dataview
// guest fields as a list item and as a plural field of links, a note saved on Windows (CRLF and
// a BOM), items hidden in comments, HTML blocks and code, a Templater note never run, and
// Italian, Portuguese and Japanese headings. The expected values were worked out by hand from
// what Obsidian shows (its checkboxes, outline and properties) and the reader's rules, not by
// running the reader; every note is also compared with markdown-it's checkboxes, list depths
// and headings.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { Episode } from "../../../src/core/types";
import { DEFAULT_PHASE_HEADINGS, phaseMatcher, type PhaseHeadings } from "../../../src/core/note/phases";
import type { ReadOptions } from "../../../src/core/note/episode";
import { readNote } from "../../support/notes";
import { checkboxLines } from "../checkbox-oracle";

const DIR = fileURLToPath(new URL("../../fixtures/unseen6/", import.meta.url));
const text = (path: string) => readFileSync(DIR + path, "utf8");
const read = (path: string, options: Partial<ReadOptions> = {}) => readNote(path, text(path), options);
const md = new MarkdownIt({ html: true });

function paths(dir = DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return paths(path);
    return name.endsWith(".md") && name !== "README.md" ? [path.slice(DIR.length)] : [];
  });
}

/** Each item as [text, status, depth, phase]. */
const items = (e: Episode) => e.tasks.map((t) => [t.text, t.status, t.depth, e.sections[t.section]?.phase]);
/** Each section holding items as [heading, phase, done, total]. */
const sections = (e: Episode) => e.sections.filter((s) => s.total + s.cancelled > 0).map((s) => [s.heading, s.phase, s.done, s.total]);
const withPhrases = (extra: Partial<PhaseHeadings>) =>
  phaseMatcher({
    prep: [...DEFAULT_PHASE_HEADINGS.prep, ...(extra.prep ?? [])],
    before: [...DEFAULT_PHASE_HEADINGS.before, ...(extra.before ?? [])],
    after: [...DEFAULT_PHASE_HEADINGS.after, ...(extra.after ?? [])],
    other: [...DEFAULT_PHASE_HEADINGS.other, ...(extra.other ?? [])],
  });

describe("a live stream whose every checklist is a titled callout", () => {
  const e = read("Live/LS 41 - Callout lists.md");

  it("gives each item the phase of the innermost callout titled only by a phase, read like a heading one level below", () => {
    expect(items(e)).toEqual([
      // "📋 Pre-show checklist": the emoji is no word; the sub-item is the list's too.
      ["Book the guest", "x", 0, "prep"],
      ["Send the calendar invite", " ", 0, "prep"],
      ["Attach the run of show", " ", 1, "prep"],
      // A folded callout nested in it: going forward, just before the show.
      ["Mics on", " ", 0, "before"],
      ["Close Slack", " ", 0, "before"],
      // Back in the outer callout once the nested quote ends.
      ["Thumbnail", " ", 0, "prep"],
      // "Don't forget" names no phase: the items keep the title's part of the note (no phase).
      ["Water on the desk", " ", 0, "other"],
      // A title that is a link to a note named like a phase is read by its words.
      ["Upload the VOD", " ", 0, "after"],
      // "Pre-show" nested in the after-show callout: a list never runs back.
      ["Still after: a list never runs back", " ", 0, "after"],
      ["Loose item under the title", " ", 0, "other"],
      // "Wrap-up" in the running order is its last segment, a callout title as a heading.
      ["Thank the guest", " ", 0, "other"],
      ["Clip the best moment", " ", 0, "after"],
      // "Promotion" (prep) under "## After the show" stays after the show.
      ["Post the clip", " ", 0, "after"],
    ]);
  });

  it("lists each such callout as a section named by its title, and none for the others", () => {
    expect(sections(e)).toEqual([
      ["LS 41 - Callout lists", "other", 0, 2],
      ["📋 Pre-show checklist", "prep", 1, 4],
      ["Just before the show", "before", 0, 2],
      ["[[After the show]]", "after", 0, 1],
      ["Pre-show", "after", 0, 1],
      ["Wrap-up", "other", 0, 1],
      ["🎬 After the show", "after", 0, 1],
      ["Promotion", "after", 0, 1],
    ]);
    expect(e.sections.some((s) => s.heading === "Don't forget")).toBe(false);
    expect([e.done, e.total, e.guests.map((g) => g.name)]).toEqual([1, 13, ["Ann Lee"]]);
  });
});

describe("a podcast's nested sub-checklists under setext headings and a bold line", () => {
  const e = read("Podcast/Ep 60 - Nested steps.md");

  it("counts every checkbox at every depth, as Obsidian does; a bullet without a box is no item but holds items", () => {
    expect(items(e)).toEqual([
      ["Research the guests", " ", 0, "prep"],
      ["Read Bo's paper", "x", 1, "prep"],
      ["Listen to Cy's last interview", " ", 1, "prep"],
      ["Note three questions", " ", 2, "prep"],
      // Done with a sub-item open: each box is its own, nothing ticks its children or parent.
      ["Book the studio", "x", 0, "prep"],
      ["Confirm the time with the engineer", " ", 1, "prep"],
      ["Charge the recorder", " ", 1, "prep"],
      ["Pack spare cables", " ", 1, "prep"],
      // "**Recording day**" is bold text to Obsidian (no heading in its outline, nor for the
      // Tasks plugin): it names no phase, so these stay in the setext "Pre-production" list.
      ["Levels check", " ", 0, "prep"],
      ["Room tone", " ", 0, "prep"],
      ["Edit", " ", 0, "after"],
      ["Cut the intro", " ", 1, "after"],
      ["Master", " ", 0, "after"],
    ]);
    expect([e.done, e.total, e.next?.text]).toEqual([2, 13, "Research the guests"]);
  });

  it("reads `- Guest::` in a list item and `Guests::` with links, an alias as the name", () => {
    expect(e.guests.map((g) => [g.name, g.target])).toEqual([
      ["Ann Lee", null],
      ["Bo Chan", "Bo Chan"],
      ["Cy", "Cy Dorn"],
    ]);
  });
});

describe("a note saved on Windows: a byte-order mark and CRLF line ends", () => {
  const e = read("Streams/2026-12-17 Windows line ends.md", { timeZone: "Europe/Paris" });

  it("reads the properties, the guest, the setext heading and the callout title as with LF", () => {
    expect([e.date, e.time, e.guests.map((g) => g.name)]).toEqual(["2026-12-17", "19:30", ["Dana Kim"]]);
    expect(items(e)).toEqual([
      ["Book the studio", " ", 0, "prep"],
      ["Send the invite", "x", 0, "prep"],
      ["Mics on", " ", 0, "before"],
      ["Upload", " ", 0, "after"],
    ]);
    expect(e.sections.map((s) => s.heading)).toEqual([null, "Pre-show", "Just before the show", "After the show"]);
    expect(e.tasks.every((t) => !t.text.includes("\r"))).toBe(true);
  });
});

describe("items hidden the ways Obsidian hides them", () => {
  const e = read("Streams/2026-12-24 Hidden lists.md");

  it("counts an item with a comment after it and a folded list after a blank line; nothing in a comment, an HTML block or code", () => {
    expect(e.tasks.map((t) => t.text)).toEqual([
      "Book the guest %% ask about the demo %%",
      "Send the invite <!-- after the call -->",
      "Spare laptop charged",
      "Test the demo",
      "Upload",
    ]);
    expect(e.tasks.some((t) => t.text.startsWith("Not a task") || t.text.startsWith("Hidden"))).toBe(false);
  });
});

describe("a Templater note that was never run", () => {
  const e = read("Live/LS 42.md");

  it("reads its items, takes no date, time or guest from the commands, and says the commands were never filled in", () => {
    expect([e.number, e.date, e.time, e.guests]).toEqual([42, null, null, []]);
    expect(items(e)).toEqual([
      ['Invite sent by <% tp.date.now("YYYY-MM-DD", -7) %>', " ", 0, "prep"],
      ["Thumbnail", " ", 0, "prep"],
      // Templater would keep or drop it; unrun, it is a checkbox Obsidian shows.
      ["Read the sponsor spot", " ", 0, "prep"],
      ["Upload", " ", 0, "after"],
    ]);
    // The vault layer turns this into "The note still holds template commands …" (classify.ts).
    expect(e.hasTemplateTags).toBe(true);
    expect(e.warnings.some((w) => w.includes("placeholder"))).toBe(true);
  });
});

describe("Italian, Portuguese and Japanese headings", () => {
  it("Italian: 'Prima della puntata' and 'Dopo la puntata' are placed against the episode, as 'Before the show' is", () => {
    const e = read("Puntate/Puntata 12 - Sicurezza.md", { guestFields: ["Ospite"] });
    expect(sections(e)).toEqual([
      ["✅ Preparazione", "prep", 0, 2],
      ["⏰ Prima della puntata", "before", 0, 1],
      ["🎬 Dopo la puntata", "after", 0, 1],
    ]);
    expect(e.guests.map((g) => g.name)).toEqual(["Giulia Neri"]);
  });

  it("Portuguese: 'Antes da gravação' is before the show; 'Pré-produção' is the show's own word (Detect proposes it)", () => {
    const path = "Episódios/Episódio 8 - Observabilidade.md";
    const plain = read(path, { guestFields: ["Convidado"] });
    expect(sections(plain)).toEqual([
      ["📋 Pré-produção", "other", 0, 2],
      ["Antes da gravação", "before", 0, 1],
      ["Depois da transmissão", "after", 0, 1],
    ]);
    const set = read(path, { guestFields: ["Convidado"], phases: withPhrases({ prep: ["📋 Pré-produção"] }) });
    expect(sections(set).map((s) => s[1])).toEqual(["prep", "before", "after"]);
    expect(set.guests.map((g) => g.name)).toEqual(["Rafael Souza"]);
  });

  it("Japanese: with no spaces between words, a phrase of the show's is found inside a longer heading", () => {
    const path = "配信/第3回 - Rustの話.md";
    const phases = withPhrases({ prep: ["配信前"], before: ["配信直前"], after: ["配信後"] });
    const e = read(path, { guestFields: ["ゲスト"], phases });
    expect(sections(e)).toEqual([
      ["📋 配信前チェックリスト", "prep", 0, 2],
      ["配信直前", "before", 0, 1],
      ["配信後", "after", 0, 1],
    ]);
    expect([e.number, e.title, e.guests.map((g) => g.name)]).toEqual([3, "Rustの話", ["山田太郎"]]);
    // With the defaults alone (no Japanese phrases) nothing is named.
    expect(sections(read(path, { guestFields: ["ゲスト"] })).map((s) => s[1])).toEqual(["other", "other", "other"]);
  });
});

describe("every note, against independent readings", () => {
  /**
   * The note as markdown-it reads it, lines kept: without the BOM, with LF line ends, and with
   * Obsidian's `%%` comments blanked (markdown-it does not know them; Obsidian shows nothing there).
   */
  const plain = (note: string) =>
    note
      .replace(/^\uFEFF/u, "")
      .replace(/\r\n/g, "\n")
      .replace(/%%[\s\S]*?%%/g, (c) => c.replace(/[^\n]/g, " "));
  const body = (note: string) => note.replace(/^---\n[\s\S]*?\n---\n/, (fm) => "\n".repeat(fm.split("\n").length - 1));
  const depths = (note: string) => {
    let open = 0;
    const out: [number, number][] = [];
    const tokens = md.parse(body(note), {});
    tokens.forEach((token, i) => {
      if (token.type === "list_item_open") open++;
      else if (token.type === "list_item_close") open--;
      else if (token.type === "inline" && tokens[i - 2]?.type === "list_item_open" && /^\[.\](\s|$)/u.test(token.content)) out.push([token.map?.[0] ?? -1, open - 1]);
    });
    return out;
  };
  /** Headings outside quotes, setext ones included (the stand-in cache lists no setext heading). */
  const headings = (note: string) => {
    let quotes = 0;
    const out: number[] = [];
    for (const token of md.parse(body(note), {})) {
      if (token.type === "blockquote_open") quotes++;
      else if (token.type === "blockquote_close") quotes--;
      else if (token.type === "heading_open" && quotes === 0) out.push(token.map?.[0] ?? -1);
    }
    return out;
  };

  it.each(paths())("%s: its items and depths are markdown-it's, and so are its headings", (path) => {
    const note = plain(text(path));
    const e = readNote(path, text(path));
    expect(e.tasks.map((t) => t.line)).toEqual(checkboxLines(note));
    expect(e.tasks.map((t) => [t.line, t.depth])).toEqual(depths(note));
    // A callout titled by a phase is a section of its own but no heading: left out here.
    const lines = note.split("\n");
    expect(e.sections.slice(1).filter((s) => !/^\s*>/.test(lines[s.line] ?? "")).map((s) => s.line)).toEqual(headings(note));
  });

  it("finds eight notes", () => {
    expect(paths().length).toBe(8);
  });
});
