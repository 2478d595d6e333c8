// The .ics export never writes a raw ==[blank]==: what the invite needs and the episode
// lacks is asked for first (inviteMissing), and what is still unknown is left out (the
// line of the description, the LOCATION). The studio is the episode's own StreamYard
// link when its note has one (CCG 005), else the show's setting, else what was typed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeInvite, inviteMissing } from "../../src/core/snippets/episode-invite";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type { Episode } from "../../src/core/types";
import { parseIcs, propertyNames, textOf } from "./calendar/ics-oracle";
import { readNote } from "../support/notes";

const FIVE = join(import.meta.dirname, "../fixtures/five-shows/projects");
const GOH25 = "Grafana Office Hours/GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const CCG005 = "CafeConGrafana/Episodes/CCG 005 - 231130 - RepasemosElGStack.md";
const NOW = new Date("2024-01-02T09:30:00Z");
const NO_LINKS = { channel: "", playlist: "", meetup: "", studio: "" };

/** A show as detection leaves it: no links set. */
function show(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", links: { ...NO_LINKS }, ...overrides };
}

function read(path: string, s: ShowSettings): { episode: Episode; text: string } {
  const text = readFileSync(join(FIVE, path), "utf8");
  return { episode: readNote(path, text, { guestFields: s.guestFields, language: s.language, parseName: nameParser(s.fileNamePattern, s.code) }), text };
}

function event(ics: string) {
  const found = parseIcs(ics).events[0];
  if (!found) throw new Error("no event");
  return found;
}

describe("an invite for a show whose links are not set", () => {
  const s = show();
  const { episode, text } = read(GOH25, s);

  it("asks for the studio and channel links first", () => {
    expect(inviteMissing(episode, s, text, [])).toEqual(["studio", "channel"]);
  });

  it("left unanswered, leaves their lines and LOCATION out: no raw blank", () => {
    const result = episodeInvite(episode, s, text, [], NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.ics).not.toContain("==[");
    const e = event(result.ics);
    expect(propertyNames(e)).not.toContain("location");
    const description = textOf(e, "description") ?? "";
    expect(description).not.toMatch(/studio|streamed live to/);
    expect(description).not.toMatch(/\n\n\n/);
    expect(description.split("\n")[0]).toBe("Thank you for joining Grafana Office Hours #25: Introduction to eBPF with Grafana Beyla!");
    expect(result.notes).toEqual(["Left out of the invite (not known yet): the studio link, the channel link."]);
  });

  it("answered, uses the answers: LOCATION is the studio link typed", () => {
    const answers = { studio: "https://streamyard.com/abc123", channel: "https://youtube.com/@grafana" };
    const result = episodeInvite(episode, s, text, [], NOW, "en", answers);
    if (!result.ok) throw new Error(result.reason);
    const e = event(result.ics);
    expect(textOf(e, "location")).toBe("https://streamyard.com/abc123");
    expect(textOf(e, "description")).toContain("Join the studio: https://streamyard.com/abc123");
    expect(textOf(e, "description")).toContain("streamed live to https://youtube.com/@grafana.");
    expect(result.notes).toEqual([]);
  });
});

describe("the episode's own studio link", () => {
  const ccg = show({ id: "ccg", name: "Café con Grafana", code: "CCG", guestFields: ["Invitado(s):"], language: "es", fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}" });

  it("CCG 005 keeps its StreamYard link under the checklist item: that is the LOCATION, not asked for", () => {
    const { episode, text } = read(CCG005, ccg);
    expect(inviteMissing(episode, ccg, text, [])).toEqual(["channel"]);
    const result = episodeInvite(episode, { ...ccg, links: { ...NO_LINKS, studio: "https://streamyard.com/the-show-setting" } }, text, [], NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(textOf(event(result.ics), "location")).toBe("https://streamyard.com/v56yt9b6ry");
    expect(result.summary).toBe("Café con Grafana #05 with Raul Marin");
  });

  it("a studio property or field wins; the home page is no studio link", () => {
    const base = readNote("x.md", "---\ndate: 2024-01-05\nstudio: https://riverside.fm/studio/ours\n---\nGuest:: Ann\n[Streamyard](https://streamyard.com)\n");
    const result = episodeInvite(base, show(), "", [], NOW);
    expect(result.ok && textOf(event(result.ics), "location")).toBe("https://riverside.fm/studio/ours");
    const homepage = readNote("x.md", "---\ndate: 2024-01-05\n---\nGuest:: Ann\n- [ ] Schedule on [Streamyard](https://streamyard.com)\n");
    expect(inviteMissing(homepage, show(), "- [ ] Schedule on [Streamyard](https://streamyard.com)\n", [])).toContain("studio");
  });
});

describe("a title that cannot be filled", () => {
  it("is the note's name, not a blank", () => {
    const s = show({ links: { ...NO_LINKS, studio: "https://streamyard.com/x", channel: "https://youtube.com/@x" } });
    const episode = readNote("Grafana Office Hours/GOH 31 - Adaptive Telemetry.md", "---\ndate: 2024-02-02\n---\nGuest::\n- [ ] Invite\n", { parseName: nameParser(s.fileNamePattern, s.code) });
    expect(inviteMissing(episode, s, "", [])).toEqual(["guests"]);
    const result = episodeInvite(episode, s, "", [], NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.summary).toBe("GOH 31 - Adaptive Telemetry");
    expect(result.ics).not.toContain("==[");
  });
});

describe("the date", () => {
  it("is asked for when the episode has none, and the answer makes the invite", () => {
    const s = show({ links: { ...NO_LINKS, studio: "https://streamyard.com/x", channel: "https://youtube.com/@x" } });
    const episode = readNote("GOH 30 - Direction.md", readFileSync(join(FIVE, "Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md"), "utf8"));
    expect(episode.date).toBeNull();
    expect(inviteMissing(episode, s, "", [])[0]).toBe("date");
    expect(episodeInvite(episode, s, "", [], NOW)).toEqual({ ok: false, reason: "The episode has no date yet." });
    const answered = episodeInvite(episode, s, "", [], NOW, "en", { date: "2025-06-13" });
    expect(answered.ok && answered.start.toISOString()).toBe("2025-06-13T12:45:00.000Z");
  });
});

describe("for any mix of unknown values", () => {
  it("no ==[blank]== reaches SUMMARY, DESCRIPTION or LOCATION", () => {
    const link = fc.constantFrom("", "https://example.com/x");
    fc.assert(
      fc.property(link, link, link, fc.constantFrom("", "Paul"), fc.boolean(), fc.boolean(), fc.boolean(), (studio, channel, playlist, host, guests, numbered, withUrl) => {
        const s = show({ hostName: host, links: { studio, channel, playlist, meetup: "" } });
        const name = numbered ? "GOH 40 - Topic.md" : "Topic.md";
        const text = `---\ndate: 2024-03-01\nurl: ${withUrl ? "https://youtu.be/x" : ""}\n---\nGuest:: ${guests ? "Ann Lee" : ""}\n- [ ] a\n`;
        const episode = readNote(name, text, { parseName: nameParser(s.fileNamePattern, s.code) });
        const result = episodeInvite(episode, s, text, [], NOW);
        if (!result.ok) throw new Error(result.reason);
        const e = event(result.ics);
        for (const property of ["summary", "description", "location"]) expect(textOf(e, property) ?? "").not.toContain("==[");
      }),
      { numRuns: 200 },
    );
  });
});
