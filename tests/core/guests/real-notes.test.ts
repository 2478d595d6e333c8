// The guests of the real notes, worked out by hand from the fixtures (not from the code):
//
// five-shows/ (default settings: no show configured, so CCG's one-colon `Invitado(s):` lines
// are no guest field and its three episodes are not read):
//   GOH 12  Guest:: "[[Andrii Kovalov]], [[Ari Herschowitz]]"      2023-09-22
//   GOH 16  Guest:: Paschalis Tsilias                               date: (empty), aired: a real video link
//   GOH 25  Guest:: Nikola Grcevski                                 2024-01-05
//   GOH 30  Guest:: "Name"  (the template's placeholder: nobody)
//   OTel 03 Guests:: "Jack Berg, Ed Welch"                          2025-12-17
//   Loki    2025-03-25-loki-cache  "Poyzan Taneli" & "Paul Rogers"  2025-03-25 (from the name)
//   Loki    2025-06-24-road-to-4-0 Guest:: "Ed Welch"               2025-06-24 (from the name)
//   A&A 22  [Renata Andrade](https://www.linkedin.com/in/raptatinha/) 2023-11-28
//   A&A 37  [Abby Bangser](https://www.linkedin.com/in/abbybangser/)  2024-05-22
// = 10 people; Ed Welch is the one in more than one episode, in two shows (the OTel call
// and the Loki call); nobody else appears twice.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { FIXTURES, directoryOf, notesIn } from "./fixture-vault";
import { guestCounts } from "../../../src/core/guests/report";
import { mayBeSame } from "../../../src/core/guests/may-be-same";
import { parseProspects } from "../../../src/core/guests/prospects";
import { defaultSettings } from "../../../src/core/settings/settings";
import { mergeProposals } from "../../../src/core/detect/merge";
import { detect, fixtureNotes } from "../detect/fixture-vault";

const TODAY = "2025-06-02";

describe("the guests of the five-show vault", () => {
  const { directory } = directoryOf(notesIn(join(FIXTURES, "five-shows")));
  const people = directory.people(TODAY);

  it("finds the ten people named in guest fields", () => {
    expect(people.map((p) => p.name)).toEqual([
      "Abby Bangser",
      "Andrii Kovalov",
      "Ari Herschowitz",
      "Ed Welch",
      "Jack Berg",
      "Nikola Grcevski",
      "Paschalis Tsilias",
      "Paul Rogers",
      "Poyzan Taneli",
      "Renata Andrade",
    ]);
    expect(guestCounts(people)).toEqual({ guests: 10, withEpisodes: 10, recurring: 1, acrossShows: 1 });
  });

  it("matches Ed Welch across the OTel call and the Loki call", () => {
    const ed = people.find((p) => p.name === "Ed Welch");
    expect(ed?.episodes.map((e) => [e.path, e.show, e.date, e.when])).toEqual([
      ["projects/Loki Community Calls/2025-06-24-road-to-4-0.md", "Loki Community Calls", "2025-06-24", "upcoming"],
      ["projects/Grafana OTel Community Call/03 - Logging Best Practices.md", "Grafana OTel Community Call", "2025-12-17", "upcoming"],
    ]);
    expect(ed?.shows).toEqual(["Grafana OTel Community Call", "Loki Community Calls"]);
    expect(ed?.next?.date).toBe("2025-06-24");
    expect(ed?.last).toBeNull();
  });

  it("derives each status from the episodes: appeared (GOH 16 too: undated, but its video is out), or confirmed", () => {
    const status = Object.fromEntries(people.map((p) => [p.name, p.status]));
    expect(status).toMatchObject({
      "Nikola Grcevski": "appeared",
      "Andrii Kovalov": "appeared",
      "Renata Andrade": "appeared",
      "Ed Welch": "confirmed",
      "Jack Berg": "confirmed",
      "Paschalis Tsilias": "appeared",
    });
    expect(people.every((p) => !p.statusSet)).toBe(true);
  });

  it("keeps the links the episodes give: note links for GOH 12, web addresses for A&A", () => {
    expect(people.find((p) => p.name === "Andrii Kovalov")?.links).toEqual(["Andrii Kovalov"]);
    expect(people.find((p) => p.name === "Renata Andrade")?.urls).toEqual(["https://www.linkedin.com/in/raptatinha/"]);
  });

  it("lists every fact as missing: no guest has a note yet", () => {
    for (const person of people) {
      expect(person.note).toBeNull();
      expect(person.missing).toEqual(["time zone", "pronunciation", "pronouns"]);
    }
  });

  it("pairs nobody as maybe the same person: the ten names are far apart", () => {
    expect(mayBeSame(people)).toEqual([]);
  });
});

describe("the five-show vault with the shows detection proposes", () => {
  // Accepted as detected, Café con Grafana reads its one-colon `Invitado(s):` lines:
  //   CCG 000 "Nicole V. y Antonio C." (Spanish "y"), CCG 005 [Raul Marin](…), CCG 012 Jorge Turrado.
  const accepted = mergeProposals(defaultSettings("UTC"), detect(fixtureNotes("five-shows")).shows).settings;
  const { directory } = directoryOf(notesIn(join(FIXTURES, "five-shows")), accepted);
  const people = directory.people(TODAY);

  it("finds fourteen people, the four of Café con Grafana among them, and still one recurring", () => {
    expect(people.filter((p) => p.shows.includes("Cafe con Grafana")).map((p) => p.name)).toEqual(["Antonio C.", "Jorge Turrado", "Nicole V.", "Raul Marin"]);
    expect(guestCounts(people)).toEqual({ guests: 14, withEpisodes: 14, recurring: 1, acrossShows: 1 });
    // Shows are named now, not coded.
    expect(people.find((p) => p.name === "Ed Welch")?.shows).toEqual(["Grafana OTel Community Call", "Loki Community Calls"]);
  });

  it("knows two of the people of Invitados.md already, so its import skips them", () => {
    const invitados = notesIn(join(FIXTURES, "five-shows"))["projects/CafeConGrafana/Invitados.md"] ?? "";
    const known = parseProspects(invitados).filter((p) => directory.lookup({ name: p.name, target: null, affiliation: null }, TODAY) !== null);
    expect(known.map((p) => [p.name, p.section])).toEqual([
      ["Jorge Turrado", "Prospectos"],
      ["Raul Marin", "Pasado"],
    ]);
  });
});

describe("the guests of the flat real-notes folder", () => {
  it("finds eight people, none twice (Ed Welch's Loki episode is not in this excerpt)", () => {
    const { directory } = directoryOf(notesIn(join(FIXTURES, "real-notes")));
    const people = directory.people(TODAY);
    expect(people.map((p) => p.name)).toEqual(["Andrii Kovalov", "Ari Herschowitz", "Ed Welch", "Jack Berg", "Nikola Grcevski", "Paul Rogers", "Poyzan Taneli", "Renata Andrade"]);
    expect(guestCounts(people).recurring).toBe(0);
  });
});

describe("a guest of an episode that aired on a day the note does not give", () => {
  // GOH 16 has no date but a real video link: the sidebar and the report call it
  // published, "date unknown". Its guest appeared; nothing is "next: no date yet".
  const GOH16 = "projects/Grafana Office Hours/GOH 16 - Grafana Agent with Paschalis Tsilias.md";
  const notes = notesIn(join(FIXTURES, "five-shows"));

  it("appeared in it, last seen on an unknown date, with nothing next", () => {
    const paschalis = directoryOf(notes).directory.people(TODAY).find((p) => p.name === "Paschalis Tsilias");
    expect([paschalis?.status, paschalis?.last?.path, paschalis?.last?.when, paschalis?.next]).toEqual(["appeared", GOH16, "past", null]);
  });

  it("a note of my own: a real video link makes its guest appeared, a placeholder link leaves them contacted", () => {
    const note = (url: string) => ({ "Shows/XY 40 - Something.md": `---\nurl: ${url}\ndate:\n---\nGuest:: Ann Lee\n\n## Checklist\n\n- [ ] Invite\n` });
    const ann = (url: string) => directoryOf(note(url)).directory.people(TODAY).find((p) => p.name === "Ann Lee");
    expect([ann("https://youtu.be/abc123DEF45")?.status, ann("https://youtu.be/abc123DEF45")?.last?.when]).toEqual(["appeared", "past"]);
    expect([ann("https://www.youtube.com/watch?v=TBD")?.status, ann("https://www.youtube.com/watch?v=TBD")?.last, ann("https://www.youtube.com/watch?v=TBD")?.episodes.map((e) => e.when)]).toEqual(["contacted", null, ["undated"]]);
  });
});
