// mends11: a new episode goes beside the show's latest episode, in the folder named the same
// way for its own date (year, month, quarter or day folders), never outside the show's folder.
// The walk10 shape: Platform Hour's episodes in Shows/2023, Shows/2024, Shows/2025.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datedEpisodeFolder, type PlacedEpisode } from "../../../src/core/new-episode/dated-folder";
import { planEpisode } from "../../../src/core/new-episode/new-episode";
import { defaultShow } from "../../../src/core/settings/settings";

const ep = (path: string, date: string | null, number: number | null = null): PlacedEpisode => ({ path, date, number });

const PH = [
  ep("Shows/2023/PH 060 - Kickoff.md", "2023-01-10", 60),
  ep("Shows/2024/PH 110 - Backstage.md", "2024-12-17", 110),
  ep("Shows/2025/PH 150 - Golden paths.md", "2025-03-04", 150),
  ep("Shows/2025/PH 151 - Scorecards.md", "2025-03-11", 151),
  // The archive of the same series, outside the show's folder, is never where a new note goes.
  ep("Archive/2022/PH 040 - Old.md", "2022-12-20", 40),
];

describe("a show kept in year folders", () => {
  it("gets the new episode in its date's year folder, made for a new year", () => {
    expect(datedEpisodeFolder("Shows", "2025-03-18", PH)).toBe("Shows/2025");
    expect(datedEpisodeFolder("Shows", "2026-01-06", PH)).toBe("Shows/2026");
  });

  it("planEpisode writes PH 153 into Shows/2025 (the walk10 case)", () => {
    const show = { ...defaultShow("UTC", "Platform Hour"), code: "PH", folder: "Shows", numberPadding: 3, fileNamePattern: "{{code}} {{number}} - {{topic}}" };
    const draft = { topic: "Internal developer portals", guests: ["Priya Nair"], date: "2025-03-18", time: "13:00", number: 153 };
    expect(planEpisode(draft, show, null, new Date("2025-03-03T09:00:00Z"), "en", PH).path).toBe("Shows/2025/PH 153 - Internal developer portals.md");
  });

  it("an archive outside the show's folder dated later is not followed", () => {
    const later = [...PH, ep("Archive/2030/PH 999 - Misdated.md", "2030-01-01", 999)];
    expect(datedEpisodeFolder("Shows", "2025-03-18", later)).toBe("Shows/2025");
  });

  it("with no date in the form, the latest episode's folder as it is", () => {
    expect(datedEpisodeFolder("Shows", "", PH)).toBe("Shows/2025");
  });

  it("the show's folder as settings spell it, whatever case the notes' folder has", () => {
    expect(datedEpisodeFolder("shows/", "2026-02-03", PH)).toBe("shows/2026");
  });
});

describe("other dated folders", () => {
  it("month folders under a year: GOH/2024/03 → GOH/2024/05, one digit kept as written", () => {
    expect(datedEpisodeFolder("GOH", "2024-05-10", [ep("GOH/2024/03/GOH 10 - A.md", "2024-03-08", 10)])).toBe("GOH/2024/05");
    expect(datedEpisodeFolder("GOH", "2025-11-10", [ep("GOH/2024/3/GOH 10 - A.md", "2024-03-08", 10)])).toBe("GOH/2025/11");
  });

  it("a year-month, a quarter, a half-year and a day folder", () => {
    expect(datedEpisodeFolder("Calls", "2024-04-02", [ep("Calls/2024-03/2024-03-05-loki.md", "2024-03-05")])).toBe("Calls/2024-04");
    expect(datedEpisodeFolder("Calls", "2024-04-02", [ep("Calls/2024-Q1/x.md", "2024-03-05")])).toBe("Calls/2024-Q2");
    expect(datedEpisodeFolder("Calls", "2024-07-02", [ep("Calls/2024 H1/x.md", "2024-03-05")])).toBe("Calls/2024 H2");
    expect(datedEpisodeFolder("Calls", "2024-04-02", [ep("Calls/2024-03-05/notes.md", "2024-03-05")])).toBe("Calls/2024-04-02");
    expect(datedEpisodeFolder("Calls", "2024-04-02", [ep("Calls/2024_3_5/notes.md", "2024-03-05")])).toBe("Calls/2024_4_2");
  });

  it("a folder whose name is not the latest episode's date is kept as it is (the folder of the latest episode)", () => {
    expect(datedEpisodeFolder("Shows", "2026-01-06", [ep("Shows/2019/PH 1 - A.md", "2025-01-07", 1)])).toBe("Shows/2019");
    expect(datedEpisodeFolder("Shows", "2026-01-06", [ep("Shows/Recorded/PH 1 - A.md", "2025-01-07", 1)])).toBe("Shows/Recorded");
    // Two digits not under a year are no month.
    expect(datedEpisodeFolder("Shows", "2026-01-06", [ep("Shows/01/PH 1 - A.md", "2025-01-07", 1)])).toBe("Shows/01");
  });

  it("the latest by date; without dates, the highest number", () => {
    const undated = [ep("Pod/2024/P 2 - B.md", null, 2), ep("Pod/Old/P 1 - A.md", null, 1)];
    expect(datedEpisodeFolder("Pod", "2025-01-01", undated)).toBe("Pod/2024");
    expect(datedEpisodeFolder("Pod", "2025-01-01", [...undated, ep("Pod/Old/P 0 - Z.md", "2020-01-01", 0)])).toBe("Pod/Old");
  });

  it("no episode in the show's folder, or the latest right in it: the show's folder", () => {
    expect(datedEpisodeFolder("Shows", "2025-03-18", [])).toBe("Shows");
    expect(datedEpisodeFolder("Shows", "2025-03-18", [ep("Shows/PH 1 - A.md", "2025-03-04", 1), ep("Shows/2024/PH 0 - B.md", "2024-01-01", 0)])).toBe("Shows");
  });
});

describe("for all vaults", () => {
  const part = fc.constantFrom("2023", "2024", "03", "2024-03", "2024-Q1", "2024-03-05", "Season 2", "Old", "x");
  const folder = fc.array(part, { minLength: 0, maxLength: 3 });
  const day = fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const episode = fc.record({ base: fc.constantFrom("Shows", "Archive", "Shows/Sub"), folder, date: fc.option(day), number: fc.option(fc.nat(999)) });

  it("the folder is the show's folder or one inside it, and the latest episode's depth", () => {
    fc.assert(
      fc.property(fc.array(episode, { maxLength: 8 }), fc.option(day), (list, date) => {
        const episodes = list.map((e, i) => ep([e.base, ...e.folder, `PH ${i}.md`].join("/"), e.date, e.number));
        const result = datedEpisodeFolder("Shows", date ?? "", episodes);
        expect(result === "Shows" || result.startsWith("Shows/")).toBe(true);
        const inside = episodes.filter((e) => e.path.startsWith("Shows/"));
        if (inside.length === 0) expect(result).toBe("Shows");
        else expect(inside.some((e) => e.path.split("/").length - 1 === result.split("/").length)).toBe(true);
      }),
    );
  });
});
