// A note with an episode number in its name that is not read as an episode (GOH 09 in the
// real repository: a checklist, no guest field) takes its number: it is no gap in the
// show's numbering, and the report and sidebar name it as "not read as an episode".
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings, defaultShow } from "../../src/core/settings/settings";
import { numbering, othersOf } from "../../src/core/vault/numbering";
import { seriesSummaries } from "../../src/core/status/report";
import { buildGroups, numberingText } from "../../src/core/sidebar/view-model";
import { suggestDraft } from "../../src/core/new-episode/new-episode";
import { lazyFrontmatter } from "../support/notes";

const FOLDER = "projects/Grafana Office Hours";
const episode = (guest: string) => `---\ndate: 2023-08-11\n---\nGuest:: ${guest}\n\n## Checklist\n\n- [x] Contact the guest\n`;
const GOH08 = `${FOLDER}/GOH 08 - Observing the Internet of Things.md`;
const GOH09 = `${FOLDER}/GOH 09 - Getting started with Grafana Loki.md`;
const GOH10 = `${FOLDER}/GOH 10 - Grafana Play.md`;
/** Like the real GOH 09: a checklist, but no Guest:: field. */
const NO_GUEST_FIELD = "---\ndate: 2023-08-25\n---\n# GOH 09\n\n## Checklist\n\n- [x] Contact the guest\n";

function indexed(settings = defaultSettings("UTC")): EpisodeIndex {
  const index = new EpisodeIndex(createClassifier(settings));
  index.update(GOH08, episode("Golioth"), lazyFrontmatter(episode("Golioth")));
  index.update(GOH09, NO_GUEST_FIELD, lazyFrontmatter(NO_GUEST_FIELD));
  index.update(GOH10, episode("Matt Abrams"), lazyFrontmatter(episode("Matt Abrams")));
  index.update(`${FOLDER}/Grafana Office Hours Readme.md`, "# GOH\n", lazyFrontmatter("# GOH\n"));
  index.update(`${FOLDER}/Ideas for 2024.md`, "- [ ] ask Ann\n", lazyFrontmatter("- [ ] ask Ann\n"));
  return index;
}

describe("a numbered note that is not an episode", () => {
  it("is no gap: zero configuration, GOH 09 has no guest field", () => {
    const index = indexed();
    expect(index.has(GOH09)).toBe(false);
    expect(index.numberingOf("GOH")).toMatchObject({ gaps: [], notEpisodes: [GOH09], highest: 10, duplicates: [] });
    expect(index.namedNotes()).toEqual([{ path: GOH09, show: null, series: "GOH", number: 9 }]);
  });

  it("is no gap either when a shell settles it without reading it (cached metadata or bytes rule it out)", () => {
    const index = indexed();
    index.remove(GOH09);
    expect(index.numberingOf("GOH").gaps).toEqual([9]);
    index.settle(GOH09, "other");
    expect(index.numberingOf("GOH")).toMatchObject({ gaps: [], notEpisodes: [GOH09] });
  });

  it("is reported with its series in the vault report and the sidebar", () => {
    const index = indexed();
    const items = index.items(() => "2023-09-01");
    expect(seriesSummaries(items, index.namedNotes())).toEqual([
      { series: "GOH", episodes: 2, numbering: { highest: 10, next: 11, duplicates: [], gaps: [], notEpisodes: [GOH09] } },
    ]);
    const [group] = buildGroups(items, { show: "", when: "all", text: "" }, new Set(), "en", index.namedNotes());
    expect(group?.gaps).toEqual([]);
    expect(numberingText(group!)).toBe("Not read as an episode: GOH 09 - Getting started with Grafana Loki");
  });

  it("belongs to the configured show whose folder it is in, and its number is not proposed again", () => {
    const settings = defaultSettings("UTC");
    settings.shows = [{ ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: FOLDER }];
    const index = new EpisodeIndex(createClassifier(settings));
    index.update(GOH08, episode("Golioth"), lazyFrontmatter(episode("Golioth")));
    // In the show's folder a numbered note is an episode; a non-episode number needs a note
    // kept out by its marker.
    index.update(`${FOLDER}/GOH 11 - Someday.md`, "---\noffice-hours: false\n---\nmaybe\n", lazyFrontmatter("---\noffice-hours: false\n---\nmaybe\n"));
    expect(index.numberingOf("GOH")).toMatchObject({ highest: 11, gaps: [9, 10], notEpisodes: [`${FOLDER}/GOH 11 - Someday.md`] });
    const show = settings.shows[0]!;
    const others = index.namedNotes().filter((n) => n.show?.id === show.id);
    expect(suggestDraft(show, [{ number: 8, date: "2023-08-11", path: GOH08 }], new Date("2024-01-01T00:00:00Z"), others).number).toBe(12);
  });

  it("makes no duplicate: only episodes are warned about", () => {
    expect(numbering([{ number: 30, path: "GOH 30 - Direction.md" }], [{ number: 30, path: "GOH 30 - Loki deployments.md" }]).duplicates).toEqual([]);
  });

  it("without a code in its name counts only next to the series' episodes", () => {
    const others = [
      { number: 2, path: "OTel/02 - Lightweight APM.md", series: null },
      { number: 5, path: "Reading/05 - Books.md", series: null },
    ];
    expect(othersOf(null, [{ number: 3, path: "OTel/03 - Logging.md" }], others).map((o) => o.path)).toEqual(["OTel/02 - Lightweight APM.md"]);
  });

  it("is forgotten when it becomes an episode or is removed", () => {
    const index = indexed();
    index.update(GOH09, episode("Ward"), lazyFrontmatter(episode("Ward")));
    expect(index.namedNotes()).toEqual([]);
    expect(index.numberingOf("GOH").notEpisodes).toEqual([]);
    index.update(GOH09, NO_GUEST_FIELD, lazyFrontmatter(NO_GUEST_FIELD));
    index.remove(GOH09);
    expect(index.numberingOf("GOH")).toMatchObject({ gaps: [9], notEpisodes: [] });
  });
});
