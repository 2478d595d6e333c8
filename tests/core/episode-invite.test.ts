// The .ics invite for an episode, read back with ical.js (an independent reader): the
// window, title and text from the invite snippets, a UID that stays the same across
// exports, recognising our own file before replacing it, and hostile text that must not
// add a property or an event.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { episodeInvite, episodeUid, isOurInvite, PRODID } from "../../src/core/snippets/episode-invite";
import { BUILTIN_SNIPPETS, type Snippet } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { stableUid } from "../../src/core/calendar/stable-uid";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import type { Episode } from "../../src/core/types";
import { checkPhysicalLines, expectedText, instantOf, parseIcs, propertyNames, textOf } from "./calendar/ics-oracle";
import { readNote } from "../support/notes";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", FILE), "utf8");
const PATH = `Grafana Office Hours/${FILE}`;
const NOW = new Date("2024-01-02T09:30:00Z");
const LATER = new Date("2024-01-04T18:00:00Z");

function goh(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("UTC", "Grafana Office Hours"),
    id: "goh",
    code: "GOH",
    hostName: "Paul Balogh",
    displayTimeZones: ["Europe/Berlin"],
    links: { channel: "https://youtube.com/@grafana", playlist: "", meetup: "", studio: "https://streamyard.com/abc123" },
    ...overrides,
  };
}

function read(text = TEXT, path = PATH, show = goh()): Episode {
  return readNote(path, text, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
}

function invite(episode: Episode, show = goh(), snippets: readonly Snippet[] = [], now = NOW, text = TEXT) {
  const result = episodeInvite(episode, show, text, snippets, now);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const EVENT_PROPERTIES = ["uid", "dtstamp", "dtstart", "dtend", "sequence", "summary", "description", "location", "url"];

describe("episodeInvite for GOH 25", () => {
  const episode = read();
  const result = invite(episode);
  const { calendar, events } = parseIcs(result.ics);
  const event = events[0];
  if (!event) throw new Error("no event");

  it("is one event in a calendar we made", () => {
    checkPhysicalLines(result.ics);
    expect(events).toHaveLength(1);
    expect(calendar.getFirstPropertyValue("prodid")).toBe(PRODID);
    expect(propertyNames(event)).toEqual(EVENT_PROPERTIES);
  });

  it("runs from the tech check to the debrief, in UTC", () => {
    expect(instantOf(event, "dtstart")).toBe("2024-01-05T12:45:00.000Z");
    expect(instantOf(event, "dtend")).toBe("2024-01-05T14:15:00.000Z");
    expect(result.ics).toContain("\r\nDTSTART:20240105T124500Z\r\n");
    expect(result.ics).toContain("\r\nDTEND:20240105T141500Z\r\n");
    expect([result.start.toISOString(), result.end.toISOString()]).toEqual(["2024-01-05T12:45:00.000Z", "2024-01-05T14:15:00.000Z"]);
  });

  it("is titled and described by the invite snippets, at the studio, linking the video", () => {
    expect(result.summary).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    expect(textOf(event, "summary")).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    const body = fillSnippet(BUILTIN_SNIPPETS.find((s) => s.id === "invite-body")?.text ?? "", snippetValues(episode, goh(), TEXT)).text;
    expect(textOf(event, "description")).toBe(body);
    expect(body.split("\n")[0]).toBe("Thank you for joining Grafana Office Hours #25: Introduction to eBPF with Grafana Beyla!");
    expect(textOf(event, "location")).toBe("https://streamyard.com/abc123");
    expect(textOf(event, "url")).toBe("https://youtube.com/live/ZEUzucqXUnQ");
  });

  it("has a UID made from the show and the number", () => {
    expect(result.uid).toBe(stableUid("goh#25"));
    expect(textOf(event, "uid")).toBe(result.uid);
    expect(episodeUid(episode, goh())).toBe(result.uid);
  });

  it("keeps the UID across exports, and a later export has a higher SEQUENCE", () => {
    const again = invite(read(), goh(), [], LATER);
    expect(again.uid).toBe(result.uid);
    const later = parseIcs(again.ics).events[0];
    expect(Number(later?.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(event.getFirstPropertyValue("sequence")));
    // Renaming the note does not change it either: the number identifies the episode.
    expect(invite(read(TEXT, "Archive/GOH 25 - Renamed.md")).uid).toBe(result.uid);
  });

  it("gives another episode, or the same number in another show, another UID", () => {
    const other = read(TEXT.replace("date: 2024-01-05", "date: 2024-01-12"), "Grafana Office Hours/GOH 26 - Next.md");
    expect(other.number).toBe(26);
    expect(invite(other).uid).not.toBe(result.uid);
    expect(invite(episode, goh({ id: "aa" })).uid).not.toBe(result.uid);
  });

  it("without a number takes the UID from the note's path", () => {
    const unnumbered = { ...episode, number: null };
    expect(episodeUid(unnumbered, goh())).toBe(stableUid(`goh:${PATH}`));
    expect(episodeUid({ ...unnumbered, path: "Elsewhere.md" }, goh())).not.toBe(episodeUid(unnumbered, goh()));
  });

  it("uses the show's own invite snippets when it has them", () => {
    const mine: Snippet[] = [
      { id: "invite-title", name: "t", description: "", text: "GOH {{number}} · {{guest}}", source: "S/t.md", show: null },
      { id: "invite-body", name: "b", description: "", text: "See you at {{showTime}}", source: "S/b.md", show: null },
    ];
    const custom = parseIcs(invite(episode, goh(), mine).ics).events[0];
    expect(custom && textOf(custom, "summary")).toBe("GOH 25 · Nikola Grcevski");
    expect(custom && textOf(custom, "description")).toBe("See you at 13:00 UTC (14:00 CET)");
  });

  it("follows the show's buffers, duration and zone", () => {
    const show = goh({ inviteMinutesBefore: 0, inviteMinutesAfter: 30, schedule: { weekday: 5, time: "14:00", timeZone: "Europe/Berlin", durationMinutes: 90 } });
    const shifted = invite(episode, show);
    expect([shifted.start.toISOString(), shifted.end.toISOString()]).toEqual(["2024-01-05T13:00:00.000Z", "2024-01-05T15:00:00.000Z"]);
  });

  it("leaves out LOCATION and URL when there are none", () => {
    const bare = parseIcs(invite({ ...episode, url: null }, goh({ links: { channel: "", playlist: "", meetup: "", studio: "" } })).ics).events[0];
    expect(bare && propertyNames(bare)).toEqual(["uid", "dtstamp", "dtstart", "dtend", "sequence", "summary", "description"]);
  });

  it("refuses an episode without a date, or a show whose zone is not a zone", () => {
    expect(episodeInvite({ ...episode, date: null }, goh(), TEXT, [], NOW)).toEqual({ ok: false, reason: "The episode has no date yet." });
    const broken = goh({ schedule: { weekday: 5, time: "13:00", timeZone: "Mars/Olympus", durationMinutes: 60 } });
    expect(episodeInvite(episode, broken, TEXT, [], NOW)).toEqual({
      ok: false,
      reason: 'The show\'s time zone in the settings cannot be used: "Mars/Olympus" is not a time zone this device knows (use an IANA name such as Europe/Berlin).',
    });
  });
});

describe("isOurInvite", () => {
  const episode = read();
  const ours = invite(episode);

  it("recognises the file we wrote for this event, also after a calendar app refolded it", () => {
    expect(isOurInvite(ours.ics, ours.uid)).toBe(true);
    const refolded = ours.ics.replace(`PRODID:${PRODID}`, `PRODID:-//Office Hours//Obs\r\n idian plugin//EN`).replace(`UID:${ours.uid}`, `UID:${ours.uid.slice(0, 5)}\r\n\t${ours.uid.slice(5)}`);
    expect(isOurInvite(refolded, ours.uid)).toBe(true);
    expect(isOurInvite(ours.ics.replace(/\r\n/g, "\n"), ours.uid)).toBe(true);
  });

  it("is false for our file for another event", () => {
    expect(isOurInvite(ours.ics, stableUid("goh#26"))).toBe(false);
  });

  it("is false for a foreign .ics with the same UID", () => {
    const foreign = ours.ics.replace(`PRODID:${PRODID}`, "PRODID:-//Google Inc//Google Calendar 70.9054//EN");
    expect(foreign).not.toBe(ours.ics);
    expect(isOurInvite(foreign, ours.uid)).toBe(false);
  });

  it("is false for a foreign .ics that only mentions our PRODID in a text", () => {
    const foreign = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Someone else//EN",
      "BEGIN:VEVENT",
      `UID:${ours.uid}`,
      `DESCRIPTION:copied from PRODID:${PRODID}`,
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    // A substring test took this for ours and would have overwritten it.
    expect(isOurInvite(foreign, ours.uid)).toBe(false);
  });

  it("is false for a UID that only starts like ours", () => {
    expect(isOurInvite(ours.ics.replace(`UID:${ours.uid}`, `UID:${ours.uid}-copy`), ours.uid)).toBe(false);
  });
});

describe("hostile text", () => {
  const episode = read();
  const hostileName = `Eve\r\nATTENDEE:mailto:x@evil.test\r\nEND:VEVENT\r\nBEGIN:VEVENT;a,b\\ ${"😀".repeat(300)}`;
  const hostile: Episode = {
    ...episode,
    guests: [{ name: hostileName, target: null, affiliation: null }],
    url: "https://youtube.com/live/x\r\nATTENDEE:mailto:y@evil.test",
  };
  const show = goh({ links: { channel: "", playlist: "", meetup: "", studio: "https://streamyard.com/a;b,c\nLOCATION:elsewhere" } });
  const result = invite(hostile, show);
  const { events } = parseIcs(result.ics);
  const event = events[0];
  if (!event) throw new Error("no event");

  it("still makes exactly one event with only our properties", () => {
    checkPhysicalLines(result.ics);
    expect(events).toHaveLength(1);
    expect(propertyNames(event)).toEqual(EVENT_PROPERTIES);
    expect(result.ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(result.ics).not.toMatch(/^(ATTENDEE|LOCATION:elsewhere)/m);
  });

  it("round-trips the text through ical.js", () => {
    expect(result.summary).toBe(`Grafana Office Hours #25 with ${hostileName}`);
    expect(textOf(event, "summary")).toBe(expectedText(result.summary));
    expect(textOf(event, "summary")?.endsWith("😀".repeat(300))).toBe(true);
    expect(textOf(event, "location")).toBe("https://streamyard.com/a;b,c\nLOCATION:elsewhere");
    expect(textOf(event, "url")).toBe("https://youtube.com/live/xATTENDEE:mailto:y@evil.test");
  });

  it("comes the same way from a note whose frontmatter spells the guest with escapes", () => {
    const text = TEXT.replace("Guest:: Nikola Grcevski\n", "").replace("date: 2024-01-05\n", `date: 2024-01-05\nguest: "Eve\\r\\nATTENDEE:mailto:x;a ${"😀".repeat(300)}"\n`);
    const fromNote = invite(read(text), goh(), [], NOW, text);
    const parsed = parseIcs(fromNote.ics);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0] && propertyNames(parsed.events[0])).toEqual(EVENT_PROPERTIES);
    expect(parsed.events[0] && textOf(parsed.events[0], "summary")).toBe(expectedText(fromNote.summary));
  });
});
