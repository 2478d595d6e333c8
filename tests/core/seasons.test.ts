// Shows whose episodes are numbered within seasons (`S01E05 - Logs`, often in season
// folders): the {{season}} token both ways, numbering per season, the new episode's number,
// folder and clash check, and the labels and order of the lists.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameParser, renderName } from "../../src/core/note/name-pattern";
import { parseFileName } from "../../src/core/note/file-name";
import { numbering } from "../../src/core/vault/numbering";
import { nextInSeason, planEpisode, suggestDraft, validateDraft, type ShowEpisodeFacts } from "../../src/core/new-episode/new-episode";
import { seasonFolder } from "../../src/core/new-episode/season-folder";
import { defaultShow, type ShowSettings } from "../../src/core/settings/settings";
import { buildRow, duplicateNumberPaths, numberingText } from "../../src/core/sidebar/view-model";
import { compareItems, type ReportItem } from "../../src/core/status/report";
import { episodeLabel } from "../../src/core/deadlines/agenda";
import { episodeStatus } from "../../src/core/status/status";
import { readNote, recordOf } from "../support/notes";
import { episodeUid } from "../../src/core/snippets/episode-invite";
import { stableUid } from "../../src/core/calendar/stable-uid";
import { BUILTIN_SNIPPETS } from "../../src/core/snippets/catalog";
import { fillSnippet } from "../../src/core/snippets/fill";
import { snippetValues } from "../../src/core/snippets/context";

const PATTERN = "S{{season}}E{{number}} - {{topic}}";
const PODCAST: ShowSettings = { ...defaultShow("UTC", "Podcast"), id: "podcast", code: "", folder: "Podcast", fileNamePattern: PATTERN, numberPadding: 2 };
// Wednesday 4 March 2026: the podcast is on Wednesdays at 13:00 UTC.
const NOW = new Date("2026-03-04T08:00:00Z");

const fact = (path: string, date: string | null = null): ShowEpisodeFacts => {
  const name = parseFileName(path.slice(path.lastIndexOf("/") + 1, -3));
  return { number: name.number, season: name.season ?? null, date, path };
};
const SEASONS = [
  fact("Podcast/Season 1/S01E01 - Logs.md", "2026-01-07"),
  fact("Podcast/Season 1/S01E02 - Traces.md", "2026-01-14"),
  fact("Podcast/Season 1/S01E10 - Finale.md", "2026-02-18"),
  fact("Podcast/Season 2/S02E01 - Metrics.md", "2026-02-25"),
  fact("Podcast/Season 2/S02E02 - Profiles.md", "2026-03-04"),
];

describe("the {{season}} token", () => {
  it("writes the season with two digits, or as {{season:N}} says", () => {
    const fields = { show: "Podcast", code: "POD", number: "05", topic: "Logs", guests: "", date: "", season: 2 };
    expect(renderName(PATTERN, fields)).toBe("S02E05 - Logs");
    expect(renderName("{{code}} S{{season:1}}E{{number}} - {{topic}}", fields)).toBe("POD S2E05 - Logs");
    expect(renderName("S{{season:3}}E{{number}} - {{topic}}", { ...fields, season: 12 })).toBe("S012E05 - Logs");
    // No season: the letters stay, as any literal of a pattern does before a value.
    expect(renderName("{{number}} - {{topic}}", fields)).toBe("05 - Logs");
  });

  it("reads back the season and the number it wrote, for every season, number, padding and topic", () => {
    const topic = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== "" && !/[\n\r\u2028\u2029]/.test(t) && t === t.trim());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(1, 2, 3), topic, (season, number, padding, width, title) => {
        const pattern = `S{{season:${width}}}E{{number}} - {{topic}}`;
        const name = renderName(pattern, { show: "P", code: "", number: String(number).padStart(padding, "0"), topic: title, guests: "", date: "", season });
        const read = nameParser(pattern, "")(name);
        expect([read.season, read.number]).toEqual([season, number]);
      }),
    );
  });

  it("a name that does not fit the pattern is read by the general rules, season included", () => {
    expect(nameParser(PATTERN, "")("s1e12: Intro")).toMatchObject({ season: 1, number: 12, title: "Intro" });
    expect(nameParser("{{code}} {{number}} - {{topic}}", "GOH")("GOH S03E07 - Loki")).toMatchObject({ season: 3, number: 7, seasonText: "03" });
  });

  it("a name without a season has no season key at all (names read as before)", () => {
    expect(Object.keys(parseFileName("GOH 25 - Topic"))).not.toContain("season");
    expect(Object.keys(nameParser(PATTERN, "")("GOH 25 - Topic"))).not.toContain("season");
  });
});

describe("numbering within seasons", () => {
  it("S01E01 and S02E01 are no duplicate; the next is the latest season's highest plus one", () => {
    const counted = numbering(SEASONS);
    expect(counted.duplicates).toEqual([]);
    expect([counted.season, counted.highest, counted.next]).toEqual([2, 2, 3]);
    expect(counted.gaps).toEqual([]);
    expect(counted.seasonGaps).toEqual([{ season: 1, numbers: [3, 4, 5, 6, 7, 8, 9] }]);
  });

  it("a number used twice in one season is a duplicate, named with its season", () => {
    const twice = [...SEASONS, fact("Podcast/Season 2/S02E02 - Again.md")];
    expect(numbering(twice).duplicates).toEqual([{ number: 2, season: 2, paths: ["Podcast/Season 2/S02E02 - Again.md", "Podcast/Season 2/S02E02 - Profiles.md"] }]);
  });

  it("the sidebar's gap line names the season", () => {
    expect(numberingText(numbering(SEASONS))).toBe("No episode numbered 3–9 in season 1");
  });
});

describe("a new episode of a season show", () => {
  it("proposes the latest season and its next number", () => {
    expect(suggestDraft(PODCAST, SEASONS, NOW)).toMatchObject({ season: 2, number: 3 });
  });

  it("a show with {{season}} and no episode yet starts at S01E01", () => {
    expect(suggestDraft(PODCAST, [], NOW)).toMatchObject({ season: 1, number: 1 });
  });

  it("a show without {{season}} gets no season in its draft", () => {
    const goh = { ...defaultShow("UTC", "Grafana Office Hours"), code: "GOH" };
    expect(Object.keys(suggestDraft(goh, [{ number: 4, date: null, path: "GOH 04.md" }], NOW))).not.toContain("season");
  });

  it("a new season starts at episode 1; an earlier season gets its own next number", () => {
    expect(nextInSeason(3, SEASONS)).toBe(1);
    expect(nextInSeason(1, SEASONS)).toBe(11);
  });

  it("the clash check counts per season", () => {
    const draft = { topic: "Tempo", guests: [], date: "2026-03-11", time: "13:00", number: 1, season: 3 };
    expect(validateDraft(draft, SEASONS, PATTERN).number).toBeUndefined();
    expect(validateDraft({ ...draft, season: 2 }, SEASONS, PATTERN).number).toBe("Episode 1 of season 2 is already used by Podcast/Season 2/S02E01 - Metrics.md.");
    // A show without seasons: as before.
    expect(validateDraft({ ...draft, season: undefined }, [{ number: 1, date: null, path: "OH 01.md" }]).number).toBe("Number 1 is already used by OH 01.md.");
  });

  it("refuses a season that is no whole number", () => {
    const draft = { topic: "Tempo", guests: [], date: "2026-03-11", time: "13:00", number: 1 };
    for (const season of [null, -1, 1.5, 1000, Number.NaN]) expect(validateDraft({ ...draft, season }, SEASONS, PATTERN).season).toBe("Use a whole number for the season (0 to 999).");
  });

  it("goes into its season's folder, a new season's folder named like the others, else the show's folder", () => {
    const draft = { topic: "Tempo", guests: [], date: "2026-03-11", time: "13:00", number: 3, season: 2 };
    expect(planEpisode(draft, PODCAST, null, NOW, "en", SEASONS).path).toBe("Podcast/Season 2/S02E03 - Tempo.md");
    expect(planEpisode({ ...draft, season: 3, number: 1 }, PODCAST, null, NOW, "en", SEASONS).path).toBe("Podcast/Season 3/S03E01 - Tempo.md");
    const flat = SEASONS.map((f) => ({ ...f, path: `Podcast/${f.path.slice(f.path.lastIndexOf("/") + 1)}` }));
    expect(planEpisode({ ...draft, season: 3, number: 1 }, PODCAST, null, NOW, "en", flat).path).toBe("Podcast/S03E01 - Tempo.md");
  });

  it("season folders keep their own spelling and padding", () => {
    expect(seasonFolder("Pod", 3, [{ season: 2, path: "Pod/S02/S02E01 - A.md" }])).toBe("Pod/S03");
    expect(seasonFolder("Pod", 10, [{ season: 9, path: "Pod/Temporada 9/S09E01 - A.md" }])).toBe("Pod/Temporada 10");
    // "2024" does not say season 2: the show's folder.
    expect(seasonFolder("Pod", 3, [{ season: 2, path: "Pod/2024/S02E01 - A.md" }])).toBe("Pod");
  });
});

describe("labels and order", () => {
  const note = "---\ndate: 2026-01-07\n---\nGuest:: Ann Lee\n## Checklist\n- [ ] Invite\n";
  const item = (path: string): ReportItem => {
    const episode = recordOf(path, note, { parseName: nameParser(PATTERN, "") });
    return { episode, show: PODCAST, status: episodeStatus(episode, "2026-03-04", { deadlines: PODCAST.deadlines, warnDaysBefore: 3 }) };
  };
  const items = ["Podcast/Season 2/S02E01 - Metrics.md", "Podcast/Season 1/S01E10 - Finale.md", "Podcast/Season 1/S01E02 - Traces.md"].map(item);

  it("the report orders S01E02, S01E10, S02E01", () => {
    expect([...items].sort(compareItems).map((i) => i.episode.basename.slice(0, 6))).toEqual(["S01E02", "S01E10", "S02E01"]);
  });

  it("the sidebar row and the agenda call it S02E01", () => {
    const first = items[0] as ReportItem;
    expect(buildRow(first, { today: "2026-03-04", duplicateNumber: false, chip: null, locale: "en" }).number).toBe("S02E01");
    expect(episodeLabel(first.episode, PODCAST)).toBe("S02E01 · Metrics");
  });

  it("the same number in two seasons is no duplicate in the sidebar; twice in one season is", () => {
    expect(duplicateNumberPaths([item("Podcast/S01E01 - A.md"), item("Podcast/S02E01 - B.md")])).toEqual(new Set());
    expect(duplicateNumberPaths([item("Podcast/S02E01 - A.md"), item("Podcast/S02E01 - B.md")])).toEqual(new Set(["Podcast/S02E01 - A.md", "Podcast/S02E01 - B.md"]));
  });
});

describe("calendar invites of a season show", () => {
  it("S01E01 and S02E01 are two events; a show without seasons keeps its UIDs", () => {
    const read = (name: string) => readNote(`Podcast/${name}.md`, "Guest:: Ann\n- [ ] a\n", { parseName: nameParser(PATTERN, "") });
    expect(episodeUid(read("S01E01 - Logs"), PODCAST)).not.toBe(episodeUid(read("S02E01 - Metrics"), PODCAST));
    // The same episode renamed keeps its event.
    expect(episodeUid(read("S02E01 - Metrics"), PODCAST)).toBe(episodeUid(read("S02E01 - Metrics, with Ann"), PODCAST));
    const plain = readNote("OH/OH 01 - Logs.md", "Guest:: Ann\n- [ ] a\n");
    expect(episodeUid(plain, PODCAST)).toBe(stableUid("podcast#1"));
  });
});

describe("snippets of a season show", () => {
  // {{episode}} (the built-in texts' "#05") is "S02E02" for a season show: "Podcast #02 with
  // Ann Lee" was the title of S01E02's invite too.
  const text = "---\ndate: 2026-03-11\n---\nGuest:: Ann Lee\n## Checklist\n- [ ] Invite\n";
  const fill = (path: string, id: string) => {
    const episode = readNote(path, text, { parseName: nameParser(PATTERN, "") });
    const snippet = BUILTIN_SNIPPETS.find((s) => s.id === id);
    return fillSnippet(snippet?.text ?? "", snippetValues(episode, PODCAST, text)).text;
  };

  it("the invite title names the season", () => {
    expect(fill("Podcast/Season 2/S02E02 - Profiles.md", "invite-title")).toBe("Podcast S02E02 with Ann Lee");
    expect(fill("Podcast/Season 1/S01E02 - Logs.md", "invite-title")).toBe("Podcast S01E02 with Ann Lee");
  });

  it("a show without seasons keeps #05", () => {
    const episode = readNote("OH/OH 05 - Logs.md", text);
    const title = BUILTIN_SNIPPETS.find((s) => s.id === "invite-title");
    expect(fillSnippet(title?.text ?? "", snippetValues(episode, PODCAST, text)).text).toBe("Podcast #05 with Ann Lee");
  });
});
