// Every real note in tests/fixtures/real-notes, read with values worked out by reading
// the note by hand (counts per heading, guests, url, date, next).
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createClassifier } from "../../src/core/vault/classify";
import { defaultSettings } from "../../src/core/settings/settings";
import type { Episode } from "../../src/core/types";
import { readNote, lazyFrontmatter } from "../support/notes";

const DIR = join(import.meta.dirname, "../fixtures/real-notes");

function read(name: string): Episode {
  return readNote(name, readFileSync(join(DIR, name), "utf8"));
}

function sections(episode: Episode): string[] {
  return episode.sections.filter((s) => s.total + s.cancelled > 0).map((s) => `${s.heading} | ${s.phase} | ${s.done}/${s.total}`);
}

describe("the fixtures are the notes the tests were written against", () => {
  it("matches SHA256SUMS byte for byte", () => {
    const sums = readFileSync(join(DIR, "SHA256SUMS"), "utf8").trim().split("\n");
    const names = readdirSync(DIR).filter((n) => n.endsWith(".md") && n !== "SOURCE.md");
    expect(sums).toHaveLength(names.length);
    for (const line of sums) {
      const [hash, ...rest] = line.split("  ");
      const name = rest.join("  ");
      expect(createHash("sha256").update(readFileSync(join(DIR, name))).digest("hex"), name).toBe(hash);
    }
  });
});

describe("GOH 25 (the seed note)", () => {
  const e = read("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md");
  it("reads frontmatter, name and guest", () => {
    expect(e.url).toBe("https://youtube.com/live/ZEUzucqXUnQ");
    expect(e.date).toBe("2024-01-05");
    expect([e.code, e.number, e.numberText]).toEqual(["GOH", 25, "25"]);
    expect(e.title).toBe("Introduction to eBPF with Grafana Beyla, with Nikola Grcevski");
    expect(e.topic).toBe("Introduction to eBPF with Grafana Beyla");
    expect(e.guests.map((g) => g.name)).toEqual(["Nikola Grcevski"]);
  });
  it("counts each checklist; the quoted outreach text under the first task is not a task", () => {
    // Checklist: 11 top-level items + 2 nested under "Schedule the broadcast", all ticked.
    // "### Just before the show" sits under "## Talking points" but is its own section.
    expect(sections(e)).toEqual([
      "Checklist | prep | 13/13",
      "Just before the show | before | 9/10",
      "After the show | after | 0/3",
    ]);
    expect([e.done, e.total, e.cancelled]).toEqual([22, 26, 0]);
    expect(e.next?.text).toBe("What are your pronouns?");
    // Line 113 of the file (grep -n), 0-based here.
    expect(e.next?.line).toBe(112);
    expect(e.warnings).toEqual([]);
  });
});

describe("GOH 12: two guests as quoted wiki links", () => {
  const e = read("GOH 12 - Govable.md");
  it("reads both guests with their link targets", () => {
    expect(e.guests).toEqual([
      { name: "Andrii Kovalov", target: "Andrii Kovalov", affiliation: null },
      { name: "Ari Herschowitz", target: "Ari Herschowitz", affiliation: null },
    ]);
    expect([e.url, e.date, e.code, e.number, e.title]).toEqual([
      "https://youtube.com/live/fodMyzisa6s",
      "2023-09-22",
      "GOH",
      12,
      "Govable",
    ]);
  });
  it("counts: the Meetup item is the first open one", () => {
    expect(sections(e)).toEqual(["Checklist | prep | 9/13", "Just before the show | before | 2/10", "After the show | after | 0/3"]);
    expect([e.done, e.total]).toEqual([11, 26]);
    expect(e.next?.text).toBe(
      "Create an event and announce it [on the Grafana Meetup page](https://www.meetup.com/grafana-friends-virtual-meetup-group/).",
    );
  });
});

describe("GOH 30: made from the newer template, guest still the placeholder", () => {
  const e = read("GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md");
  it("has a guest field but no guest, and no date", () => {
    expect(e.hasGuestField).toBe(true);
    expect(e.guests).toEqual([]);
    expect(e.warnings).toEqual(['The guest is still the template\'s placeholder ("Name").']);
    expect(e.date).toBeNull();
    expect(e.url).toBe("https://youtube.com/live/6Ph5nvicm6M");
  });
  it("counts the newer headings", () => {
    expect(sections(e)).toEqual([
      "Pre-show checklist | prep | 0/19",
      "Just before the show | before | 0/10",
      "Post-show checklist | after | 0/7",
    ]);
    expect(e.next?.text).toBe("Create a new `.md` file and copy this template into it. Check things off as you work through it.");
  });
});

describe("A&A 22: guest as a Markdown link", () => {
  const e = read("A&A 22 - Navigating through unemployment with Renata Andrade.md");
  it("reads the link's text as the name and keeps the URL", () => {
    expect(e.guests).toEqual([{ name: "Renata Andrade", target: "https://www.linkedin.com/in/raptatinha/", affiliation: null }]);
    expect([e.code, e.number, e.date]).toEqual(["A&A", 22, "2023-11-28"]);
    expect(e.topic).toBe("Navigating through unemployment");
  });
  it("counts: a blank line inside the outreach quote changes nothing", () => {
    expect(sections(e)).toEqual(["Checklist | prep | 9/9", "Just before the show | before | 0/10", "After the show | after | 0/3"]);
    expect(e.next?.text).toBe("How do you pronounce your name?");
  });
});

describe("03 - Logging Best Practices: Guests:: plural, two-space nesting, checkboxes in talking points", () => {
  const e = read("03 - Logging Best Practices.md");
  it("splits the two guests written in one quoted string", () => {
    expect(e.guests.map((g) => g.name)).toEqual(["Jack Berg", "Ed Welch"]);
    expect([e.code, e.number, e.numberText, e.title, e.date]).toEqual([null, 3, "03", "Logging Best Practices", "2025-12-17"]);
  });
  it("keeps talking points out of prep and counts the two-space nested items", () => {
    expect(sections(e)).toEqual([
      "Pre-show checklist | prep | 21/21",
      "Talking points | other | 0/29",
      "Just before the show | before | 0/10",
      "Post-show checklist | after | 0/7",
    ]);
    expect([e.done, e.total]).toEqual([21, 67]);
    // `- [Send data to Loki](…)` is a link in a list, not a task.
    expect(e.tasks.some((t) => t.text.startsWith("Send data"))).toBe(false);
    expect(e.next?.text).toBe("Should we still use logs in 2025? Are they still relevant? What should we record?");
  });
});

describe("2025-03-25-loki-cache: a show named by date", () => {
  const e = read("2025-03-25-loki-cache.md");
  it("takes the date from the name when the frontmatter date is empty", () => {
    expect(e.frontmatter.date).toBeNull();
    expect(e.date).toBe("2025-03-25");
    expect([e.code, e.number, e.title]).toEqual([null, null, "loki-cache"]);
  });
  it('splits "A" & "B"', () => {
    expect(e.guests.map((g) => g.name)).toEqual(["Poyzan Taneli", "Paul Rogers"]);
    expect(sections(e)).toEqual([
      "Pre-show checklist | prep | 0/19",
      "Just before the show | before | 0/10",
      "Post-show checklist | after | 0/7",
    ]);
  });
});

describe("CCG 005: Spanish show, single-colon Invitado(s):, date in the name, fake fence", () => {
  const e = read("CCG 005 - 231130 - RepasemosElGStack.md");
  it("reads code, zero-padded number and the YYMMDD date; frontmatter date agrees", () => {
    expect([e.code, e.number, e.numberText, e.title, e.date]).toEqual(["CCG", 5, "005", "RepasemosElGStack", "2023-11-30"]);
  });
  it("does not take `Invitado(s):` (one colon) as a field", () => {
    expect(e.hasGuestField).toBe(false);
    expect(e.guests).toEqual([]);
  });
  it("maps the Spanish headings; ''' is not a fence, so the items after it count", () => {
    expect(sections(e)).toEqual([
      "Checklist | prep | 15/15",
      "15 minutos antes | before | 0/8",
      "Despues de la transmision | after | 0/3",
    ]);
    expect(e.next?.text).toBe("Que pronombres usas?");
  });
  it("is found once its show is configured with a folder", () => {
    const settings = defaultSettings();
    settings.shows[0] = { ...settings.shows[0]!, name: "Café con Grafana", code: "CCG", folder: "CCG" };
    const text = readFileSync(join(DIR, "CCG 005 - 231130 - RepasemosElGStack.md"), "utf8");
    const classifier = createClassifier(settings);
    expect(classifier.classify("CCG 005 - 231130 - RepasemosElGStack.md", text, lazyFrontmatter(text)).kind).toBe("other");
    const inFolder = classifier.classify("CCG/CCG 005 - 231130 - RepasemosElGStack.md", text, lazyFrontmatter(text));
    expect(inFolder.kind).toBe("episode");
    expect(inFolder.show?.code).toBe("CCG");
  });
});

describe("zero-configuration classification of the whole fixture folder", () => {
  const classifier = createClassifier(defaultSettings());
  const kinds = Object.fromEntries(
    readdirSync(DIR)
      .filter((n) => n.endsWith(".md"))
      .map((n) => [n, classifier.classify(n, readFileSync(join(DIR, n), "utf8"), lazyFrontmatter(readFileSync(join(DIR, n), "utf8"))).kind]),
  );
  it("finds the six episodes with a guest field and tasks", () => {
    expect(Object.entries(kinds).filter(([, k]) => k === "episode").map(([n]) => n).sort()).toEqual([
      "03 - Logging Best Practices.md",
      "2025-03-25-loki-cache.md",
      "A&A 22 - Navigating through unemployment with Renata Andrade.md",
      "GOH 12 - Govable.md",
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md",
      "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md",
    ]);
  });
  it("knows the two templates are templates, and the index note is not an episode", () => {
    expect(kinds["GOH checklist (template).md"]).toBe("template");
    expect(kinds["A&A checklist (template).md"]).toBe("template");
    // It has one task (`- [I] Joe, Ryan, Nadine`) but no guest field.
    expect(kinds["Grafana Office Hours Readme.md"]).toBe("other");
  });
  it("the templates read like the notes made from them", () => {
    const goh = read("GOH checklist (template).md");
    expect(goh.hasTemplateTags).toBe(true);
    expect(sections(goh)).toEqual(sections(read("GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md")));
    const aa = read("A&A checklist (template).md");
    expect(aa.hasGuestField).toBe(true);
    expect(aa.guests).toEqual([]);
    expect(sections(aa)).toEqual(["Checklist | prep | 0/10", "Just before the show | before | 0/10", "After the show | after | 0/3"]);
  });
});
