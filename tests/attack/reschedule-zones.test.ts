// @vitest-environment happy-dom
// Rescheduling into a date where the show's zone changes its clocks, in zones with odd
// offsets, and at a late hour whose UTC date is the next day's. The invite is checked by
// ical.js against instants worked out by hand from each zone's rules (tzdb), not from the
// plugin's own conversion; undo puts the invite back at the first instant.
import { describe, expect, it } from "vitest";
import { onDisk } from "../plugin/harness";
import { ccg, event, ICS_OLD, OLD, reschedule, undo, sceneHosts } from "./reschedule-setup";

const { setUp } = sceneHosts();
const FOLDER = "CafeConGrafana/Episodes";
const icsOn = (yymmdd: string) => `${FOLDER}/CCG 012 - ${yymmdd} - TBD.ics`;
const noteOn = (yymmdd: string) => `${FOLDER}/CCG 012 - ${yymmdd} - TBD.md`;

interface Case {
  zone: string;
  /** Where the show goes, as the user types it (the show's wall clock). */
  to: { date: string; time: string };
  /** The invite's DTSTART (15 minutes before the show) as worked out from the zone's rules. */
  start: string;
  /** What the note says afterwards: the wall clock the show really starts at. */
  noteTime: string;
  why: string;
}

const CASES: Case[] = [
  { zone: "America/New_York", to: { date: "2024-03-10", time: "16:00" }, start: "2024-03-10T19:45:00.000Z", noteTime: "16:00", why: "the day clocks go forward: 16:00 EDT (UTC-4)" },
  { zone: "America/New_York", to: { date: "2024-03-10", time: "02:30" }, start: "2024-03-10T07:15:00.000Z", noteTime: "02:30", why: "02:30 is skipped: the show starts at 03:30 EDT" },
  { zone: "America/New_York", to: { date: "2024-11-03", time: "01:30" }, start: "2024-11-03T05:15:00.000Z", noteTime: "01:30", why: "01:30 happens twice: the first, EDT" },
  { zone: "Europe/London", to: { date: "2024-03-31", time: "01:30" }, start: "2024-03-31T01:15:00.000Z", noteTime: "01:30", why: "01:30 is skipped: 02:30 BST" },
  { zone: "Europe/London", to: { date: "2024-10-27", time: "01:30" }, start: "2024-10-27T00:15:00.000Z", noteTime: "01:30", why: "01:30 happens twice: the first, BST" },
  { zone: "Australia/Lord_Howe", to: { date: "2024-10-06", time: "02:15" }, start: "2024-10-05T15:30:00.000Z", noteTime: "02:15", why: "half-hour DST: 02:00–02:30 is skipped, 02:15 starts at 02:45 (UTC+11)" },
  { zone: "Australia/Lord_Howe", to: { date: "2024-04-07", time: "01:45" }, start: "2024-04-06T14:30:00.000Z", noteTime: "01:45", why: "half-hour DST ends: 01:30–02:00 happens twice, the first (UTC+11)" },
  { zone: "Australia/Lord_Howe", to: { date: "2024-04-07", time: "16:00" }, start: "2024-04-07T05:15:00.000Z", noteTime: "16:00", why: "after the change: UTC+10:30" },
  { zone: "Asia/Kathmandu", to: { date: "2024-02-22", time: "16:00" }, start: "2024-02-22T10:00:00.000Z", noteTime: "16:00", why: "UTC+5:45" },
  { zone: "Asia/Kathmandu", to: { date: "2024-02-22", time: "00:30" }, start: "2024-02-21T18:30:00.000Z", noteTime: "00:30", why: "UTC+5:45 just after midnight: the UTC date is the day before" },
  { zone: "America/New_York", to: { date: "2024-02-22", time: "23:30" }, start: "2024-02-23T04:15:00.000Z", noteTime: "23:30", why: "23:30 EST: the UTC date is the next day" },
];

/** The 15 Feb 2024 16:00 episode's invite in `zone`, worked out by hand. */
const FIRST: Record<string, string> = {
  "America/New_York": "2024-02-15T20:45:00.000Z",
  "Europe/London": "2024-02-15T15:45:00.000Z",
  "Australia/Lord_Howe": "2024-02-15T04:45:00.000Z",
  "Asia/Kathmandu": "2024-02-15T10:00:00.000Z",
};

describe("a reschedule across a change of clocks, an odd offset or midnight UTC", () => {
  for (const c of CASES) {
    it(`${c.zone}, ${c.to.date} ${c.to.time} (${c.why}): the invite at that instant, the note at the local date, undo back`, async () => {
      const h = await setUp({ show: ccg({ schedule: { weekday: 4, time: "16:00", timeZone: c.zone, durationMinutes: 60 } }) });
      const first = event(onDisk(h, ICS_OLD));
      expect(first.start).toBe(FIRST[c.zone]);
      const dueBefore = /📅 (\d{4}-\d{2}-\d{2})/.exec(onDisk(h, OLD))?.[1];
      await reschedule(h, c.to.date, c.to.time);
      const yymmdd = c.to.date.slice(2).replace(/-/g, "");
      const note = onDisk(h, noteOn(yymmdd));
      // The note keeps the show's own wall clock and local date, never UTC's.
      expect(note).toMatch(new RegExp(`^date: ${c.to.date}$`, "m"));
      expect(note).toMatch(new RegExp(`^time: "?${c.noteTime}"?$`, "m"));
      // Open items move by the local days between the dates, whatever UTC's date is.
      const days = (Date.parse(c.to.date) - Date.parse("2024-02-15")) / 86_400_000;
      const dueAfter = /📅 (\d{4}-\d{2}-\d{2})/.exec(note)?.[1];
      expect(dueBefore).toBeDefined();
      expect((Date.parse(dueAfter ?? "") - Date.parse(dueBefore ?? "")) / 86_400_000).toBe(days);
      expect(event(onDisk(h, icsOn(yymmdd)))).toEqual({ uid: first.uid, sequence: first.sequence + 1, start: c.start });
      await undo(h);
      expect(event(onDisk(h, ICS_OLD))).toEqual({ uid: first.uid, sequence: first.sequence + 2, start: first.start });
    });
  }
});
