// The note's `url:` reaches an invite, a post or a link only when it is a web address:
// `url: javascript:alert(1)` must not end up in a calendar file or a promo post.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { episodeInvite } from "../../src/core/snippets/episode-invite";
import { BUILTIN_SNIPPETS, SPANISH_SNIPPETS } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { webLink } from "../../src/core/snippets/web-link";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");
const SHOW: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", hostName: "Paul Balogh" };

/** Everything the note's url can reach: the .ics and every built-in snippet filled (invite, posts, links), in English and in Spanish. */
function outputs(url: string): { ics: string; notes: string[]; snippets: string[] } {
  const text = TEXT.replace(/^url: .*$/m, `url: ${url}`);
  const episode = readNote(`Grafana Office Hours/${FILE}`, text, { guestFields: SHOW.guestFields, parseName: nameParser(SHOW.fileNamePattern, SHOW.code) });
  const invite = episodeInvite(episode, SHOW, text, [], NOW);
  if (!invite.ok) throw new Error(invite.reason);
  const spanishShow = { ...SHOW, language: "es" };
  const spanishInvite = episodeInvite(episode, spanishShow, text, SPANISH_SNIPPETS, NOW, "es");
  if (!spanishInvite.ok) throw new Error(spanishInvite.reason);
  const values = snippetValues(episode, SHOW, text);
  const spanish = snippetValues(episode, spanishShow, text, {}, "es");
  return {
    ics: invite.ics + spanishInvite.ics,
    notes: invite.notes,
    snippets: [...BUILTIN_SNIPPETS.map((s) => fillSnippet(s.text, values).text), ...SPANISH_SNIPPETS.map((s) => fillSnippet(s.text, spanish).text)],
  };
}

const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("the note's url in outputs", () => {
  it("an https link is used: the invite's URL and the posts carry it", () => {
    const out = outputs("https://youtube.com/live/ZEUzucqXUnQ?si=a1");
    expect(unfolded(out.ics)).toContain("\r\nURL:https://youtube.com/live/ZEUzucqXUnQ?si=a1\r\n");
    expect(out.snippets.some((s) => s.includes("https://youtube.com/live/ZEUzucqXUnQ?si=a1"))).toBe(true);
    expect(out.notes.join(" ")).not.toContain("url");
  });

  it("`javascript:alert(1)` is left out of the invite and every snippet, and the invite's notes say why", () => {
    const out = outputs("javascript:alert(1)");
    expect(unfolded(out.ics)).not.toMatch(/javascript|alert/i);
    expect(unfolded(out.ics)).not.toMatch(/\r\nURL[;:]/);
    for (const s of out.snippets) expect(s).not.toMatch(/javascript|alert/i);
    expect(out.notes).toContain("The note's url “javascript:alert(1)” is not a web link (https://…), so the invite has no URL.");
  });

  it("no other scheme from the note reaches any output (property)", () => {
    const scheme = fc.oneof(
      fc.constantFrom("javascript", "JavaScript", "data", "file", "mailto", "tel", "vbscript", "ftp", "obsidian", "httpx", "http+x"),
      fc.stringMatching(/^[a-z][a-z0-9+.-]{0,8}$/).filter((s) => s !== "http" && s !== "https"),
    );
    fc.assert(
      fc.property(scheme, fc.constantFrom("", "//"), fc.stringMatching(/^[A-Za-z0-9]{6,10}$/), (name, slashes, token) => {
        const marker = `Zq${token}`;
        const out = outputs(`${name}:${slashes}example.com/${marker}`);
        expect(out.ics).not.toContain(marker);
        for (const s of out.snippets) expect(s).not.toContain(marker);
      }),
      { numRuns: 150 },
    );
  });
});

describe("webLink", () => {
  it("takes http(s) with a host, as written (trimmed), and nothing else", () => {
    expect(webLink("  HTTPS://Example.com/a?b=1  ")).toBe("HTTPS://Example.com/a?b=1");
    expect(webLink("http://example.com")).toBe("http://example.com");
    for (const bad of ["javascript:alert(1)", "mailto:a@b.c", "https:", "https://", "//example.com", "example.com/x", "", null, undefined, " javascript:https://x.com"]) {
      expect(webLink(bad), String(bad)).toBeNull();
    }
  });
});
