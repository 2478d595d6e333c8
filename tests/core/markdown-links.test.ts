// Links built from user data: the URL encoder and the link-text escaper, checked with
// markdown-it (an independent CommonMark reader), and every built-in snippet filled
// with hostile guest names, show names, studio links and topics: each link it writes
// must still be one link, with the intended text and destination.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownInlineValue, markdownLink, markdownLinkText, markdownLinkUrl } from "../../src/core/text/markdown-link";
import { placeholderLinkRoles } from "../../src/core/text/link-placeholders";
import { BUILTIN_SNIPPETS, SPANISH_SNIPPETS } from "../../src/core/snippets/catalog";
import { joinGuestNames } from "../../src/core/note/and-words";
import { fillSnippet } from "../../src/core/snippets/fill";
import { episodeFacts, snippetValues } from "../../src/core/snippets/context";
import { renderText } from "../../src/core/new-episode/template/render";
import { joinNames } from "../../src/core/new-episode/naming";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { decodePercent, linksIn, wellFormed } from "./markdown-link-oracle";
import { readNote } from "../support/notes";
import { expectedText } from "./calendar/ics-oracle";
import { expectedPasted, expectedPastedUrl } from "./snippets/pasted-text-oracle";

/** Characters that end, cut or hijack a Markdown link, and some that merely look odd. */
const HOSTILE = ["(", ")", "[", "]", "<", ">", "\\", "\n", "\r", "|", "#", "%", "😀", "\u202e", "`", "*", "_", "&", "!", " ", '"', "'", "=", "~", "$", "{", "}", "^", ";", "\u00a0", "\u2028", "\t", "\ud800", "amp;", "%41", "](", "[[", "]]"];
const hostileUnit = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 2, arbitrary: fc.constantFrom("a", "B", "7", "é", "ß", "-", ".", "/") });
const hostile = fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 });

const BASE = "https://example.com/";

/** What a reader should get back from a destination we wrote for `url`. */
function intendedUrl(url: string): string {
  return decodePercent(wellFormed(url.trim()));
}

/** What a reader should see as the text of a link we wrote for `text`. */
function intendedText(text: string): string {
  const controls = new Set([0x7f, 0x85, 0x2028, 0x2029]);
  return [...wellFormed(text).replace(/\r\n/g, " ")]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (code < 0x20 && code !== 0x09) || controls.has(code) ? " " : char;
    })
    .join("");
}

describe("markdownLinkUrl", () => {
  it.each([
    ["https://studio.example/room (1)", "https://studio.example/room%20%281%29"],
    ["https://www.youtube.com/playlist?list=PL1&index=2#t=5", "https://www.youtube.com/playlist?list=PL1&index=2#t=5"],
    ["https://en.wikipedia.org/wiki/Ann_(singer)", "https://en.wikipedia.org/wiki/Ann_%28singer%29"],
    ["https://x.example/50%off", "https://x.example/50%25off"],
    ["https://x.example/%41%zz", "https://x.example/%41%25zz"],
    ["https://x.example/<b>|`\\\"{}^", "https://x.example/%3Cb%3E%7C%60%5C%22%7B%7D%5E"],
    ["https://x.example/a]b[c", "https://x.example/a%5Db%5Bc"],
    ["https://bücher.example/grüße", "https://bücher.example/grüße"],
    ["https://x.example/\u202eevil", "https://x.example/%E2%80%AEevil"],
    ["https://x.example/a\nb\u00a0c", "https://x.example/a%0Ab%C2%A0c"],
    ["https://x.example/\ud800", "https://x.example/\ufffd"],
    ["https://x.example/?q=&amp;&#41;", "https://x.example/?q=&%61mp;&#%341;"],
    ["https://[::1]:8080/a(b)", "https://[::1]:8080/a%28b%29"],
    ["  https://x.example/  ", "https://x.example/"],
  ])("%j → %j", (url, encoded) => {
    expect(markdownLinkUrl(url)).toBe(encoded);
  });

  it("makes any URL one link, inline or autolink, that points where the URL did", () => {
    fc.assert(
      fc.property(hostile, (tail) => {
        const url = BASE + tail;
        const safe = markdownLinkUrl(url);
        for (const markdown of [`[link](${safe})`, `<${safe}>`, `see [link](${safe}) and more)`]) {
          const links = linksIn(markdown);
          expect(links).toHaveLength(1);
          expect(decodePercent(links[0]?.href ?? "")).toBe(intendedUrl(url));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("changes nothing when applied again", () => {
    fc.assert(
      fc.property(hostile, (tail) => {
        const once = markdownLinkUrl(BASE + tail);
        expect(markdownLinkUrl(once)).toBe(once);
      }),
    );
  });
});

describe("markdownLinkText", () => {
  it.each([
    ["Grafana Office Hours", "Grafana Office Hours"],
    ["Ann (Grafana", "Ann (Grafana"],
    ["[Beta] Live", "\\[Beta\\] Live"],
    ["a\\", "a\\\\"],
    ["x `code` <b> | y", "x \\`code\\` \\<b\\> \\| y"],
    ["line\nbreak\r\nhere", "line break here"],
    ["AT&T, &amp; more", "AT&T, \\&amp; more"],
    ["50% and 100%%", "50% and 100\\%\\%"],
    ["==marked== ~~gone~~ a=b", "\\=\\=marked\\=\\= \\~\\~gone\\~\\~ a=b"],
    ["*bold* _it_ $x$", "\\*bold\\* \\_it\\_ \\$x\\$"],
  ])("%j → %j", (text, escaped) => {
    expect(markdownLinkText(text)).toBe(escaped);
  });

  it("keeps any text inside one link, read back as written (line breaks as spaces)", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const links = linksIn(`[${markdownLinkText(text)}](${BASE})`);
        expect(links).toHaveLength(1);
        expect(links[0]?.text).toBe(intendedText(text));
        expect(links[0]?.href).toBe(BASE);
      }),
      { numRuns: 400 },
    );
  });

  it("markdownLink is plain text without a URL", () => {
    expect(markdownLink("the events page", " ")).toBe("the events page");
    expect(markdownLink("a]b", "https://x.example/(1)")).toBe("[a\\]b](https://x.example/%281%29)");
  });
});

describe("markdownInlineValue", () => {
  it.each([
    ["Using `kubectl` and ``a`b``", "Using `kubectl` and ``a`b``"],
    ["`Ann", "\\`Ann"],
    ["``a` b", "\\`\\`a\\` b"],
    ["already \\` escaped", "already \\` escaped"],
    ["<b>bold</b> and a < b", "<b>bold</b> and a < b"],
    ["<!-- note", "\\<!-- note"],
    ["<!-- closed -->", "<!-- closed -->"],
    ["<http://x.example", "\\<http://x.example"],
    ["%% hidden", "\\%\\% hidden"],
    ["%%shown%% twice %%", "%%shown%% twice \\%\\%"],
  ])("%j → %j", (value, safe) => {
    expect(markdownInlineValue(value)).toBe(safe);
  });

  it("values on either side of a link never reach over it", () => {
    fc.assert(
      fc.property(hostile, hostile, (before, after) => {
        const links = linksIn(`Hi ${markdownInlineValue(before)}! See [the show](${BASE}) about ${markdownInlineValue(after)}.`);
        expect(links.filter((l) => l.text === "the show" && l.href === BASE)).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });
});

describe("placeholderLinkRoles", () => {
  const roles = (template: string) => Object.fromEntries([...placeholderLinkRoles(template)].map(([at, role]) => [template.slice(at, template.indexOf("}}", at) + 2), role]));

  it.each<[string, Record<string, string>]>([
    ["[Add {{show}} #{{number}} to Google Calendar]({{calendarLink}})", { "{{show}}": "text", "{{number}}": "text", "{{calendarLink}}": "url" }],
    ["Watch: <{{url}}>", { "{{url}}": "url" }],
    ["[{{topic}}](<{{url}}>)", { "{{topic}}": "text", "{{url}}": "url" }],
    ['[{{topic}}]({{url}} "{{title}}")', { "{{topic}}": "text", "{{url}}": "url" }],
    ["# [[{{title}}]]", {}],
    ["[{{guest}}] and {{url}}", {}],
    ["[outer [{{a}}] text]({{b}})", { "{{a}}": "text", "{{b}}": "url" }],
    ["[{{a}}\n\n]({{b}})", {}],
    ["[{{a}}]({{b}}", {}],
    ["\\[{{a}}]({{b}})", {}],
    ["[a](https://x.example/(1)) {{after}}", {}],
  ])("%j", (template, expected) => {
    expect(roles(template)).toEqual(expected);
  });
});

// ---- Every built-in snippet, filled from the real GOH 25 note with hostile values ----

const GOH25_FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const GOH25_TEXT = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", GOH25_FILE), "utf8");

function showWith(name: string, studioTail: string, channelTail: string, language = ""): ShowSettings {
  return {
    ...defaultShow("UTC", name),
    language,
    id: "goh",
    code: "GOH",
    hostName: "Paul Balogh",
    links: { channel: `https://youtube.example/${channelTail}`, playlist: "", meetup: "https://meetup.example/", studio: `https://studio.example/${studioTail}` },
  };
}

interface Expected {
  text: string;
  check: (href: string) => void;
}

/**
 * The links a built-in snippet is meant to write, with their text and a check of their
 * destination. The show's name and studio link are read as a pasted value reads
 * (expectedPasted: separators as spaces, controls dropped, right-to-left controls closed
 * where the value ends, so "#25 to Google Calendar" after it is not turned backwards).
 */
function expectedLinks(id: string, show: ShowSettings, title: string, spanish = false): Expected[] {
  const to = (url: string) => (href: string) => expect(decodePercent(href)).toBe(intendedUrl(url));
  const name = expectedPasted(show.name);
  const studio = expectedPastedUrl(show.links.studio);
  if (id === "outreach") {
    return [
      { text: intendedText(name), check: to(show.links.channel) },
      { text: spanish ? "nuestro canal" : "our channel", check: to(show.links.channel) },
    ];
  }
  if (id === "calendar-link") {
    return [
      {
        text: intendedText(spanish ? `Agrega ${name} #25 a Google Calendar` : `Add ${name} #25 to Google Calendar`),
        check: (href) => {
          const query = new URL(href).searchParams;
          // Cleaned as the .ics cleans its text (line breaks as LF, controls dropped), so both give the same event.
          expect(query.get("text")).toBe(expectedText(title));
          expect(query.get("location")).toBe(expectedText(studio));
          expect(query.get("details")).toBe(expectedText(`${spanish ? "Estudio" : "Studio"}: ${studio}`));
        },
      },
    ];
  }
  return [];
}

describe("every built-in snippet with hostile values", () => {
  // The Spanish set (a show whose language is es) writes the same links, worded in Spanish.
  it.each([
    ["English", ""],
    ["Spanish", "es"],
  ])("%s: writes each of its links as one link with the intended text and destination", (_, language) => {
    const episode = readNote(GOH25_FILE, GOH25_TEXT, { guestFields: ["Guest"], parseName: nameParser(defaultShow().fileNamePattern, "GOH") });
    const spanish = language === "es";
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, (showName, guest, topic, studio, channel) => {
        const show = showWith(`Show ${showName}`, studio, channel, language);
        const answers = { guests: guest, topic: `Topic ${topic}` };
        const values = snippetValues(episode, show, GOH25_TEXT, answers, language || "en");
        // Each piece of the title read as a pasted value, closed where it ends.
        const guests = episodeFacts(episode, answers).guests.map((guest) => expectedPasted(guest, true));
        const name = expectedPasted(show.name);
        // Without guests the event is named for the note, as the .ics is: the link never
        // asks for guests, so a blank would stay in the calendar event.
        const title =
          guests.length === 0
            ? GOH25_FILE.replace(/\.md$/, "")
            : spanish
              ? `(In Spanish) ${name} #25 con ${joinGuestNames(guests, "es")}`
              : `${name} #25 with ${joinNames(guests)}`;
        for (const snippet of spanish ? SPANISH_SNIPPETS : BUILTIN_SNIPPETS) {
          const links = linksIn(fillSnippet(snippet.text, values).text);
          for (const want of expectedLinks(snippet.id, show, title, spanish)) {
            const found = links.find((link) => link.text === want.text);
            expect(found, `${snippet.id}: no link “${want.text}” in ${JSON.stringify(links)}`).toBeDefined();
            want.check(found?.href ?? "");
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the issue's guest “Ann (Grafana” gives a whole Google Calendar link", () => {
    const episode = readNote(GOH25_FILE, GOH25_TEXT, { guestFields: ["Guest"], parseName: nameParser(defaultShow().fileNamePattern, "GOH") });
    const show = showWith("Grafana Office Hours (EU)", "room)1", "");
    const text = fillSnippet(BUILTIN_SNIPPETS.find((s) => s.id === "calendar-link")?.text ?? "", snippetValues(episode, show, GOH25_TEXT, { guests: "Ann (Grafana" })).text;
    const [link, ...more] = linksIn(text);
    expect(more).toEqual([]);
    expect(link?.text).toBe("Add Grafana Office Hours (EU) #25 to Google Calendar");
    const query = new URL(link?.href ?? "").searchParams;
    expect(query.get("text")).toBe("Grafana Office Hours (EU) #25 with Ann (Grafana");
    expect(query.get("location")).toBe("https://studio.example/room)1");
  });

  it("a user's snippet or template with its own links gets safe values in them", () => {
    const episode = readNote(GOH25_FILE, GOH25_TEXT, { guestFields: ["Guest"], parseName: nameParser(defaultShow().fileNamePattern, "GOH") });
    const show = showWith("Show", "", "");
    const values = snippetValues(episode, show, GOH25_TEXT, { topic: "eBPF [part 1) <live>", url: "https://youtu.be/x (live)" });
    const snippet = "Watch [{{topic}}]({{url}}) or <{{url}}>; talk: {{topic}}";
    const filled = fillSnippet(snippet, values).text;
    expect(linksIn(filled).map((l) => [l.text, decodePercent(l.href)])).toEqual([
      ["eBPF [part 1) <live>", "https://youtu.be/x (live)"],
      ["https://youtu.be/x (live)", "https://youtu.be/x (live)"],
    ]);
    // Outside a link the value is left as typed.
    expect(filled.endsWith("talk: eBPF [part 1) <live>")).toBe(true);
    // A template note is filled by the same rule.
    const rendered = renderText(snippet, { fields: values.fields, start: values.start, now: new Date(0), timeZone: "UTC", locale: "en" }).text;
    expect(rendered).toBe(filled);
  });
});
