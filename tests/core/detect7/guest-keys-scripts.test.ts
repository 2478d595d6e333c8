// Guest fields in any script (tests/fixtures/unseen7): a key is a guest field when it is a
// guest word in some language (ゲスト, 게스트, 嘉宾, Gast, Invitée), or when most notes write
// people's names under it. Scripts without capitals have no "starts with a capital" to go
// by: there a name is two to five Han characters or Hangul syllables, or katakana parts
// joined by a middle dot; a topic (Rustの話, Go语言入门) is longer or mixes scripts.
import { describe, expect, it } from "vitest";
import { guestWord } from "../../../src/core/detect/guest-keys";
import { isPersonName } from "../../../src/core/detect/person-names";
import { parseGuestValue } from "../../../src/core/note/guests";
import { detect, fixtureNotes, vault } from "../detect/fixture-vault";

const result = detect(fixtureNotes("unseen7"));
const show = (folder: string) => {
  const found = result.shows.find((p) => p.show.folder === folder);
  if (!found) throw new Error(`no show for ${folder}: ${result.shows.map((p) => p.show.folder).join(", ")}`);
  return found;
};

describe("guest words in other scripts", () => {
  it.each([
    ["ゲスト", "ゲスト"],
    ["ｹﾞｽﾄ", "ゲスト"],
    ["Ｇｕｅｓｔ", "guest"],
    ["게스트", "게스트"],
    ["Gość", "gosc"],
    ["Invitado(s)", "invitados"],
  ])("%s folds to %s", (key, word) => {
    expect(guestWord(key)).toBe(word);
  });

  it("Korean 게스트:: and Chinese 嘉宾:: are the shows' guest fields", () => {
    expect(show("방송").show.guestFields).toEqual(["게스트"]);
    expect(show("播客").show.guestFields).toEqual(["嘉宾"]);
  });

  it("names listed with the ideographic comma are one guest each (李伟、张敏)", () => {
    expect(parseGuestValue("李伟、张敏").guests.map((g) => g.name)).toEqual(["李伟", "张敏"]);
    expect(parseGuestValue("山田太郎，佐藤花子；ジョン・スミス").guests.map((g) => g.name)).toEqual(["山田太郎", "佐藤花子", "ジョン・スミス"]);
  });

  it("a French and a German key: Invitée (a guest word with its accent), Gast", () => {
    expect(show("Émissions").show.guestFields).toEqual(["Invitée"]);
    expect(show("Podcast DE").show.guestFields).toEqual(["Gast"]);
  });
});

describe("names of people against topics, in scripts without capitals", () => {
  it.each([
    ["山田太郎", true],
    ["山田 太郎", true],
    ["長谷川太郎", true],
    ["김철수", true],
    ["王芳", true],
    ["ジョン・スミス", true],
    ["Ann Lee", true],
    ["Rustの話", false],
    ["Go语言入门", false],
    ["配信の準備", false],
    ["セキュリティ", false],
    ["Go 언어 입문 과정", false],
    ["山", false],
  ])("%s: %s", (name, expected) => {
    expect(isPersonName(name, false)).toBe(expected);
  });

  it("an unknown key with names in both notes (出演) is the guest field; the topic key beside it is not", () => {
    expect(show("配信").show.guestFields).toEqual(["出演"]);
  });

  it("a topic starting with a Latin word in a Japanese note is no name: 内容:: Rust入門 is not a guest field", () => {
    const note = (guest: string, topic: string) => `---\ndate: 2026-12-19\n---\nゲスト:: ${guest}\n内容:: ${topic}\n\n## 準備\n- [ ] 連絡する\n`;
    const found = detect(vault({ "配信/第3回 - A.md": note("山田太郎", "Rust入門"), "配信/第4回 - B.md": note("佐藤花子", "Kubernetes入門") }));
    expect(found.shows.map((s) => s.show.guestFields)).toEqual([["ゲスト"]]);
  });
});
