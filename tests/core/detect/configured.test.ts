// Proposals against shows already configured, and the merge both shells use.
import { describe, expect, it } from "vitest";
import { detect, fixtureNotes } from "./fixture-vault";
import { isUntouchedDefault } from "../../../src/core/detect/configured";
import { mergeProposals, overStored } from "../../../src/core/detect/merge";
import { defaultSettings, defaultShow, migrateSettings, type OfficeHoursSettings } from "../../../src/core/settings/settings";

const notes = fixtureNotes("five-shows");

function withGoh(change: (settings: OfficeHoursSettings) => void = () => {}): OfficeHoursSettings {
  const settings = defaultSettings("UTC");
  const goh = defaultShow("UTC", "GOH live");
  goh.id = "goh";
  goh.code = "GOH";
  goh.folder = "projects/Grafana Office Hours";
  goh.template = "templates/GOH checklst.md";
  settings.shows = [goh];
  change(settings);
  return settings;
}

describe("shows already configured", () => {
  it("are corrected, never proposed twice; the user's name stays", () => {
    const result = detect(notes, { settings: withGoh() });
    const gohs = result.shows.filter((p) => p.show.code === "GOH");
    expect(gohs).toHaveLength(1);
    const goh = gohs[0];
    expect(goh?.correctionOf).toBe("goh");
    expect(goh?.show.name).toBe("GOH live");
    // The misspelled template is corrected to the one that exists.
    expect(goh?.show.template).toBe("templates/GOH checklist.md");
    // Friday is already the configured weekday, and the default pattern's ", with {{guests}}" is
    // how GOH names end (five-shows.test.ts), so neither is a change. Its links are empty, and
    // the template names all four (format-links.test.ts), so they are filled in; so is what
    // the show covers, empty in the settings and said by the README (detect6).
    expect(goh?.changes).toEqual(["template", "indexNote", "time", "timeZone", "language", "channel", "playlist", "meetup", "studio", "about"]);
    expect(goh?.changes).not.toContain("name");
    expect(result.shows.filter((p) => p.correctionOf === null)).toHaveLength(4);
  });

  it("a show configured the way the notes say is reported as such and not proposed", () => {
    const first = detect(notes, { settings: withGoh() });
    const corrected = mergeProposals(withGoh(), first.shows).settings;
    const again = detect(notes, { settings: corrected });
    expect(again.shows).toEqual([]);
    expect(again.unchanged.sort()).toEqual(["Adobo and Avocados", "Cafe con Grafana", "GOH live", "Grafana OTel Community Call", "Loki Community Calls"]);
  });

  it("guest fields and phase phrases are added to, never replaced", () => {
    const settings = withGoh((s) => {
      const goh = s.shows[0];
      if (goh) goh.guestFields = ["Speaker"];
    });
    const goh = detect(notes, { settings }).shows.find((p) => p.correctionOf === "goh");
    expect(goh?.show.guestFields).toEqual(["Speaker", "Guest"]);
  });
});

describe("merging accepted proposals", () => {
  const result = detect(notes);

  it("replaces the untouched default show, and only that one", () => {
    const fresh = mergeProposals(defaultSettings("UTC"), result.shows);
    expect(fresh.replaced).toBe("Office Hours");
    expect(fresh.settings.shows.map((s) => s.name)).not.toContain("Office Hours");
    expect(fresh.added).toHaveLength(5);

    const touched = defaultSettings("UTC");
    if (touched.shows[0]) touched.shows[0].hostName = "Robin";
    const kept = mergeProposals(touched, result.shows);
    expect(kept.replaced).toBeNull();
    expect(kept.settings.shows.map((s) => s.name)).toContain("Office Hours");
    expect(kept.settings.shows).toHaveLength(6);
  });

  it("never changes its input, and gives every show a distinct id", () => {
    const settings = defaultSettings("UTC");
    const before = JSON.stringify(settings);
    const merged = mergeProposals(settings, [...result.shows, ...result.shows]);
    expect(JSON.stringify(settings)).toBe(before);
    const ids = merged.settings.shows.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("merged settings survive the settings' own migration unchanged", () => {
    const merged = mergeProposals(defaultSettings("UTC"), result.shows).settings;
    const migration = migrateSettings(JSON.parse(JSON.stringify(merged)), "UTC");
    expect(migration.notes).toEqual([]);
    expect(migration.settings).toEqual(merged);
  });

  it("over the stored file, keeps keys this version does not know", () => {
    const stored = JSON.parse(
      '{"version":1,"future":{"a":1},"__proto__":{"polluted":true},"shows":[{"id":"office-hours","name":"Office Hours","beta":true,"schedule":{"weekday":5,"extra":"x"}}]}',
    ) as unknown;
    const settings = migrateSettings(stored, "UTC").settings;
    if (settings.shows[0]) settings.shows[0].hostName = "Robin";
    const out = overStored(stored, mergeProposals(settings, result.shows).settings);
    expect(out.future).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out, "__proto__")).toBe(true);
    const shows = out.shows as Record<string, unknown>[];
    expect(shows[0]).toMatchObject({ id: "office-hours", beta: true, hostName: "Robin", schedule: { weekday: 5, extra: "x" } });
    expect(shows).toHaveLength(6);
  });
});

describe("the untouched default", () => {
  it("is the fresh settings in any zone, and nothing else", () => {
    expect(isUntouchedDefault(defaultSettings("Asia/Kolkata"))).toBe(true);
    const renamed = defaultSettings("UTC");
    if (renamed.shows[0]) renamed.shows[0].folder = "Podcast";
    expect(isUntouchedDefault(renamed)).toBe(false);
    const two = defaultSettings("UTC");
    two.shows.push(defaultShow("UTC", "Second"));
    expect(isUntouchedDefault(two)).toBe(false);
  });
});

describe("the language setting", () => {
  it("is kept as stored, empty when absent, and repaired with a note when it is not text", () => {
    expect(migrateSettings({ version: 1, shows: [{ name: "A", language: "es" }] }, "UTC").settings.shows[0]?.language).toBe("es");
    expect(migrateSettings({ version: 1, shows: [{ name: "A" }] }, "UTC").settings.shows[0]?.language).toBe("");
    const repaired = migrateSettings({ version: 1, shows: [{ name: "A", language: 5 }] }, "UTC");
    expect(repaired.settings.shows[0]?.language).toBe("");
    expect(repaired.notes).toEqual(["show 1 language was not text; the default is used."]);
  });
});
