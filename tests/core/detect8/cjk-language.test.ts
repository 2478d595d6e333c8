// The language of notes written in Japanese, Chinese or Korean: told by their scripts, since
// they put no spaces between words and have none of the short words the other languages are
// counted by. The unseen7 shows (tests/fixtures/unseen7) were "(unknown)" before.
import { describe, expect, it } from "vitest";
import { findLanguage } from "../../../src/core/detect/language";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { bestGrowth } from "../../support/growth";
import { detect, fixtureNotes } from "../detect/fixture-vault";

const result = detect(fixtureNotes("unseen7"));
const languageOf = (folder: string) => result.shows.find((p) => p.show.folder === folder)?.show.language;
const note = (body: string) => readNoteFacts("Show/Ep 1 - x.md", `# Ep 1\n\n${body}\n`, [], {}, "UTC");

describe("Japanese, Chinese and Korean notes", () => {
  it("配信 is Japanese, 播客 Chinese, 방송 Korean; the German and French shows are as before", () => {
    expect([languageOf("配信"), languageOf("播客"), languageOf("방송")]).toEqual(["ja", "zh", "ko"]);
    expect([languageOf("Podcast DE"), languageOf("Émissions")]).toEqual(["", ""]);
  });

  it("Japanese prose full of English product names is still Japanese", () => {
    const text = "今日は Grafana と Loki と Tempo の話をします。Kubernetes の上で OpenTelemetry を使って、ログとトレースを集めます。";
    expect(findLanguage([note(text)])?.value).toBe("ja");
  });

  it("an English note naming a Chinese or Japanese guest stays English", () => {
    const text = Array.from({ length: 6 }, () => "We talk with 张敏 and 山田太郎 about the way to have your logs and traces in one place, and what it is for.").join("\n");
    expect(findLanguage([note(text)])?.value).toBe("en");
  });

  it("too few such letters tell nothing by themselves", () => {
    expect(findLanguage([note("配信の準備")])).toBeNull();
  });

  it("counts the scripts of long lines in linear time (lines past 5,000 characters are skipped)", () => {
    for (const piece of ["の", "한", "字", "a", "の "]) {
      const make = (n: number, copies: number) => note(`${piece.repeat(n)}\n`.repeat(copies));
      expect(bestGrowth((facts: ReturnType<typeof note>) => findLanguage([facts]), make, 1200, 8)).toBeLessThan(8);
    }
  });
});
