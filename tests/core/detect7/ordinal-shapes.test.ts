// Numbered names in other languages make a series as "GOH 12 - Topic" does: whatever the
// reader numbers (file-name.ts), Detect's name shape takes, with the text around the number
// kept literally in the pattern: 第{{number}}回, 제{{number}}회, #{{number}}, and a space
// where the reader takes one ("Folge 12 Observability").
import { describe, expect, it } from "vitest";
import { nameShape } from "../../../src/core/detect/name-shape";
import { parseFileName } from "../../../src/core/note/file-name";
import { renderName } from "../../../src/core/note/name-pattern";
import { bestGrowth, perLine } from "../../support/growth";
import { notesWorthReading } from "../../../src/core/detect/notes-to-read";
import { detect, fixtureNotes, vault } from "../detect/fixture-vault";

describe("name shapes of numbered names", () => {
  it.each([
    ["第3回 - Rustの話", "第{{number}}回 - {{topic}}", "Rustの話"],
    ["第12話 配信の準備", "第{{number}}話 {{topic}}", "配信の準備"],
    ["第 5 集 Go语言", "第 {{number}} 集 {{topic}}", "Go语言"],
    ["제3회 - 러스트 이야기", "제{{number}}회 - {{topic}}", "러스트 이야기"],
    ["12화 - 첫 방송", "{{number}}화 - {{topic}}", "첫 방송"],
    ["#42 - Roadmap AMA", "#{{number}} - {{topic}}", "Roadmap AMA"],
    ["Folge 12 Observability im Alltag", "Folge {{number}} {{topic}}", "Observability im Alltag"],
    ["Épisode 3 Sécurité des API", "Épisode {{number}} {{topic}}", "Sécurité des API"],
    ["Ep. 3 - Logs", "Ep. {{number}} - {{topic}}", "Logs"],
    ["Episode 7 - Title", "Episode {{number}} - {{topic}}", "Title"],
  ])("%s → %s", (name, pattern, title) => {
    const shape = nameShape(name);
    expect([shape?.kind, shape?.pattern, shape?.title]).toEqual(["numbered", pattern, title]);
  });

  it.each([
    ["제3회 - 러스트 이야기", 3],
    ["3회 - 러스트", 3],
    ["제 12 화 첫 방송", 12],
  ])("the reader numbers the Korean %s: %i", (name, number) => {
    expect(parseFileName(name).number).toBe(number);
  });

  it("a pattern made from a name renders a name the reader reads back with its number", () => {
    for (const name of ["第3回 - Rustの話", "제3회 - 러스트 이야기", "#42 - Roadmap AMA", "Folge 12 Observability im Alltag"]) {
      const pattern = nameShape(name)?.pattern ?? "";
      const rendered = renderName(pattern, { show: "", code: "", number: "57", date: "2026-01-01", topic: "Neu", guests: "" });
      expect([rendered, parseFileName(rendered).number]).toEqual([rendered, 57]);
    }
  });

  it("a name with only a code and a number (LS 42) is numbered with no pattern to vote for", () => {
    expect(nameShape("LS 42")).toMatchObject({ kind: "numbered", code: "LS", numberText: "42", pattern: "", title: "" });
  });

  it("not every 제 or 第 is a counter: 第3章 and 제목 3 make no numbered name", () => {
    expect(nameShape("第3章 - 序論")).toBeNull();
    expect(nameShape("제목 3개")).toBeNull();
  });

  it("a name of 제 and a long run of spaces and digits: linear", () => {
    expect(bestGrowth(parseFileName, perLine((n) => `제${" ".repeat(n)}1${" ".repeat(n)}`), 20_000, 8)).toBeLessThan(8);
    expect(bestGrowth(nameShape, perLine((n) => `第1回${" ".repeat(n)}x`), 20_000, 8)).toBeLessThan(8);
  });
});

describe("shows of numbered names in other languages (tests/fixtures/unseen7)", () => {
  const result = detect(fixtureNotes("unseen7"));
  it("each folder is one show, its pattern as its names write it", () => {
    expect(result.shows.map((p) => [p.show.folder, p.show.fileNamePattern, p.episodes.length]).sort()).toEqual([
      ["Podcast DE", "Folge {{number}} {{topic}}", 2],
      ["Émissions", "Épisode {{number}} {{topic}}", 2],
      ["播客", "第{{number}}期 - {{topic}}", 2],
      ["配信", "第{{number}}回 - {{topic}}", 2],
      ["방송", "제{{number}}회 - {{topic}}", 2],
    ]);
  });

  it("#42 with `**Guest:** Dana Kim` (the colon inside the bold, tests/fixtures/unseen/Meetups) is a show of its own folder", () => {
    const meetups = detect(fixtureNotes("unseen")).shows.find((p) => p.show.folder === "Meetups");
    expect([meetups?.show.fileNamePattern, meetups?.show.guestFields]).toEqual(["#{{number}} - {{topic}}", ["Guest:"]]);
  });

  it("第3回 and 第3話 count differently: two series in one folder", () => {
    const note = (guest: string) => `---\ndate: 2026-12-19\n---\nGuest:: ${guest}\n\n## Prep\n- [ ] Call\n`;
    const found = detect(vault({ "配信/第3回 - A.md": note("Ann Lee"), "配信/第4回 - B.md": note("Bo Chan"), "配信/第3話 - C.md": note("Cy Dorn"), "配信/第4話 - D.md": note("Di Eng") }));
    expect(found.shows.map((p) => p.show.fileNamePattern).sort()).toEqual(["第{{number}}回 - {{topic}}", "第{{number}}話 - {{topic}}"]);
  });

  it("a folder of notes numbered without a topic (Note 1, Note 2) is not read for Detect; LS 42 beside LS 41 is", () => {
    expect(notesWorthReading(["Inbox/Note 1.md", "Inbox/Note 2.md", "Live/LS 41 - A.md", "Live/LS 42.md"], [])).toEqual(["Live/LS 41 - A.md", "Live/LS 42.md"]);
  });

  it("names with a number and no topic join their series but make none alone (Untitled 2)", () => {
    const note = (guest: string) => `---\ndate: 2026-12-19\n---\nGuest:: ${guest}\n\n## Prep\n- [ ] Call\n`;
    const joined = detect(vault({ "Live/LS 41 - A.md": note("Ann Lee"), "Live/LS 42.md": note("Bo Chan") }));
    expect(joined.shows.map((p) => [p.show.code, p.episodes.length, p.show.fileNamePattern])).toEqual([["LS", 2, "{{code}} {{number}} - {{topic}}"]]);
    const alone = detect(vault({ "Inbox/Untitled 2.md": note("Ann Lee"), "Inbox/Untitled 3.md": note("Bo Chan") }));
    expect(alone.shows).toEqual([]);
  });
});
