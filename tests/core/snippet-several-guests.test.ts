// Snippets for an episode with two guests whose names end in a full stop, as Café con
// Grafana writes them (`Invitado(s): Nicole V. y Antonio C.`, the real CCG 000 note):
// no "Nicole V. and Antonio C. joins", and no "Antonio C.." where a sentence ends on
// the names. Found walking the five-show vault as a new user.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";
import { nameParser } from "../../src/core/note/name-pattern";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { readNote } from "../support/notes";

const CCG000 = "projects/CafeConGrafana/Episodes/CCG 000 - 231019 - LanzandoCafeConGrafana.md";
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/five-shows", CCG000), "utf8");

const ccg: ShowSettings = {
  ...defaultShow("UTC", "Cafe con Grafana"),
  id: "ccg",
  code: "CCG",
  folder: "projects/CafeConGrafana/Episodes",
  fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
  numberPadding: 3,
  guestFields: ["Invitado(s):"],
  language: "es",
  hostName: "Jorge Turrado",
};

const episode = readNote(CCG000, TEXT, { guestFields: ccg.guestFields, language: ccg.language, parseName: nameParser(ccg.fileNamePattern, ccg.code) });
const values = snippetValues(episode, ccg, TEXT);
const fill = (id: string) => fillSnippet(BUILTIN_SNIPPETS.find((s) => s.id === id)?.text ?? "", values).text;

describe("snippets for two guests named with initials", () => {
  it("reads the two guests", () => {
    expect(episode.guests.map((g) => g.name)).toEqual(["Nicole V.", "Antonio C."]);
  });

  it("the Meetup text does not make two guests 'joins'", () => {
    expect(fill("meetup")).toContain(", when Jorge Turrado talks with Nicole V. and Antonio C. about LanzandoCafeConGrafana.");
    expect(fill("meetup")).not.toMatch(/\bjoins\b/);
  });

  // "#0", not the file name's "#000": the note writes its show's numbers unpadded ("Café
  // con Grafana #10", "#11"), and texts write a number as the show's own texts do.
  it("a sentence that ends on the names ends with one full stop", () => {
    expect(fill("live-now")).toBe("We're live now! Cafe con Grafana #0: LanzandoCafeConGrafana, with Nicole V. and Antonio C. Join us: https://www.youtube.com/watch?v=Kdgu2gutp7o");
    expect(fill("slack-internal")).toContain("with Nicole V. and Antonio C. Tune in and bring your questions:");
    for (const snippet of BUILTIN_SNIPPETS) expect([snippet.id, fillSnippet(snippet.text, values).text]).not.toEqual([snippet.id, expect.stringMatching(/[^.]\.\.(?!\.)/)]);
  });

  // Names of letters, spaces and stops (other characters may be escaped for Markdown).
  it("any name: a value ending in a full stop, then the text's full stop, gives one; other values are kept as they are", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zé .]{0,12}$/), fc.boolean(), (name, dot) => {
        const value = dot ? `${name}.` : name;
        const out = fillSnippet("With {{guests}}. Next.", { fields: Object.assign(Object.create(null) as Record<string, string>, { guests: value }), start: null, timeZone: "UTC", locale: "en" }).text;
        if (value === "") return;
        expect(out).toBe(value.endsWith(".") ? `With ${value} Next.` : `With ${value}. Next.`);
      }),
    );
  });
});
