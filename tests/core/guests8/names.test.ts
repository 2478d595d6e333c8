// guests8: the guest-ideas import (prospects.ts) and the names it reads. Names in scripts
// without capitals are offered by Detect's rule of what a name is there (isPersonName,
// src/core/detect/person-names.ts, reused, not copied); "Sr" without its stop is Senior,
// not Señor; a generation mark's stop ("Ann Jr.") is no sentence end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProspects } from "../../../src/core/guests/prospects";
import { noteNameOf, personKey } from "../../../src/core/guests/person-name";
import { uncasedRuns } from "../../../src/core/guests/uncased-runs";
import { nameRuns } from "../../../src/core/guests/name-runs";
import { isPersonName } from "../../../src/core/detect/person-names";
import { bestGrowth, type Make } from "../../support/growth";

function offered(lines: string): [string, boolean][] {
  return parseProspects(`## Guest ideas\n\n${lines}\n`).map((p) => [p.name, p.preselected]);
}

describe("names in scripts without capitals", () => {
  it("are offered and ticked where a capitalised name would be", () => {
    expect(offered("- 山田太郎 (Rust)")).toEqual([["山田太郎", true]]);
    expect(offered("- 山田 太郎 on testing")).toEqual([["山田 太郎", true]]);
    expect(offered("- 王芳 on Go")).toEqual([["王芳", true]]);
    expect(offered("- 김철수 — Kubernetes")).toEqual([["김철수", true]]);
    expect(offered("- ジョン・スミス: observability")).toEqual([["ジョン・スミス", true]]);
    // Two names in one item, by the list's own comma, and beside a capitalised one.
    expect(offered("- 山田太郎、王芳")).toEqual([["山田太郎", true], ["王芳", true]]);
    expect(offered("- Ann Lee and 김철수")).toEqual([["Ann Lee", true], ["김철수", true]]);
    expect(offered("- with 王芳")).toEqual([["王芳", true]]);
  });

  it("an honorific written after the name is no part of it", () => {
    expect(offered("- 山田さん")).toEqual([["山田", true]]);
    expect(offered("- 김철수 씨")).toEqual([["김철수", true]]);
    expect(offered("- 王芳先生")).toEqual([["王芳", true]]);
  });

  it("two names one space apart that are not one name are each offered", () => {
    expect(offered("- 山田太郎 鈴木一郎")).toEqual([["山田太郎", true], ["鈴木一郎", false]]);
  });

  it("topics are not: a katakana word alone, a phrase with a particle, a word glued to Latin letters or digits, a long run", () => {
    for (const topic of ["- セキュリティ", "- Rustの話", "- Go语言入门", "- 第3回", "- 可観測性とログ設計の基本", "- 쿠버네티스운영이야기"]) {
      expect(offered(topic), topic).toEqual([]);
    }
  });

  it("every name offered in such a script is one by Detect's rule, and is in the text (property)", () => {
    const han = fc.stringMatching(/^[山田太郎王芳鈴木一李明の話ジョンスミス・ー가나다김철수さん ]{1,14}$/);
    fc.assert(
      fc.property(han, fc.constantFrom(" ", "、", " and ", ": "), han, (a, joiner, b) => {
        const text = `${a}${joiner}${b}`;
        for (const run of uncasedRuns(text)) {
          expect(isPersonName(run.name, false)).toBe(true);
          expect(text.slice(run.start, run.end)).toBe(run.name);
        }
      }),
    );
  });

  // WAS A DEFECT (src/core/detect/person-names.ts, isPersonName: Arabic and Hebrew had
  // neither capitals nor a length rule there, so no value in them was a name): the rule
  // learnt the scripts that put spaces between words (detect/spaced-names.ts, guests9),
  // and the import, which uses it, offers them with no change of its own.
  it("offers names in Arabic and Hebrew", () => {
    expect(offered("- محمد علي on Kafka")).toEqual([["محمد علي", true]]);
    expect(offered("- דוד כהן on SRE")).toEqual([["דוד כהן", true]]);
  });

  it("a line of thousands of such words reads in time in proportion to its length", () => {
    const LIMIT = 8;
    for (const unit of ["山田 ", "山田さん ", "ジョン・", "王芳、", "김철수 씨 "]) {
      const make: Make = (n, copies) => unit.repeat(n * copies);
      expect(bestGrowth((line: string) => nameRuns(line).length, make, 2000, LIMIT), unit).toBeLessThan(LIMIT);
    }
  });
});

describe("Sr without its stop is Senior, not Señor", () => {
  it("is kept as a word of the name; Sr. before a name is still a title", () => {
    expect(personKey("Sr Ann Lee")).not.toBe(personKey("Ann Lee"));
    expect(noteNameOf("Sr Ann Lee")).toBe("Sr Ann Lee");
    expect(personKey("Sr. Ann Lee")).toBe(personKey("Ann Lee"));
    expect(noteNameOf("Sr. Ann Lee")).toBe("Ann Lee");
    // After a name it is the generation mark, as before: father and son.
    expect(personKey("Ann Lee Sr")).toBe("ann lee sr");
  });

  it("Sra, Dr and Mr without a stop are still titles", () => {
    for (const title of ["Sra", "Dr", "Mr"]) expect(personKey(`${title} Ann Lee`), title).toBe(personKey("Ann Lee"));
  });
});

describe("Ann Jr.: a generation mark's stop is no sentence end", () => {
  it("Ann Jr. is a two-word name, one with Ann Jr, never Ann", () => {
    expect(personKey("Ann Jr.")).toBe(personKey("Ann Jr"));
    expect(personKey("Ann Jr.")).not.toBe(personKey("Ann"));
    expect(noteNameOf("Ann Jr.")).toBe("Ann Jr.");
  });

  it("the list goes on after the mark: the name after it is ticked too", () => {
    expect(offered("- Ann Jr. and Bo Chan")).toEqual([["Ann Jr", true], ["Bo Chan", true]]);
    expect(offered("- Ann Lee Sr., Bo Chan")).toEqual([["Ann Lee Sr", true], ["Bo Chan", true]]);
    expect(offered("- with Ann Jr. y Bo Chan")).toEqual([["Ann Jr", true], ["Bo Chan", true]]);
  });

  it("a stop after any other word still ends the sentence, and Sr. before a name is a title", () => {
    expect(offered("- Ann Lee. Bo Chan is next")).toEqual([["Ann Lee", true], ["Bo Chan", false]]);
    expect(offered("- Ann Lee Senior. Bo Chan is next")).toEqual([["Ann Lee Senior", true], ["Bo Chan", false]]);
    expect(offered("- Ann Lee, Sr. Bo Chan")).toEqual([["Ann Lee", true], ["Bo Chan", true]]);
  });
});
