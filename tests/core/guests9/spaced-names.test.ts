// guests9: names in scripts without capitals that put spaces between words (Arabic,
// Hebrew, Devanagari, Thai, Georgian…; src/core/detect/spaced-names.ts). A name there is two
// or three words of letters of one script (four with a particle: بن, عبد, בן), each two to
// fifteen letters, none a common word of the language, and in Arabic no definite noun
// first. Detect (an unknown key's values) and the guest-ideas import read names by it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPersonName } from "../../../src/core/detect/person-names";
import { isCommonWord } from "../../../src/core/detect/spaced-names";
import { parseProspects } from "../../../src/core/guests/prospects";
import { uncasedRuns } from "../../../src/core/guests/uncased-runs";
import { bestGrowth, type Make } from "../../support/growth";
import { detect, vault } from "../detect/fixture-vault";

const offered = (lines: string): [string, boolean][] => parseProspects(`## Guest ideas\n\n${lines}\n`).map((p) => [p.name, p.preselected]);

/** Given and family names, per script: what a list of guests holds. */
const NAMES: Record<string, string[]> = {
  // Arabic and Persian: one script.
  Arabic: ["محمد", "علي", "سارة", "أحمد", "فاطمة", "خالد", "ليلى", "حسن", "نور", "يوسف", "علی‌رضا", "محمدی", "مریم", "حسینی", "رضا", "کریمی"],
  Hebrew: ["דוד", "כהן", "שרה", "לוי", "מיכל", "בן־גוריון", "יוסי", "אברהם"],
  Devanagari: ["राहुल", "गांधी", "प्रिया", "शर्मा", "अमित", "पटेल"],
  Thai: ["สมชาย", "ใจดี", "สมศรี", "วงศ์สวัสดิ์", "ประยุทธ์"],
  Georgian: ["ნიკო", "ფიროსმანი", "ნინო", "ბერიძე", "გიორგი"],
};
/** Common words of each: one among the words makes a topic. */
const COMMON: Record<string, string[]> = {
  Arabic: ["في", "من", "مع", "كيف", "على", "در", "از", "با", "برای"],
  Hebrew: ["של", "על", "עם", "איך"],
  Devanagari: ["में", "और", "के", "कैसे"],
  Thai: ["และ", "ของ", "ใน", "กับ"],
  Georgian: ["და", "როგორ", "არის"],
};
const scripts = Object.keys(NAMES);

describe("a name of two or three words of one script", () => {
  it.each([
    ["محمد علي", true],
    ["محمد بن سلمان", true],
    ["عبد الله", true],
    ["محمد بن عبد الله", true],
    ["דוד כהן", true],
    ["דוד בן־גוריון", true],
    ["राहुल गांधी", true],
    ["สมชาย ใจดี", true],
    ["ნიკო ფიროსმანი", true],
    ["علی‌رضا محمدی", true],
    // One word, too many, a particle last, a digit, punctuation, another script.
    ["محمد", false],
    ["محمد علي حسن خالد", false],
    ["محمد بن", false],
    ["محمد ٣", false],
    ["علي، محمد", false],
    ["تعلم Kafka", false],
    ["דוד 山田", false],
    // Topics: a common word, a definite noun first in Arabic, a Thai phrase run together.
    ["أمن في الحاويات", false],
    ["الذكاء الاصطناعي", false],
    ["ניהול של תצורה", false],
    ["क्लाउड में सुरक्षा", false],
    ["การพัฒนาซอฟต์แวร์ระบบคลาวด์ ตอนที่", false],
    ["როგორ ვისწავლოთ", false],
  ])("%s: %s", (name, expected) => {
    expect(isPersonName(name, false)).toBe(expected);
  });

  it("two or three names of one script are a name; one common word among them makes it none; another script's word too (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scripts),
        fc.integer({ min: 2, max: 3 }),
        fc.nat(),
        fc.nat(),
        (script, count, seed, at) => {
          const pool = NAMES[script] ?? [];
          const words = Array.from({ length: count }, (_, i) => pool[(seed + i * 7) % pool.length] ?? "");
          expect(isPersonName(words.join(" "), false), words.join(" ")).toBe(true);
          // A link is a name whatever it holds.
          expect(isPersonName(words.join(" "), true)).toBe(true);
          const common = COMMON[script] ?? [];
          const withCommon = [...words];
          withCommon.splice(at % (count + 1), 0, common[seed % common.length] ?? "");
          expect(isPersonName(withCommon.join(" "), false), withCommon.join(" ")).toBe(false);
          const other = NAMES[scripts[(scripts.indexOf(script) + 1 + (seed % (scripts.length - 1))) % scripts.length] ?? ""] ?? [];
          const mixed = [...words];
          mixed[at % count] = other[seed % other.length] ?? "";
          expect(isPersonName(mixed.join(" "), false), mixed.join(" ")).toBe(false);
          // One word alone is as often a topic: never a name.
          expect(isPersonName(words[0] ?? "", false)).toBe(false);
        },
      ),
    );
  });

  it("whatever the text in these scripts, a name it reads has two to four words, no common word, no digit (property)", () => {
    const unit = fc.constantFrom(...Object.values(NAMES).flat(), ...Object.values(COMMON).flat(), " ", "  ", "،", "٣", "ـ", "\u064e", "ال");
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), (parts) => {
        const name = parts.join(" ").trim();
        if (!isPersonName(name, false)) return;
        const words = name.split(/\s+/);
        expect(words.length).toBeGreaterThanOrEqual(2);
        expect(words.length).toBeLessThanOrEqual(4);
        for (const w of words) expect(isCommonWord(w), w).toBe(false);
        expect(name).not.toMatch(/[\p{N}،]/u);
      }),
    );
  });
});

describe("the guest-ideas import reads them", () => {
  it("as names, ticked where a capitalised name would be; a list by the Arabic comma or an and-word is a list", () => {
    expect(offered("- محمد علي on Kafka")).toEqual([["محمد علي", true]]);
    expect(offered("- محمد علي، سارة أحمد")).toEqual([["محمد علي", true], ["سارة أحمد", true]]);
    expect(offered("- राहुल गांधी और प्रिया शर्मा")).toEqual([["राहुल गांधी", true], ["प्रिया शर्मा", true]]);
    expect(offered("- علی‌رضا محمدی")).toEqual([["علی‌رضا محمدی", true]]);
    expect(offered("- דוד בן־גוריון")).toEqual([["דוד בן־גוריון", true]]);
    expect(offered("- ნიკო ფიროსმანი: art")).toEqual([["ნიკო ფიროსმანი", true]]);
    expect(offered("- Ann Lee and محمد علي")).toEqual([["Ann Lee", true], ["محمد علي", true]]);
  });

  it("a common word before a name is no part of it; one inside a run makes it a sentence that offers no one", () => {
    // Offered; not ticked, as "with" in the languages the import knows would tick it (prospects.ts's INTRODUCERS).
    expect(offered("- مع محمد علي")).toEqual([["محمد علي", false]]);
    // Seven words: its last two ("الخبراء الكبار") are no name.
    expect(offered("- نتحدث اليوم عن تطوير البرمجيات مع الخبراء الكبار")).toEqual([]);
    expect(offered("- क्लाउड में सुरक्षा के बारे में बातचीत")).toEqual([]);
  });

  it("every name read is one by Detect's rule and is in the text (property)", () => {
    const unit = fc.constantFrom(...Object.values(NAMES).flat(), ...Object.values(COMMON).flat(), "و", "،", ", ", "Kafka", "3");
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, fc.constantFrom(" ", "  ", ", ")), { maxLength: 10 }), (parts) => {
        const text = parts.map(([w, sep]) => w + sep).join("");
        for (const run of uncasedRuns(text)) {
          expect(isPersonName(run.name, false)).toBe(true);
          expect(text.slice(run.start, run.end)).toBe(run.name);
        }
      }),
    );
  });

  it("a line of thousands of such words reads in time in proportion to its length", () => {
    const LIMIT = 8;
    for (const unit of ["محمد ", "محمد في ", "राहुल और ", "ნიკო ", "علی‌رضا "]) {
      const make: Make = (n, copies) => unit.repeat(n * copies);
      expect(bestGrowth((line: string) => uncasedRuns(line).length, make, 2000, LIMIT), unit).toBeLessThan(LIMIT);
    }
  });
});

describe("Detect reads an unknown key's values by the rule", () => {
  it("a key most notes fill with Arabic or Hebrew names is the guest field; the topic key beside it is not", () => {
    const arabic = (speaker: string, topic: string) => `---\ndate: 2026-12-19\n---\nالمتحدث:: ${speaker}\nالموضوع:: ${topic}\n\n## التحضير\n- [ ] دعوة الضيف\n`;
    const hebrew = (speaker: string, topic: string) => `---\ndate: 2026-12-19\n---\nמרצה:: ${speaker}\nנושא:: ${topic}\n\n## הכנה\n- [ ] להזמין\n`;
    const found = detect(
      vault({
        "بودكاست/حلقة 1 - أ.md": arabic("محمد علي", "أمن في الحاويات"),
        "بودكاست/حلقة 2 - ب.md": arabic("سارة أحمد", "كيف نراقب الأنظمة"),
        "פודקאסט/פרק 1 - א.md": hebrew("דוד כהן", "איך לנטר מערכות"),
        "פודקאסט/פרק 2 - ב.md": hebrew("שרה לוי", "ניהול של תצורה"),
      }),
    );
    expect(found.shows.map((s) => s.show.guestFields).sort()).toEqual([["מרצה"], ["المتحدث"]].sort());
  });
});
