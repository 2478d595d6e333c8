// What a demanding host writes in guest fields, and what the guests index must make of it:
// pronouns in the parentheses where a company usually goes, a middle initial, a guest note
// renamed to a double last name, one guest under two spellings in two shows.
import { describe, expect, it } from "vitest";
import { GuestDirectory } from "../../../src/core/guests/directory";
import type { EpisodeGuests } from "../../../src/core/guests/mention";
import { mayBeSame } from "../../../src/core/guests/may-be-same";
import { profileOf, briefingLine } from "../../../src/core/guests/profile";
import { formatGuestTable, guestJson } from "../../../src/core/guests/report";
import type { Guest } from "../../../src/core/types";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import { readGuestNote } from "./read-guest-note";

const guest = (name: string, affiliation: string | null = null, target: string | null = null): Guest => ({ name, target, affiliation });
const episode = (path: string, show: string, date: string, guests: Guest[]): EpisodeGuests => ({ path, title: path, show, date, guests });
const TODAY = "2025-06-01";

function directory(...episodes: EpisodeGuests[]): GuestDirectory {
  const d = new GuestDirectory();
  for (const e of episodes) d.setEpisode(e.path, e);
  return d;
}

describe("pronouns written in the parentheses", () => {
  const d = directory(episode("OH 1.md", "Office Hours", "2025-04-10", [guest("Bo Chan", "she/her"), guest("Cy Berg", "Acme"), guest("Dee Ray", "They / Them")]));
  const person = (name: string) => d.people(TODAY).find((p) => p.name === name);

  it("are the guest's pronouns, not their company, in the index and the report", () => {
    const bo = person("Bo Chan");
    expect([bo?.affiliations, bo?.writtenPronouns, bo?.missing]).toEqual([[], "she/her", ["time zone", "pronunciation"]]);
    expect(bo && [guestJson(bo).company, guestJson(bo).pronouns]).toEqual([null, "she/her"]);
    expect(person("Dee Ray")?.writtenPronouns).toBe("They / Them");
  });

  it("reach the host's briefing as pronouns, and a company stays a company", () => {
    const bo = profileOf(guest("Bo Chan", "she/her"), person("Bo Chan") ?? null);
    expect([bo.company, bo.pronouns]).toEqual([null, "she/her"]);
    expect(briefingLine(bo, "")).toBe("- Bo Chan: pronunciation not known: ask “How do you pronounce your name?”; she/her");
    const cy = profileOf(guest("Cy Berg", "Acme"), person("Cy Berg") ?? null);
    expect([cy.company, cy.pronouns]).toEqual(["Acme", null]);
  });
});

describe("names a host expects paired under “These may be one person”", () => {
  it("a middle initial says so", () => {
    const d = directory(episode("a.md", "GOH", "2025-01-10", [guest("Nikola J. Grcevski")]), episode("b.md", "Loki", "2024-01-10", [guest("Nikola Grcevski")]));
    expect(mayBeSame(d.people(TODAY)).map((m) => m.reason)).toEqual(["a middle initial"]);
  });

  it("a guest note renamed to a double last name, the episodes still linking the old name", () => {
    const d = directory(episode("a.md", "GOH", "2025-03-10", [guest("Ann Lee", null, "Ann Lee")]));
    const path = "Office Hours/Guests/Ann Lee-Smith.md";
    d.setNote(path, readGuestNote(path, "---\ntimezone: Europe/Paris\n---\nAnn.\n", defaultStatusNames()));
    const people = d.people(TODAY);
    const pairs = mayBeSame(people);
    expect(pairs.map((m) => m.reason)).toEqual(["one part of a double last name"]);
    expect(formatGuestTable(people, pairs)).toContain("Ann Lee / Ann Lee-Smith: one part of a double last name");
  });

  it("one guest in two shows under two spellings, with the company in parentheses once", () => {
    const d = directory(episode("a.md", "GOH", "2025-01-10", [guest("Ed Welch", "Grafana Labs")]), episode("b.md", "Loki", "2026-01-10", [guest("Edward Welch")]));
    const people = d.people(TODAY);
    expect(people.map((p) => [p.name, p.shows, p.affiliations])).toEqual([
      ["Ed Welch", ["GOH"], ["Grafana Labs"]],
      ["Edward Welch", ["Loki"], []],
    ]);
    expect(mayBeSame(people).map((m) => m.reason)).toEqual(["a shorter first name"]);
  });
});
