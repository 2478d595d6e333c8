// Detection on the real five-show vault (tests/fixtures/five-shows, copied unchanged).
// Every expected value below was worked out by reading the notes; see the comments.
import { describe, expect, it } from "vitest";
import { byCode, byName, detect, fixtureNotes } from "./fixture-vault";
import { mergeProposals } from "../../../src/core/detect/merge";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings } from "../../../src/core/settings/settings";
import { lazyFrontmatter } from "../../support/notes";
import { planEpisode } from "../../../src/core/new-episode/new-episode";

const notes = fixtureNotes("five-shows");
const result = detect(notes);

describe("detection on the five-show vault", () => {
  it("proposes exactly the five shows, none from other notes", () => {
    expect(result.shows.map((p) => p.show.name).sort()).toEqual([
      "Adobo and Avocados",
      "Cafe con Grafana",
      "Grafana OTel Community Call",
      "Grafana Office Hours",
      "Loki Community Calls",
    ]);
    expect(result.skipped).toEqual([]);
    const episodes = result.shows.flatMap((p) => p.episodes);
    // READMEs, the guest list, the schedule table, the process note and the templates are not episodes.
    for (const path of episodes) expect(path).not.toMatch(/README|Readme|Invitados|Calendario|processes\/|templates\/|Templates\/|Community Calls?\.md$/);
    expect(episodes).toHaveLength(4 + 2 + 3 + 1 + 2);
  });

  it("Grafana Office Hours: the readme names it, the GOH template, Friday at 16:00 CEST from the template", () => {
    const goh = byCode(result, "GOH");
    expect(goh.show).toMatchObject({
      name: "Grafana Office Hours",
      folder: "projects/Grafana Office Hours",
      template: "templates/GOH checklist.md",
      indexNote: "projects/Grafana Office Hours/Grafana Office Hours Readme.md",
      // GOH 16 ends "… with Paschalis Tsilias", GOH 25 "…, with Nikola Grcevski": one ending, 2 of
      // the 3 notes that list guests (GOH 12 leaves its two out; GOH 30's "Name" is a placeholder).
      // GOH 25, the later, writes ", with ", as the team's own examples do (SOURCE.md, GOH 26).
      fileNamePattern: "{{code}} {{number}} - {{topic}}, with {{guests}}",
      numberPadding: 2,
      guestFields: ["Guest"],
      language: "en",
    });
    // GOH 12 (2023-09-22) and GOH 25 (2024-01-05) were Fridays; the template says "16:00 CEST on Friday".
    expect(goh.show.schedule).toMatchObject({ weekday: 5, time: "16:00", timeZone: "Europe/Berlin" });
    expect(goh.evidence.weekday?.reasons[0]).toBe("Friday: 2 of 2 dated episodes");
    expect(goh.evidence.timeZone?.confidence).toBe("guess");
    expect(goh.evidence.time?.reasons[0]).toContain("from the template's text");
    // The older episodes' "13:00 UTC (15:00 CEST)" is reported, not hidden.
    expect(goh.warnings.join(" ")).toContain("3 episode notes say 13:00 UTC (15:00 CEST) instead");
    expect(goh.episodes).toHaveLength(4);
    expect(goh.evidence.fileNamePattern?.reasons.join(" ")).toContain("2 of the 3 names of notes that list guests end with them (written “with” and “, with”");
  });

  it("Adobo and Avocados: its own template and README, guests kept in the file-name pattern", () => {
    const aa = byCode(result, "A&A");
    expect(aa.show).toMatchObject({
      name: "Adobo and Avocados",
      folder: "projects/Adobo and Avocados",
      template: "templates/A&A checklist.md",
      indexNote: "projects/Adobo and Avocados/Adobo and Avocados README.md",
      fileNamePattern: "{{code}} {{number}} - {{topic}} with {{guests}}",
      guestFields: ["Guest"],
    });
    // A&A 22 fell on a Tuesday, A&A 37 on a Wednesday, and no note names a time: a guess and a default.
    expect(aa.show.schedule.weekday).toBe(3);
    expect(aa.evidence.weekday?.confidence).toBe("guess");
    expect(aa.evidence.time?.confidence).toBe("default");
    expect(aa.evidence.timeZone?.confidence).toBe("default");
    expect(aa.show.schedule.timeZone).toBe("Europe/Amsterdam");
  });

  it("Café con Grafana: episodes under Episodes/, one-colon Invitado(s):, Spanish, Thursday 13:00 UTC", () => {
    const ccg = byCode(result, "CCG");
    expect(ccg.show).toMatchObject({
      name: "Cafe con Grafana",
      folder: "projects/CafeConGrafana/Episodes",
      template: "projects/CafeConGrafana/Templates/CCG checklist.md",
      // The README describes the show and names none of its episodes: no index note (detect6).
      indexNote: "",
      fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
      numberPadding: 3,
      guestFields: ["Invitado(s):"],
      language: "es",
      displayTimeZones: ["Europe/Berlin"],
    });
    // Template: "13:00 UTC (15:00 CEST) en Jueves"; 2023-10-19, 2023-11-30 and 2024-01-18 were Thursdays.
    expect(ccg.show.schedule).toMatchObject({ weekday: 4, time: "13:00", timeZone: "UTC" });
    expect(ccg.evidence.timeZone?.confidence).toBe("found");
    expect(ccg.evidence.guestFields?.reasons[0]).toContain("one colon");
    expect(ccg.evidence.indexNote?.reasons).toEqual(["no note near the episodes lists them (README describes the show but links or names none of its episodes)"]);
    // Its name still comes from the README's title.
    expect(ccg.evidence.name?.reasons).toEqual(["the title of README"]);
    // CCG 005 says 14:00 UTC (16:00 CEST): shown as a conflict.
    expect(ccg.warnings.join(" ")).toContain("14:00 UTC (16:00 CEST)");
  });

  it("Grafana OTel Community Call: one numbered note in its own folder, named by its index note, no code", () => {
    const otel = byName(result, "Grafana OTel Community Call");
    expect(otel.show).toMatchObject({
      code: "",
      folder: "projects/Grafana OTel Community Call",
      template: "",
      indexNote: "projects/Grafana OTel Community Call/Grafana OTel Community Call.md",
      fileNamePattern: "{{number}} - {{topic}}",
      numberPadding: 2,
      guestFields: ["Guests"],
    });
    // One dated episode (2025-12-17, a Wednesday): a guess.
    expect(otel.show.schedule.weekday).toBe(3);
    expect(otel.evidence.weekday?.confidence).toBe("guess");
    // Its notes look like the GOH template, which is GOH's: mentioned, not proposed.
    expect(otel.evidence.template?.reasons.join(" ")).toContain("templates/GOH checklist.md");
  });

  it("Loki Community Calls: dated names, Tuesday from the dates; the copied GOH text is not its schedule", () => {
    const loki = byName(result, "Loki Community Calls");
    expect(loki.show).toMatchObject({
      code: "",
      folder: "projects/Loki Community Calls",
      indexNote: "projects/Loki Community Calls/Loki Community Calls.md",
      // "loki-cache", "road-to-4-0": lowercase words joined by "-", so new names are slugs too.
      fileNamePattern: "{{date}}-{{topic:slug}}",
      guestFields: ["Guest"],
    });
    // 2025-03-25 and 2025-06-24 were Tuesdays; "16:00 CEST on Friday" is the GOH template's line.
    expect(loki.show.schedule.weekday).toBe(2);
    expect(loki.evidence.time?.confidence).toBe("default");
    expect(loki.warnings.join(" ")).toContain("GOH template");
  });

  it("accepted, New episode names a Loki call like the team does, and the other shows as before", () => {
    const { settings } = mergeProposals(defaultSettings("UTC"), result.shows);
    const draft = { topic: "Tracing with Tempo", guests: ["Ann Lee"], date: "2024-01-16", time: "16:00", number: null };
    const named = (name: string, number: number | null) => {
      const show = settings.shows.find((s) => s.name === name);
      if (!show) throw new Error(name);
      return planEpisode({ ...draft, number }, show, null, new Date("2024-01-01T00:00:00Z")).basename;
    };
    expect(named("Loki Community Calls", null)).toBe("2024-01-16-tracing-with-tempo");
    expect(named("Grafana Office Hours", 31)).toBe("GOH 31 - Tracing with Tempo, with Ann Lee");
    expect(named("Adobo and Avocados", 38)).toBe("A&A 38 - Tracing with Tempo with Ann Lee");
    expect(named("Cafe con Grafana", 13)).toBe("CCG 013 - 240116 - Tracing with Tempo");
    expect(named("Grafana OTel Community Call", 4)).toBe("04 - Tracing with Tempo");
  });

  it("accepted, the settings make the plugin put every episode under its show and nothing else", () => {
    const { settings, replaced } = mergeProposals(defaultSettings("UTC"), result.shows);
    expect(replaced).toBe("Office Hours");
    const classifier = createClassifier(settings);
    const byShow = new Map<string, string[]>();
    for (const note of notes) {
      const classified = classifier.classify(note.path, note.text, lazyFrontmatter(note.text));
      if (classified.kind !== "episode") continue;
      const name = classified.show?.name ?? "(none)";
      byShow.set(name, [...(byShow.get(name) ?? []), note.path]);
    }
    for (const proposal of result.shows) expect(byShow.get(proposal.show.name)?.sort()).toEqual([...proposal.episodes].sort());
    expect(byShow.get("(none)")).toBeUndefined();
  });
});
