// Hand-kept prospect lists, as the real teams keep them: names proposed for review, the
// likely people ticked. Expectations worked out by reading the two real lists.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseProspects } from "../../../src/core/guests/prospects";
import { FIXTURES } from "./fixture-vault";

const read = (path: string) => readFileSync(join(FIXTURES, "five-shows/projects", path), "utf8");
const readCafe = () => read("CafeConGrafana/Invitados.md").split("\n");

describe("Café con Grafana's Invitados.md", () => {
  const prospects = parseProspects(read("CafeConGrafana/Invitados.md"));
  const ticked = prospects.filter((p) => p.preselected).map((p) => p.name);

  it("ticks the people of the Prospectos list, one name per person, in note order", () => {
    expect(ticked.slice(0, 12)).toEqual([
      "Israel Blancas",
      "José Gomez-Sellés",
      "Guillermo Vigil",
      "Jorge Turrado",
      "Alfonso Ming Cazorla",
      "Alex Casado Rubio",
      "Ignacio Porta",
      "Iñigo Ortiz de Urbina",
      "Félix Ortega",
      "Pablo Moncada",
      "Víctor Maldonado",
      // "Rubén Serrano de Wallapop" is next: unsure (see the particles test), unticked.
      "Christian Polanco",
    ]);
    for (const name of ["Manu de la Peña", 'Leandro "inkel" López', "José Luis Latorre", "Xavier Escudero", "Jesus Muñoz"]) expect(ticked).toContain(name);
  });

  it("lists Israel Blancas once although the list names him twice", () => {
    expect(prospects.filter((p) => p.name === "Israel Blancas")).toHaveLength(1);
  });

  it("leaves companies and places after a name unticked", () => {
    for (const name of ["Red Hat", "Cloud Native Madrid", "Mercadona Tech", "Slack Interno"]) {
      expect(prospects.find((p) => p.name === name)?.preselected).toBe(false);
    }
  });

  it("keeps the indented lines under a person as context, not as people", () => {
    const vicente = prospects.find((p) => p.name === "Vicente Ortega Torres");
    expect(vicente?.context).toBe("Vicente Ortega Torres. Slack Interno -> @Vincent - k6 Senior SW Engineer · k6&tempo");
    expect(prospects.some((p) => p.name.startsWith("Tempo"))).toBe(false);
  });

  it("proposes the Pasado list too, unticked: the note's guest heading is Prospectos", () => {
    const raul = prospects.find((p) => p.name === "Raul Marin");
    expect([raul?.section, raul?.preselected]).toEqual(["Pasado", false]);
  });
});

describe("a particle after a full name: surname or “of <Company>”", () => {
  const read = (line: string) => parseProspects(line).map((p) => [p.name, p.preselected]);

  it("proposes both readings unticked when nothing settles it (Rubén Serrano de Wallapop)", () => {
    const line = readCafe().find((l) => l.startsWith("Víctor Maldonado y Rubén Serrano de Wallapop")) ?? "";
    expect(read(line)).toEqual([
      ["Víctor Maldonado", true],
      ["Rubén Serrano", false],
      ["Rubén Serrano de Wallapop", false],
    ]);
  });

  it("keeps the surname when a second particle names the company, or the particle is one of a group", () => {
    expect(read("- Iñigo Ortiz de Urbina de Adyen")).toEqual([["Iñigo Ortiz de Urbina", true]]);
    expect(read("- Rubén Serrano de la Fuente")).toEqual([["Rubén Serrano de la Fuente", true]]);
  });

  it("keeps a particle after a first name: the name before it is no full name", () => {
    for (const name of ["Manu de la Peña", "Ludwig van Beethoven", "Maria da Silva", "João dos Santos", "Ursula von der Leyen"]) {
      expect(read(`- ${name} nos contó algo`)).toEqual([[name, true]]);
    }
  });

  it("still ticks a person joined to an unsure run", () => {
    expect(read("- Rubén Serrano de Wallapop y Ana Lee")).toEqual([
      ["Rubén Serrano", false],
      ["Rubén Serrano de Wallapop", false],
      ["Ana Lee", true],
    ]);
  });
});

describe("the GOH README's Future guest suggestions", () => {
  const prospects = parseProspects(read("Grafana Office Hours/Grafana Office Hours Readme.md"));
  const future = prospects.filter((p) => p.section === "Future guest suggestions");
  const ticked = future.filter((p) => p.preselected).map((p) => p.name);

  it("ticks the names after a topic label, in lists, and after “with”", () => {
    for (const name of ["Ryan Kehoe", "Joe Bluebaugh", "Bob Cotton", "Fabrizia Rossano", "Kevin Brolly", "Jason Davis", "Marcelo Magallón", "Ivan Szkiba", "Jay Clifford", "Tom Glenn", "Mat Ryer", "Navish Bahl", "Paschalis Tsilians"]) {
      expect(ticked).toContain(name);
    }
  });

  it("leaves the topic labels and the friend who introduced Kevin unticked", () => {
    expect(prospects.find((p) => p.name === "Grafana As Code")?.preselected).toBe(false);
    expect(prospects.find((p) => p.name === "Dougal Matthews")?.preselected).toBe(false);
    expect(prospects.find((p) => p.name === "Synthetic Monitoring")?.preselected).toBe(false);
  });

  it("keeps the whole line as the context", () => {
    expect(prospects.find((p) => p.name === "Kevin Brolly")?.context).toMatch(/^Friend of Dougal Matthews from Supabase: Kevin Brolly\. He's the head of success/);
  });

  it("proposes a past guest suggested again with the suggestion's line, among the suggestions (Matt Durham)", () => {
    // He is in the Past list (GOH 21) first, then in "Matt Durham/Paschalis Tsilians: …".
    const matt = prospects.filter((p) => p.name === "Matt Durham");
    expect(matt.map((p) => [p.section, p.preselected, p.context])).toEqual([["Future guest suggestions", true, "Matt Durham/Paschalis Tsilians: Grafana Agent new release and changes"]]);
    const names = prospects.map((p) => p.name);
    expect(names.indexOf("Matt Durham")).toBe(names.indexOf("Paschalis Tsilians") - 1);
  });

  it("leaves the Past and Upcoming episode lists unticked: those headings are not about guests", () => {
    const ed = prospects.find((p) => p.name === "Ed Welch");
    expect([ed?.section, ed?.preselected]).toEqual(["Past", false]);
  });
});

describe("free text", () => {
  it("proposes nothing from code, headings or single words", () => {
    expect(parseProspects("# Guest Ideas List\n```\nAnn Lee\n```\n- Nadine\n- [ ] Marie - psychology\n")).toEqual([]);
  });

  it("ticks every item of a note without a guest heading, and reads checkboxes, quotes and initials", () => {
    const prospects = parseProspects("> - [ ] Nicole V. y Antonio C.\n1. Ann O'Neil-Smith, Bo McKay\n");
    expect(prospects.map((p) => [p.name, p.preselected])).toEqual([
      ["Nicole V.", true],
      ["Antonio C.", true],
      ["Ann O'Neil-Smith", true],
      ["Bo McKay", true],
    ]);
  });
});
