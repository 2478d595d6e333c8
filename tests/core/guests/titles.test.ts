// One person under every form of their name: an honorific before it and degrees after it
// make no other person (person-name.ts); a generation mark (Jr., Sr., II) does, offered
// as "maybe the same" because father and son share every other word.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { foldName } from "../../../src/core/text/fold";
import { guestNoteFrom, type GuestNote } from "../../../src/core/guests/guest-note";
import { mayBeSame, closeness, wordsOf } from "../../../src/core/guests/may-be-same";
import { nameParts, personKey } from "../../../src/core/guests/person-name";
import { parseProspects } from "../../../src/core/guests/prospects";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import { parseGuestValue } from "../../../src/core/note/guests";
import { bestGrowth, whole } from "../../support/growth";

const TODAY = "2025-06-02";

function note(path: string, aliases: string[] = []): GuestNote {
  return guestNoteFrom(path, aliases.length > 0 ? { aliases } : {}, [], defaultStatusNames());
}

/** A directory of episodes, each given as its guest field's value (read by the real reader). */
function withEpisodes(fields: Record<string, string>, notes: GuestNote[] = []): GuestDirectory {
  const directory = new GuestDirectory();
  for (const n of notes) directory.setNote(n.path, n);
  for (const [path, value] of Object.entries(fields)) {
    directory.setEpisode(path, { path, title: path, show: null, date: "2025-01-01", guests: parseGuestValue(value).guests });
  }
  return directory;
}

describe("the name a person is matched by", () => {
  it("drops honorifics, English and Spanish, with or without a full stop", () => {
    for (const written of ["Dr. Ann Lee", "Dr Ann Lee", "dr. ann lee", "Prof. Ann Lee", "Professor Ann Lee", "Ms Ann Lee", "Mrs. Ann Lee", "Mx Ann Lee", "Dame Ann Lee", "Sir Ann Lee", "Dra. Ann Lee", "Sra. Ann Lee", "Sr. Ann Lee", "Ing. Ann Lee", "Dr. Prof. Ann Lee"]) {
      expect(personKey(written), written).toBe("ann lee");
    }
    expect(personKey("Dra. Ána López")).toBe("ana lopez");
  });

  it("drops degrees after a comma in any case, and without one in their usual letters", () => {
    for (const written of ["Ann Lee, PhD", "Ann Lee, Ph.D.", "Ann Lee PhD", "Ann Lee, M.D.", "Ann Lee MD", "Ann Lee, phd", "Ann Lee, MBA, PhD", "Dr. Ann Lee, PhD", "Ann Lee, Esq.", "Ann Lee OBE", "Ann Lee, ma"]) {
      expect(personKey(written), written).toBe("ann lee");
    }
  });

  it("keeps a generation mark, in one form, after the degrees are gone", () => {
    for (const written of ["Ann Lee, Jr.", "Ann Lee Jr", "Ann Lee jr.", "Ann Lee, Junior", "Dr. Ann Lee, Jr., PhD", "Ann Lee, PhD, Jr."]) expect(personKey(written), written).toBe("ann lee jr");
    expect(personKey("Ann Lee Sr.")).toBe("ann lee sr");
    expect(personKey("Ann Lee III")).toBe("ann lee iii");
    expect(personKey("Ann Lee, Jr.")).not.toBe(personKey("Ann Lee"));
  });

  it("leaves names that only look like titles or degrees", () => {
    expect(personKey("Jack Ma")).toBe("jack ma"); // a surname, not "MA"
    expect(personKey("JACK MA")).toBe("jack ma"); // all capitals: "MA" could be either
    expect(personKey("Ann Do")).toBe("ann do");
    expect(personKey("Don Lee")).toBe("don lee"); // "Don" is a given name before a Spanish honorific
    expect(personKey("Ing Lee")).toBe("ing lee"); // "Ing." only with its full stop
    expect(personKey("Ann Iv")).toBe("ann iv"); // numerals only in capitals
    expect(personKey("Bo Jr")).toBe("bo jr"); // a mark needs two name words before it
    expect(personKey("Dr.")).toBe("dr.");
    expect(personKey("Dr. Lee")).toBe("lee");
    expect(personKey("Lee, Ann")).toBe("lee, ann"); // no title: folded as before, comma and all
  });

  it("is foldName for any name without a title word (property)", () => {
    const word = fc.constantFrom("Ann", "Lee", "Will", "Young", "Rose", "Hill", "Ma", "Do", "Don", "Iv", "Ing", "ÉD", "welch", ",", "Jack");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const name = words.join(" ");
        expect(personKey(name)).toBe(foldName(name));
      }),
      { numRuns: 300 },
    );
  });

  it("is the same whatever honorific and degrees surround a name (property)", () => {
    const given = fc.constantFrom("Ann", "Will", "Rose", "Ana María", "Ed");
    const family = fc.constantFrom("Lee", "Young", "Hill", "López Cruz", "Welch");
    const honorific = fc.constantFrom("", "Dr. ", "Prof ", "Sra. ", "Mr ", "Dame ");
    const degrees = fc.array(fc.constantFrom(", PhD", ", M.D.", " MBA", ", Esq."), { maxLength: 3 });
    fc.assert(
      fc.property(given, family, honorific, degrees, (g, f, h, d) => {
        expect(personKey(`${h}${g} ${f}${d.join("")}`)).toBe(foldName(`${g} ${f}`));
      }),
      { numRuns: 300 },
    );
  });

  it("grows linearly with a long run of titles or degrees (n against 4n)", () => {
    const key = (name: string) => foldName(nameParts(name).name);
    expect(bestGrowth(key, whole((n) => `${"Dr. ".repeat(n)}Ann Lee`), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth(key, whole((n) => `Ann Lee${", PhD".repeat(n)}`), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth(key, whole((n) => `Ann${",".repeat(n)} Lee`), 2000, 8)).toBeLessThan(8);
  });
});

describe("the guests index: one person under every form", () => {
  it("matches an episode's 'Dr. Ann Lee' and 'Ann Lee, PhD' to the guest note 'Ann Lee', shown by the note's name", () => {
    const directory = withEpisodes({ "e1.md": "Dr. Ann Lee", "e2.md": "Ann Lee, PhD", "e3.md": "Sra. Ana López" }, [note("Guests/Ann Lee.md"), note("Guests/Ana López.md")]);
    const people = directory.people(TODAY);
    expect(people.map((p) => [p.name, p.note?.path, p.episodes.map((e) => e.path)])).toEqual([
      ["Ana López", "Guests/Ana López.md", ["e3.md"]],
      ["Ann Lee", "Guests/Ann Lee.md", ["e1.md", "e2.md"]],
    ]);
    expect(people[1]?.spellings).toEqual(["Ann Lee, PhD", "Dr. Ann Lee"]);
    expect(directory.lookup({ name: "Prof. Ann Lee", target: null, affiliation: null }, TODAY)?.note?.path).toBe("Guests/Ann Lee.md");
  });

  it("without a note, shows the form most episodes write; on a tie, the fullest", () => {
    const most = withEpisodes({ "e1.md": "Dr. Ann Lee", "e2.md": "Ann Lee", "e3.md": "Ann Lee" }).people(TODAY);
    expect(most.map((p) => p.name)).toEqual(["Ann Lee"]);
    const tie = withEpisodes({ "e1.md": "Ann Lee", "e2.md": "Dr. Ann Lee" }).people(TODAY);
    expect(tie.map((p) => [p.name, p.spellings])).toEqual([["Dr. Ann Lee", ["Ann Lee"]]]);
    // Sorted under the name, not the title.
    expect(withEpisodes({ "e1.md": "Dr. Zoe Abe", "e2.md": "Bo Chan" }).people(TODAY).map((p) => p.name)).toEqual(["Bo Chan", "Dr. Zoe Abe"]);
  });

  it("makes one appearance of two forms in one episode", () => {
    const people = withEpisodes({ "e1.md": "Dr. Ann Lee, [[Ann Lee]]" }).people(TODAY);
    expect(people.map((p) => p.episodes.length)).toEqual([1]);
  });

  it("keeps 'Ann Lee, Jr.' apart from 'Ann Lee' and offers them as maybe the same; an alias joins them", () => {
    const directory = withEpisodes({ "e1.md": "Ann Lee, Jr.", "e2.md": "Ann Lee Sr." }, [note("Guests/Ann Lee.md")]);
    const people = directory.people(TODAY);
    expect(people.map((p) => p.name)).toEqual(["Ann Lee", "Ann Lee, Jr.", "Ann Lee Sr."]);
    const pairs = mayBeSame(people);
    expect(pairs).toHaveLength(3);
    for (const pair of pairs) expect(pair.reason).toBe("the same name but for Jr., Sr. or a numeral (a father and son?)");
    directory.setNote("Guests/Ann Lee.md", note("Guests/Ann Lee.md", ["Ann Lee Jr"]));
    expect(directory.people(TODAY).map((p) => [p.name, p.episodes.map((e) => e.path)])).toEqual([
      ["Ann Lee", ["e1.md"]],
      ["Ann Lee Sr.", ["e2.md"]],
    ]);
  });

  it("says two guest notes are one person's when only a title tells their names apart", () => {
    const directory = withEpisodes({ "e1.md": "Ann Lee" }, [note("Guests/Ann Lee.md"), note("Guests/Dr. Ann Lee.md")]);
    expect(directory.conflicts()).toEqual([{ name: "ann lee", notes: ["Guests/Ann Lee.md", "Guests/Dr. Ann Lee.md"] }]);
  });

  it("pairs names across titles by their other rules ('Dr. Ed Welch' and 'Edward Welch, PhD')", () => {
    expect(closeness(wordsOf("Dr. Ed Welch"), wordsOf("Edward Welch, PhD"))).toBe("a shorter first name");
    expect(closeness(wordsOf("Dr. Ann Lee"), wordsOf("Ann Lee, PhD"))).toBeNull(); // the same person, nothing to ask
  });
});

describe("import: a title makes no new prospect", () => {
  it("offers a name once under its forms", () => {
    const found = parseProspects("## Guest ideas\n\n- Mr Ann Lee on testing\n- Ann Lee, again\n- Bo Chan Jr. and Bo Chan\n");
    expect(found.map((p) => p.name)).toEqual(["Mr Ann Lee", "Bo Chan Jr", "Bo Chan"]);
  });
});
