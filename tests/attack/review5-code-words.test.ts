// Fixed by reader8 (episode-words.ts, isEpisodeWord takes the word as written, its stop included).
// review5: this stop widened the words that say "episode" before a number
// (src/core/note/episode-words.ts, 13 languages) and made every one of them "no show's
// code" in parseFileName (src/core/note/file-name.ts:72 and :78, isEpisodeWord), compared
// in lower case. Among the new `other` words are abbreviations that are also common show
// acronyms when written in capitals: "AFL 12 - Round 12 preview" (a footy podcast), "CAP",
// "ODC", "AVS". b3f259d read their code; now the code is null, and `detect` proposes such a
// show with "Short code (none): the file names carry no code" and a pattern with the
// acronym baked in ("AFL {{number}} - {{topic}}"), where "GFL" gets its code.
// General rule to choose: an abbreviation read as "episode" is written as one
// ("Afl. 12", "afl 12", "Cap. 3"); a word of two or more capitals without a stop is an
// acronym, a code, unless it is one of the few marks already read so before this stop
// ("EP", "NO", "NR", "E") or a spoken word ("FOLGE 12"). isEpisodeWord would take the word
// as written (not lower-cased) to tell.
import { describe, expect, it } from "vitest";
import { parseFileName } from "../../src/core/note/file-name";

describe("review5: a show's acronym stays its code", () => {
  it("guard: a code and the marks read before this stop", () => {
    expect(parseFileName("GOH 12 - Tempo").code).toBe("GOH");
    expect(parseFileName("EP 12 - Tempo").code).toBeNull();
    expect(parseFileName("Nr. 12 - Tempo").code).toBeNull();
    expect(parseFileName("Afl. 12 - Titel").code).toBeNull();
  });

  for (const code of ["AFL", "CAP", "ODC", "AVS"]) {
    it(`${code} 12 - Round 12 preview: ${code} is the code`, () => {
      expect(parseFileName(`${code} 12 - Round 12 preview`)).toMatchObject({ code, number: 12, title: "Round 12 preview" });
    });
  }
});
