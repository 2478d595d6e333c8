// guests7: a prospect list written with decomposed accents ("é" as "e" and a combining
// accent, as text copied from macOS file names or some editors is). The README promises
// that a list of names stays one list ("Invite Bo Chan and Cy Berg" ticks both) and that a
// name after "with" is ticked; the run reader read the NFC form of the item and gave places
// in it, while the gaps between runs were cut from the text as written, a character off for
// every accent before. "Ask José Gómez-Sellés and Inés Núñez Peña about Loki with Ann Lee"
// ticked José only; written composed, all three.
// The rule chosen: the list reader reads each item in one Unicode form (NFC) throughout, so a
// note reads the same however its accents are encoded.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProspects } from "../../src/core/guests/prospects";
import { FIXTURES } from "../core/guests/fixture-vault";

const read = (text: string) => parseProspects(text).map((p) => [p.name.normalize("NFC"), p.preselected]);

describe("a list with decomposed accents reads as the same list composed", () => {
  it("ticks every name of a list after accented names", () => {
    const item = "## Guest ideas\n\n- Ask José Gómez-Sellés and Inés Núñez Peña about Loki with Ann Lee\n- Invite Zoë Ng, Jr. and Cy Berg\n";
    expect(read(item.normalize("NFD"))).toEqual([
      ["José Gómez-Sellés", true],
      ["Inés Núñez Peña", true],
      ["Ann Lee", true],
      ["Zoë Ng, Jr.", true],
      ["Cy Berg", true],
    ]);
  });

  it("Café con Grafana's Invitados.md (a real list in Spanish) reads the same decomposed", () => {
    const text = readFileSync(join(FIXTURES, "five-shows/projects/CafeConGrafana/Invitados.md"), "utf8");
    expect(read(text.normalize("NFD"))).toEqual(read(text.normalize("NFC")));
    expect(read(text).filter(([, on]) => on).length).toBeGreaterThan(5);
  });

  it("for any list of accented names and joiners, either encoding gives the same names and ticks", () => {
    const name = fc.constantFrom("José Gómez", "Inés Núñez Peña", "Zoë Ng", "Ann Lee", "Łukasz Żak", "Đorđe Petrović", "Renée O'Neil-Smith");
    const join = fc.constantFrom(", ", " and ", " y ", " & ", " with ", " about ");
    const lead = fc.constantFrom("", "Invite ", "Ask ", "Loki deployments with ", "SLOs: ");
    fc.assert(
      fc.property(lead, fc.array(fc.tuple(name, join), { minLength: 1, maxLength: 5 }), (l, parts) => {
        const line = `- ${l}${parts.map(([n, j]) => n + j).join("")}Cy Berg\n`;
        expect(read(line.normalize("NFD"))).toEqual(read(line.normalize("NFC")));
      }),
      { numRuns: 300 },
    );
  });
});
