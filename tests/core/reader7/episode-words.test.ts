// "Puntata 12", "Episódio 12", "Aflevering 12": the word for "episode" in the languages the
// reader's word tables know is no show's code (src/core/note/episode-words.ts, file-name.ts).
// A code is what a show sets (its name pattern) or what its notes carry as their own mark.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFileName } from "../../../src/core/note/file-name";
import { nameParser } from "../../../src/core/note/name-pattern";
import { readNote } from "../../support/notes";
import { runCli } from "../../support/cli-status";
import { bestGrowth, whole } from "../../support/growth";

const parts = (name: string) => {
  const p = parseFileName(name);
  return [p.code, p.number, p.title];
};

describe("the word for episode, before a separator", () => {
  it.each([
    ["Puntata 12 - Sicurezza", "Italian"],
    ["Episódio 12 - Sicurezza", "Portuguese"],
    ["Episodio 12 - Sicurezza", "Spanish, Italian, or Portuguese without its accent"],
    ["Capítulo 12 - Sicurezza", "Spanish"],
    ["Épisode 12 - Sicurezza", "French"],
    ["Folge 12 - Sicurezza", "German"],
    ["Aflevering 12 - Sicurezza", "Dutch"],
    ["Afl. 12 - Sicurezza", "Dutch, abbreviated"],
    ["Episodi 12 - Sicurezza", "Catalan"],
    ["Avsnitt 12 - Sicurezza", "Swedish, Norwegian"],
    ["Afsnit 12 - Sicurezza", "Danish"],
    ["Odcinek 12 - Sicurezza", "Polish"],
    ["Odc. 12 - Sicurezza", "Polish, abbreviated"],
    ["Episodul 12 - Sicurezza", "Romanian"],
    ["Nr. 12 - Sicurezza", "a number sign"],
    ["Programa 12 - Sicurezza", "Spanish radio's word"],
    ["Sendung 12 - Sicurezza", "German broadcast"],
    ["PUNTATA 12 - Sicurezza", "in capitals"],
    ["Puntata12 - Sicurezza", "joined to its number"],
    ["Puntata #12 - Sicurezza", "with #"],
  ])("%s (%s): episode 12, no code", (name) => {
    expect(parts(name)).toEqual([null, 12, "Sicurezza"]);
  });

  it("a name synced from macOS, its accent a separate mark (NFD), reads as the composed one", () => {
    expect(parts("Episo\u0301dio 8 - Observabilidade")).toEqual([null, 8, "Observabilidade"]);
  });
});

describe("the word for episode, then a title after a space", () => {
  it.each(["Puntata 12 Sicurezza", "Episódio 12 Sicurezza", "Aflevering 12 Sicurezza", "Odcinek 12 Sicurezza", "Avsnitt 12 Sicurezza", "Épisode 12 Sicurezza"])("%s", (name) => {
    expect(parts(name)).toEqual([null, 12, "Sicurezza"]);
  });

  it.each([
    ["No 2 ways about it", "an abbreviation or number sign: the title stays whole"],
    ["Programa 5 claves del verano", "a word that also names a kind of show"],
    ["Chapter 7 Notes on a book", "no word of the table"],
  ])("not %s (%s)", (name) => {
    expect(parts(name)).toEqual([null, null, name]);
  });
});

describe("codes stay codes", () => {
  it.each([
    ["GOH 25 - Topic", "GOH", 25],
    ["A&A 22 - Topic", "A&A", 22],
    ["PH 151 - Topic", "PH", 151],
    // One letter with an accent is no "e": only the word as typed (its case aside) is compared.
    ["é 12 - Topic", "é", 12],
    ["Puntatas 12 - Topic", "Puntatas", 12],
  ])("%s", (name, code, number) => {
    expect(parts(name)).toEqual([code, number, "Topic"]);
  });

  it("a show that sets an episode word as its code keeps it: its name pattern is read first", () => {
    expect(nameParser("{{code}} {{number}} - {{topic}}", "Puntata")("Puntata 12 - Sicurezza").code).toBe("Puntata");
  });
});

describe("for every word of the table", () => {
  const words = ["episode", "Ep", "Puntata", "Episódio", "episodio", "Capítulo", "capitulo", "Épisode", "Folge", "Aflevering", "Episodi", "Avsnitt", "Afsnit", "Odcinek", "Episodul"];
  it("word, number and title: no code, the number, the title; in any case and with or without a separator", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(" - ", ": ", " "),
        fc.boolean(),
        (word, n, separator, upper) => {
          const written = upper ? word.toUpperCase() : word;
          expect(parts(`${written} ${n}${separator}Il titolo`)).toEqual([null, n, "Il titolo"]);
        },
      ),
    );
  });
});

describe("the notes of tests/fixtures/unseen6", () => {
  const DIR = fileURLToPath(new URL("../../fixtures/unseen6/", import.meta.url));

  it("Detect proposes the Italian and Portuguese shows without a code, their names' word kept in the pattern", () => {
    const out = runCli(["detect", DIR], "2026-03-01T09:00:00Z").out;
    expect(out).not.toContain("(Puntata)");
    expect(out).not.toContain("(Episódio)");
    expect(out).toContain("File name pattern      Puntata {{number}} - {{topic}}");
    expect(out).toContain("File name pattern      Episódio {{number}} - {{topic}}");
  });

  it("the episodes are numbered with no code", () => {
    const e = readNote("Puntate/Puntata 12 - Sicurezza.md", "# Puntata 12\n- [ ] Prova\n");
    expect([e.code, e.number, e.title]).toEqual([null, 12, "Sicurezza"]);
  });
});

describe("long names (n against 4n)", () => {
  it("a long first word before no number, and a long run of spaces after a spoken number", () => {
    expect(bestGrowth((n: string) => parseFileName(n), whole((n) => "P".repeat(n) + "x 12"), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth((n: string) => parseFileName(n), whole((n) => "Puntata 12" + " ".repeat(n)), 2000, 8)).toBeLessThan(8);
    expect(bestGrowth((n: string) => parseFileName(n), whole((n) => "Puntata" + " ".repeat(n) + "12 x"), 2000, 8)).toBeLessThan(8);
  });
});
