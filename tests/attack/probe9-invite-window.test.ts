// probe9: the invite window ({{inviteWindow}}, in the built-in invite body and so in the
// .ics DESCRIPTION) is "the invite with tech check and debrief, e.g. 12:45–14:15 UTC"
// (README, placeholders). It named the zone once, after the end, also when the window
// crosses a clock change: a Berlin show at 02:30 on the night clocks go back read
// "02:15–02:45 CET", a 90-minute invite shown as 30 minutes and its start an hour off
// (02:15 CET is 01:15 UTC; the invite starts at 00:15 UTC). Rule now: one zone name when
// both ends read in the same one, else each end with its own.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { snippetValues } from "../../src/core/snippets/context";
import { episodeInvite } from "../../src/core/snippets/episode-invite";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";
import { zoneAbbreviation } from "../../src/core/time/zone-abbreviation";

function show(zone: string, time: string): ShowSettings {
  const base = defaultShow(zone, "Night Show");
  return { ...base, id: "n", code: "NS", hostName: "Host", schedule: { ...base.schedule, timeZone: zone, time }, links: { ...base.links, studio: "https://streamyard.com/x" } };
}

/** [zone, day] for every day of 2023–2025 on which the zone's name or offset changes. */
const CHANGE_DAYS: [string, string][] = [];
for (const zone of ["Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "America/New_York", "Europe/London"]) {
  for (let day = 0; day < 365 * 3; day++) {
    const noon = Date.UTC(2023, 0, 1) + day * 86_400_000;
    if (zoneAbbreviation(new Date(noon - 86_400_000), zone) !== zoneAbbreviation(new Date(noon + 86_400_000), zone)) {
      CHANGE_DAYS.push([zone, new Date(noon).toISOString().slice(0, 10)]);
    }
  }
}

function values(zone: string, date: string, time: string) {
  const s = show(zone, time);
  const text = `---\ndate: ${date}\n---\n# NS 05 - Topic\n\nGuest:: Ann Lee\n`;
  const episode = readNote("Night/NS 05 - Topic.md", text, { guestFields: s.guestFields, parseName: nameParser(s.fileNamePattern, s.code), timeZone: zone });
  return { s, text, episode, fields: snippetValues(episode, s, text, {}, "en", []).fields };
}

describe("the invite window across a clock change names each end's zone", () => {
  it("Berlin, clocks go back: 02:15 CEST–02:45 CET (was 02:15–02:45 CET)", () => {
    expect(values("Europe/Berlin", "2025-10-26", "02:30").fields.invitewindow).toBe("02:15 CEST–02:45 CET");
    // The next day, and any day without a change, names the zone once, as before.
    expect(values("Europe/Berlin", "2025-10-27", "02:30").fields.invitewindow).toBe("02:15–03:45 CET");
    expect(values("UTC", "2025-10-26", "13:00").fields.invitewindow).toBe("12:45–14:15 UTC");
  });

  it("Berlin, clocks go forward: 01:45 CET–04:15 CEST (was 01:45–04:15 CEST, two and a half hours)", () => {
    expect(values("Europe/Berlin", "2025-03-30", "03:00").fields.invitewindow).toBe("01:45 CET–04:15 CEST");
  });

  it("the .ics description says the same", () => {
    const { s, text, episode } = values("Europe/Berlin", "2025-10-26", "02:30");
    const invite = episodeInvite(episode, s, text, [], new Date("2025-10-01T00:00:00Z"));
    if (!invite.ok) throw new Error("no invite");
    expect(invite.ics.replace(/\r\n /g, "")).toContain("02:15 CEST–02:45 CET");
  });


  it("on every clock-change day of five zones, at any hour, each end carries the zone name it reads in", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANGE_DAYS), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30), ([zone, date], hour, minute) => {
        const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        const { fields } = values(zone, date, time);
        const window = /^(\d\d:\d\d)(?: (\S+))?–(\d\d:\d\d \S+)$/.exec(fields.invitewindow ?? "");
        expect(window, fields.invitewindow).not.toBeNull();
        const [, from = "", fromZone, to = ""] = window ?? [];
        expect(to).toBe(fields.inviteend);
        // The start as {{inviteStart}} writes it (its own instant and zone name): the window's start, with its own name or the end's.
        expect(`${from} ${fromZone ?? to.split(" ")[1] ?? ""}`).toBe(fields.invitestart);
      }),
      { numRuns: 400 },
    );
  });

});
