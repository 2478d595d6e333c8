// Products, projects and topics offered as people by "Import guests from this note": the
// five-show vault's lists counted by hand, and the rules that untick them (topic-words.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { join } from "node:path";
import { parseProspects } from "../../../src/core/guests/prospects";
import { showNamesOf, type ProspectHints } from "../../../src/core/guests/topic-words";
import { defaultSettings } from "../../../src/core/settings/settings";
import { FIXTURES, directoryOf, notesIn, phrasesOf } from "./fixture-vault";

const files = notesIn(join(FIXTURES, "five-shows"));
const { index, directory } = directoryOf(files);
// What the plugin passes: the index's show names and folders, every known guest's name,
// every note's name, headings and links.
const hints: ProspectHints = {
  showNames: showNamesOf(index.all(), defaultSettings().shows),
  guestNames: directory.people("2025-01-01").map((p) => p.name),
  phrases: phrasesOf(files),
};
const ticked = (path: string) =>
  parseProspects(files[path] ?? "", hints)
    .filter((p) => p.preselected)
    .map((p) => p.name);

describe("the five-show vault's lists: what is ticked is a person", () => {
  it("GOH README: the suggestions' people, and not Loki Adaptive Logs", () => {
    expect(ticked("projects/Grafana Office Hours/Grafana Office Hours Readme.md")).toEqual([
      "Ryan Kehoe",
      "Joe Bluebaugh",
      "Bob Cotton",
      "Fabrizia Rossano",
      "Kevin Brolly",
      "Jason Davis",
      "Marcelo Magallón",
      "Ivan Szkiba",
      "Jay Clifford",
      "Tom Glenn",
      "Antonio Berbén",
      "Mat Ryer",
      // Known miss: a mattress company. Nothing in the words, the vault's show names or its
      // names, headings and links says it is not a person ("sleep" is never written in lower
      // case in the vault, no show's name comes before it, and surnames that are words,
      // Hill, Wood, Stone, Rich, must stay names). "Explore Profiles" opens with a to-do
      // verb (task-verbs.ts) and is no longer ticked.
      "Emma Sleep",
      "Navish Bahl",
      "Matt Durham",
      "Paschalis Tsilians",
    ]);
  });

  it("Loki's index note: the guests, not the calls' titles (Meta-monitoring Loki, All About …)", () => {
    // "Adaptive Logs finally, with Travis?" opens the item as a person would; the GOH
    // README's link [[GOH - Loki Adaptive Logs]] writes it after a show's word: a product.
    expect(ticked("projects/Loki Community Calls/Loki Community Calls.md")).toEqual(["Dylan Guedes", "Salva Corts Sánchez", "Tom Donohue"]);
  });

  it("Café con Grafana's README: no one (the show's brand and the intro video were ticked)", () => {
    expect(ticked("projects/CafeConGrafana/README.md")).toEqual([]);
  });

  it("the how-to note: Ryan Perry, still joined to the product before him (“with Grafana Pyroscope & Ryan Perry”)", () => {
    expect(ticked("processes/How to run an Office Hours or Community Call.md")).toEqual(["Ryan Perry"]);
  });

  it("Invitados.md and the A&A suggestions keep every person ticked", () => {
    expect(ticked("projects/CafeConGrafana/Invitados.md")).toHaveLength(27);
    expect(ticked("projects/Adobo and Avocados/Adobo and Avocados README.md")).toEqual(["Richard Bradshaw", "Emy Jamalian", "Sowmya Sridharamurthy", "Jenny Bramble", "Ida Fürjesová", "Lisi Hocke", "Gem Hill"]);
  });
});

describe("the rules, on lists the vault does not have", () => {
  const read = (text: string, h: ProspectHints = {}) => parseProspects(text, h).map((p) => [p.name, p.preselected]);

  it("a run holding a word of a show's name is that show's product, offered unticked; a name joined to it stays ticked", () => {
    expect(read("- Acme Widgets with Ann Lee\n- Bo Chan on Acme Rockets & Cy Berg\n", { showNames: ["Acme Weekly"] })).toEqual([
      ["Acme Widgets", false],
      ["Ann Lee", true],
      ["Bo Chan", true],
      ["Acme Rockets", false],
      ["Cy Berg", false],
    ]);
    expect(read("- with Acme Rockets & Cy Berg\n", { showNames: ["Acme Weekly"] })).toEqual([
      ["Acme Rockets", false],
      ["Cy Berg", true],
    ]);
  });

  it("a show named after its host does not untick people sharing the host's name when the host is a known guest", () => {
    expect(read("- Ann Lee on testing\n", { showNames: ["Ann Lee Live"], guestNames: ["Ann Lee"] })).toEqual([["Ann Lee", true]]);
  });

  it("a run opening with a grammar word is a title; given names that are also words are not", () => {
    expect(read("- All About Metric Queries\n- The Road Ahead\n- Cómo Usar Grafana\n")).toEqual([
      ["All About Metric Queries", false],
      ["The Road Ahead", false],
      ["Cómo Usar Grafana", false],
    ]);
    expect(read("- Will Smith\n- May Chen\n- La Toya Jackson\n- An Nguyen\n").map(([, on]) => on)).toEqual([true, true, true, true]);
  });

  it("a label ticks the run right after its colon only", () => {
    expect(read("TL;DR: Everyone can run an Office Hours or Community Call.\n")).toEqual([
      ["Office Hours", false],
      ["Community Call", false],
    ]);
    expect(read("- SLOs: **Ryan Kehoe**\n- ?: Tom Donohue - ingest\n").map(([, on]) => on)).toEqual([true, true]);
  });

  it("words glued to digits or a file's extension are no name words", () => {
    expect(read("- Intro: Reproducir Intro1.MP4 al iniciar\n- Outro: Reproducir Outro.MP4 antes\n- Ann Lee on Asserts.ai Cloud\n")).toEqual([["Ann Lee", true]]);
  });

  it("a middle initial stays in the name; an initial still ends one before a joiner, and opens none", () => {
    expect(read("- Nikola J. Grcevski on Beyla\n- Nicole V. y Antonio C.\n- Mary-Jane O'Neil and J. R. Smith\n")).toEqual([
      ["Nikola J. Grcevski", true],
      ["Nicole V.", true],
      ["Antonio C.", true],
      ["Mary-Jane O'Neil", true],
    ]);
  });

  it("hints only untick: the names offered are the same, and nothing is ticked that was not", () => {
    const word = fc.constantFrom("Ann", "Lee", "Acme", "Rockets", "All", "About", "with", "and", "on", "de", "Bo", "Chan", "Road", "The", "Show", ":", "-", ",", "&");
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `- ${w.join(" ")}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.subarray(["Acme Show", "The Road", "Ann Lee Live"]), fc.subarray(["Ann Lee", "Bo Chan"]), (lines, showNames, guestNames) => {
        const text = lines.join("\n");
        const plain = parseProspects(text);
        const hinted = parseProspects(text, { showNames, guestNames });
        expect(hinted.map((p) => p.name)).toEqual(plain.map((p) => p.name));
        hinted.forEach((p, i) => {
          if (p.preselected) expect(plain[i]?.preselected).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
