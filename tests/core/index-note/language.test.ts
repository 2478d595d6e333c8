// The words the plugin writes on an index-note line in the show's language: " con Ann y
// Bo", " (cancelado)" for a Spanish show (es, es-MX), English for every other language
// (the project has no other texts). A line in the other language (a note written before,
// or by hand) is updated in place: never a second guest phrase, never a second mark.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";

// Café con Grafana's episode (tests/fixtures/five-shows/projects/CafeConGrafana/Episodes).
const BASENAME = "CCG 005 - 231130 - RepasemosElGStack";
const LINK = `[[${BASENAME}]]`;

function entry(over: Partial<IndexEntry> = {}): IndexEntry {
  return { basename: BASENAME, link: LINK, date: "2023-11-30", number: 5, guests: ["Raul Marin"], list: "past", language: "es", ...over };
}

const PAST = (line: string) => ["### Past", "", line];

describe("a Spanish show's line", () => {
  it("names its guests with con and y, and e before an /i/ sound", () => {
    expect(blockLines(PAST(`- 30/11: ${LINK}`), [entry()]).at(-1)).toBe(`- 30/11: ${LINK} con Raul Marin`);
    expect(blockLines(PAST(`- 30/11: ${LINK}`), [entry({ guests: ["Raul Marin", "Ana Ruiz"] })]).at(-1)).toBe(`- 30/11: ${LINK} con Raul Marin y Ana Ruiz`);
    expect(blockLines(PAST(`- 30/11: ${LINK}`), [entry({ guests: ["Raul Marin", "Isabel Díaz"] })]).at(-1)).toBe(`- 30/11: ${LINK} con Raul Marin e Isabel Díaz`);
    expect(blockLines(PAST(`- 30/11: ${LINK}`), [entry({ guests: ["Ana", "Raul", "Hilda"] })]).at(-1)).toBe(`- 30/11: ${LINK} con Ana, Raul e Hilda`);
  });

  it("is marked (cancelado) when cancelled, for es and es-MX alike", () => {
    for (const language of ["es", "es-MX", "ES_ar"]) {
      expect(blockLines(PAST(`- 30/11: ${LINK}`), [entry({ cancelled: true, guests: [], language })]).at(-1)).toBe(`- 30/11: ${LINK} (cancelado)`);
    }
  });

  it("a new line is written in Spanish too", () => {
    expect(blockLines(["### Past", ""], [entry({ cancelled: true })])).toContain(`- 2023-11-30: ${LINK} con Raul Marin (cancelado)`);
  });

  it("rewords an English line written before, in place, once", () => {
    const before = PAST(`- 30/11: ${LINK} with Raul Marin`);
    const once = blockLines(before, [entry()]);
    expect(once).toEqual(PAST(`- 30/11: ${LINK} con Raul Marin`));
    expect(blockLines(once, [entry()])).toEqual(once);
  });

  it("keeps the user's words after the guest phrase when it rewords it", () => {
    const once = blockLines(PAST(`- 30/11: ${LINK} with Raul Marin — gran demo de k6`), [entry({ guests: ["Raul Marin", "Ana Ruiz"] })]);
    expect(once.at(-1)).toBe(`- 30/11: ${LINK} con Raul Marin y Ana Ruiz — gran demo de k6`);
  });
});

describe("other languages", () => {
  it("are written in English, the project having no texts in them", () => {
    for (const language of ["", "en", "en-GB", "fr", "de", "pt-BR"]) {
      const out = blockLines(PAST(`- 30/11: ${LINK}`), [entry({ language, cancelled: true, guests: ["Ann", "Bo"] })]);
      expect(out.at(-1)).toBe(`- 30/11: ${LINK} with Ann and Bo (cancelled)`);
    }
  });

  it("an English show's line written by hand in Spanish is reworded, not doubled", () => {
    const out = blockLines(PAST(`- 30/11: ${LINK} con Raul Marin`), [entry({ language: "en" })]);
    expect(out).toEqual(PAST(`- 30/11: ${LINK} with Raul Marin`));
  });
});

describe("for any guests and either language", () => {
  const name = fc.stringMatching(/^[A-Z][a-zé]{1,6}( [A-Z][a-z]{1,6})?$/);
  const language = fc.constantFrom("", "en", "es", "es-MX", "fr");

  it("one guest phrase and at most one mark, in the show's language; a second run changes nothing; switching language rewords in place", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), language, language, fc.boolean(), (guests, first, second, cancelled) => {
        const one = entry({ guests, language: first, cancelled });
        const once = blockLines(PAST(`- 30/11: ${LINK}`), [one]);
        expect(blockLines(once, [one])).toEqual(once);
        const spanish = (l: string) => l.startsWith("es");
        const line = once.at(-1) ?? "";
        expect(line.includes(" con ")).toBe(spanish(first));
        expect(line.includes(" with ")).toBe(!spanish(first));
        const switched = blockLines(once, [{ ...one, language: second }]);
        const last = switched.at(-1) ?? "";
        // The same lines (and the record line while marked), the episode's line reworded.
        expect(switched.length).toBe(once.length);
        expect(last.split(spanish(second) ? " con " : " with ").length).toBe(2);
        expect(last.includes(spanish(second) ? " with " : " con ")).toBe(false);
        const marks = (last.match(/\((cancelled|cancelado)\)/g) ?? []).length;
        expect(marks).toBe(cancelled ? 1 : 0);
        if (cancelled) expect(last.endsWith(spanish(second) ? "(cancelado)" : "(cancelled)")).toBe(true);
      }),
    );
  });
});
