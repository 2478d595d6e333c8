// The "Add to Google Calendar" link's event title is the show's own invite title: the one
// its format's built-in "Calendar invite title" / "Recording invite title" snippet gives,
// in the snippet's language. A podcast's used to carry the live stream's ("… with Ann").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinSnippets } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import type { ShowFormat } from "../../../src/core/settings/show-format";
import { readNote } from "../../support/notes";
import { parseIcs, textOf } from "../calendar/ics-oracle";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");

function show(format: ShowFormat, language: string): ShowSettings {
  return { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", format, language, links: { channel: "", playlist: "", meetup: "", studio: "https://streamyard.com/abc123" } };
}

function episodeOf(s: ShowSettings, text = TEXT) {
  return readNote(`Grafana Office Hours/${FILE}`, text, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });
}

/** The `text=` of the link, decoded. */
function linkTitle(link: string): string | null {
  return new URL(link).searchParams.get("text");
}

const CASES = [
  ["livestream", "", "Grafana Office Hours #25 with Nikola Grcevski"],
  ["podcast", "", "Grafana Office Hours #25 recording with Nikola Grcevski"],
  ["livestream", "es", "(In Spanish) Grafana Office Hours #25 con Nikola Grcevski"],
  ["podcast", "es-MX", "(In Spanish) Grafana Office Hours #25: grabación con Nikola Grcevski"],
] as const;

describe("the Google Calendar link's title", () => {
  it.each(CASES)("%s, language %j: the format's own invite title, as its built-in snippet and the .ics say it", (format, language, expected) => {
    const s = show(format, language);
    const episode = episodeOf(s);
    const values = snippetValues(episode, s, TEXT, {}, language === "" ? "en" : language);
    expect(linkTitle(values.fields.calendarlink ?? "")).toBe(expected);
    // The same words as the set's own invite title and the exported invite's SUMMARY.
    const titleSnippet = builtinSnippets(format, language).find((b) => b.id === "invite-title");
    expect(fillSnippet(titleSnippet?.text ?? "", values).text).toBe(expected);
    const invite = episodeInvite(episode, s, TEXT, builtinSnippets(format, language), NOW, "en");
    if (!invite.ok) throw new Error(invite.reason);
    const [event] = parseIcs(invite.ics).events;
    expect(event && textOf(event, "summary")).toBe(expected);
  });

  it("a podcast's link in an English snippet of a Spanish show is worded in English", () => {
    const s = show("podcast", "es");
    const values = snippetValues(episodeOf(s), s, TEXT, {}, "en");
    expect(linkTitle(values.fields.calendarlink ?? "")).toBe("Grafana Office Hours #25 recording with Nikola Grcevski");
  });

  it.each(["livestream", "podcast"] as const)("%s without guests yet: the note's name, never a ==[guest]== blank nobody was asked about", (format) => {
    const text = TEXT.replace(/^Guest::.*$/m, "");
    const s = show(format, "");
    const episode = { ...episodeOf(s, text), guests: [] };
    const title = linkTitle(snippetValues(episode, s, text, {}, "en").fields.calendarlink ?? "");
    expect(title).toBe(FILE.replace(/\.md$/, ""));
    // Once the guests are typed in, their names are in it.
    expect(linkTitle(snippetValues(episode, s, text, { guests: "Ann Lee" }, "en").fields.calendarlink ?? "")).toContain("Ann Lee");
  });
});
