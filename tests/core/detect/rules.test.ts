// The single rules detection is built from: name shapes, schedule statements, padding,
// guest words, language.
import { describe, expect, it } from "vitest";
import { guestVariant, nameShape } from "../../../src/core/detect/name-shape";
import { timeStatements } from "../../../src/core/detect/schedule-text";
import { findPadding } from "../../../src/core/detect/name-pattern";
import { isGuestWord, isPersonLike } from "../../../src/core/detect/guest-keys";
import { findLanguage } from "../../../src/core/detect/language";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { renderName } from "../../../src/core/note/name-pattern";
import { folderTitle } from "../../../src/core/detect/show-name";
import { weekdayOfWord } from "../../../src/core/detect/schedule-words";
import { notesWorthReading } from "../../../src/core/detect/notes-to-read";
import { lazyFrontmatter } from "../../support/notes";

describe("name shapes", () => {
  it.each([
    ["GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski", "{{code}} {{number}} - {{topic}}"],
    ["A&A 22 - Navigating through unemployment with Renata Andrade", "{{code}} {{number}} - {{topic}}"],
    ["CCG 005 - 231130 - RepasemosElGStack", "{{code}} {{number}} - {{date:YYMMDD}} - {{topic}}"],
    ["03 - Logging Best Practices", "{{number}} - {{topic}}"],
    ["Episode 7: Launch", "Episode {{number}}: {{topic}}"],
    ["2025-03-25-loki-cache", "{{date}}-{{topic}}"],
    ["2025-06-08 All About Metric Queries", "{{date}} {{topic}}"],
    ["DT 2024-02-03 - Topic", "{{code}} {{date}} - {{topic}}"],
  ])("%s → %s", (name, pattern) => {
    expect(nameShape(name)?.pattern).toBe(pattern);
  });

  it("a code without a number or date names an episode of the series but gives no pattern", () => {
    expect(nameShape("GOH - Navigating Diversity in a Remote World with Jev Forsberg")).toMatchObject({ kind: "code-only", code: "GOH", pattern: "" });
  });

  it.each(["2024-01-05", "Guest ideas", "Calendario", "Grafana Office Hours Readme", "Chapter two", "The 3 best tools"])("%s is no episode name", (name) => {
    expect(nameShape(name)?.pattern ?? null).toBeNull();
  });

  it("a pattern renders the names it was read from", () => {
    for (const name of ["CCG 005 - 231130 - RepasemosElGStack", "GOH 12 - Govable", "2025-03-25-loki-cache", "Episode 7: Launch", "DT 2024-02-03 - Topic"]) {
      const shape = nameShape(name);
      if (!shape) throw new Error(name);
      const rendered = renderName(shape.pattern, { show: "", code: shape.code ?? "", number: shape.numberText ?? "", topic: shape.title, guests: "", date: shape.date ?? "" });
      expect(rendered).toBe(name);
    }
  });

  it("the guests part is found only when the title ends with the note's own guest", () => {
    expect(guestVariant("Introduction to eBPF, with Nikola Grcevski", ["Nikola Grcevski"])).toBe(", with ");
    expect(guestVariant("Observability for testers with Abby Bangser", ["Abby Bangser"])).toBe(" with ");
    expect(guestVariant("Working with Kubernetes", ["Ann Lee"])).toBeNull();
    expect(guestVariant("Repasemos el stack con Raul Marin", ["Raul Marin"])).toBe(" con ");
  });
});

describe("schedule statements", () => {
  it("reads time, zone, the zone in parentheses and the weekday nearby, in several languages", () => {
    const [en] = timeStatements("Confirm the time: 13:00 UTC (15:00 CEST) on Friday.");
    expect(en).toMatchObject({ time: "13:00", word: "UTC", weekday: 5, also: [{ time: "15:00", word: "CEST" }] });
    const [es] = timeStatements("Se debe confirmar el momento, 13:00 UTC (15:00 CEST) en Jueves.");
    expect(es).toMatchObject({ time: "13:00", weekday: 4 });
    const [de] = timeStatements("Jeden Mittwoch um 18.30 CET");
    expect(de).toMatchObject({ time: "18:30", zone: { zone: "Europe/Berlin", exact: false }, weekday: 3 });
    const [pm] = timeStatements("Tuesdays, 12:15 pm PT");
    expect(pm).toMatchObject({ time: "12:15", weekday: 2, zone: { zone: "America/Los_Angeles" } });
  });

  it("ignores what only looks like a time", () => {
    expect(timeStatements("Version 13 UTC is out")).toEqual([]);
    expect(timeStatements("13:00 UTC+2")).toEqual([]);
    expect(timeStatements("at 25:00 UTC")).toEqual([]);
    expect(timeStatements("at 13:00 XYZ")).toEqual([]);
    expect(timeStatements("2024-01-05 was fine")).toEqual([]);
  });

  it("weekday words with plurals and accents", () => {
    expect(weekdayOfWord("Fridays")).toBe(5);
    expect(weekdayOfWord("miércoles")).toBe(3);
    expect(weekdayOfWord("sábados")).toBe(6);
    expect(weekdayOfWord("Donnerstag")).toBe(4);
    expect(weekdayOfWord("constructor")).toBeNull();
  });
});

describe("number padding", () => {
  const facts = (...names: string[]) => names.map((name) => readNoteFacts(`S/${name}.md`, "", [], {}));
  it("a leading zero proves the width; otherwise the shortest number bounds it", () => {
    expect(findPadding(facts("CCG 000 - a", "CCG 012 - b"))?.value).toBe(3);
    expect(findPadding(facts("GOH 12 - a", "GOH 30 - b"))?.value).toBe(2);
    expect(findPadding(facts("POD 5 - a", "POD 12 - b"))?.value).toBe(1);
    expect(findPadding(facts("2025-03-25-x"))).toBeNull();
  });
});

describe("guest words and values", () => {
  it("knows guest words in common languages, in any case and with (s)", () => {
    for (const key of ["Guest", "Guests", "Guest(s)", "Invitado(s)", "invitados", "Gäste", "Invités", "Ospiti", "Convidados", "Speaker"]) expect(isGuestWord(key), key).toBe(true);
    for (const key of ["Host", "Author", "Attendees", "Status", "constructor"]) expect(isGuestWord(key), key).toBe(false);
  });

  it("people's names are person-like; sentences, links to pages and dates are not", () => {
    expect(isPersonLike("[[Andrii Kovalov]], [[Ari Herschowitz]]")).toBe(true);
    expect(isPersonLike("[Renata Andrade](https://www.linkedin.com/in/raptatinha/)")).toBe(true);
    expect(isPersonLike("accepted")).toBe(false);
    expect(isPersonLike("2024-01-05")).toBe(false);
    expect(isPersonLike("We talk about many interesting things with many people today")).toBe(false);
  });
});

describe("language", () => {
  const note = (text: string) => readNoteFacts("a.md", `${text}\n${text}\n${text}`, [], lazyFrontmatter(`${text}\n${text}\n${text}`));
  it("tells the language from common words, and says nothing when unsure", () => {
    expect(findLanguage([note("Si el invitado acepta, mandar la invitacion para la fecha del show y agendar los mensajes con el equipo para que todos lo sepan.")])?.value).toBe("es");
    expect(findLanguage([note("If the guest agrees, choose a date for the session and tell them what to expect, and what you need from them.")])?.value).toBe("en");
    expect(findLanguage([note("Checklist")])).toBeNull();
  });
});

describe("small helpers", () => {
  it("folder names become titles", () => {
    expect(folderTitle("CafeConGrafana")).toBe("Cafe Con Grafana");
    expect(folderTitle("loki-community-calls")).toBe("Loki community calls");
  });

  it("only notes near episode names, and templates, are worth reading", () => {
    const paths = ["Notes/Ideas.md", "Show/GOH 1 - A.md", "Show/README.md", "Templates/Ep.md", "Other/My template.md", "Deep/a/b/c.md", "Meta/Plan.md", "x.pdf"];
    expect(notesWorthReading(paths, ["Meta"]).sort()).toEqual(["Meta/Plan.md", "Other/My template.md", "Show/GOH 1 - A.md", "Show/README.md", "Templates/Ep.md"]);
  });
});
