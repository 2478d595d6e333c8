// Which after-show item the auto-tick may tick (src/core/live/chapter-task.ts): only one that
// asks for the chapters to be written into the video, and only when it is the only one.
// Read against every after-show item of the real notes (tests/fixtures/real-notes and
// five-shows), and items a host might write that mention chapters for something else.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asksToWriteChapters } from "../../../src/core/live/chapter-task";
import { isChapterTask, chapterTaskToTick } from "../../../src/core/live/after-show";
import { GOH25, fiveShows } from "../live/fixtures";
import { recordOf } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

function notesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? notesUnder(path) : name.endsWith(".md") ? [path] : [];
  });
}

/** Every task item of the fixture notes (real-notes, five-shows and the rest) that mentions timestamps or chapters, text only. */
function realChapterItems(): string[] {
  const items = new Set<string>();
  for (const path of notesUnder(FIXTURES)) {
    for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
      const m = /^\s*- \[.\] (.*)$/.exec(line);
      if (m?.[1] !== undefined && isChapterTask(m[1])) items.add(m[1].trim());
    }
  }
  return [...items].sort();
}

describe("the fixture notes' items about chapters", () => {
  it("the ones that ask for the chapters in the video are read so; the one about a user's timestamps is not", () => {
    const items = realChapterItems();
    const writes = items.filter(asksToWriteChapters);
    const others = items.filter((t) => !asksToWriteChapters(t));
    expect(writes).toEqual(expect.arrayContaining(["Add timestamps to the video (at least four).", "Agregar timestamps al video (minimo 4).", "Agregar timestamps al video (mínimo 4).", "Add chapters to the video", "Add chapters to the recording", "Add chapters 📅 +2d"]));
    expect(others).toEqual(["Find what user X was doing from timestamp 1 to 2"]);
  });
});

describe("items that mention chapters for something else", () => {
  it.each([
    "Send Ann the chapters of her part",
    "Post the timestamps in the Slack thread",
    "Add timestamps to the Slack thread",
    "Share the chapters on LinkedIn",
    "Check the chapters YouTube made",
    "Enviar los capítulos a Ana",
    "Agregar timestamps en el canal de Discord",
    "Thank Ann",
  ])("“%s” is not ticked", (text) => {
    expect(asksToWriteChapters(text)).toBe(false);
  });

  it.each(["Add timestamps to the video (at least four).", "Add chapters", "**Add** chapters to the YouTube description", "Paste the timestamps into the description", "Añadir capítulos al vídeo", "Write chapters for the episode"])("“%s” is", (text) => {
    expect(asksToWriteChapters(text)).toBe(true);
  });
});

describe("one item per episode", () => {
  const four = (after: string) =>
    fiveShows(GOH25)
      .replace("## Timestamps\n\n", "## Timestamps\n\n00:00:00 A\n00:02:00 B\n00:04:00 C\n00:06:00 D\n")
      .replace("- [ ] Add timestamps to the video (at least four).", after);

  it("GOH 25's own item, with other chapter items beside it, is the one ticked", () => {
    const text = four("- [ ] Send Ann the chapters of her part\n- [ ] Add timestamps to the video (at least four).\n- [ ] Post the timestamps in the Slack thread");
    expect(chapterTaskToTick(recordOf(GOH25, text), true)?.task.text).toBe("Add timestamps to the video (at least four).");
  });

  it("two items asking for the chapters in the video: none is ticked", () => {
    const text = four("- [ ] Add timestamps to the video (at least four).\n- [ ] Add chapters to the recording");
    expect(text).toContain("Add chapters to the recording");
    expect(chapterTaskToTick(recordOf(GOH25, text), true)).toBeNull();
  });
});

describe("a very long item (held: linear)", () => {
  for (const trigger of ["add ", "timestamps ", "to ", "video", "**", "add timestamps in "]) {
    it(`“${trigger}” × n`, () => {
      expect(bestGrowth(asksToWriteChapters, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 20_000, 8)).toBeLessThan(8);
    });
  }
});
