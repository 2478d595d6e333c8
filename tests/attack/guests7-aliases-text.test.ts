// guests7: `aliases` written as one text. Obsidian reads `aliases: Annie L, A. Lee` as two
// aliases (it splits a text value at its commas: the quick switcher offers both; see
// obsidianmd/obsidian-importer#64, where a title with a comma became two aliases). The README
// promises that a guest note listing another spelling in `aliases` makes it the same person;
// the guests index read the text as one alias "Annie L, A. Lee", so the episodes writing
// "Annie L" or "A. Lee" were people without a note. And Same person, adding a spelling, turned
// the text into a one-item list, so Obsidian then read one alias where it had read two: the
// note's meaning changed without the user touching it.
// The rule chosen: a text `aliases` is split at commas as Obsidian does, except that a part
// that is only a generation mark or degrees (", Jr.", ", PhD") stays with the name before it,
// as in a guest field, so "Martin Luther King, Jr." never claims the father's name.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GuestDirectory } from "../../src/core/guests/directory";
import { guestNoteFrom } from "../../src/core/guests/guest-note";
import { applyGuestEdits } from "../../src/core/guests/note-edits";
import { defaultStatusNames } from "../../src/core/guests/statuses";
import { parseGuestValue } from "../../src/core/note/guests";
import type { YamlValue } from "../../src/core/types";
import { aliasesOfText } from "../../src/core/guests/alias-text";
import { bestGrowth } from "../support/growth";

const TODAY = "2025-06-02";

function directory(fields: Record<string, string>, notes: Record<string, Record<string, YamlValue>>): GuestDirectory {
  const d = new GuestDirectory();
  for (const [path, data] of Object.entries(notes)) d.setNote(path, guestNoteFrom(path, data, [], defaultStatusNames()));
  for (const [path, value] of Object.entries(fields)) d.setEpisode(path, { path, title: path, show: null, date: "2025-01-01", guests: parseGuestValue(value).guests });
  return d;
}

const people = (d: GuestDirectory) => d.people(TODAY).map((p) => [p.name, p.note?.path ?? null, p.episodes.map((e) => e.path)]);

describe("a text value of aliases is read as Obsidian reads it", () => {
  it("'aliases: Annie L, A. Lee' makes both spellings the note's person", () => {
    const d = directory({ "a.md": "Annie L", "b.md": "A. Lee", "c.md": "Ann Lee" }, { "Guests/Ann Lee.md": { aliases: "Annie L, A. Lee" } });
    expect(people(d)).toEqual([["Ann Lee", "Guests/Ann Lee.md", ["a.md", "b.md", "c.md"]]]);
  });

  it("a generation mark or degree after a comma stays with its name: the son's note does not claim his father", () => {
    const d = directory({ "a.md": "Martin Luther King", "b.md": "Martin Luther King, Jr.", "c.md": "Ann Lee" }, { "Guests/MLK.md": { aliases: "Martin Luther King, Jr., Dr. King" }, "Guests/Lee.md": { aliases: "Ann Lee, PhD" } });
    // A degree makes no other person: "Ann Lee, PhD" is Ann Lee.
    expect(people(d)).toEqual([
      ["Lee", "Guests/Lee.md", ["c.md"]],
      ["Martin Luther King", null, ["a.md"]],
      ["MLK", "Guests/MLK.md", ["b.md"]],
    ]);
    expect(d.note("Guests/MLK.md")?.aliases).toEqual(["Martin Luther King, Jr.", "Dr. King"]);
    expect(d.note("Guests/Lee.md")?.aliases).toEqual(["Ann Lee, PhD"]);
  });

  it("for any names, one text of them joined by commas gives the same people as the list", () => {
    const name = fc.constantFrom("Annie L", "A. Lee", "Bo Chan", "Zoë Ng", "Dr. Cy Berg", "Ann Lee, Jr.", "J. R. Tolkien");
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), (aliases) => {
        const fields = Object.fromEntries(aliases.map((a, i) => [`${i}.md`, a]));
        const asList = people(directory(fields, { "Guests/X Y.md": { aliases } }));
        const asText = people(directory(fields, { "Guests/X Y.md": { aliases: aliases.join(", ") } }));
        expect(asText).toEqual(asList);
        expect(asText).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe("Same person on a note whose aliases are one text", () => {
  it("keeps every alias Obsidian read, as list items, and adds the new one", () => {
    const frontmatter: Record<string, unknown> = { aliases: "Annie L, A. Lee", role: "SRE" };
    expect(applyGuestEdits(frontmatter, { addAliases: ["Ann L."] })).toEqual(["aliases"]);
    expect(frontmatter).toEqual({ aliases: ["Annie L", "A. Lee", "Ann L."], role: "SRE" });
  });

  it("adds nothing when the spelling is one of the text's parts already, and writes nothing", () => {
    const frontmatter: Record<string, unknown> = { aliases: "Annie L, A. Lee" };
    expect(applyGuestEdits(frontmatter, { addAliases: ["a. lee"] })).toEqual([]);
    expect(frontmatter).toEqual({ aliases: "Annie L, A. Lee" });
  });
});

describe("splitting a text of aliases stays linear", () => {
  it("on many parts, many marks, and one long part", () => {
    for (const unit of ["Ann Lee, ", ", Jr.", ", ", "Ann "]) {
      expect(bestGrowth(aliasesOfText, (n, copies) => unit.repeat(n * copies), 5000, 8)).toBeLessThan(8);
    }
  });
});
