// A guest note's properties: each read with its type, anything else named as a problem.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readGuestNote } from "./read-guest-note";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import { newGuestNote, applyGuestEdits, oneLine } from "../../../src/core/guests/note-edits";

const names = defaultStatusNames();

describe("reading a guest note", () => {
  it("reads every property the plugin knows, and leaves the others alone", () => {
    const note = readGuestNote(
      "Office Hours/Guests/Nikola Grcevski.md",
      [
        "---",
        "pronouns: he/him",
        "pronunciation: NEE-ko-la GRETCH-ev-ski",
        "timezone: Europe/Belgrade",
        "company: Grafana Labs",
        "role: Principal Engineer",
        "links:",
        "  - https://github.com/grcevski",
        "email: nikola@example.com",
        "status: confirmed",
        "aliases: [Nikola]",
        "favourite-editor: vim",
        "---",
        "Met at FOSDEM.",
      ].join("\n"),
      names,
    );
    expect(note).toEqual({
      path: "Office Hours/Guests/Nikola Grcevski.md",
      name: "Nikola Grcevski",
      aliases: ["Nikola"],
      pronouns: "he/him",
      pronunciation: "NEE-ko-la GRETCH-ev-ski",
      timezone: "Europe/Belgrade",
      company: "Grafana Labs",
      role: "Principal Engineer",
      links: ["https://github.com/grcevski"],
      email: "nikola@example.com",
      status: "confirmed",
      problems: [],
      writable: true,
    });
  });

  it("names each value of the wrong type, an unknown zone and an unknown status, and ignores those values", () => {
    const note = readGuestNote("G/Ann.md", "---\ncompany: [a, b]\ntimezone: Europe/Belgrad\nstatus: maybe\nlinks:\n  a: 1\nrole: 10\n---\n", names);
    expect(note.company).toBeNull();
    expect(note.timezone).toBeNull();
    expect(note.status).toBeNull();
    expect(note.links).toEqual([]);
    expect(note.role).toBe("10");
    expect(note.problems).toEqual([
      "“company” should be text, not a list.",
      "The time zone “Europe/Belgrad” is not one this device knows (use a name like Europe/Belgrade); times are given without it.",
      "The status “maybe” is none of suggested, contacted, confirmed, declined, appeared; it is read as not set.",
      "“links” should be a list of text.",
    ]);
    expect(note.writable).toBe(true);
  });

  it("reads a list of pronouns and a single alias or link written as text", () => {
    const note = readGuestNote("G/Ann.md", "---\npronouns: [she, her]\nalias: Annie\nlinks: https://ann.example\n---\n", names);
    expect([note.pronouns, note.aliases, note.links]).toEqual(["she/her", ["Annie"], ["https://ann.example"]]);
  });

  it("spells a zone written in lower case as the zone is named, and leaves other names of a zone as written", () => {
    const zone = (tz: string) => readGuestNote("G/Ann.md", `---\ntimezone: ${tz}\n---\n`, names).timezone;
    expect([zone("europe/belgrade"), zone("utc"), zone("US/Pacific"), zone("CET"), zone("Asia/Calcutta")]).toEqual(["Europe/Belgrade", "UTC", "US/Pacific", "CET", "Asia/Calcutta"]);
  });

  it("marks a note whose properties are not valid YAML as not writable, reading none of them (as Obsidian does)", () => {
    const note = readGuestNote("G/Ann.md", "---\npronouns: she/her\ncompany: [unclosed\n---\n", names);
    expect(note.writable).toBe(false);
    expect(note.pronouns).toBe(null);
    expect(note.problems[0]).toMatch(/^Its properties are not valid YAML, so the plugin writes nothing into it/);
  });

  it("reads the configured status words, and the English ones too", () => {
    const spanish = { ...names, contacted: "contactado", declined: "rechazado" };
    expect(readGuestNote("G/A.md", "---\nstatus: Contactado\n---\n", spanish).status).toBe("contacted");
    expect(readGuestNote("G/A.md", "---\nstatus: declined\n---\n", spanish).status).toBe("declined");
  });

  it("reads a property key named like an Object method as an ordinary key", () => {
    const note = readGuestNote("G/A.md", "---\nconstructor: x\n__proto__: y\ntimezone: UTC\n---\n", names);
    expect(note.timezone).toBe("UTC");
    expect(note.problems).toEqual([]);
  });
});

describe("writing a guest note", () => {
  it("reads back every property a new note was written with, whatever the text, on one line (property)", () => {
    const text = fc.string({ minLength: 1, maxLength: 30, unit: "binary" }).filter((s) => oneLine(s) !== "");
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (pronunciation, company, aliases) => {
        const written = newGuestNote({ pronunciation, company, timezone: "America/Chicago", addAliases: aliases }, ["", "Context line"]);
        const note = readGuestNote("G/X.md", written, names);
        expect(note.problems).toEqual([]);
        expect(note.pronunciation).toBe(oneLine(pronunciation));
        expect(note.company).toBe(oneLine(company));
        expect(note.timezone).toBe("America/Chicago");
        expect(note.aliases).toEqual(aliases.map(oneLine));
        expect(written.endsWith("\nContext line\n")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("edits the key the note already uses, never erases with an empty value, and adds aliases once", () => {
    const frontmatter: Record<string, unknown> = { "Time zone": "UTC", pronouns: "he/him", aliases: "Ed", other: 1 };
    const changed = applyGuestEdits(frontmatter, { timezone: "Europe/Berlin", pronouns: "  ", pronunciation: "ed", addAliases: ["ed", "Eddie"] });
    expect(frontmatter).toEqual({ "Time zone": "Europe/Berlin", pronouns: "he/him", aliases: ["Ed", "Eddie"], other: 1, pronunciation: "ed" });
    expect(changed).toEqual(["timezone", "pronunciation", "aliases"]);
    expect(applyGuestEdits(frontmatter, { timezone: "Europe/Berlin" })).toEqual([]);
  });

  it("keeps an aliases value of another type instead of overwriting it", () => {
    const frontmatter: Record<string, unknown> = { aliases: { odd: true } };
    expect(applyGuestEdits(frontmatter, { addAliases: ["Ed"] })).toEqual([]);
    expect(frontmatter).toEqual({ aliases: { odd: true } });
  });
});
