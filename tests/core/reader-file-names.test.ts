// Title, code, number and date from the file name.
import { describe, expect, it } from "vitest";
import { basenameOf } from "../../src/core/note/episode";
import { parseFileName, topicOf } from "../../src/core/note/file-name";
import { readNote } from "../support/notes";

type Row = [name: string, code: string | null, number: number | null, numberText: string | null, date: string | null, title: string];

describe("parseFileName", () => {
  it.each<Row>([
    // The forms named in the issue.
    ["GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski", "GOH", 25, "25", null, "Introduction to eBPF with Grafana Beyla, with Nikola Grcevski"],
    ["A&A 22 - Navigating through unemployment with Renata Andrade", "A&A", 22, "22", null, "Navigating through unemployment with Renata Andrade"],
    ["CCG 005 - 231130 - RepasemosElGStack", "CCG", 5, "005", "2023-11-30", "RepasemosElGStack"],
    ["2025-03-25-loki-cache", null, null, null, "2025-03-25", "loki-cache"],
    // Variations on them.
    ["03 - Logging Best Practices", null, 3, "03", null, "Logging Best Practices"],
    ["GOH - Navigating Diversity", "GOH", null, null, null, "Navigating Diversity"],
    ["GOH25 - Compact", "GOH", 25, "25", null, "Compact"],
    ["GOH #25 - Hash", "GOH", 25, "25", null, "Hash"],
    ["K8S 3 - Digits in the code", "K8S", 3, "3", null, "Digits in the code"],
    ["A&A 22 – En dash", "A&A", 22, "22", null, "En dash"],
    ["Episode 7 - Not a code", null, 7, "7", null, "Not a code"],
    ["Ep. 7: Colon", null, 7, "7", null, "Colon"],
    // An episode word numbers a name without a dash (Notion, Google Docs); other words do not.
    ["Episode 7 Observability on a budget", null, 7, "7", null, "Observability on a budget"],
    ["Folge 12 Tracing", null, 12, "12", null, "Tracing"],
    ["No 2 ways about it", null, null, null, null, "No 2 ways about it"],
    ["Episode 7", null, 7, "7", null, "Episode 7"],
    // Notion's 32-hex page id is no part of the name; other hex stays.
    ["GOH 25 - Beyla 3f1a9c2e7b6d4e0f8a1b2c3d4e5f6a7b", "GOH", 25, "25", null, "Beyla"],
    ["Build 3f1a9c2e", null, null, null, null, "Build 3f1a9c2e"],
    ["CCG 006 - 20231207 - Eight digits", "CCG", 6, "006", "2023-12-07", "Eight digits"],
    ["CCG 007 - 2023-12-14 - Iso date", "CCG", 7, "007", "2023-12-14", "Iso date"],
    ["CCG 008 - 231131 - Not a real date", "CCG", 8, "008", null, "231131 - Not a real date"],
    ["20240203 Compact leading date", null, null, null, "2024-02-03", "Compact leading date"],
    ["2024_02_03 Underscores", null, null, null, "2024-02-03", "Underscores"],
    ["Topic (2024-02-03)", null, null, null, "2024-02-03", "Topic"],
    // A trailing date is a date, not "code Standup, episode 2024".
    ["Standup 2024-02-03", null, null, null, "2024-02-03", "Standup"],
    ["GOH 2024-02-03 - Dated, not numbered", "GOH", null, null, "2024-02-03", "Dated, not numbered"],
    // Names that carry no episode number.
    ["Meeting notes", null, null, null, null, "Meeting notes"],
    ["2024 planning", null, null, null, null, "2024 planning"],
    ["100 Days of Code", null, null, null, null, "100 Days of Code"],
    ["3.5 release notes", null, null, null, null, "3.5 release notes"],
    ["GOH 1234567 - Too many digits", null, null, null, null, "GOH 1234567 - Too many digits"],
    ["GOH 12", "GOH", 12, "12", null, "GOH 12"],
  ])("%j", (name, code, number, numberText, date, title) => {
    expect(parseFileName(name)).toEqual({ code, number, numberText, date, title });
  });
});

describe("topicOf", () => {
  it.each([
    ["Introduction to eBPF with Grafana Beyla, with Nikola Grcevski", [], "Introduction to eBPF with Grafana Beyla"],
    ["Navigating through unemployment with Renata Andrade", ["Renata Andrade"], "Navigating through unemployment"],
    ["Navigating through unemployment with Renata Andrade", [], "Navigating through unemployment with Renata Andrade"],
    ["Working with Kubernetes", ["Ann Lee"], "Working with Kubernetes"],
    ["Govable", ["Andrii Kovalov"], "Govable"],
  ])("%j with guests %j → %j", (title, guests, topic) => {
    expect(topicOf(title, guests)).toBe(topic);
  });
});

describe("the episode's name parts", () => {
  it("come from the base name, folders and .md left out", () => {
    expect(basenameOf("Shows/GOH/GOH 25 - Intro, with Ann.md")).toBe("GOH 25 - Intro, with Ann");
    expect(basenameOf("GOH 25 - Intro.MD")).toBe("GOH 25 - Intro");
    const episode = readNote("Shows/GOH/GOH 25 - Intro, with Ann Lee.md", "Guest:: Ann Lee\n");
    expect([episode.basename, episode.code, episode.number, episode.numberText, episode.title, episode.topic]).toEqual([
      "GOH 25 - Intro, with Ann Lee",
      "GOH",
      25,
      "25",
      "Intro, with Ann Lee",
      "Intro",
    ]);
  });

  it("use a show's own parser when given one", () => {
    const parseName = (basename: string) => ({ code: "X", number: 9, numberText: "009", date: null, title: basename.toUpperCase() });
    const episode = readNote("a b.md", "", { parseName });
    expect([episode.code, episode.number, episode.numberText, episode.title]).toEqual(["X", 9, "009", "A B"]);
  });
});
