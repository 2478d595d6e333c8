// Episodes named by season and episode (`S02E05 - Topic`, in season folders), as many
// podcasts name them (tests/fixtures/unseen/Podcast/). Detect shows proposes one show per
// podcast with `S{{season}}E{{number}} - {{topic}}`, the season written as the names write it.
import { describe, expect, it } from "vitest";
import { detect, episode, vault } from "./fixture-vault";

const seasons = vault({
  "Podcast/Season 1/S01E01 - Logs.md": episode({ date: "2026-01-07", guest: "Guest:: Ann Lee" }),
  "Podcast/Season 1/S01E02 - Traces.md": episode({ date: "2026-01-14", guest: "Guest:: Bo Chen" }),
  "Podcast/Season 2/S02E01 - Metrics.md": episode({ date: "2026-03-04", guest: "Guest:: Cy Dee" }),
  "Podcast/Season 2/S02E02 - Profiles.md": episode({ date: "2026-03-11", guest: "Guest:: Di Eve" }),
});

describe("season-and-episode names", () => {
  // Was it.fails: nameShape found the number after the "S" of the season and no separator
  // after it, so no name was an episode name and the podcast was not proposed.
  it("propose the podcast as one show", () => {
    expect(detect(seasons).shows).toHaveLength(1);
  });

  it("with the season in its pattern, in the folder above the season folders, padded as written", () => {
    const [show] = detect(seasons).shows;
    expect(show?.show).toMatchObject({ folder: "Podcast", code: "", fileNamePattern: "S{{season}}E{{number}} - {{topic}}", numberPadding: 2 });
    expect(show?.episodes).toHaveLength(4);
    expect(show?.evidence.fileNamePattern?.reasons.join(" ")).toContain("episodes are numbered within seasons; seasons written with 2 digits, such as 01");
  });

  it("a season written with one digit gives {{season:1}}; a code and lowercase letters are kept", () => {
    const short = vault({
      "Pod/POD s1e01 - Logs.md": episode({ date: "2026-01-07" }),
      "Pod/POD s1e02 - Traces.md": episode({ date: "2026-01-14" }),
      "Pod/POD s2e01 - Metrics.md": episode({ date: "2026-03-04" }),
    });
    const [show] = detect(short).shows;
    expect(show?.show).toMatchObject({ code: "POD", fileNamePattern: "{{code}} s{{season:1}}e{{number}} - {{topic}}", numberPadding: 2 });
  });

  it("S01E01 names and plain numbered notes in one folder are two series, not one", () => {
    const mixed = vault({
      ...Object.fromEntries(seasons.map((n) => [n.path.replace(/Season \d\//, ""), n.text])),
      "Podcast/03 - Planning.md": episode({ date: "2026-02-01", guest: "Guest:: Ed Fox" }),
    });
    const [show] = detect(mixed).shows;
    expect(show?.episodes.every((path) => /S0\dE0\d/.test(path))).toBe(true);
  });
});
