// Review finding (src/core/vault/numbering.ts, new-episode.ts suggestDraft): numbering now
// proposes the latest season's highest number plus one whenever any name has a season. A
// show whose file-name pattern has no {{season}} writes plain numbers; one trailer named
// "GOH S01E01 - Trailer" beside GOH 1 to 40 made New episode propose number 2, and a show
// that left seasons for running numbers (S01E01 … S02E02, then 05, 06) proposed 3.
import { describe, expect, it } from "vitest";
import { suggestDraft, type ShowEpisodeFacts } from "../../../src/core/new-episode/new-episode";
import { defaultShow } from "../../../src/core/settings/settings";

const NOW = new Date("2026-03-02T09:00:00Z");
const show = { ...defaultShow("Europe/Berlin", "Grafana Office Hours"), code: "GOH" };
const note = (number: number, season: number | null, path: string): ShowEpisodeFacts => ({ number, season, date: null, path, time: "18:00" });

describe("a show whose pattern has no {{season}}", () => {
  // Defect: suggestDraft takes numbering's latest season for a pattern that writes none.
  it("proposes its plain series' next number, whatever season a name has", () => {
    expect(show.fileNamePattern).not.toContain("{{season");
    const plain = Array.from({ length: 40 }, (_, i) => note(i + 1, null, `GOH/GOH ${i + 1} - Talk.md`));
    expect(suggestDraft(show, [...plain, note(1, 1, "GOH/GOH S01E01 - Trailer.md")], NOW).number).toBe(41);
    const moved = [note(1, 1, "a.md"), note(2, 1, "b.md"), note(1, 2, "c.md"), note(2, 2, "d.md"), note(5, null, "e.md"), note(6, null, "f.md")];
    expect(suggestDraft(show, moved, NOW).number).toBe(7);
  });

  it("still numbers on from the latest season when every name has one (as the season branch chose)", () => {
    const seasons = [note(1, 1, "a.md"), note(10, 1, "b.md"), note(1, 2, "c.md"), note(2, 2, "d.md")];
    expect(suggestDraft(show, seasons, NOW).number).toBe(3);
  });
});
