// guests7: folding accents made two people one in scripts where a combining mark is no
// accent. The README promises names are matched after folding case and accents ("Grčevski" =
// "Grcevski") and that nothing else is merged. The fold decomposed every name (NFKD) and took
// every combining mark off, so the Devanagari vowel signs went ("किरण" Kiran and "करण" Karan
// were one guest), and so did the kana voicing mark ("ごとう" Gotō and "ことう" Kotō; "ジョン"
// John and "ション"), and Thai vowels: their episodes were counted as one person's.
// The rule chosen: accents come off Latin, Greek and Cyrillic letters only; elsewhere a mark
// stays part of its letter, and the result is recomposed (NFC).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName } from "../../src/core/text/fold";
import { GuestDirectory } from "../../src/core/guests/directory";
import { parseGuestValue } from "../../src/core/note/guests";
import { bestGrowth, whole } from "../support/growth";

function peopleOf(fields: Record<string, string>): string[][] {
  const d = new GuestDirectory();
  for (const [path, value] of Object.entries(fields)) d.setEpisode(path, { path, title: path, show: null, date: "2025-01-01", guests: parseGuestValue(value).guests });
  return d.people("2025-06-02").map((p) => p.episodes.map((e) => e.path));
}

describe("folding keeps the marks that are letters", () => {
  it("keeps two people apart whose names differ by a vowel sign or a voicing mark", () => {
    expect(foldName("किरण")).not.toBe(foldName("करण"));
    expect(foldName("ごとう")).not.toBe(foldName("ことう"));
    expect(foldName("ジョン")).not.toBe(foldName("ション"));
    expect(foldName("สมชาย")).not.toBe(foldName("สมชย"));
    expect(peopleOf({ "a.md": "किरण", "b.md": "करण", "c.md": "ごとう", "d.md": "ことう" })).toHaveLength(4);
  });

  it("still folds the accents of Latin, Greek and Cyrillic names, and either encoding of any name", () => {
    expect(foldName("Grčevski")).toBe(foldName("Grcevski"));
    expect(foldName("Ángel Núñez")).toBe("angel nunez");
    expect(foldName("Nguyễn")).toBe("nguyen");
    expect(foldName("Ωμέγα")).toBe("ωμεγα");
    expect(foldName("Ёлкин")).toBe(foldName("Елкин"));
    expect(peopleOf({ "a.md": "किरण", "b.md": "किरण".normalize("NFD"), "c.md": "ごとう".normalize("NFD"), "d.md": "ごとう" })).toEqual([["a.md", "b.md"], ["c.md", "d.md"]]);
  });

  it("for any name, both encodings fold alike, and a kana or Devanagari mark is never lost", () => {
    const piece = fc.constantFrom("किरण", "करण", "ごとう", "ことう", "ガ", "カ", "김민준", "王小明", "Grčevski", "Ann", " ", "สมชาย");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const name = pieces.join("");
        expect(foldName(name.normalize("NFD"))).toBe(foldName(name.normalize("NFC")));
        const voiced = name.replace(/ご/g, "こ").replace(/ガ/g, "カ").replace(/ि/g, "");
        if (voiced !== name) expect(foldName(voiced)).not.toBe(foldName(name));
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on long names of marks", () => {
    expect(bestGrowth(foldName, whole((n) => `${"किरण".repeat(n)}`), 5000, 8)).toBeLessThan(8);
    expect(bestGrowth(foldName, whole((n) => `a${"\u0301".repeat(n)}`), 5000, 8)).toBeLessThan(8);
  });
});
