// The file-name pattern fitted to how a team writes its names: a guests ending spelled
// two ways, and titles written as slugs. Notes in tests/fixtures/name-habits (see its
// SOURCE.md) and small vaults written inline.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { byCode, byName, detect, episode, fixtureNotes, vault } from "./fixture-vault";
import { mergeProposals } from "../../../src/core/detect/merge";
import { defaultSettings } from "../../../src/core/settings/settings";
import { planEpisode } from "../../../src/core/new-episode/new-episode";

const habits = detect(fixtureNotes("name-habits"));

describe("a guests ending written with and without a comma", () => {
  it("is one ending: “with Ann Lee” and “, with Bo Chen” make 2 of the 3 notes that list guests", () => {
    const club = byCode(habits, "BC");
    // BC 02, the later of the two, writes ", with ".
    expect(club.show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}}, with {{guests}}");
    expect(club.evidence.fileNamePattern?.reasons.join(" ")).toContain("2 of the 3 names of notes that list guests end with them");
    expect(club.evidence.fileNamePattern?.reasons.join(" ")).toContain("BC 02 - Testing in Rust, with Bo Chen");
  });

  it("on a tie the latest episode's spelling is taken", () => {
    const result = detect(
      vault({
        "Club/BC 01 - Go, with Ann Lee.md": episode({ guest: "Guest:: Ann Lee" }),
        "Club/BC 02 - Rust with Bo Chen.md": episode({ guest: "Guest:: Bo Chen" }),
      }),
    );
    expect(byCode(result, "BC").show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}} with {{guests}}");
  });

  it("the spelling most names use wins over the latest", () => {
    const result = detect(
      vault({
        "Club/BC 01 - Go with Ann Lee.md": episode({ guest: "Guest:: Ann Lee" }),
        "Club/BC 02 - Zig with Cy Diaz.md": episode({ guest: "Guest:: Cy Diaz" }),
        "Club/BC 03 - Rust, with Bo Chen.md": episode({ guest: "Guest:: Bo Chen" }),
      }),
    );
    expect(byCode(result, "BC").show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}} with {{guests}}");
  });

  it("spellings of another word join too: “con” and “, con”", () => {
    const result = detect(
      vault({
        "Cafe/CC 01 - Loki con Ana Ruiz.md": episode({ guest: "Invitado:: Ana Ruiz" }),
        "Cafe/CC 02 - Tempo, con Bea Sol.md": episode({ guest: "Invitado:: Bea Sol" }),
        "Cafe/CC 03 - Mimir.md": episode({ guest: "Invitado:: Cris Paz" }),
      }),
    );
    expect(byCode(result, "CC").show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}}, con {{guests}}");
  });

  it("too few names with their guests keep the plain pattern, and say so", () => {
    const result = detect(
      vault({
        "Club/BC 01 - Go with Ann Lee.md": episode({ guest: "Guest:: Ann Lee" }),
        "Club/BC 02 - Rust.md": episode({ guest: "Guest:: Bo Chen" }),
        "Club/BC 03 - Zig, with friends.md": episode({ guest: "Guest:: Cy Diaz" }),
      }),
    );
    const club = byCode(result, "BC");
    expect(club.show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}}");
    expect(club.evidence.fileNamePattern?.reasons.join(" ")).toContain("1 of the 3 names of notes that list guests end with them, too few");
  });

  it("notes that list no guest count for neither side", () => {
    const result = detect(
      vault({
        "Club/BC 01 - Go with Ann Lee.md": episode({ guest: "Guest:: Ann Lee" }),
        "Club/BC 02 - Rust.md": episode({ guest: "Guest::" }),
        "Club/BC 03 - Zig.md": episode({ guest: "Guest:: Name" }),
      }),
    );
    expect(byCode(result, "BC").show.fileNamePattern).toBe("{{code}} {{number}} - {{topic}} with {{guests}}");
  });
});

describe("the guests ending, for any mix of spellings", () => {
  const GUESTS = ["Ann Lee", "Bo Chen", "Cy Diaz", "Dee Park", "Eli Ruiz", "Fay Wong"];
  // Each note: its name ends with its guest after ", with " or " with ", or leaves the guest out, or lists none.
  const kinds = fc.array(fc.constantFrom(", with ", " with ", "left out", "no guest"), { minLength: 1, maxLength: 6 });

  it("is part of the pattern exactly when at least half the notes that list guests end with them, whatever the spelling", () => {
    fc.assert(
      fc.property(kinds, (list) => {
        const files: Record<string, string> = {};
        list.forEach((kind, i) => {
          const guest = GUESTS[i] ?? "Ann Lee";
          const ending = kind === ", with " || kind === " with " ? `${kind}${guest}` : "";
          files[`Club/BC 0${i + 1} - Topic ${"abcdef".charAt(i)}${ending}.md`] = episode({ guest: kind === "no guest" ? "Guest::" : `Guest:: ${guest}` });
        });
        const ending = list.filter((k) => k === ", with " || k === " with ").length;
        const listed = list.filter((k) => k !== "no guest").length;
        const pattern = byCode(detect(vault(files)), "BC").show.fileNamePattern;
        expect(pattern.includes("{{guests}}")).toBe(ending > 0 && ending * 2 >= listed);
      }),
      { numRuns: 60 },
    );
  });
});

describe("titles written as slugs", () => {
  it("the date and a lowercase, hyphenated title give {{topic:slug}}; one capitalised name is outvoted", () => {
    const meetups = byName(habits, "Meetups");
    expect(meetups.show.fileNamePattern).toBe("{{date}}-{{topic:slug}}");
    expect(meetups.evidence.fileNamePattern?.reasons.join(" ")).toContain("2 of 4 titles are written in lowercase words joined by “-”");
  });

  it("New episode then names the note in the team's style", () => {
    const { settings } = mergeProposals(defaultSettings("UTC"), habits.shows);
    const show = settings.shows.find((s) => s.name === "Meetups");
    if (!show) throw new Error("no Meetups show");
    const plan = planEpisode({ topic: "Tracing with Tempo", guests: ["Ann Lee"], date: "2024-01-16", time: "13:00", number: null }, show, null, new Date("2024-01-01T00:00:00Z"));
    expect(plan.path).toBe("Meetups/2024-01-16-tracing-with-tempo.md");
  });

  it("titles as typed, or single lowercase words only, keep {{topic}}", () => {
    const typed = detect(
      vault({
        "Calls/2024-03-05-Intro to k6.md": episode({ date: "2024-03-05" }),
        "Calls/2024-04-02-observability-101.md": episode({ date: "2024-04-02" }),
        "Calls/2024-05-07-Alerting Basics.md": episode({ date: "2024-05-07" }),
      }),
    );
    expect(typed.shows.map((p) => p.show.fileNamePattern)).toEqual(["{{date}}-{{topic}}"]);
    const words = detect(
      vault({
        "Calls/2024-03-05-alerting.md": episode({ date: "2024-03-05" }),
        "Calls/2024-04-02-tracing.md": episode({ date: "2024-04-02" }),
      }),
    );
    expect(words.shows.map((p) => p.show.fileNamePattern)).toEqual(["{{date}}-{{topic}}"]);
  });

  it("slugs in a numbered series are noticed too", () => {
    const result = detect(
      vault({
        "Dev/DV 01 - intro-to-k6.md": episode(),
        "Dev/DV 02 - road-to-4-0.md": episode(),
      }),
    );
    expect(byCode(result, "DV").show.fileNamePattern).toBe("{{code}} {{number}} - {{topic:slug}}");
  });
});
