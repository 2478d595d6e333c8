// Why an invite cannot be made, told where the fix is: the note's own date or time (its
// property and line), a typed date, or the settings — never "check the settings" for a
// typo in the note.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { episodeInvite } from "../../src/core/snippets/episode-invite";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";

const FILE = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/real-notes", FILE), "utf8");
const NOW = new Date("2024-01-02T09:30:00Z");
const SHOW: ShowSettings = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH" };

function reason(text: string, show = SHOW, answers: Record<string, string> = {}): string {
  const episode = readNote(`Grafana Office Hours/${FILE}`, text, { guestFields: show.guestFields, parseName: nameParser(show.fileNamePattern, show.code) });
  const invite = episodeInvite(episode, show, text, [], NOW, "en", answers);
  return invite.ok ? `made at ${invite.start.toISOString()}` : invite.reason;
}

const withTime = (time: string) => TEXT.replace("date: 2024-01-05\n", `date: 2024-01-05\ntime: ${time}\n`);

describe("the note's own time cannot be read", () => {
  for (const bad of ["25:00", "noon", "13.00", "9:75"]) {
    it(`(time: ${bad}) refuses, naming the note's time property and its line, not the settings`, () => {
      expect(reason(withTime(bad))).toBe(`The time “${bad}” in the note's time property (line 4) is not a time like 13:00; correct it in the note.`);
    });
  }

  it("a readable time is used (the refusal is for unreadable ones only)", () => {
    // The invite opens before the show by the tech-check buffer: compared with another time, not a clock.
    expect(reason(withTime("09:30"))).toMatch(/^made at 2024-01-05T/);
    expect(reason(withTime("09:30"))).not.toBe(reason(withTime("10:30")));
    expect(reason(withTime(""))).toBe(reason(TEXT));
  });
});

describe("the other reasons", () => {
  it("the show's time zone unknown: the settings", () => {
    const show = { ...SHOW, schedule: { ...SHOW.schedule, timeZone: "Mars/Olympus" } };
    expect(reason(TEXT, show)).toMatch(/^The show's time zone in the settings cannot be used: "Mars\/Olympus" is not a time zone/);
  });

  it("the show's usual time broken: the settings", () => {
    const show = { ...SHOW, schedule: { ...SHOW.schedule, time: "99:99" } };
    expect(reason(TEXT, show)).toMatch(/^The show's time in the settings cannot be used: "99:99" is not a time/);
  });

  it("no date in the note: no date yet; a date typed that is no date: says so, not the settings", () => {
    const undated = TEXT.replace("date: 2024-01-05\n", "date:\n");
    expect(reason(undated)).toBe("The episode has no date yet.");
    expect(reason(undated, SHOW, { date: "2024-02-30" })).toBe("“2024-02-30” is not a date like 2024-01-05.");
    expect(reason(undated, SHOW, { date: "2024-02-20" })).toMatch(/^made at 2024-02-20T/);
  });
});
