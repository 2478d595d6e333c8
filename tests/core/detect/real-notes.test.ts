// Detection on tests/fixtures/real-notes: the notes of five shows copied into one flat
// folder, templates named "(template)" beside them. Worked out by reading the notes.
import { describe, expect, it } from "vitest";
import { byCode, detect, fixtureNotes } from "./fixture-vault";

const result = detect(fixtureNotes("real-notes"));

describe("detection on the real notes, all in one folder", () => {
  it("proposes the three coded shows, each with its own template", () => {
    expect(result.shows.map((p) => p.show.code)).toEqual(["A&A", "CCG", "GOH"]);
    expect(byCode(result, "GOH").show).toMatchObject({
      name: "Grafana Office Hours",
      folder: "",
      template: "GOH checklist (template).md",
      indexNote: "Grafana Office Hours Readme.md",
      guestFields: ["Guest"],
    });
    expect(byCode(result, "GOH").episodes).toEqual([
      "GOH 12 - Govable.md",
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md",
      "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md",
    ]);
    expect(byCode(result, "A&A").show.template).toBe("A&A checklist (template).md");
    // The readme links to GOH episodes only: it is not the A&A or CCG index.
    expect(byCode(result, "A&A").show.indexNote).toBe("");
    expect(byCode(result, "CCG").show).toMatchObject({ guestFields: ["Invitado(s):"], language: "es", numberPadding: 3 });
  });

  it("leaves out the lone codeless notes at the top of the vault, saying why", () => {
    expect(result.skipped.map((s) => s.where)).toEqual(["1 dated note in the top of the vault", "1 numbered note in the top of the vault"]);
    for (const skipped of result.skipped) expect(skipped.reason).toContain("single note without a code or a folder of its own");
  });
});
