// Talking points, questions and show notes are the show's content, not work with a
// deadline: the agenda and the overdue counts leave them out unless an item carries a
// date of its own. Before this rule the five-show vault's OTel 03 listed 29 talking
// points "due" on the show's day, and an aired episode's uncovered points read as late.
import { describe, expect, it } from "vitest";
import { Agenda, type AgendaSource } from "../../../src/core/deadlines/agenda";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings, type ShowSettings } from "../../../src/core/settings/settings";
import { episodeStatus } from "../../../src/core/status/status";
import { lazyFrontmatter } from "../../support/notes";

const SETTINGS = defaultSettings("UTC");
const SHOW = SETTINGS.shows[0] as ShowSettings;
const rules = (show: ShowSettings | null) => ({ deadlines: (show ?? SHOW).deadlines, schedule: (show ?? SHOW).schedule });

const NOTE = [
  "---",
  "date: 2026-11-27",
  "---",
  "Guest:: Ann",
  "## Checklist",
  "- [ ] Thumbnail",
  "## Talking points",
  "- [ ] Why traces",
  "- [ ] Demo 📅 2026-11-25",
  "## Questions",
  "- [ ] What broke first?",
  "## After the show",
  "- [ ] Add chapters",
].join("\n");

function index(): EpisodeIndex {
  const built = new EpisodeIndex(createClassifier(SETTINGS));
  built.update("OH 07 - Tracing.md", NOTE, lazyFrontmatter(NOTE));
  return built;
}

function agendaOn(day: string): Record<string, string[]> {
  const agenda = new Agenda(rules);
  agenda.sync(index().all() as AgendaSource[]);
  return Object.fromEntries(agenda.view(() => day).map((g) => [g.name, g.items.map((i) => i.entry.text)]));
}

describe("talking points and questions in the agenda", () => {
  it("are left out before the show unless dated, while prep items are listed", () => {
    expect(agendaOn("2026-11-20")).toEqual({ overdue: [], today: [], week: ["Thumbnail", "Demo"], later: ["Add chapters"], undated: [] });
  });

  it("are never late after the show; only the after-show item is", () => {
    const shown = agendaOn("2026-12-05");
    expect(shown.overdue).toEqual(["Add chapters", "Demo"]);
    expect(shown.overdue).not.toContain("Why traces");
    expect(shown.overdue).not.toContain("What broke first?");
  });
});

describe("talking points in an episode's status", () => {
  it("count in the progress but give no deadline and no lateness", () => {
    const episode = index().all()[0]?.episode;
    if (!episode) throw new Error("the note was not indexed");
    const status = episodeStatus(episode, "2026-12-05", { deadlines: SHOW.deadlines, schedule: SHOW.schedule, warnDaysBefore: SETTINGS.warnDaysBefore });
    expect(status.phases.other.total).toBe(3);
    // Late: the dated talking point (2026-11-25) and the chapters (the after-show
    // deadline, a week after: 2026-12-04); the two undated points are content, never late.
    expect(status.overdue).toBe(2);
    expect(status.lateByOwnDate).toBe(1);
  });
});
