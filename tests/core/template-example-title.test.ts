// A template's title heading that links an example episode of the show instead of the
// note's own name: Café con Grafana's template starts `# [[Ejemplo CCG 11 - 230910 -
// Dashboardeandro]]` ("Ejemplo": example), where the GOH and A&A templates write
// `# [[<% tp.file.title %>]]`. A new episode kept the example's name as its title, a link
// to a note that does not exist. It becomes the new note's own name; any other heading stays.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planEpisode, type EpisodeDraft } from "../../src/core/new-episode/new-episode";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");
const CREATED = new Date("2024-01-15T10:00:00Z");

const ccg: ShowSettings = {
  ...defaultShow("UTC", "Cafe con Grafana"),
  code: "CCG",
  folder: "projects/CafeConGrafana/Episodes",
  fileNamePattern: "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}",
  numberPadding: 3,
  guestFields: ["Invitado(s):"],
  language: "es",
};
const xy: ShowSettings = { ...defaultShow("UTC", "XY Show"), code: "XY", folder: "XY", fileNamePattern: "{{code}} {{number}} - {{topic}}" };
const draft = (topic: string, number = 13): EpisodeDraft => ({ topic, guests: ["Ann Lee"], date: "2024-01-25", time: "13:00", number });
const firstHeading = (content: string) => content.split("\n").find((line) => line.startsWith("# "));

describe("the title heading of a template that names an example episode", () => {
  it("the real CCG template: the new note's title is its own name", () => {
    const template = readFileSync(join(FIVE_SHOWS, "projects/CafeConGrafana/Templates/CCG checklist.md"), "utf8");
    const plan = planEpisode(draft("Trazas con Tempo"), ccg, template, CREATED);
    expect(plan.basename).toBe("CCG 013 - 240125 - Trazas con Tempo");
    expect(firstHeading(plan.content)).toBe("# [[CCG 013 - 240125 - Trazas con Tempo]]");
    expect(plan.content).not.toContain("Dashboardeandro");
  });

  it("templates of my own: an example of the show's names, with or without a word before it, is replaced", () => {
    for (const example of ["XY 07 - Some topic", "Example XY 07 - Some topic", "e.g. XY 7 - Some topic"]) {
      const plan = planEpisode(draft("Tracing"), xy, `---\ndate:\n---\n# [[${example}]]\n\nGuest::\n`, CREATED);
      expect(firstHeading(plan.content)).toBe("# [[XY 13 - Tracing]]");
    }
  });

  it("anything else in the heading stays as written", () => {
    const kept = [
      "# [[Project overview]]",
      "# [[AB 07 - Another show's episode]]",
      "# [[XY 07 - Some topic|The example]]",
      "# XY 07 - Some topic",
      "# See [[XY 07 - Some topic]]",
    ];
    for (const heading of kept) {
      const plan = planEpisode(draft("Tracing"), xy, `# Notes\n\n${heading}\n`, CREATED);
      expect(plan.content).toContain(`\n${heading}\n`);
    }
    // Only the first heading is the title: a link further down is an episode the note refers to.
    const later = planEpisode(draft("Tracing"), xy, `# [[XY 07 - Some topic]]\n\n## Before\n\n# [[XY 06 - Earlier]]\n`, CREATED);
    expect(later.content).toBe("# [[XY 13 - Tracing]]\n\n## Before\n\n# [[XY 06 - Earlier]]\n");
    // A show without a code: a bare number is no evidence of an example.
    const uncoded = { ...xy, code: "", fileNamePattern: "{{number}} - {{topic}}" };
    expect(planEpisode(draft("Tracing"), uncoded, "# [[07 - Some topic]]\n", CREATED).content).toBe("# [[07 - Some topic]]\n");
  });

  it("any other line of a template is kept byte for byte", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[^\r\n]{0,30}$/), { maxLength: 8 }), (lines) => {
        const body = lines.filter((l) => !l.startsWith("#") && !/[{<%]/.test(l) && !/::/.test(l) && !/^(date|---)/.test(l));
        const text = `# [[Example XY 01 - A]]\n${body.join("\n")}\n`;
        const out = planEpisode({ ...draft("T"), guests: [] }, xy, text, CREATED).content;
        expect(out).toBe(`# [[XY 13 - T]]\n${body.join("\n")}\n`);
      }),
    );
  });
});
