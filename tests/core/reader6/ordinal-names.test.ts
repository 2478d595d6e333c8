// Japanese and Chinese episode names number an episode as 第3回 ("the 3rd time"), 第12話
// (episode 12), 第5集 or 第5期 (Chinese): the reader takes the number, as it takes "Ep 3" or
// "Folge 12" (tests/fixtures/unseen6/配信).
import { describe, expect, it } from "vitest";
import { parseFileName } from "../../../src/core/note/file-name";
import { bestGrowth, perLine } from "../../support/growth";
import { detect, fixtureNotes, vault } from "../detect/fixture-vault";

const parts = (name: string) => {
  const p = parseFileName(name);
  return [p.code, p.number, p.date, p.title];
};

describe("第N回 names", () => {
  it.each([
    ["第3回 - Rustの話", [null, 3, null, "Rustの話"]],
    ["第12話 配信の準備", [null, 12, null, "配信の準備"]],
    ["第 5 集 Go语言", [null, 5, null, "Go语言"]],
    ["第42期 | 新年特辑", [null, 42, null, "新年特辑"]],
    ["第3回", [null, 3, null, "第3回"]],
  ])("%s", (name, expected) => {
    expect(parts(name)).toEqual(expected);
  });

  it("only with a counter after the number: 第3章 (a chapter) and kanji numerals (第三回) give no number", () => {
    expect(parseFileName("第3章 - 序論").number).toBeNull();
    expect(parseFileName("第三回 - Rustの話").number).toBeNull();
  });

  it("a name of 第 and a long run of spaces and digits: linear", () => {
    expect(bestGrowth(parseFileName, perLine((n) => `第${" ".repeat(n)}1${" ".repeat(n)}`), 20_000, 8)).toBeLessThan(8);
  });
});

// Found with the sixth probe as defects of Detect, fixed in detect7 (tests/core/detect7/ has
// the general rules: guest words in any script, numbered names in other languages, what
// makes a note a template).
describe("Detect on a Japanese show", () => {
  const note = (guest: string) => `---\ndate: 2026-12-19\n---\nゲスト:: ${guest}\n\n## 配信前チェックリスト\n- [ ] 連絡する\n\n## 配信後\n- [ ] 公開する\n`;

  it("'ゲスト::' (Japanese for guest) in every note is the show's guest field (it was folded to nothing, so no show)", () => {
    const result = detect(vault({ "配信/Ep 3 - Rust.md": note("山田太郎"), "配信/Ep 4 - Go.md": note("佐藤花子") }));
    expect(result.shows.map((s) => s.show.guestFields)).toEqual([["ゲスト"]]);
  });

  it("names numbered 第N回 make a show, as the reader reads their numbers (Detect's name shape took no counter)", () => {
    const guest = (name: string) => note(name).replace("ゲスト", "Guest");
    const result = detect(vault({ "配信/第3回 - Rustの話.md": guest("山田太郎"), "配信/第4回 - Goの話.md": guest("佐藤花子") }));
    expect(result.shows.length).toBe(1);
  });

  it("an episode note whose Templater commands never ran (Live/LS 42) is not the show's template: its name is numbered", () => {
    const live = detect(fixtureNotes("unseen6")).shows.find((s) => s.show.code === "LS");
    expect(live?.show.template).not.toBe("Live/LS 42.md");
  });
});
