// The episode's own invite, as both the reschedule and "Create calendar invite" find it
// (ownInvite), and the SEQUENCE every write puts over it (nextSequence): never at or
// below the replaced file's, so calendar apps take the update.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildIcs, sequenceFor } from "../../../src/core/calendar/ics-writer";
import { nextSequence, ownInvite } from "../../../src/core/reschedule/invite-identity";
import { episodeInvite, episodeUid, PRODID } from "../../../src/core/snippets/episode-invite";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import { nameParser } from "../../../src/core/note/name-pattern";
import type { Episode } from "../../../src/core/types";
import { readNote } from "../../support/notes";

const NOW = new Date("2024-02-01T09:00:00Z");

function loki(): ShowSettings {
  return { ...defaultShow("Europe/Madrid", "Loki Community Call"), id: "loki", code: "", fileNamePattern: "{{date}}-{{topic}}" };
}

function episode(path: string, text: string, show: ShowSettings): Episode {
  return readNote(path, text, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
}

const NOTE = (date: string) => `---\ndate: ${date}\n---\nGuest:: Ann\n`;

function inviteOf(e: Episode, show: ShowSettings, revision?: { uid: string; sequence: number }): string {
  const made = episodeInvite(e, show, NOTE(e.date ?? ""), [], NOW, "en", {}, revision);
  if (!made.ok) throw new Error(made.reason);
  return made.ics;
}

describe("the episode's own invite", () => {
  const show = loki();
  const before = episode("Loki/2024-02-15-cache.md", NOTE("2024-02-15"), show);
  const after = episode("Loki/2024-02-22-cache.md", NOTE("2024-02-22"), show);

  it("is the plugin's file with the episode's UID, read with its SEQUENCE", () => {
    const ics = inviteOf(before, show, { uid: episodeUid(before, show), sequence: 7 });
    expect(ownInvite(ics, before, show)).toEqual({ uid: episodeUid(before, show), sequence: 7 });
  });

  it("keeps the UID of a numberless episode renamed by a reschedule (its path's UID changed)", () => {
    const moved = inviteOf(after, show, { uid: episodeUid(before, show), sequence: 8 });
    expect(episodeUid(after, show)).not.toBe(episodeUid(before, show));
    expect(ownInvite(moved, after, show)).toEqual({ uid: episodeUid(before, show), sequence: 8 });
    // Its event at another time than the note says: not known as the episode's.
    expect(ownInvite(inviteOf(before, show), after, show)).toBeNull();
  });

  it("is none for a file the user made, even with the episode's UID and start", () => {
    const mine = inviteOf(before, show).replace(`PRODID:${PRODID}`, "PRODID:-//Me//My calendar//EN");
    expect(ownInvite(mine, before, show)).toBeNull();
    expect(ownInvite("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", before, show)).toBeNull();
  });

  it("of a numbered episode is only the file with its number's UID", () => {
    const numbered: ShowSettings = { ...show, code: "LOKI", fileNamePattern: "{{code}} {{number}} - {{topic}}" };
    const twelve = episode("Loki/LOKI 12 - Cache.md", NOTE("2024-02-15"), numbered);
    const thirteen = episode("Loki/LOKI 13 - Cache.md", NOTE("2024-02-15"), numbered);
    expect(twelve.number).toBe(12);
    // Another episode's invite starting at the same time is not this one's.
    expect(ownInvite(inviteOf(thirteen, numbered), twelve, numbered)).toBeNull();
    expect(ownInvite(inviteOf(twelve, numbered), twelve, numbered)?.uid).toBe(episodeUid(twelve, numbered));
  });

  it("without a SEQUENCE line counts as 0", () => {
    const bare = buildIcs({ prodId: PRODID, events: [{ uid: episodeUid(before, show), stamp: NOW, start: NOW, end: NOW, summary: "x", sequence: 3 }] }).replace("SEQUENCE:3\r\n", "");
    expect(ownInvite(bare, before, show)).toEqual({ uid: episodeUid(before, show), sequence: 0 });
  });
});

describe("the SEQUENCE of a write over the invite", () => {
  it("is the export's minute for a new invite", () => {
    expect(nextSequence(null, NOW)).toBe(sequenceFor(NOW));
  });

  it("is above the replaced invite's, and never below the export's minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 2 }), fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (sequence, now) => {
        const next = nextSequence({ uid: "u", sequence }, now);
        expect(next).toBeGreaterThan(sequence);
        expect(next).toBeGreaterThanOrEqual(sequenceFor(now));
        expect(next === sequence + 1 || next === sequenceFor(now)).toBe(true);
      }),
    );
  });
});

describe("nextSequence when no higher SEQUENCE can be written", () => {
  it("is null for an unreadable SEQUENCE and for the largest one; one below the largest still goes up", () => {
    expect(nextSequence({ uid: "u", sequence: null }, NOW)).toBeNull();
    expect(nextSequence({ uid: "u", sequence: 2 ** 31 - 1 }, NOW)).toBeNull();
    expect(nextSequence({ uid: "u", sequence: 2 ** 31 - 2 }, NOW)).toBe(2 ** 31 - 1);
  });
});
