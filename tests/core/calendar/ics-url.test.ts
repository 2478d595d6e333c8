// The URL property of an invite: only an absolute URI is written (non-ASCII is
// percent-encoded, as an IRI becomes a URI); anything else in a note's `url:` is left
// out instead of being copied into the file as it is, and the invite says so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteUri } from "../../../src/core/calendar/ics-text";
import { buildIcs } from "../../../src/core/calendar/ics-writer";
import { inviteWindow } from "../../../src/core/calendar/invite-window";
import { episodeInvite } from "../../../src/core/snippets/episode-invite";
import { defaultShow } from "../../../src/core/settings/settings";
import { parseIcs, propertyNames, textOf } from "./ics-oracle";
import { readNote } from "../../support/notes";

const SHOW = inviteWindow(new Date("2024-01-05T13:00:00Z"), 60);

function firstEvent(ics: string): ReturnType<typeof parseIcs>["events"][number] {
  const event = parseIcs(ics).events[0];
  if (!event) throw new Error("no event");
  return event;
}

function urlOf(url: string): string | null {
  return textOf(firstEvent(buildIcs({ prodId: "-//x//y//EN", events: [{ uid: "u", stamp: SHOW.start, start: SHOW.start, end: SHOW.end, summary: "s", url }] })), "url");
}

describe("absoluteUri", () => {
  it.each([
    ["https://youtube.com/live/ZEUzucqXUnQ", "https://youtube.com/live/ZEUzucqXUnQ"],
    ["  https://youtu.be/x?t=5#chat  ", "https://youtu.be/x?t=5#chat"],
    ["mailto:host@example.com", "mailto:host@example.com"],
    ["https://ex.example/grüße", "https://ex.example/gr%C3%BC%C3%9Fe"],
    ["https://ex.example/%41", "https://ex.example/%41"],
    ["youtu.be/x", ""],
    ["www.youtube.com/watch?v=x", ""],
    ["my video", ""],
    ["https://ex.example/a b", ""],
    ["https://ex.example/<script>", ""],
    ["https://ex.example/50%", ""],
    ["C:\\Videos\\show.mp4", ""],
    ["https:", ""],
    ["", ""],
    // Found by the property below: RFC 3986's grammar allows it, no URL parser does.
    ["mailto://:", ""],
  ])("%j → %j", (value, uri) => {
    expect(absoluteUri(value)).toBe(uri);
  });

  it("what it returns is an absolute URL, and is written as the invite's URL", () => {
    const unit = fc.constantFrom("a", "/", ":", " ", "%", "ü", "<", "?", "#", "\\", "(", "1");
    fc.assert(
      fc.property(fc.constantFrom("https://x.example/", "x.example/", "", "mailto:"), fc.string({ unit, maxLength: 8 }), (start, rest) => {
        const uri = absoluteUri(start + rest);
        if (uri === "") {
          expect(urlOf(start + rest)).toBeNull();
          return;
        }
        expect(() => new URL(uri)).not.toThrow();
        expect(uri).toMatch(/^[\x21-\x7e]+$/);
        expect(urlOf(start + rest)).toBe(uri);
      }),
    );
  });
});

describe("episodeInvite with a url that is not a link", () => {
  const note = (url: string) => `---\nurl: ${url}\ndate: 2024-01-05\n---\nGuest:: Ann Lee\n\n- [ ] Invite\n`;
  // Studio and channel links set: the only thing the invite may have to say is about the url.
  const base = defaultShow("UTC", "Office Hours");
  const show = { ...base, id: "oh", links: { ...base.links, studio: "https://streamyard.com/s/oh", channel: "https://youtube.com/@oh" } };

  it("leaves it out of the file and says so", () => {
    const text = note("youtu.be/x");
    const result = episodeInvite(readNote("OH 03 - Tempo.md", text), show, text, [], SHOW.start);
    if (!result.ok) throw new Error(result.reason);
    expect(propertyNames(firstEvent(result.ics))).not.toContain("url");
    expect(result.ics).not.toContain("youtu.be");
    expect(result.notes).toEqual(["The note's url “youtu.be/x” is not a web link (https://…), so the invite has no URL."]);
  });

  it("writes a full link, with nothing to say", () => {
    const text = note("https://youtu.be/x");
    const result = episodeInvite(readNote("OH 03 - Tempo.md", text), show, text, [], SHOW.start);
    if (!result.ok) throw new Error(result.reason);
    expect(result.notes).toEqual([]);
    expect(textOf(firstEvent(result.ics), "url")).toBe("https://youtu.be/x");
  });
});

// Keeps the fixture folder in use here too: the real GOH 25 note's url is a full link.
describe("the real GOH 25 note", () => {
  it("keeps its url", () => {
    const file = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
    const text = readFileSync(join(import.meta.dirname, "../../fixtures/real-notes", file), "utf8");
    const episode = readNote(file, text);
    expect(episode.url).toMatch(/^https:\/\//);
    expect(absoluteUri(episode.url ?? "")).toBe(episode.url);
  });
});
