// @vitest-environment happy-dom
// A snippet note that names its language, in the stand-in host: a show marked de, an
// English teaser note with `language: en` gets English dates in the picker's preview and
// in the text inserted; a note whose `language:` is no language code is shown with a
// warning in the picker and filled in the show's language. Frontmatter as the plugin
// reads snippet notes (Obsidian's YAML parser on the note's text).
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion } from "../host/interactions";
import type { TestHost } from "../host/test-host";
import { GOH25, finish, realNote, settle, showData, start, topModal } from "./harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

const TEASER = "See you on {{date:EEEE d MMMM}} with {{guests}}!";

function files(): Record<string, string> {
  return {
    [GOH25]: realNote(GOH25),
    "Office Hours/Snippets/English teaser.md": `---\nlanguage: en\n---\n${TEASER}\n`,
    "Office Hours/Snippets/Plain teaser.md": `${TEASER}\n`,
    "Office Hours/Snippets/Typo teaser.md": `---\nlanguage: english\n---\n${TEASER}\n`,
  };
}

const data = showData([
  {
    id: "office-hours",
    name: "Office Hours",
    code: "OH",
    folder: "Office Hours",
    language: "de",
    schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
  },
]);

function rows(h: TestHost): Map<string, { preview: string; warning: string | null }> {
  const items = Array.from(topModal(h).modalEl.querySelectorAll(".suggestion-item"));
  return new Map(
    items.map((row) => [
      row.querySelector(".office-hours-snippet-name")?.textContent ?? "",
      { preview: row.querySelector(".office-hours-snippet-preview")?.textContent ?? "", warning: row.querySelector(".office-hours-snippet-warning")?.textContent ?? null },
    ]),
  );
}

describe("a snippet note's language: in the picker", () => {
  it("previews each note in its own language, warns about the one that names no language code, and inserts the English one in English", async () => {
    const started = await start({ files: files(), data });
    host = started.host;
    const { editor } = await started.host.openFile(GOH25);
    // At the start of the body (a cursor in the properties inserts below them: mends8).
    const line = editor.getValue().split("\n").indexOf("---", 1) + 1;
    editor.setCursor({ line, ch: 0 });
    expect(await started.host.runCommand("office-hours:insert-snippet")).toBe(true);
    await settle(started.host);
    const shown = rows(started.host);
    expect(shown.get("English teaser")).toEqual({ preview: "See you on Friday 5 January with Nikola Grcevski!", warning: null });
    expect(shown.get("Plain teaser")).toEqual({ preview: "See you on Freitag 5 Januar with Nikola Grcevski!", warning: null });
    expect(shown.get("Typo teaser")).toEqual({
      preview: "See you on Freitag 5 Januar with Nikola Grcevski!",
      warning: "This note's language “english” is not a language code such as en, de or es-MX, so the show's language is used.",
    });
    // The built-ins carry no warning.
    expect(shown.get("Calendar invite title")?.warning).toBeNull();
    chooseSuggestion("English teaser", topModal(started.host).modalEl);
    await settle(started.host);
    expect(editor.getLine(line).startsWith("See you on Friday 5 January with Nikola Grcevski!")).toBe(true);
    expect(started.host.noticeMessages()).toEqual([]);
  });
});
