// The characters a pasted name, topic or link can carry besides right-to-left controls
// (hostile-fields.test.ts has those): line and paragraph separators U+2028/U+2029, NEL
// U+0085, VT and FF, zero-width joiners and spaces, U+FEFF, C0 and C1 controls, lone
// surrogates, and values of 10,000 of them. The rule (README, "Snippets and
// placeholders"; src/core/snippets/pasted-text.ts) is checked against an independent
// reading of it (pasted-text-oracle.ts), and through every built-in of the four sets,
// the .ics (read back by ical.js) and the Google Calendar link (read back by URL).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinSnippets } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { pastedText, pastedUrl } from "../../../src/core/snippets/pasted-text";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import type { ShowFormat } from "../../../src/core/settings/show-format";
import type { Episode } from "../../../src/core/types";
import { readNote } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";
import { checkPhysicalLines, parseIcs, textOf } from "../calendar/ics-oracle";
import { anyText, loneSurrogate } from "../calendar/arbitraries";
import { expectedPasted, expectedPastedUrl } from "./pasted-text-oracle";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");
const SETS = [
  ["livestream", ""],
  ["podcast", ""],
  ["livestream", "es"],
  ["podcast", "es"],
] as const;

function show(format: ShowFormat = "livestream", language = "", overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("UTC", "Grafana Office Hours"),
    id: "goh",
    code: "GOH",
    hostName: "Paul",
    format,
    language,
    links: { channel: "https://youtube.com/@grafana", playlist: "", meetup: "", studio: "https://streamyard.com/abc123" },
    ...overrides,
  };
}

/** The real GOH 25 note with its guest line as `guest` (a name pasted into the note). */
function noteWithGuest(guest: string): string {
  return TEXT.replace("Guest:: Nikola Grcevski\n", `Guest:: ${guest}\n`);
}

const episodeOf = (s: ShowSettings, text = TEXT): Episode => readNote(`Grafana Office Hours/${FILE}`, text, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });

/** Every built-in of the set for the episode, filled. */
function fillAll(s: ShowSettings, episode: Episode, text = TEXT, answers: Record<string, string> = {}): Map<string, string> {
  const values = snippetValues(episode, s, text, answers, s.language === "" ? "en" : s.language);
  return new Map(builtinSnippets(s.format, s.language).map((b) => [b.id, fillSnippet(b.text, values).text]));
}

/** Characters no filled value may leave in a snippet: separators, controls but TAB/LF/CR, U+FEFF, lone surrogates. */
function strayIn(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = (code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || (code >= 0x7f && code <= 0x9f);
    if (control || char === "\u2028" || char === "\u2029" || char === "\ufeff" || (char.length === 1 && code >= 0xd800 && code <= 0xdfff)) found.push(char);
  }
  return found;
}

/** What a pasted name can carry, one or a few characters at a time. */
const PASTED = ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u0000", "\u0007", "\u001b", "\u001c", "\u007f", "\u0080", "\u009b", "\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\u200f", "\u202e", "\u2067", "\ud800", "\udfff", "👩🏽‍💻", "\t", "\r\n", "\n"];
const pastedUnit = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PASTED) }, { weight: 1, arbitrary: fc.constantFrom("a", "B", " ", "é", "ß", "-", "ل") }, { weight: 1, arbitrary: loneSurrogate });
const pasted = fc.string({ unit: pastedUnit, maxLength: 16 });

describe("pastedText and pastedUrl", () => {
  it.each([
    ["a line separator inside a name is a space", "Ann\u2028Lee", "Ann Lee"],
    ["so are a paragraph separator, NEL, VT and FF", "A\u2029B\u0085C\u000bD\u000cE", "A B C D E"],
    ["C0 and C1 controls and DEL are dropped", "A\u0000n\u0007n\u001b[31m\u007f \u0080L\u009bee\u001c", "Ann[31m Lee"],
    ["a byte-order mark is dropped, at the start or inside", "\ufeffAnn\ufeffLee", "AnnLee"],
    ["zero-width joiners and spaces and direction marks stay", "👩🏽‍💻 می‌خواهم ภาษา\u200bไทย a\u2060b \u200fשלום\u200e", "👩🏽‍💻 می‌خواهم ภาษา\u200bไทย a\u2060b \u200fשלום\u200e"],
    ["a lone surrogate is U+FFFD, a pair stays", "a\ud800b\udfffc😀", "a\ufffdb\ufffdc😀"],
    ["CR, LF and TAB stay as written", "Ann\r\nLee\tB\rC", "Ann\r\nLee\tB\rC"],
    ["a right-to-left override is closed before the separator that is now a space, and at the end", "\u202eAnn\u2029Lee", "\u202eAnn Lee\u202c"],
  ])("%s", (_, value, want) => {
    expect(pastedText(value)).toBe(want);
  });

  it.each([
    ["a separator, NEL and a BOM are percent-encoded, the address trimmed", " https://x.example/a\u2028b\u0085c\ufeff\u2029", "https://x.example/a%E2%80%A8b%C2%85c"],
    ["a right-to-left control is percent-encoded, not closed", "https://x.example/\u202eevil", "https://x.example/%E2%80%AEevil"],
    ["controls are encoded, a lone surrogate as U+FFFD's escapes", "https://x.example/\u0000\u009b\ud800", "https://x.example/%00%C2%9B%EF%BF%BD"],
    ["an ordinary address is left as it is", "https://www.youtube.com/playlist?list=PL1&index=2#t=5", "https://www.youtube.com/playlist?list=PL1&index=2#t=5"],
  ])("pastedUrl: %s", (_, value, want) => {
    expect(pastedUrl(value)).toBe(want);
  });

  it("give the same string back, unscanned, for a value without them", () => {
    for (const value of ["Grafana Office Hours", "Ana López y Bruno Díaz", "", "50% & more"]) {
      expect(pastedText(value)).toBe(value);
      expect(pastedUrl(value)).toBe(value);
    }
  });

  it("for any text: as the independent reading says, and the same when applied again", () => {
    fc.assert(
      fc.property(fc.oneof(pasted, anyText), (value) => {
        const clean = pastedText(value);
        expect(clean).toBe(expectedPasted(value));
        expect(pastedText(clean)).toBe(clean);
        expect(strayIn(clean)).toEqual([]);
        const url = pastedUrl(`https://x.example/${value}`);
        expect(url).toBe(expectedPastedUrl(`https://x.example/${value}`));
        expect(pastedUrl(url)).toBe(url);
      }),
      { numRuns: 500 },
    );
  });

  it("cost time in proportion to the value, for 10,000 and more of any of these characters", () => {
    for (const trigger of ["\u2028", "\u0085\u0000", "\ufeff\u200d", "\ud800", "\u202e\u2029", "a\u2067"]) {
      const make = whole((n) => trigger.repeat(Math.ceil(n / trigger.length)));
      expect(bestGrowth(pastedText, make, 10_000, 8, 8), JSON.stringify(trigger)).toBeLessThan(8);
      expect(bestGrowth(pastedUrl, make, 10_000, 8, 8), JSON.stringify(trigger)).toBeLessThan(8);
    }
  });
});

describe("the fill step", () => {
  it("cleans a value it is given from anywhere (a chapter, a before-item), in text and link text, and leaves a destination to the link's encoder", () => {
    const values = { fields: { x: "a\u2028b\u0000\ufeff\n- c\u0085", u: "https://x.example/\u2028a" }, start: null, timeZone: "UTC", locale: "en" };
    expect(fillSnippet("{{x}} [{{x}}]({{u}})", values).text).toBe("a b\n- c  [a b - c ](https://x.example/%E2%80%A8a)");
  });
});

describe("a pasted show name, host, topic and guest in every built-in, every set", () => {
  it("fill as their clean reading does: no separator, control, BOM or lone surrogate reaches a snippet", () => {
    fc.assert(
      fc.property(pasted, pasted, pasted, pasted, fc.constantFrom(...SETS), (name, host, topic, guest, [format, language]) => {
        const raw = show(format, language, { name: `S${name}`, hostName: `H${host}` });
        const clean = show(format, language, { name: expectedPasted(`S${name}`), hostName: expectedPasted(`H${host}`) });
        const guestsOf = (episode: Episode, who: string): Episode => ({ ...episode, guests: [{ name: who, target: null, affiliation: null }] });
        const filledRaw = fillAll(raw, guestsOf(episodeOf(raw), `G${guest}`), TEXT, { topic: `T${topic}` });
        // A guest and a topic are trimmed (a typed topic before anything else too).
        const filledClean = fillAll(clean, guestsOf(episodeOf(clean), expectedPasted(`G${guest}`, true)), TEXT, { topic: expectedPasted(`T${topic}`.trim(), true) });
        for (const [id, text] of filledRaw) {
          expect(text, id).toBe(filledClean.get(id));
          expect(strayIn(text), id).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a note whose guest line was pasted with U+2028, NEL and a BOM gives one-line titles and the same name everywhere", () => {
    const s = show();
    const text = noteWithGuest("\ufeffNikola\u2028Grcevski\u0085");
    const episode = episodeOf(s, text);
    const filled = fillAll(s, episode, text);
    expect(filled.get("invite-title")).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    expect(filled.get("video-description")).toContain("Paul talks with Nikola Grcevski about");
    const invite = episodeInvite(episode, s, text, builtinSnippets(), NOW, "en");
    if (!invite.ok) throw new Error(invite.reason);
    const [event] = parseIcs(invite.ics).events;
    expect(event && textOf(event, "summary")).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    const link = /\]\((https:[^)]*)\)/.exec(filled.get("calendar-link") ?? "")?.[1] ?? "";
    expect(new URL(link).searchParams.get("text")).toBe(invite.summary);
  });
});

describe("the .ics and the Google Calendar link", () => {
  it("make one event whose title, description and location hold no separator, control or BOM, and the link carries the same title", () => {
    fc.assert(
      fc.property(pasted, pasted, pasted, (name, guest, studio) => {
        const s = show("livestream", "", { name: `S${name}`, links: { channel: "", playlist: "", meetup: "", studio: `https://streamyard.com/${studio}` } });
        const episode: Episode = { ...episodeOf(s), guests: [{ name: `G${guest}`, target: null, affiliation: null }] };
        const invite = episodeInvite(episode, s, TEXT, builtinSnippets(), NOW, "en");
        if (!invite.ok) throw new Error(invite.reason);
        checkPhysicalLines(invite.ics);
        const { events } = parseIcs(invite.ics);
        expect(events).toHaveLength(1);
        const [event] = events;
        if (!event) throw new Error("no event");
        for (const property of ["summary", "description", "location"]) expect(strayIn(textOf(event, property) ?? ""), property).toEqual([]);
        // U+2028 and NEL are line ends to some readers (Python's splitlines): none in the file's text.
        expect(invite.ics).not.toMatch(/[\u2028\u2029\u0085]/);
        const link = snippetValues(episode, s, TEXT, {}, "en").fields.calendarlink ?? "";
        const url = new URL(link);
        expect(url.searchParams.get("text")).toBe(textOf(event, "summary"));
        expect(url.searchParams.get("location")).toBe(textOf(event, "location"));
        expect(link).not.toMatch(/[\s\u2028\u2029\u0085\ufeff]/);
      }),
      { numRuns: 80 },
    );
  });

  it("10,000-character values of these characters are filled and exported in time in proportion to their length", () => {
    for (const trigger of ["\u2028\u0085", "\ufeff\u0000\u200d", "\ud800\u202e"]) {
      for (const [format, language] of [SETS[3]] as const) {
        const run = (value: string) => {
          const s = show(format, language, { name: value, hostName: value });
          fillAll(s, episodeOf(s), TEXT, { topic: value, guests: value });
          episodeInvite(episodeOf(s), s, TEXT, builtinSnippets(format, language), NOW, "en", { topic: value, guests: value });
        };
        expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 2500, 8, 4), JSON.stringify(trigger)).toBeLessThan(8);
      }
    }
  });
});
