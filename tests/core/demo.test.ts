// The built-in demo vault: one show, six episodes at different stages, written by the
// core's own template and toggle code, and read back by the classifier as that show's.
import { describe, expect, it } from "vitest";
import { demoNotes, demoSettings } from "../../src/core/demo";
import { createClassifier } from "../../src/core/vault/classify";
import { episodeStatus } from "../../src/core/status/status";
import { defaultShow, migrateSettings, type ShowSettings } from "../../src/core/settings/settings";
import { lazyFrontmatter } from "../support/notes";

// Tuesday 2 January 2024: the next Friday 13:00 UTC slot is the 5th.
const NOW = new Date("2024-01-02T09:30:00Z");
const settings = demoSettings("Europe/Berlin");
const show: ShowSettings = settings.shows[0] ?? defaultShow();
const notes = demoNotes(show, NOW);
const classifier = createClassifier(settings);

function phases(path: string): string {
  const episode = classifier.classify(path, notes.get(path) ?? "", lazyFrontmatter(notes.get(path) ?? "")).episode;
  return episode ? episode.sections.filter((s) => s.total > 0).map((s) => `${s.phase} ${s.done}/${s.total}`).join(", ") : "not an episode";
}

describe("demoSettings", () => {
  it("is one show with a host, links, display zones and an index note, and valid settings", () => {
    expect(settings.shows).toHaveLength(1);
    expect(settings.shows[0]).toBe(show);
    expect(show).toMatchObject({
      name: "Office Hours",
      code: "OH",
      hostName: "Robin Host",
      schedule: { weekday: 5, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
      displayTimeZones: ["Europe/Berlin", "America/New_York"],
      indexNote: "Office Hours/Office Hours index.md",
    });
    const { channel, playlist, meetup, studio } = show.links;
    for (const link of [channel, playlist, meetup, studio]) expect(link).toMatch(/^https:\/\//);
    expect(migrateSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, notes: [] });
  });
});

describe("demoNotes", () => {
  const EPISODES = [
    "Office Hours/OH 01 - Dashboards from scratch, with Amara Okafor.md",
    "Office Hours/OH 02 - Alerting that people trust, with Jonas Weber and Priya Raman.md",
    "Office Hours/OH 03 - Tracing a slow checkout, with Lucía Fernández.md",
    "Office Hours/OH 04 - Logs at scale, with Kenji Sato.md",
    "Office Hours/OH 05 - Profiling in production, with Sofia Rossi.md",
    "Office Hours/OH 06 - Community Q&A.md",
  ];

  it("writes six episodes and a welcome note", () => {
    expect([...notes.keys()]).toEqual([...EPISODES, "Welcome.md"]);
    expect(classifier.classify("Welcome.md", notes.get("Welcome.md") ?? "", lazyFrontmatter(notes.get("Welcome.md") ?? "")).kind).toBe("other");
  });

  it("reads every episode back as an episode of the show, numbered, dated weekly around the next slot", () => {
    const read = EPISODES.map((path) => classifier.classify(path, notes.get(path) ?? "", lazyFrontmatter(notes.get(path) ?? "")));
    expect(read.map((r) => [r.kind, r.show?.id])).toEqual(EPISODES.map(() => ["episode", "office-hours"]));
    expect(read.map((r) => [r.episode?.number, r.episode?.date, r.episode?.time])).toEqual([
      [1, "2023-12-01", "13:00"],
      [2, "2023-12-15", "13:00"],
      [3, "2023-12-29", "13:00"],
      [4, "2024-01-05", "13:00"],
      [5, "2024-01-19", "13:00"],
      [6, "2024-01-26", "13:00"],
    ]);
    expect(read.map((r) => r.episode?.guests.map((g) => g.name))).toEqual([
      ["Amara Okafor"],
      ["Jonas Weber", "Priya Raman"],
      ["Lucía Fernández"],
      ["Kenji Sato"],
      ["Sofia Rossi"],
      [],
    ]);
    expect(read.map((r) => r.episode?.url)).toEqual([
      "https://www.youtube.com/watch?v=demo01",
      "https://www.youtube.com/watch?v=demo02",
      "https://www.youtube.com/watch?v=demo03",
      "https://www.youtube.com/watch?v=demo04",
      null,
      null,
    ]);
    expect(read.flatMap((r) => r.episode?.warnings ?? ["missing"])).toEqual([]);
  });

  it("ticks each episode to its stage, phase by phase from the top", () => {
    expect(EPISODES.map(phases)).toEqual([
      "prep 13/13, before 10/10, after 4/4",
      "prep 13/13, before 10/10, after 2/4",
      "prep 13/13, before 8/10, after 0/4",
      "prep 9/13, before 0/10, after 0/4",
      "prep 2/13, before 0/10, after 0/4",
      "prep 0/13, before 0/10, after 0/4",
    ]);
    const fourth = classifier.classify(EPISODES[3] ?? "", notes.get(EPISODES[3] ?? "") ?? "", lazyFrontmatter(notes.get(EPISODES[3] ?? "") ?? "")).episode;
    // The tenth prep item (counting the two nested ones) is the first still open.
    expect(fourth?.next?.text).toBe("Create an event and announce it on [the events page](https://www.meetup.com/example-group/).");
  });

  it("shows the sidebar's alerts, overdue counts and next deadlines on the day it was made", () => {
    const statuses = EPISODES.map((path) => {
      const episode = classifier.classify(path, notes.get(path) ?? "", lazyFrontmatter(notes.get(path) ?? "")).episode;
      return episode ? episodeStatus(episode, "2024-01-02", { deadlines: show.deadlines, warnDaysBefore: settings.warnDaysBefore }) : null;
    });
    // The built-in template dates every item, so an item is late by its own date (the
    // overdue count), not its phase's; prep items due soon are still announced.
    expect(statuses.map((s) => s?.alerts.map((a) => a.message))).toEqual([
      [],
      [],
      // The two earlier shows have valid chapters; this one's were never logged.
      ["No chapters yet"],
      // Show on Friday 5 Jan: three posts (-1d) are due Thursday.
      ["3 prep items due, the first in 2 days"],
      // Shows on 19 and 26 Jan: the calendar invite (-2w) and the first contact (-3w) are due Friday.
      ["No URL yet", "1 prep item due in 3 days"],
      ["No guest yet", "No URL yet", "1 prep item due in 3 days"],
    ]);
    // 15 Dec: the playlist (+2d) and the thank-you note (+1d); 29 Dec: two "just before"
    // items (that day) and four after-show items; 5 Jan: the Meetup event (-1w, 29 Dec).
    expect(statuses.map((s) => s?.overdue)).toEqual([0, 2, 6, 1, 0, 0]);
    expect(statuses[3]?.nextDue).toEqual({ text: 'Schedule posts on socials just when the show begins to say "We\'re live now!"', due: "2024-01-04", daysUntil: 2 });
    expect(statuses[5]?.nextDue).toMatchObject({ text: "Contact the guest and tell them about Office Hours.", due: "2024-01-05", daysUntil: 3 });
  });

  it("is the same for the same moment, and moves with the next slot", () => {
    expect(demoNotes(show, NOW)).toEqual(notes);
    const later = demoNotes(show, new Date("2024-01-05T13:00:01Z"));
    expect([...later.keys()]).toEqual([...notes.keys()]);
    expect(later.get(EPISODES[3] ?? "")).toContain("date: 2024-01-12");
  });
});
