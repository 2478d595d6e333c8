// A user's snippet note names the language it is written in with `language:` (a BCP 47
// tag): its dates and worded values follow the note, not the show. A note without one is
// in the show's language (Obsidian's when the show has none), as before. A malformed one
// is refused with a warning and the show's language is used.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snippetsForShow, type Snippet } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { noteLanguage, snippetLocale } from "../../../src/core/snippets/snippet-language";
import { readSnippetNote } from "../../../src/core/snippets/user-snippets";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import { frontmatterOfText, readNote } from "../../support/notes";
import { parseIcs } from "../calendar/ics-oracle";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");

function show(language: string): ShowSettings {
  return { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", language, links: { channel: "", playlist: "", meetup: "", studio: "https://streamyard.com/abc123" } };
}

function snippetNote(frontmatter: string, body: string, path = "Snippets/Teaser.md"): Snippet {
  const text = `---\n${frontmatter}\n---\n${body}\n`;
  return readSnippetNote(path, text, frontmatterOfText(text));
}

/** The note filled as the insert command fills it: in its own locale. */
function filled(note: Snippet, s: ShowSettings, appLocale = "en"): string {
  const episode = readNote(`Grafana Office Hours/${FILE}`, TEXT, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });
  return fillSnippet(note.text, snippetValues(episode, s, TEXT, {}, snippetLocale(note, s.language, appLocale))).text;
}

const TEASER = "See you on {{date:EEEE d MMMM}} with {{guests}}, {{durationText}} show{{yourTime}}.";

describe("a snippet note's language: property", () => {
  it("an English note in a show marked de gets English dates and words, not German ones", () => {
    const note = snippetNote("language: en", TEASER);
    expect(filled(note, show("de"))).toBe("See you on Friday 5 January with Nikola Grcevski, an hour-long show.");
    // Without the property, the show's German is used for the dates, as before.
    expect(filled(snippetNote("name: Teaser", TEASER), show("de"))).toBe("See you on Freitag 5 Januar with Nikola Grcevski, an hour-long show.");
  });

  it("a Spanish note in an English show gets Spanish dates and worded values", () => {
    const note = snippetNote("language: es", "Nos vemos el {{date:EEEE d 'de' MMMM}}, un show {{frequency}} {{durationText}} con {{guests}}.");
    expect(filled(note, show(""))).toBe("Nos vemos el viernes 5 de enero, un show semanal de una hora con Nikola Grcevski.");
  });

  it("an English note in a Spanish show is filled in English throughout, even with Obsidian in German", () => {
    const note = snippetNote("language: en", TEASER);
    expect(filled(note, show("es"), "de")).toBe("See you on Friday 5 January with Nikola Grcevski, an hour-long show.");
  });

  it("a regional tag is kept: en-GB in an en-US show, and the show's region for a bare tag", () => {
    expect(snippetLocale({ language: "en-GB" }, "en-US", "de")).toBe("en-GB");
    expect(snippetLocale({ language: "es" }, "es-MX", "de")).toBe("es-MX");
    expect(snippetLocale({ language: "en" }, "de", "fr")).toBe("en");
    expect(snippetLocale({}, "", "fr")).toBe("fr");
  });

  it("is read in Intl's canonical form, whatever case it is typed in", () => {
    expect(snippetNote("language: EN-gb", TEASER).language).toBe("en-GB");
    expect(snippetNote("language: ' es '", TEASER)).toMatchObject({ language: "es" });
    expect(snippetNote("language: es", TEASER).warnings).toBeUndefined();
  });

  it("empty or missing: no language of its own and no warning", () => {
    for (const fm of ["language:", "language: ''", "language: null", "name: Teaser"]) {
      const note = snippetNote(fm, TEASER);
      expect(note.language, fm).toBeUndefined();
      expect(note.warnings, fm).toBeUndefined();
    }
  });

  it.each([
    ["language: english", "english"],
    ["language: en_US", "en_US", " (write en-US, with a hyphen)"],
    ["language: en-US-US", "en-US-US"],
    ["language: 12", "12"],
    ["language: true", "true"],
    ["language: [en, es]", "[en, es]"],
    ["language: {a: 1}", "a list of properties"],
    ["language: '{{show}}'", "{{show}}"],
  ])("%s: warned about, and the show's language used", (fm, shown, hint = "") => {
    const note = snippetNote(fm, TEASER);
    expect(note.language).toBeUndefined();
    expect(note.warnings).toEqual([`This note's language “${shown}” is not a language code such as en, de or es-MX${hint}, so the show's language is used.`]);
    expect(filled(note, show("de"))).toContain("Freitag 5 Januar");
  });

  it("a 10,000-character value is refused quickly, quoted clipped to one short line", () => {
    const note = snippetNote(`language: ${"en-".repeat(3333)}x`, TEASER);
    expect(note.language).toBeUndefined();
    expect(note.warnings?.[0]?.length).toBeLessThan(200);
  });

  it("never throws, and a tag it takes is one Intl takes back unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8}){0,4}$/), fc.anything()), (value) => {
        const read = noteLanguage(value);
        if (read.tag !== null) {
          expect(Intl.getCanonicalLocales(read.tag)).toEqual([read.tag]);
          expect(read.problem).toBeNull();
        }
      }),
    );
  });

  it("the picker's list keeps the language and the warning of a note that replaces a built-in", () => {
    const note = snippetNote("id: invite-title\nlanguage: de_DE", "{{show}} {{episode}}");
    const offered = snippetsForShow([note], ["Grafana Office Hours"]).find((s) => s.id === "invite-title");
    expect(offered?.warnings).toEqual(note.warnings);
    const english = snippetNote("id: invite-title\nlanguage: en", "{{show}} {{episode}}");
    expect(snippetsForShow([english], ["Grafana Office Hours"], "livestream", "es").find((s) => s.id === "invite-title")?.language).toBe("en");
  });
});

describe("the .ics invite with the user's invite notes", () => {
  it("a note's own language tells the calendar its language; English tells it none", () => {
    const s = show("de");
    const episode = readNote(`Grafana Office Hours/${FILE}`, TEXT, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });
    const body = (fm: string) => snippetNote(`id: invite-body\n${fm}`, "Am {{date:EEEE d MMMM}}.", "Snippets/Body.md");
    const ics = (fm: string) => {
      const invite = episodeInvite(episode, s, TEXT, snippetsForShow([body(fm)], ["Grafana Office Hours"]), NOW, "en");
      if (!invite.ok) throw new Error(invite.reason);
      return invite;
    };
    expect(ics("language: en").ics).toMatch(/^DESCRIPTION:Am Friday 5 January\.\r$/m);
    expect(ics("language: es").ics).toMatch(/^DESCRIPTION;LANGUAGE=es:Am viernes 5 enero\.\r$/m);
    expect(parseIcs(ics("language: es").ics).events).toHaveLength(1);
    // No property: the show's German, as before.
    expect(ics("name: Body").ics).toMatch(/^DESCRIPTION;LANGUAGE=de:Am Freitag 5 Januar\.\r$/m);
  });

  it("a malformed language in an invite note is named in the export's notice, which has no picker", () => {
    const s = show("");
    const episode = readNote(`Grafana Office Hours/${FILE}`, TEXT, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });
    const title = snippetNote("id: invite-title\nlanguage: english", "{{show}} {{episode}}", "Snippets/Title.md");
    const invite = episodeInvite(episode, s, TEXT, snippetsForShow([title], ["Grafana Office Hours"]), NOW, "en");
    if (!invite.ok) throw new Error(invite.reason);
    expect(invite.notes).toContain("Snippets/Title.md: This note's language “english” is not a language code such as en, de or es-MX, so the show's language is used.");
  });
});
