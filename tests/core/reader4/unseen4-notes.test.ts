// Episode notes written the way other hosts write them, fourth probe (tests/fixtures/unseen4/,
// described in its README.md): a run of show whose segments are headed "Before the demo" under
// the talking points, folded backup questions, a lone thumbnail tag, numbered steps indented by
// hand, a Spanish run of show. The expected values were worked out by reading each note as
// Obsidian shows it (CommonMark's rules), not by running the reader; every note's items are also
// compared with markdown-it's checkboxes and its headings with the stand-in host's metadata cache.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { Episode } from "../../../src/core/types";
import { talkingPoints } from "../../../src/core/snippets/talking-points";
import { readNote } from "../../support/notes";
import { checkboxLines } from "../checkbox-oracle";
import { computeCache } from "../../host/markdown-parse";

const DIR = fileURLToPath(new URL("../../fixtures/unseen4/", import.meta.url));
const text = (path: string) => readFileSync(DIR + path, "utf8");
const read = (path: string) => readNote(path, text(path));
const md = new MarkdownIt({ html: true });

function paths(dir = DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return paths(path);
    return name.endsWith(".md") && name !== "README.md" ? [path.slice(DIR.length)] : [];
  });
}

/** Each item as [text, phase]. */
const items = (e: Episode) => e.tasks.map((t) => [t.text, e.sections[t.section]?.phase]);

describe("a run of show in the talking points", () => {
  const path = "Live/LS 20 - Run of show.md";
  const e = read(path);

  it("keeps the segments' items talking points, the real notes' \"Just before the show\" before it, and \"After the recording\" after it", () => {
    expect([e.code, e.number, e.guests.map((g) => g.name)]).toEqual(["LS", 20, ["Priya Raman"]]);
    expect(items(e)).toEqual([
      ["Book Priya", "prep"],
      ["Make the thumbnail", "prep"],
      ["Share the screen", "other"],
      ["Ask about the roadmap", "other"],
      ["Pin the questions thread", "other"],
      ["Open the chat", "before"],
      ["Upload the VOD", "after"],
      ["Cut the clips", "after"],
    ]);
  });

  it("gives the live view every segment's points, up to \"Just before the show\"", () => {
    expect(talkingPoints(text(path))).toEqual(["Welcome and introductions", "Share the screen", "Ask about the roadmap", "Pin the questions thread"]);
  });
});

describe("folded questions and a thumbnail", () => {
  const path = "Live/LS 21 - Folded questions.md";
  const e = read(path);

  it("reads no item under the lone thumbnail tag nor in the fold written without blank lines", () => {
    expect(items(e)).toEqual([
      ["Post the promo", "prep"],
      ["Walk through the architecture", "other"],
      ["Thank Tom", "after"],
    ]);
  });

  it("gives the live view the same points: none from the closed fold", () => {
    expect(talkingPoints(text(path))).toEqual(["Intro", "Walk through the architecture"]);
  });
});

describe("numbered steps indented by hand", () => {
  const e = read("Podcast/Ep 40 - Numbered run.md");

  it("nests by the text of the item above, and reads `  2. [ ]` right under a bullet item's text as that text", () => {
    expect(e.tasks.map((t) => [t.text, t.depth])).toEqual([
      ["Book the studio", 0],
      ["Confirm the engineer", 1],
      ["Send the brief", 0],
      ["Attach the outline", 1],
      ["Prepare questions", 0],
      ["Share them with Ana", 0],
      ["Record the intro", 0],
      ["Back up the files", 0],
      ["Label the drive", 1],
      ["Check the checksum", 1],
    ]);
    expect(items(e).map(([, phase]) => phase)).toEqual(["prep", "prep", "prep", "prep", "prep", "prep", "before", "before", "before", "before"]);
  });
});

describe("a Spanish run of show", () => {
  const path = "Streams/2026-09-20 Segmentos.md";
  const e = read(path);

  it("keeps \"Después de la pausa\" a talking point, \"15 minutos antes\" before the show and \"Después\" alone after it", () => {
    expect(items(e)).toEqual([
      ["Reservar la sala", "prep"],
      ["Sortear el libro", "other"],
      ["Probar el audio", "before"],
      ["Subir el video", "after"],
    ]);
    expect(talkingPoints(text(path))).toEqual(["Bienvenida", "Sortear el libro"]);
  });
});

describe("every note, against independent readings", () => {
  /** Line → depth of each checkbox item, by markdown-it's list structure. */
  const depths = (note: string) => {
    let open = 0;
    const out: [number, number][] = [];
    const tokens = md.parse(note, {});
    tokens.forEach((token, i) => {
      if (token.type === "list_item_open") open++;
      else if (token.type === "list_item_close") open--;
      else if (token.type === "inline" && tokens[i - 2]?.type === "list_item_open" && /^\[.\](\s|$)/u.test(token.content)) out.push([token.map?.[0] ?? -1, open - 1]);
    });
    return out;
  };

  it.each(paths())("%s: its items and depths are markdown-it's and its headings the metadata cache's", (path) => {
    const note = text(path);
    const e = readNote(path, note);
    expect(e.tasks.map((t) => t.line)).toEqual(checkboxLines(note));
    expect(e.tasks.map((t) => [t.line, t.depth])).toEqual(depths(note.replace(/^---\n[\s\S]*?\n---\n/, (fm) => "\n".repeat(fm.split("\n").length - 1))));
    expect(e.sections.slice(1).map((s) => s.line)).toEqual((computeCache(note).headings ?? []).map((h) => h.position.start.line));
  });
});
