// Hostile text in every field a snippet is filled from (show name, host, guests, topic,
// studio link, the user's own snippet notes), for all four built-in sets (live stream and
// podcast, English and Spanish): `{{`, `]]`, `](`, line breaks, right-to-left controls,
// emoji, `%` and `&`, and values of 10,000 characters. What broke, and is fixed here:
// a value's U+202E turned the rest of the snippet's line backwards (bidi.ts); a topic of
// many "==[" made the invite export quadratic (episode-invite.ts); a snippet note of many
// empty lines made reading it quadratic (user-snippets.ts). Growth is n against 4n, CPU
// time (tests/support/growth.ts), never a wall-clock bound.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinSnippets } from "../../../src/core/snippets/catalog";
import { fillSnippet } from "../../../src/core/snippets/fill";
import { snippetValues } from "../../../src/core/snippets/context";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { closeBidi } from "../../../src/core/snippets/bidi";
import { readSnippetNote } from "../../../src/core/snippets/user-snippets";
import { nameParser } from "../../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import type { ShowFormat } from "../../../src/core/settings/show-format";
import { frontmatterOfText, readNote } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";

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

const episodeOf = (s: ShowSettings) => readNote(`Grafana Office Hours/${FILE}`, TEXT, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code) });

/** Every built-in of the set, filled with these answers. */
function fillAll(s: ShowSettings, answers: Record<string, string>): Map<string, string> {
  const values = snippetValues(episodeOf(s), s, TEXT, answers, s.language === "" ? "en" : s.language);
  return new Map(builtinSnippets(s.format, s.language).map((b) => [b.id, fillSnippet(b.text, values).text]));
}

const RLO = "\u202e";
const PDF = "\u202c";
const RLI = "\u2067";
const PDI = "\u2069";

/** An independent reading of UAX #9's explicit levels: is anything left open at the end of some line? */
function leavesOpen(text: string): boolean {
  const separators = "\r\n\u2029\u0085\u001c\u001d\u001e";
  const lines = [""];
  for (const c of text) {
    if (separators.includes(c)) lines.push("");
    else lines[lines.length - 1] += c;
  }
  for (const line of lines) {
    const stack: ("e" | "i")[] = [];
    for (const c of line) {
      if ("\u202a\u202b\u202d\u202e".includes(c)) stack.push("e");
      else if ("\u2066\u2067\u2068".includes(c)) stack.push("i");
      else if (c === PDF && stack.at(-1) === "e") stack.pop();
      else if (c === PDI && stack.includes("i")) while (stack.pop() !== "i");
    }
    if (stack.length > 0) return true;
  }
  return false;
}

describe("right-to-left controls in a value", () => {
  it("a guest whose name holds U+202E no longer turns the rest of the sentence backwards, in every set", () => {
    for (const [format, language] of SETS) {
      const filled = fillAll(show(format, language), { guests: `${RLO}Ann Lee` });
      const description = filled.get("video-description") ?? "";
      expect(description, `${format} ${language}`).toContain(`${RLO}Ann Lee${PDF} ${language === "es" ? "sobre" : "about"}`);
      for (const [id, text] of filled) expect(leavesOpen(text), `${format} ${language} ${id}`).toBe(false);
    }
  });

  // A value inside a link's text (the calendar-link snippet's "[Add {{show}} #25 to
  // Google Calendar](…)") and each piece of the calendar event's title (show name, guests)
  // are closed where they end too (fill.ts, context.ts): a show name holding U+202E turned
  // "#25 to Google Calendar" after it backwards, and "#25 with Ann" in the event's title.
  it("a show name holding U+202E is closed inside link text and the calendar event's title too", () => {
    for (const [format, language] of SETS) {
      const s = show(format, language, { name: `${RLO}Show` });
      const link = fillAll(s, {}).get("calendar-link") ?? "";
      expect(leavesOpen(link), `${format} ${language}`).toBe(false);
      expect(link).toMatch(new RegExp(`${RLO}Show${PDF} #25 [^\\]\n]*Google Calendar\\]\\(`));
      const invite = episodeInvite(episodeOf(s), s, TEXT, builtinSnippets(format, language), NOW, "en");
      if (!invite.ok) throw new Error(invite.reason);
      expect(invite.summary).toContain(`${RLO}Show${PDF} #25`);
      expect(leavesOpen(invite.summary)).toBe(false);
      // The link titles the event as the .ics does.
      const href = /\]\((https:[^)]*)\)/.exec(link)?.[1] ?? "";
      expect(new URL(href).searchParams.get("text")).toBe(invite.summary);
    }
    // A guest's name closed before "about …" in the video description and in the title.
    const invite = episodeInvite(episodeOf(show()), show(), TEXT, builtinSnippets(), NOW, "en", { guests: `${RLI}Ann, Bo` });
    expect(invite.ok && invite.summary).toBe(`Grafana Office Hours #25 with ${RLI}Ann${PDI} and Bo`);
  });

  it("a value filled into a link's text is closed there, one into its destination percent-encoded", () => {
    const values = { fields: { x: `${RLO}Ann`, u: `https://x.example/${RLO}a` }, start: null, timeZone: "UTC", locale: "en" };
    expect(fillSnippet("[{{x}} after]({{u}}) then {{x}}", values).text).toBe(`[${RLO}Ann${PDF} after](https://x.example/%E2%80%AEa) then ${RLO}Ann${PDF}`);
  });

  it("closes embeddings and isolates at each line's end, innermost first; PDF never ends an isolate", () => {
    expect(closeBidi(`a${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(closeBidi(`a${RLO}b\nc${RLO}`)).toBe(`a${RLO}b${PDF}\nc${RLO}${PDF}`);
    expect(closeBidi(`${RLI}x${RLO}y`)).toBe(`${RLI}x${RLO}y${PDF}${PDI}`);
    // A PDF inside an isolate does not close it; a PDI closes the isolate and what it holds.
    expect(closeBidi(`${RLI}x${PDF}`)).toBe(`${RLI}x${PDF}${PDI}`);
    expect(closeBidi(`${RLO}${RLI}x${RLO}${PDI}y`)).toBe(`${RLO}${RLI}x${RLO}${PDI}y${PDF}`);
  });

  it("leaves balanced text, direction marks and text without controls as they are (the same string)", () => {
    for (const text of ["Ann Lee", `${RLO}Ann${PDF}`, `${RLI}עברית${PDI}`, "\u200fשלום\u200e", "👩🏽‍💻 50% & more", `${PDF}${PDI}stray`]) expect(closeBidi(text)).toBe(text);
  });

  it("for any text: nothing left open, and only closers added", () => {
    const unit = fc.constantFrom("a", " ", "\n", "\r", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const closed = closeBidi(text);
        expect(leavesOpen(closed)).toBe(false);
        expect(closed.replace(/[\u202c\u2069]/g, "")).toBe(text.replace(/[\u202c\u2069]/g, ""));
      }),
    );
  });

  it("costs time in proportion to the value, however many controls it opens or closes", () => {
    expect(bestGrowth(closeBidi, whole((n) => `${RLO}${RLI}`.repeat(n)), 2000, 8, 8)).toBeLessThan(8);
    expect(bestGrowth(closeBidi, whole((n) => `${"\u202a".repeat(n)}${PDI.repeat(n)}`), 2000, 8, 8)).toBeLessThan(8);
  });
});

describe("hostile values in every field, every set", () => {
  const NASTY = ["{{show}} {{date:yyyy}}", "Ann ]] Lee", "Ann](javascript:alert(1)) Lee", "Ann\nLee", "👩🏽‍💻 Ann", "50% & more", "Ann {{ Lee", "Ann }} Lee"];

  it("are inserted as written, never read as placeholders, links or dates", () => {
    for (const [format, language] of SETS) {
      for (const nasty of NASTY) {
        const s = show(format, language, { name: `Show ${nasty}`, hostName: `Host ${nasty}` });
        const values = snippetValues(episodeOf(s), s, TEXT, { topic: `Topic ${nasty}` }, language === "" ? "en" : language);
        for (const b of builtinSnippets(format, language)) {
          const filled = fillSnippet(b.text, values);
          expect(filled.unknown, `${b.id}`).toEqual([]);
          expect(filled.text).not.toMatch(/undefined|\[object|NaN/);
        }
        expect(fillSnippet("{{topic}}", values).text).toBe(`Topic ${nasty}`);
      }
    }
  });

  it("% and & in a show name and guests reach the Google Calendar link's title whole", () => {
    for (const [format, language] of SETS) {
      const s = show(format, language, { name: "100% Q&A = fun?" });
      const link = snippetValues(episodeOf(s), s, TEXT, { guests: "Ann & Bo" }, language === "" ? "en" : language).fields.calendarlink ?? "";
      const title = new URL(link).searchParams.get("text") ?? "";
      expect(title).toContain("100% Q&A = fun? #25");
      expect(new URL(link).searchParams.get("dates")).toBe("20240105T124500Z/20240105T141500Z");
    }
  });

  it("10,000-character values cost time in proportion to their length, filled and exported", () => {
    // The Spanish podcast's set goes through every worded value of both languages' code.
    for (const trigger of ["{{", RLO, "%&"]) {
      for (const [format, language] of [SETS[3]] as const) {
        const run = (value: string) => {
          const s = show(format, language, { name: value, hostName: value });
          fillAll(s, { topic: value, guests: value });
          episodeInvite(episodeOf(s), s, TEXT, builtinSnippets(format, language), NOW, "en", { topic: value, guests: value });
        };
        expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 2500, 8, 4), `${JSON.stringify(trigger)} ${format} ${language}`).toBeLessThan(8);
      }
    }
  });

  it("a topic of many “==[” is exported in time in proportion to its length (it read 11.3 for n against 4n)", () => {
    const s = show();
    const episode = episodeOf(s);
    const run = (topic: string) => episodeInvite(episode, s, TEXT, builtinSnippets(), NOW, "en", { topic });
    expect(bestGrowth(run, whole((n) => "==[".repeat(n)), 2000, 8, 8)).toBeLessThan(8);
  });

  it("the invite still leaves out a line holding a blank, and keeps one whose brackets close no blank", () => {
    const s = show("livestream", "", { links: { channel: "", playlist: "", meetup: "", studio: "" } });
    const invite = episodeInvite(episodeOf(s), s, TEXT, builtinSnippets(), NOW, "en", { topic: "==[a] b ]== c" });
    if (!invite.ok) throw new Error(invite.reason);
    const description = invite.ics.replace(/\r\n[ \t]/g, "");
    expect(description).not.toContain("Join the studio");
    expect(description).toContain("Thank you for joining Grafana Office Hours #25: ==[a] b ]== c!");
  });
});

describe("a user's snippet note", () => {
  const read = (text: string) => readSnippetNote("Snippets/x.md", text, frontmatterOfText(text));

  it("of many empty lines is read in time in proportion to its length (it read 45 for n against 4n)", () => {
    expect(bestGrowth(read, whole((n) => `---\nname: x\n---\n${"\n".repeat(n)}Hello\n${"\n".repeat(n)}`), 2000, 8, 8)).toBeLessThan(8);
  });

  it("keeps its text between the empty lines around it, inner empty lines too", () => {
    expect(read("---\nname: x\n---\n\n\n  \nHello\n\nBye\n \n\n").text).toBe("Hello\n\nBye");
    expect(read("---\nname: x\n---\n\n \n").text).toBe("");
  });

  it("with unclosed {{, long runs of }} and ]( is filled as written, in time in proportion to its length", () => {
    const s = show();
    const values = snippetValues(episodeOf(s), s, TEXT, {}, "en");
    expect(fillSnippet(read("---\nname: x\n---\n{{show}} {{ {{guests}} }} ](x) {{").text, values).text).toBe("Grafana Office Hours {{ {{guests}} }} ](x) {{");
    for (const trigger of ["{{", "}}", "](", "[", "{{show}}"]) {
      const run = (body: string) => fillSnippet(read(`---\nname: x\n---\n${body}`).text, values);
      expect(bestGrowth(run, whole((n) => trigger.repeat(Math.ceil(n / trigger.length))), 2000, 8, 8), trigger).toBeLessThan(8);
    }
  });
});
