// Café con Grafana writes its guests `Invitado(s): [Raul Marin](…)`, with one colon. A
// show whose guest fields name `Invitado(s):` (with its colon, as detection proposes) has
// those lines read as written; every other note keeps Dataview's two-colon rule. Guests
// are split on the show's language's "and" only when the show says which language it is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { defaultSettings, defaultShow, type OfficeHoursSettings, type ShowSettings } from "../../src/core/settings/settings";
import { parseGuestValue } from "../../src/core/note/guests";
import { andWordsFor, joinGuestNames } from "../../src/core/note/and-words";
import { planEpisode } from "../../src/core/new-episode/new-episode";
import { fillEmptyFields } from "../../src/core/new-episode/template/fill-fields";
import { mergeProposals } from "../../src/core/detect/merge";
import { detect, fixtureNotes } from "./detect/fixture-vault";
import type { Episode } from "../../src/core/types";
import { readNote, lazyFrontmatter } from "../support/notes";

const CCG_DIR = "projects/CafeConGrafana";
const EPISODES = `${CCG_DIR}/Episodes`;
const FIXTURE = join(import.meta.dirname, "../fixtures/five-shows");
const CCG000 = `${EPISODES}/CCG 000 - 231019 - LanzandoCafeConGrafana.md`;
const CCG005 = `${EPISODES}/CCG 005 - 231130 - RepasemosElGStack.md`;
const CCG012 = `${EPISODES}/CCG 012 - 240215 - TBD.md`;
const TEMPLATE = `${CCG_DIR}/Templates/CCG checklist.md`;

function fixture(path: string): string {
  return readFileSync(join(FIXTURE, path), "utf8");
}

/** Café con Grafana as a user sets it up (or accepts it from detection). */
function ccg(overrides: Partial<ShowSettings> = {}): ShowSettings {
  return {
    ...defaultShow("UTC", "Café con Grafana"),
    id: "ccg",
    code: "CCG",
    folder: EPISODES,
    template: TEMPLATE,
    fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
    numberPadding: 3,
    schedule: { weekday: 4, time: "13:00", timeZone: "UTC", durationMinutes: 60 },
    guestFields: ["Invitado(s):"],
    language: "es",
    ...overrides,
  };
}

function settingsWith(...shows: ShowSettings[]): OfficeHoursSettings {
  return { ...defaultSettings("UTC"), shows };
}

function classify(settings: OfficeHoursSettings, path: string, text = fixture(path)): Episode {
  const result = createClassifier(settings).classify(path, text, lazyFrontmatter(text));
  if (result.kind !== "episode" || !result.episode) throw new Error(`${path} is not an episode`);
  return result.episode;
}

const names = (e: Episode) => e.guests.map((g) => g.name);

describe("the CCG notes, with Invitado(s): configured with its colon", () => {
  const settings = settingsWith(ccg());

  it("reads `Invitado(s): Nicole V. y Antonio C.` as two guests (Spanish)", () => {
    const e = classify(settings, CCG000);
    expect(e.hasGuestField).toBe(true);
    expect(names(e)).toEqual(["Nicole V.", "Antonio C."]);
    expect(e.warnings.join(" ")).not.toContain("one colon");
  });

  it("reads a linked guest with its link, and the guest of a TBD note", () => {
    const e = classify(settings, CCG005);
    expect(e.guests).toEqual([{ name: "Raul Marin", target: "https://www.linkedin.com/in/raulmarinperez/", affiliation: null }]);
    expect(names(classify(settings, CCG012))).toEqual(["Jorge Turrado"]);
  });

  it("keeps `Nicole V. y Antonio C.` one name when the show's language is not known", () => {
    const e = classify(settingsWith(ccg({ language: "" })), CCG000);
    expect(names(e)).toEqual(["Nicole V. y Antonio C."]);
  });

  it("is what detection proposes: accepted as detected, every CCG episode has its guests", () => {
    const notes = fixtureNotes("five-shows");
    const accepted = mergeProposals(defaultSettings("UTC"), detect(notes).shows).settings;
    const classifier = createClassifier(accepted);
    const guests = notes
      .filter((n) => n.path.startsWith(`${EPISODES}/`))
      .map((n) => classifier.classify(n.path, n.text, lazyFrontmatter(n.text)).episode?.guests.map((g) => g.name));
    expect(guests).toEqual([["Nicole V.", "Antonio C."], ["Raul Marin"], ["Jorge Turrado"]]);
  });
});

describe("one-colon lines are read only where and as configured", () => {
  const read = (body: string, guestFields = ["Invitado(s):"], language = "es") => readNote("x.md", `---\ndate: 2024-01-05\n---\n${body}\n`, { guestFields, language });

  it.each([
    ["a paragraph line", "Invitado(s): Ann", ["Ann"]],
    ["any case", "invitado(S): Ann", ["Ann"]],
    ["a list item", "- Invitado(s): Ann", ["Ann"]],
    ["a quote", "> Invitado(s): Ann", ["Ann"]],
    ["bold with the colon inside", "**Invitado(s):** Ann", ["Ann"]],
    ["bold before the colon", "**Invitado(s)**: Ann", ["Ann"]],
  ])("reads %s", (_what, line, expected) => {
    const e = read(line);
    expect(e.hasGuestField).toBe(true);
    expect(names(e)).toEqual(expected);
  });

  it.each([
    ["a task line", "- [ ] Invitado(s): Ann"],
    ["a heading", "## Invitado(s): Ann"],
    ["fenced code", "```\nInvitado(s): Ann\n```"],
    ["the middle of a line", "Hoy Invitado(s): Ann"],
    ["another name: (s) is part of the name", "Invitados: Ann"],
    ["no space after the colon", "Invitado(s):Ann"],
  ])("does not read %s", (_what, body) => {
    const e = read(body);
    expect(e.hasGuestField).toBe(false);
    expect(e.guests).toEqual([]);
  });

  it("does not read the frontmatter's one-colon keys as a body field", () => {
    const e = readNote("x.md", "---\nInvitado(s): Ann\n---\n- [ ] a\n", { guestFields: ["Invitado(s):"] });
    // YAML reads `Invitado(s)` as a property; it is a guest property by Dataview's key, not a line.
    expect(e.fields).toEqual({});
  });

  it("keeps an empty value a guest field with no guest yet", () => {
    const e = read("Invitado(s):");
    expect(e.hasGuestField).toBe(true);
    expect(e.guests).toEqual([]);
  });

  it("without the colon in the setting keeps Dataview's rule, and says how to read the line", () => {
    const e = read("Invitado(s): Ann", ["Invitado(s)"]);
    expect(e.hasGuestField).toBe(false);
    expect(e.warnings).toEqual([
      'Line 4 says "Invitado(s):" with one colon; a guest field needs two ("Invitado(s)::"). To read it as written, add "Invitado(s):" (with its colon) to the show\'s guest fields.',
    ]);
  });

  it("zero configuration keeps Dataview's rule: no guest in CCG 005", () => {
    const e = readNote(CCG005, fixture(CCG005));
    expect(e.hasGuestField).toBe(false);
    expect(e.guests).toEqual([]);
  });

  it("reads it for that show only: the same note outside the show keeps the warning", () => {
    const settings = settingsWith(defaultShow("UTC"), ccg());
    const outside = createClassifier(settings, [], { readEveryNote: true }).classify("Elsewhere/CCG 005.md", fixture(CCG005), lazyFrontmatter(fixture(CCG005)));
    expect(outside.kind).toBe("other");
    const loose = readNote("Elsewhere/CCG 005.md", fixture(CCG005), { guestFields: ["Guest", "Invitado(s)"] });
    expect(loose.hasGuestField).toBe(false);
    expect(loose.warnings.join(" ")).toContain('says "Invitado(s):" with one colon');
    // Another show's notes do not read Invitado(s): either.
    const goh = classify(settings, "Office Hours/OH 01 - Tema.md", "- [ ] a\nInvitado(s): Ann\n");
    expect(goh.hasGuestField).toBe(false);
  });
});

describe("and, by the show's language", () => {
  it.each([
    ["", "José Ortega y Gasset", ["José Ortega y Gasset"]],
    ["en", "Ann and Bo", ["Ann", "Bo"]],
    ["es", "Nicole V. y Antonio C.", ["Nicole V.", "Antonio C."]],
    ["es", "Ann e Isabel", ["Ann", "Isabel"]],
    ["es-MX", "Ann y Bo and Cy", ["Ann", "Bo", "Cy"]],
    ["pt-BR", "Ana e Luís", ["Ana", "Luís"]],
    ["de", "Anna und Bo", ["Anna", "Bo"]],
    ["fr", "Anne et Bo", ["Anne", "Bo"]],
    ["en", "Anne et Bo", ["Anne et Bo"]],
  ])("%j splits %j", (language, value, expected) => {
    expect(parseGuestValue(value, andWordsFor(language)).guests.map((g) => g.name)).toEqual(expected);
  });

  it.each([
    ["es", ["Ann", "Bo", "Cy"], "Ann, Bo y Cy"],
    ["es", ["Ann", "Isabel"], "Ann e Isabel"],
    ["es", ["Ann", "Hilda"], "Ann e Hilda"],
    ["es", ["Ann", "Hiedra"], "Ann y Hiedra"],
    ["es", ["Ann", "Íñigo"], "Ann e Íñigo"],
    ["pt", ["Ana", "Bo"], "Ana e Bo"],
    ["", ["Ann", "Bo"], "Ann and Bo"],
    ["xx", ["Ann"], "Ann"],
  ])("%j joins %j as %j", (language, list, expected) => {
    expect(joinGuestNames(list, language)).toBe(expected);
  });

  it("reads back every list of names it joins, in every language it knows", () => {
    const word = fc.stringMatching(/^[A-Z][a-zé]{1,8}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.constantFrom("", "en", "es", "pt", "it", "fr", "de", "nl", "sv"), fc.array(name, { minLength: 1, maxLength: 4 }), (language, list) => {
        const words = andWordsFor(language);
        // A name holding an "and" word of the language cannot be told apart: left aside.
        fc.pre(list.every((n) => !n.toLowerCase().split(" ").some((w) => words.includes(w))));
        const read = parseGuestValue(joinGuestNames(list, language), words).guests.map((g) => g.name);
        expect(read).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the form's guests written into the CCG template's `Invitado(s):` line", () => {
  const template = fixture(TEMPLATE);
  const draft = { topic: "Kuberneteando k6", guests: ["Ann", "Bo"], date: "2024-02-22", time: "13:00", number: 13 };

  it("fills the empty `Invitado(s):` as the notes write it, and the note reads back with both guests", () => {
    const plan = planEpisode(draft, ccg(), template, new Date("2024-02-01T10:00:00Z"));
    expect(plan.content.split("\n")).toContain("Invitado(s): Ann y Bo");
    expect(template.split("\n")).toContain("Invitado(s):");
    const e = classify(settingsWith(ccg()), plan.path, plan.content);
    expect(names(e)).toEqual(["Ann", "Bo"]);
    expect(e.date).toBe("2024-02-22");
  });

  it("writes nothing into a one-colon line the show does not configure", () => {
    const plan = planEpisode(draft, ccg({ guestFields: ["Guest"] }), template, new Date("2024-02-01T10:00:00Z"));
    expect(plan.content.split("\n")).toContain("Invitado(s):");
  });

  it.each([
    ["a filled line stays", "Invitado(s): Zed\n", "Invitado(s): Zed\n"],
    ["a placeholder is replaced", "Invitado(s): TBD\n", "Invitado(s): Ann y Bo\n"],
    ["bold keeps its marks", "**Invitado(s):**\n", "**Invitado(s):** Ann y Bo\n"],
    ["a task is not a field", "- [ ] Invitado(s):\n", "- [ ] Invitado(s):\n"],
  ])("%s", (_what, text, expected) => {
    expect(fillEmptyFields(text, { date: "", guests: ["Ann", "Bo"], guestFields: ["Invitado(s):"], language: "es" })).toBe(expected);
  });
});
