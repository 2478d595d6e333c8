// Who is the same person: exact rules only (fold, links, aliases), never a guess.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { foldName } from "../../../src/core/text/fold";
import { guestNoteFrom, type GuestNote } from "../../../src/core/guests/guest-note";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import { isPlaceholder, parseGuestValue } from "../../../src/core/note/guests";
import type { YamlValue } from "../../../src/core/types";

const TODAY = "2025-06-02";
const names = defaultStatusNames();

function note(path: string, data: Record<string, YamlValue> = {}): GuestNote {
  return guestNoteFrom(path, data, [], names);
}

/** A directory of episodes, each given as its guest field's value. */
function withEpisodes(fields: Record<string, string>, notes: GuestNote[] = []): GuestDirectory {
  const directory = new GuestDirectory();
  for (const n of notes) directory.setNote(n.path, n);
  for (const [path, value] of Object.entries(fields)) {
    directory.setEpisode(path, { path, title: path, show: null, date: "2025-01-01", guests: parseGuestValue(value).guests });
  }
  return directory;
}

function groups(directory: GuestDirectory): string[][] {
  return directory.people(TODAY).map((p) => p.episodes.map((e) => e.path));
}

describe("folding a name", () => {
  it("folds case, diacritics, stroke letters and white space, and nothing else", () => {
    expect(foldName("  Éd\u00a0 WÉLCH ")).toBe("ed welch");
    expect(foldName("Nikola Grčevski")).toBe(foldName("nikola grcevski"));
    expect(foldName("Đorđe Łukasz Øystein")).toBe("dorde lukasz oystein");
    expect(foldName("Ed\u200bWelch")).toBe("edwelch");
    expect(foldName("Ed Welch")).not.toBe(foldName("Edward Welch"));
    expect(foldName("Ann-Lee")).not.toBe(foldName("Ann Lee"));
  });
});

describe("matching guests across episodes", () => {
  it("makes one person of names that differ only in case, accents and spaces", () => {
    const d = withEpisodes({ "a.md": "Ed Welch", "b.md": "ed  WELCH", "c.md": "Éd Welch" });
    expect(groups(d)).toEqual([["a.md", "b.md", "c.md"]]);
  });

  it("never merges names that differ after folding, however close", () => {
    const d = withEpisodes({ "a.md": "Ed Welch", "b.md": "Edward Welch", "c.md": "Paschalis Tsilias", "d.md": "Paschalis Tsilians" });
    expect(groups(d)).toHaveLength(4);
  });

  it("makes one person of a link and a plain name naming the same note, with a folder or without", () => {
    const d = withEpisodes({ "a.md": "[[Guests/Ed Welch|Ed]]", "b.md": "Ed Welch", "c.md": "[[ed welch]]" }, [note("Guests/Ed Welch.md")]);
    const people = d.people(TODAY);
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe("Ed Welch");
    expect(people[0]?.note?.path).toBe("Guests/Ed Welch.md");
    expect(people[0]?.spellings).toEqual(["Ed", "ed welch"]);
  });

  it("takes a link's note as the person even where the text shown is another name", () => {
    const d = withEpisodes({ "a.md": "[[Nikola Grcevski|Nikola]]", "b.md": "Nikola Grcevski" });
    expect(groups(d)).toEqual([["a.md", "b.md"]]);
  });

  it("makes one person of the names a guest note lists in its aliases", () => {
    const d = withEpisodes({ "a.md": "Ed Welch", "b.md": "Edward Welch", "c.md": "Eduardo" }, [note("Guests/Ed Welch.md", { aliases: ["Edward Welch"] })]);
    expect(groups(d)).toEqual([["a.md", "b.md"], ["c.md"]]);
  });

  it("matches neither note when two guest notes claim one alias, and says so on both", () => {
    const d = withEpisodes({ "a.md": "Ed" }, [note("Guests/Ed Welch.md", { aliases: ["Ed"] }), note("Guests/Ed Smith.md", { aliases: ["ed"] })]);
    const people = d.people(TODAY);
    expect(people.map((p) => [p.name, p.episodes.length])).toEqual([
      ["Ed", 1],
      ["Ed Smith", 0],
      ["Ed Welch", 0],
    ]);
    for (const person of people) expect(person.problems.join(" ")).toMatch(/^“ed” is (also )?the name or an alias of (another guest note|several guest notes)/);
    expect(d.conflicts()).toEqual([{ name: "ed", notes: ["Guests/Ed Smith.md", "Guests/Ed Welch.md"] }]);
  });

  it("keeps a name with a comma inside a link as one person; quotes do not protect a comma (the reader's rule)", () => {
    const d = withEpisodes({ "a.md": "[[Welch, Ed]]", "b.md": '"Welch, Ed"' });
    expect(d.people(TODAY).map((p) => p.name)).toEqual(["Ed", "Welch", "Welch, Ed"]);
  });

  it("reads a guest field of twenty people as twenty guests", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `Guest Number${String.fromCharCode(65 + i)}`);
    const d = withEpisodes({ "panel.md": twenty.join(", ") });
    expect(d.people(TODAY).map((p) => p.name)).toEqual(twenty);
  });

  it("leaves a link to a renamed or deleted guest note with the old name, a person without a note", () => {
    const d = withEpisodes({ "a.md": "[[Nikola Grcevski]]" }, [note("Guests/Nikola Grcevski.md", { timezone: "Europe/Belgrade" })]);
    expect(d.people(TODAY)[0]?.note?.timezone).toBe("Europe/Belgrade");
    // Renamed without the links being updated: the old name no longer names a note.
    d.setNote("Guests/Nikola Grcevski.md", null);
    d.setNote("Guests/Nikola G.md", note("Guests/Nikola G.md", { timezone: "Europe/Belgrade" }));
    const people = d.people(TODAY);
    expect(people.map((p) => [p.name, p.note?.path ?? null, p.episodes.length])).toEqual([
      ["Nikola G", "Guests/Nikola G.md", 0],
      ["Nikola Grcevski", null, 1],
    ]);
    expect(people[1]?.links).toEqual(["Nikola Grcevski"]);
  });

  it("is symmetric and never merges names that differ after folding unless an alias says so (property)", () => {
    // Letters only (× and ÷ sit inside À-ÿ): a name of punctuation is no guest at all.
    // And no placeholder ("Name", "TBD"): a template's blank is nobody.
    const name = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,6}( [A-Za-zÀ-ÖØ-öø-ÿ]{1,6})?$/).filter((n) => !isPlaceholder(n));
    fc.assert(
      fc.property(name, name, fc.boolean(), (a, b, alias) => {
        const notes = alias ? [note(`Guests/${a.replace(/[^A-Za-z ]/g, "x") || "x"}.md`, { aliases: [a, b] })] : [];
        const one = withEpisodes({ "1.md": a, "2.md": b }, notes);
        const two = withEpisodes({ "1.md": b, "2.md": a }, notes);
        const same = (d: GuestDirectory) => d.people(TODAY).some((p) => p.episodes.length === 2);
        // Symmetric: the order of the episodes does not matter.
        expect(same(one)).toBe(same(two));
        // Same person exactly when the names fold alike, or the alias note claims both.
        expect(same(one)).toBe(foldName(a) === foldName(b) || alias);
      }),
      { numRuns: 300 },
    );
  });
});

describe("where a guest stands", () => {
  const at = (date: string | null | undefined, status?: string) => {
    const d = new GuestDirectory();
    if (status) d.setNote("Guests/Ann Lee.md", note("Guests/Ann Lee.md", { status }));
    if (date !== undefined) d.setEpisode("e.md", { path: "e.md", title: "e", show: null, date, guests: parseGuestValue("Ann Lee").guests });
    return d.people(TODAY)[0]?.status;
  };

  it("derives appeared, confirmed or contacted from the episodes when the note sets nothing", () => {
    expect([at("2025-01-01"), at("2025-09-01"), at(null)]).toEqual(["appeared", "confirmed", "contacted"]);
  });

  it("keeps the note's status, except confirmed once the show it was confirmed for is past", () => {
    expect([at("2025-01-01", "contacted"), at("2025-01-01", "declined"), at("2025-09-01", "declined")]).toEqual(["contacted", "declined", "declined"]);
    expect([at("2025-01-01", "confirmed"), at("2025-09-01", "confirmed")]).toEqual(["appeared", "confirmed"]);
  });

  it("a suggestion booked onto an episode still to come reads as the episodes say; suggested again after an appearance stays", () => {
    expect([at("2025-09-01", "suggested"), at(null, "suggested")]).toEqual(["confirmed", "contacted"]);
    expect([at("2025-01-01", "suggested"), at(undefined, "suggested")]).toEqual(["suggested", "suggested"]);
  });

  it("makes a guest note without episodes or status a suggestion", () => {
    const d = new GuestDirectory();
    d.setNote("Guests/Bo.md", note("Guests/Bo.md"));
    expect(d.people(TODAY)[0]?.status).toBe("suggested");
  });
});
