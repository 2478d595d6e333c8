// Detection on small vaults written for one rule each: lone notes, two shows in one
// folder, meeting notes, template folders, conflicting evidence, year folders, other
// languages.
import { describe, expect, it } from "vitest";
import { byCode, byName, detect, episode, vault } from "./fixture-vault";
import { mergeProposals } from "../../../src/core/detect/merge";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings } from "../../../src/core/settings/settings";
import { lazyFrontmatter } from "../../support/notes";
import { phaseMatcher } from "../../../src/core/note/phases";

describe("lone notes", () => {
  it("a lone numbered note with a checklist and a guest, alone in its folder, is a show", () => {
    const result = detect(vault({ "Calls/03 - Logging.md": episode({ date: "2025-12-17" }) }));
    expect(result.shows.map((p) => p.show.folder)).toEqual(["Calls"]);
    expect(result.shows[0]?.show.fileNamePattern).toBe("{{number}} - {{topic}}");
  });

  it("a lone numbered note at the top of the vault, without a code, is not (and says why)", () => {
    const result = detect(vault({ "03 - Logging.md": episode(), "Ideas.md": "# Ideas\n" }));
    expect(result.shows).toEqual([]);
    expect(result.skipped).toEqual([{ where: "1 numbered note in the top of the vault", reason: expect.stringContaining("single note") as string }]);
  });

  it("a lone note with a code is a show even at the top of the vault", () => {
    const result = detect(vault({ "POD 7 - Launch.md": episode() }));
    expect(byCode(result, "POD").show.folder).toBe("");
  });

  it("numbered notes without a guest field are not a show (chapters, ADRs)", () => {
    const result = detect(
      vault({
        "Book/01 - Intro.md": "# Intro\n\n- [ ] Write it\n",
        "Book/02 - Setup.md": "# Setup\n\n- [ ] Write it\n",
        "docs/adr/ADR 001 - Use Postgres.md": "Status: accepted\n\n- [x] Decide\n",
      }),
    );
    expect(result.shows).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringContaining("no guest field"), expect.stringContaining("no guest field")]);
  });
});

describe("two shows in one folder", () => {
  const notes = vault({
    "Shows/GOH 1 - Dashboards.md": episode({ date: "2024-01-05" }),
    "Shows/GOH 2 - Alerts.md": episode({ date: "2024-01-12" }),
    "Shows/A&A 1 - Careers.md": episode({ date: "2024-01-09" }),
    "Shows/A&A 2 - Testing.md": episode({ date: "2024-01-16" }),
  });
  const result = detect(notes);

  it("are two proposals, each with its own code and episodes", () => {
    expect(result.shows.map((p) => [p.show.code, p.show.folder, p.episodes.length])).toEqual([
      ["A&A", "Shows", 2],
      ["GOH", "Shows", 2],
    ]);
    expect(byCode(result, "GOH").show.schedule.weekday).toBe(5);
    expect(byCode(result, "A&A").show.schedule.weekday).toBe(2);
  });

  it("accepted, each note goes to the show its code names (the first show's folder does not take both)", () => {
    const classifier = createClassifier(mergeProposals(defaultSettings("UTC"), result.shows).settings);
    for (const note of notes) {
      const show = classifier.classify(note.path, note.text, lazyFrontmatter(note.text)).show;
      expect(show?.code, note.path).toBe(note.path.startsWith("Shows/GOH") ? "GOH" : "A&A");
    }
  });
});

describe("notes that are not shows", () => {
  it("a folder of dated meeting notes with tasks and attendees but no guests is not a show", () => {
    const meeting = (date: string) => `---\ndate: ${date}\n---\nAttendees:: Ann Lee, Bo Chen\n\n## Action items\n\n- [ ] Send notes\n`;
    const result = detect(
      vault({
        "Meetings/2024-01-05 Weekly sync.md": meeting("2024-01-05"),
        "Meetings/2024-01-12 Weekly sync.md": meeting("2024-01-12"),
        "Meetings/2024-01-19 Weekly sync.md": meeting("2024-01-19"),
      }),
    );
    expect(result.shows).toEqual([]);
    expect(result.skipped).toEqual([{ where: "3 dated notes in Meetings", reason: expect.stringContaining("name no guests") as string }]);
  });

  it("daily notes (a date and nothing else) are never episode names", () => {
    const result = detect(vault({ "Daily/2024-01-05.md": episode(), "Daily/2024-01-06.md": episode() }));
    expect(result.shows).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it("a note marked office-hours: false is left out of its series", () => {
    const result = detect(
      vault({
        "Pod/POD 1 - A.md": episode(),
        "Pod/POD 2 - B.md": episode(),
        "Pod/POD 3 - Draft.md": `---\noffice-hours: false\n---\n${episode()}`,
      }),
    );
    expect(byCode(result, "POD").episodes).toEqual(["Pod/POD 1 - A.md", "Pod/POD 2 - B.md"]);
  });
});

describe("templates", () => {
  it("a template folder with one template per show: each goes to the show its name names", () => {
    const result = detect(
      vault({
        "Templates/GOH template.md": episode({ guest: 'Guest:: "Name"', headings: ["Pre-show checklist", "After the show"] }),
        "Templates/A&A checklist.md": episode({ guest: "Guest::", headings: ["Checklist", "After the show"] }),
        "GOH/GOH 1 - A.md": episode({ headings: ["Checklist", "After the show"] }),
        "GOH/GOH 2 - B.md": episode({ headings: ["Checklist", "After the show"] }),
        "AA/A&A 1 - C.md": episode(),
        "AA/A&A 2 - D.md": episode(),
      }),
    );
    expect(byCode(result, "GOH").show.template).toBe("Templates/GOH template.md");
    expect(byCode(result, "A&A").show.template).toBe("Templates/A&A checklist.md");
  });

  it("a template without a code in its name is matched by its headings", () => {
    // German headings the defaults do not name ("Vorbereitung" and "Nachbereitung" they do).
    const headings = ["Planung", "Kurz vor dem Start", "Danach"];
    const result = detect(
      vault({
        "Vorlagen/Folge.md": episode({ guest: "Gast::", headings }),
        "Podcast/Folge 1 - Start.md": episode({ guest: "Gast:: Anna Schmidt", headings }),
        "Podcast/Folge 2 - Weiter.md": episode({ guest: "Gast:: Jonas Weber", headings }),
      }),
      { templateFolders: ["Vorlagen"] },
    );
    const show = byName(result, "Podcast");
    expect(show.show.template).toBe("Vorlagen/Folge.md");
    expect(show.show.fileNamePattern).toBe("Folge {{number}} - {{topic}}");
    expect(show.show.guestFields).toEqual(["Gast"]);
  });
});

describe("conflicting evidence", () => {
  it("dates that agree beat the text's weekday, and the conflict is shown; the time comes from the template", () => {
    const result = detect(
      vault({
        "templates/SHOW checklist.md": episode({ guest: "Guest::", extra: "- [ ] Confirm 14:00 UTC on Thursday with the guest" }),
        "Show/SHOW 1 - A.md": episode({ date: "2024-03-05", extra: "Confirm 15:00 UTC on Thursday." }),
        "Show/SHOW 2 - B.md": episode({ date: "2024-03-12" }),
        "Show/SHOW 3 - C.md": episode({ date: "2024-03-19" }),
      }),
    );
    const show = byCode(result, "SHOW");
    expect(show.show.schedule).toMatchObject({ weekday: 2, time: "14:00", timeZone: "UTC" });
    expect(show.warnings).toEqual([
      "1 episode note says 15:00 UTC instead (SHOW 1 - A).",
      "The text says Thursday, but 3 of 3 dated episodes fell on a Tuesday.",
    ]);
  });

  it("without dates, the weekday and a 12-hour time come from the text", () => {
    const result = detect(
      vault({
        "Pod/POD 1 - A.md": episode({ extra: "We record Fridays at 1:30 PM ET." }),
        "Pod/POD 2 - B.md": episode({ extra: "We record Fridays at 1:30 PM ET." }),
      }),
    );
    const show = byCode(result, "POD");
    expect(show.show.schedule).toMatchObject({ weekday: 5, time: "13:30", timeZone: "America/New_York" });
    expect(show.evidence.timeZone?.confidence).toBe("guess");
  });
});

describe("folders", () => {
  it("one code in year folders is one show in their parent", () => {
    const result = detect(
      vault({
        "Podcast/2023/EP 01 - Start.md": episode(),
        "Podcast/2024/EP 10 - Later.md": episode(),
        "Podcast/2024/EP 11 - Latest.md": episode(),
      }),
    );
    // "EP" is read as the word "episode", not a code: it stays literal text in the pattern.
    expect(result.shows.map((p) => [p.show.code, p.show.folder, p.episodes.length, p.show.fileNamePattern])).toEqual([
      ["", "Podcast", 3, "EP {{number}} - {{topic}}"],
    ]);
  });

  it("the name comes from a CamelCase folder when nothing else names the show", () => {
    const result = detect(vault({ "DevTalks/Episodes/DT 1 - A.md": episode(), "DevTalks/Episodes/DT 2 - B.md": episode() }));
    expect(byCode(result, "DT").show.name).toBe("Dev Talks");
  });
});

describe("guest fields and headings in other languages", () => {
  it("a key most notes carry with people's names is a guest field; Host:: is not", () => {
    const note = (guest: string) => episode({ guest: `Host:: Nicole van der Hoeven\nGesprächspartner:: ${guest}` });
    const result = detect(vault({ "Pod/POD 1 - A.md": note("Anna Schmidt"), "Pod/POD 2 - B.md": note("[[Jonas Weber]]") }));
    expect(byCode(result, "POD").show.guestFields).toEqual(["Gesprächspartner"]);
  });

  it("checklist headings the defaults do not know are added to a phase by their place", () => {
    // German headings the defaults do not name ("Vorbereitung" and "Nachbereitung" they do).
    // "Kurz vor dem Start" they name since German "vor" is anchored like "before": placed
    // against the show's start, it is just before the show, so Detect adds nothing for it.
    const headings = ["Planung", "Kurz vor dem Start", "Danach"];
    const german = "Wir sprechen mit dem Gast über die Sendung und das ist nicht schwer, aber wir machen es für die Leute, die zuhören und sie sind da.";
    const note = (guest: string) => episode({ guest: `Gast:: ${guest}`, headings, extra: german });
    const result = detect(vault({ "Sendung/SEN 1 - A.md": note("Anna Schmidt"), "Sendung/SEN 2 - B.md": note("Jonas Weber") }));
    const show = byCode(result, "SEN").show;
    expect(show.phaseHeadings.prep).toContain("Planung");
    expect(show.phaseHeadings.before).not.toContain("Kurz vor dem Start");
    expect(phaseMatcher(show.phaseHeadings).match("Kurz vor dem Start")).toBe("before");
    expect(show.phaseHeadings.after).toContain("Danach");
    expect(show.language).toBe("de");
  });

  it("an empty heading (`#` alone) over a checklist adds no empty phase phrase (the property test's counterexample)", () => {
    const result = detect(vault({ "GOH 0 - T.md": "#\nGuest:: Ann Lee\n- [x] Schedule 13:00 UTC (15:00 CEST) on Friday" }), { timeZone: "UTC" });
    for (const proposal of result.shows) {
      for (const phrases of Object.values(proposal.show.phaseHeadings)) expect(phrases).not.toContain("");
    }
    expect(result.shows).toHaveLength(1);
  });
});
