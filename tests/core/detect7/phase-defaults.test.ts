// The default phrases for German "vor"/"nach", and the phrases Detect proposes for Chinese,
// Japanese and Korean headings (note/phase-cjk.ts; not in the defaults while a reader test
// pins the defaults as naming no Japanese heading).
// German "vor" and "nach" are bare connectives like "before", "antes", "avant", "prima":
// they name a phase only placed against the show (Sendung, Show, Folge, Aufnahme, Episode,
// Start …) or a time, so "Vor dem Gespräch mit dem Gast" and "Nach Plan" name none.
// Chinese, Japanese and Korean write "pre-show" as the show's word and "before" (配信前,
// 방송 전): prep; "just before" (直前, 직전) and going on air (开播前): before; the show's
// word and "after" (配信後, 直播后, 방송 후) or "afterwards" (事後): after.
import { describe, expect, it } from "vitest";
import { DEFAULT_PHASE_HEADINGS, phaseMatcher } from "../../../src/core/note/phases";
import { CJK_PHASE_PHRASES } from "../../../src/core/note/phase-cjk";
import { detect, fixtureNotes } from "../detect/fixture-vault";

const matcher = phaseMatcher();

describe("German vor and nach, placed against the show", () => {
  it.each([
    ["Vor der Sendung", "before"],
    ["Kurz vor dem Start", "before"],
    ["Vor der Aufnahme", "before"],
    ["Vor der Folge", "before"],
    ["Vor der Show", "before"],
    ["Nach der Show", "after"],
    ["Nach der Sendung", "after"],
    ["Nach der Aufnahme", "after"],
    ["Nach der Episode", "after"],
    ["Vor Freitag", "before"],
  ])("%s: %s", (heading, phase) => {
    expect(matcher.match(heading)).toBe(phase);
  });

  it.each(["Vor dem Gespräch mit dem Gast", "Nach Plan", "Fragen nach Themen", "Danach"])("%s names no phase", (heading) => {
    expect(matcher.match(heading)).toBeNull();
  });
});

describe("Chinese, Japanese and Korean headings, read with their phrases", () => {
  const cjk = phaseMatcher(CJK_PHASE_PHRASES);
  it.each([
    ["📋 配信前チェックリスト", "prep"],
    ["事前準備", "prep"],
    ["放送前", "prep"],
    ["录制前", "prep"],
    ["准备", "prep"],
    ["直播前", "prep"],
    ["방송 전 체크리스트", "prep"],
    ["방송전", "prep"],
    ["준비", "prep"],
    ["配信直前", "before"],
    ["直前", "before"],
    ["开播前", "before"],
    ["방송 직전", "before"],
    ["配信後", "after"],
    ["放送後", "after"],
    ["収録後", "after"],
    ["事後", "after"],
    ["直播后", "after"],
    ["直播後", "after"],
    ["방송 후", "after"],
    ["녹음 후", "after"],
    ["トークテーマ", "other"],
  ])("%s: %s", (heading, phase) => {
    expect(cjk.match(heading)).toBe(phase);
  });

  it.each(["質問", "配信", "방송", "直播", "前回の振り返り", "放送事故"])("%s (the show alone, a question, 前 or 後 in a word) names no phase", (heading) => {
    expect(cjk.match(heading)).toBeNull();
  });
});

describe("what Detect adds to the defaults for the unseen7 shows", () => {
  const result = detect(fixtureNotes("unseen7"));
  const added = (folder: string) => {
    const proposal = result.shows.find((p) => p.show.folder === folder);
    if (!proposal) throw new Error(`no show for ${folder}`);
    const phases = proposal.show.phaseHeadings;
    return Object.fromEntries(Object.entries(phases).map(([phase, phrases]) => [phase, phrases.filter((p) => !DEFAULT_PHASE_HEADINGS[phase as keyof typeof phases].includes(p))]));
  };
  it("French: nothing (the defaults name 'Préparation', 'Avant l'émission', 'Après l'émission')", () => {
    expect(added("Émissions")).toEqual({ prep: [], before: [], after: [], other: [] });
  });

  it.each([
    ["방송", { prep: ["방송 전"], before: ["직전"], after: ["방송 후"], other: [] }],
    ["播客", { prep: ["准备"], before: ["开播前"], after: ["直播后"], other: [] }],
    ["配信", { prep: ["準備"], before: ["直前"], after: ["配信後"], other: [] }],
  ])("%s: the phrases its headings hold, not the whole headings", (folder, phrases) => {
    expect(added(folder)).toEqual(phrases);
  });

  it("Podcast DE: only the headings that name no phase are added, by their place (under a before heading)", () => {
    expect(added("Podcast DE")).toEqual({ prep: [], before: ["Vor dem Gespräch mit dem Gast", "Nach Plan"], after: [], other: [] });
  });
});
