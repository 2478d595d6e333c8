// Episode notes written the way other hosts write them (tests/fixtures/unseen/, described in
// its README.md), read as the plugin reads them. The expected values were worked out by
// reading each note as Obsidian shows it (its outline, its checkboxes, its properties), not
// by running the reader.
import { describe, expect, it } from "vitest";
import type { Episode } from "../../src/core/types";
import { readNote } from "../support/notes";
import { guestRows, sectionRows, taskRows } from "./edge-notes";
import { readUnseen } from "./unseen-notes";

const names = (e: Episode) => [e.code, e.number, e.date, e.time, e.title];

describe("a streamer's note: callouts, numbered and custom-status items, guests as links in one property", () => {
  const e = readUnseen("Streams/EP042 - Building a Rust CLI.md");

  it("reads EP042 as episode 42 with no show code, the quoted date and `time: 6pm` as 18:00", () => {
    expect(names(e)).toEqual([null, 42, "2026-03-04", "18:00", "Building a Rust CLI"]);
    expect(e.warnings).toEqual([]);
  });

  it("takes both links of `guest: \"[[A]], [[B]]\"` and the (guest:: …) inside a callout", () => {
    expect(guestRows(e)).toEqual([
      ["Ana Souza", "Ana Souza", null],
      ["Ben Okafor", "Ben Okafor", null],
      ["Chris Lee", "Chris Lee", null],
    ]);
  });

  it("counts numbered items in a callout and every custom status but `-` as open work", () => {
    expect(taskRows(e)).toEqual([
      [18, "x", "Update OBS scenes"],
      [19, "/", "Test the capture card"],
      [20, " ", "Check the guest's mic"],
      [22, ">", "Tweet the schedule (moved to Friday)"],
      [23, "!", "Pin the repo link in chat"],
      [24, "?", "Ask about the giveaway"],
      [33, " ", "Export the VOD"],
      [34, "-", "Cut shorts (not this week)"],
      [35, "x", "Thank the guests"],
    ]);
    expect(sectionRows(e)).toEqual([
      [null, "other", 0, 0, 0],
      ["Building a Rust CLI", "other", 0, 0, 0],
      ["Before the stream", "before", 1, 6, 0],
      ["During", "other", 0, 0, 0],
      ["After the stream", "after", 1, 2, 1],
    ]);
    expect(e.next?.text).toBe("Test the capture card");
  });
});

describe("a podcaster's note: season folders, S02E05, setext headings, a guests list of links", () => {
  const e = readUnseen("Podcast/Season 2/S02E05 - Scaling Postgres.md");

  it("reads S02E05 as episode 5 with no show code (a season is no show)", () => {
    expect(names(e)).toEqual([null, 5, "2026-03-04", "18:00", "Scaling Postgres"]);
  });

  it("reads a YAML list of quoted links, an alias as the shown name", () => {
    expect(guestRows(e)).toEqual([
      ["Priya Raman", "Priya Raman", null],
      ["Tom", "Tom Becker", null],
    ]);
  });

  it("takes items right under a paragraph, nested by tab and by spaces, never a table row", () => {
    expect(taskRows(e)).toEqual([
      [10, "x", "Send the guests the question list"],
      [11, "x", "Book the studio"],
      [12, " ", "Confirm the booking by mail"],
      [13, "x", "Pay the deposit"],
      [17, " ", "Charge the recorders"],
      [18, " ", "Print the questions"],
      [27, " ", "Edit the audio"],
      [28, " ", "Write the show notes"],
    ]);
    expect(e.tasks.map((t) => t.depth)).toEqual([0, 0, 1, 1, 0, 0, 0, 0]);
  });

  it("puts \"Recording day\" just before the show and \"Post-production\" after it", () => {
    expect(sectionRows(e)).toEqual([
      [null, "other", 3, 4, 0],
      ["Recording day", "before", 0, 2, 0],
      ["Post-production", "after", 0, 2, 0],
    ]);
  });
});

describe("a German show: Folge NN, `Gast::` with und, German phase headings", () => {
  const e = readUnseen("Sendungen/Folge 12 - Observability im Alltag.md", { guestFields: ["Gast"], language: "de" });

  it("reads the number after Folge and two guests joined by und", () => {
    expect(names(e)).toEqual([null, 12, null, null, "Observability im Alltag"]);
    expect(guestRows(e)).toEqual([
      ["Anna Schmidt", null, null],
      ["Jonas Weber", null, null],
    ]);
  });

  it("knows Vorbereitung, Kurz vor der Sendung and Nachbereitung with no setting", () => {
    expect(sectionRows(e)).toEqual([
      [null, "other", 0, 0, 0],
      ["Folge 12: Observability im Alltag", "other", 0, 0, 0],
      ["Vorbereitung", "prep", 1, 3, 0],
      ["Kurz vor der Sendung", "before", 0, 2, 0],
      ["Themen", "other", 0, 0, 0],
      ["Nachbereitung", "after", 0, 2, 0],
    ]);
  });
});

describe("a French show: a dated file name, an accented guest property, French phase headings", () => {
  const e = readUnseen("Emissions/2026-03-04 - Les traces distribuées.md", { guestFields: ["Invités"], language: "fr" });

  it("reads the date from the name and the guests from the YAML list", () => {
    expect(names(e)).toEqual([null, null, "2026-03-04", null, "Les traces distribuées"]);
    expect(e.guests.map((g) => g.name)).toEqual(["Claire Martin", "Hugo Petit"]);
  });

  it("knows Préparation, Avant l'émission and Après l'émission with no setting", () => {
    expect(sectionRows(e)).toEqual([
      [null, "other", 0, 0, 0],
      ["Les traces distribuées", "other", 0, 0, 0],
      ["Préparation", "prep", 1, 2, 0],
      ["Avant l'émission", "before", 0, 1, 0],
      ["Après l'émission", "after", 0, 2, 0],
    ]);
  });
});

describe("a meetup's note: no headings, bold lines for phases, `**Guest:**` with one colon", () => {
  const e = readUnseen("Meetups/#42 - Roadmap AMA.md");

  it("reads #42 as episode 42", () => {
    expect(names(e)).toEqual([null, 42, null, null, "Roadmap AMA"]);
  });

  it("says that **Guest:** has one colon, as it does for Guest: (nothing is read from it)", () => {
    expect(e.hasGuestField).toBe(false);
    expect(e.warnings).toEqual([
      'Line 1 says "Guest:" with one colon; a guest field needs two ("Guest::"). To read it as written, add "Guest:" (with its colon) to the show\'s guest fields.',
    ]);
  });

  it("reads it when the show names `Guest:` with its colon", () => {
    expect(guestRows(readUnseen("Meetups/#42 - Roadmap AMA.md", { guestFields: ["Guest:"] }))).toEqual([["Dana Kim", null, null]]);
  });

  it("takes bold lines for text, not headings, as Obsidian's outline does: every item is in the untitled part", () => {
    expect(sectionRows(e)).toEqual([[null, "other", 1, 4, 0]]);
  });
});

describe("a livestream's note: guests in prose and in list items, items in a quote, comments, numbered items", () => {
  const e = readUnseen("Live/2026-03-04 Kubernetes upgrades.md");

  it("reads (guest:: …) in prose and `- Guest::` in a list item, but no other field as a guest", () => {
    expect(e.guests.map((g) => g.name)).toEqual(["Sam Ortiz", "Lee Chang"]);
    expect(e.fields.topic).toEqual(["Kubernetes upgrades"]);
  });

  it("counts items in a quote and numbered items, not one in an HTML comment", () => {
    expect(taskRows(e)).toEqual([
      [9, " ", "Quote item one"],
      [10, "x", "Quote item two"],
      [14, " ", "Numbered with a parenthesis"],
      [15, "x", "Numbered ten"],
      [18, " ", "Upload"],
    ]);
  });
});

describe("a guest line with one colon in a list item", () => {
  const text = "- **Guest:** Ann Lee\n- Date: Friday\n\n- [ ] Invite\n";

  it("is pointed out, as a paragraph line is, and read once the show names `Guest:`", () => {
    expect(readNote("a.md", text).warnings).toEqual([
      'Line 1 says "Guest:" with one colon; a guest field needs two ("Guest::"). To read it as written, add "Guest:" (with its colon) to the show\'s guest fields.',
    ]);
    expect(guestRows(readNote("a.md", text, { guestFields: ["Guest:"] }))).toEqual([["Ann Lee", null, null]]);
  });
});

describe("lists as typed: what looks like an item but Obsidian shows as text or code", () => {
  const e = readUnseen("Live/2026-03-11 Lists as typed.md");

  it("takes no item numbered other than 1 right under a paragraph, nor four columns of indentation outside a list", () => {
    const lines = e.tasks.map((t) => t.line + 1);
    // Line 5 continues "Things to do before Friday:"; 26 continues its paragraph; 28 and 29 are code.
    for (const line of [5, 26, 28, 29]) expect(lines).not.toContain(line);
    expect(lines).toEqual([6, 7, 9, 10, 11, 12, 15, 16, 17, 18, 21, 22, 30]);
  });

  it("keeps the items around them in their phases", () => {
    expect(sectionRows(e)).toEqual([
      [null, "other", 0, 0, 0],
      ["Prep", "prep", 1, 10, 0],
      ["After the show", "after", 0, 2, 0],
      ["Also typed", "other", 0, 1, 0],
    ]);
  });
});

describe("file names with a season", () => {
  it.each([
    ["S02E05 - Scaling Postgres", null, 5, "Scaling Postgres"],
    ["s1e12: Intro", null, 12, "Intro"],
    ["GOH S03E07 - Loki", "GOH", 7, "Loki"],
    ["Podcast S10E100 | Finale", "Podcast", 100, "Finale"],
  ])("%s → code %s, episode %s", (name, code, number, title) => {
    const e = readNote(`${name}.md`, "Guest:: Ann\n- [ ] a\n");
    expect([e.code, e.number, e.title]).toEqual([code, number, title]);
  });
});
