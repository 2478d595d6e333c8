// When "Detect shows" proposes "Look for episodes only in the show folders": only when no
// episode found now would be lost. Checked against the classifier itself: with the
// proposal applied, every episode is still one; each episode named outside is not.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foundEpisodes, scopeProposal, type FoundEpisode } from "../../../src/core/detect/scope";
import { mergeProposals } from "../../../src/core/detect/merge";
import { createClassifier } from "../../../src/core/vault/classify";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../../src/core/settings/settings";
import type { ProposedShow } from "../../../src/core/detect/types";
import { lazyFrontmatter } from "../../support/notes";
import { detect, fixtureNotes } from "./fixture-vault";

function proposal(id: string, folder: string, episodes: string[], correctionOf: string | null = null): ProposedShow {
  const show = { ...defaultShow("UTC", id), id, code: id.toUpperCase(), folder };
  return { show, evidence: {}, summary: "", episodes, correctionOf, changes: [], warnings: [], held: [] };
}

const unmarked = (...paths: string[]): FoundEpisode[] => paths.map((path) => ({ path, marked: false }));
const empty: OfficeHoursSettings = { ...defaultSettings("UTC"), shows: [] };

describe("the rule", () => {
  it("proposes it when every episode lies in a folder of the shows accepted", () => {
    const scope = scopeProposal(empty, [proposal("goh", "Shows/GOH", ["Shows/GOH/GOH 1 - A.md"])], unmarked("Shows/GOH/GOH 1 - A.md", "Shows/GOH/2024/GOH 2 - B.md"));
    expect(scope).toMatchObject({ propose: true, on: true, alreadyOn: false, outside: [] });
    expect(scope.reason).toBe("All 2 episodes found are in the show folders or carry the office-hours: property: the other notes need not be read.");
  });

  it("does not when an episode lies elsewhere, naming three and counting the rest", () => {
    const elsewhere = ["Inbox/e.md", "Inbox/d.md", "Daily/c.md", "b.md", "Inbox/a.md"];
    const scope = scopeProposal(empty, [proposal("goh", "Shows/GOH", ["Shows/GOH/GOH 1 - A.md"])], unmarked("Shows/GOH/GOH 1 - A.md", ...elsewhere));
    expect(scope).toMatchObject({ propose: false, on: false, outside: ["Daily/c.md", "Inbox/a.md", "Inbox/d.md", "Inbox/e.md", "b.md"] });
    expect(scope.reason).toBe("5 episodes lie outside the show folders and would no longer be found: Daily/c, Inbox/a, Inbox/d and 2 more.");
  });

  it("does not on the evidence of zero episodes: a show with a folder and nothing found yet", () => {
    const settings: OfficeHoursSettings = { ...defaultSettings("UTC"), shows: [{ ...defaultShow("UTC", "Office Hours"), folder: "Office Hours" }] };
    const scope = scopeProposal(settings, [], []);
    expect(scope).toMatchObject({ propose: false, on: false, outside: [] });
    expect(scope.reason).toBe("No episode was found yet, so nothing says where your episodes live.");
  });

  it("counts an episode with the office-hours: property as found anywhere", () => {
    const episodes = [...unmarked("Shows/GOH/GOH 1 - A.md"), { path: "Inbox/Special.md", marked: true }];
    expect(scopeProposal(empty, [proposal("goh", "Shows/GOH", [])], episodes).propose).toBe(true);
  });

  it("does not without a show folder, and a folder's prefix is not the folder", () => {
    expect(scopeProposal(empty, [proposal("goh", "", ["GOH 1 - A.md"])], []).reason).toBe("No show has a folder, so it would change nothing.");
    expect(scopeProposal(empty, [proposal("goh", "Shows/GOH", [])], unmarked("Shows/GOH 2/x.md")).outside).toEqual(["Shows/GOH 2/x.md"]);
  });

  it("counts the folders of the shows already set up, not only the accepted ones", () => {
    const settings = { ...empty, shows: [{ ...defaultShow("UTC"), id: "aa", folder: "Shows/AA" }] };
    expect(scopeProposal(settings, [proposal("goh", "Shows/GOH", [])], unmarked("Shows/AA/AA 1.md")).propose).toBe(true);
    // Without the new show's folder its episodes are outside: an unticked show counts as not accepted.
    expect(scopeProposal(settings, [], unmarked("Shows/AA/AA 1.md", "Shows/GOH/GOH 1.md")).outside).toEqual(["Shows/GOH/GOH 1.md"]);
  });

  it("follows a correction that moves a show's folder", () => {
    const settings = { ...empty, shows: [{ ...defaultShow("UTC"), id: "goh", folder: "Old" }] };
    const moved = proposal("goh", "New", ["New/GOH 2.md"], "goh");
    expect(scopeProposal(settings, [moved], unmarked("Old/GOH 1.md", "New/GOH 2.md")).outside).toEqual(["Old/GOH 1.md"]);
  });

  it("keeps it on when the user already has it on, saying so and what is not found", () => {
    const settings = { ...empty, episodesOnlyInShowFolders: true };
    const scope = scopeProposal(settings, [proposal("goh", "Shows/GOH", [])], unmarked("Inbox/a.md"));
    expect(scope).toMatchObject({ propose: false, on: true, alreadyOn: true, outside: ["Inbox/a.md"] });
    expect(scope.reason).toBe("You turned it on; it stays on. 1 episode lies outside the show folders and would no longer be found: Inbox/a.");
  });

  it("does not while the episodes are not known yet (the first index runs), and keeps it on", () => {
    const off = scopeProposal(empty, [proposal("goh", "Shows/GOH", [])], null);
    expect(off).toMatchObject({ propose: false, on: false, outside: [] });
    expect(off.reason).toBe("The vault is still being indexed: run Detect shows again once it is done to know whether every episode is in a show folder.");
    expect(scopeProposal({ ...empty, episodesOnlyInShowFolders: true }, [], null).on).toBe(true);
  });

  it("adds the accepted shows' own episodes to those found", () => {
    // Their episodes are not in the index yet (one-colon guest lines): they still count.
    const scope = scopeProposal(empty, [proposal("goh", "Shows/GOH", ["Elsewhere/GOH 1.md"])], []);
    expect(scope.outside).toEqual(["Elsewhere/GOH 1.md"]);
  });
});

describe("the five-show vault", () => {
  const notes = fixtureNotes("five-shows");
  const settings = defaultSettings("Europe/Amsterdam");
  const index = new EpisodeIndex(createClassifier(settings));
  for (const note of notes) index.update(note.path, note.text, note.frontmatter);
  const result = detect(notes);

  it("proposes it: every episode is in one of the five shows' folders", () => {
    // With no configuration the vault holds nine episodes (a task and a `Guest::` field; the
    // Cafe con Grafana notes write `Invitado(s):` with one colon, found through their show),
    // all under the five folders. The process note and the templates are not episodes.
    const found = foundEpisodes(index);
    expect(found).toHaveLength(9);
    const scope = scopeProposal(settings, result.shows, found);
    expect(scope).toMatchObject({ propose: true, on: true, outside: [] });
    expect(scope.reason).toMatch(/^All 12 episodes found/);
  });

  it("does not when Loki Community Calls is left out: its two dated notes would be lost", () => {
    const scope = scopeProposal(settings, result.shows.filter((p) => p.show.name !== "Loki Community Calls"), foundEpisodes(index));
    expect(scope.propose).toBe(false);
    expect(scope.outside).toEqual(["projects/Loki Community Calls/2025-03-25-loki-cache.md", "projects/Loki Community Calls/2025-06-24-road-to-4-0.md"]);
  });
});

// Property: for any vault and shows, with the proposal applied every episode found is
// still an episode, and every episode it names outside is no longer one.
const folders = ["", "Shows", "Shows/GOH", "Shows/GOH 2", "Inbox", "Shows/GOH/2024", "Podcast/"];
const note = fc.record({
  folder: fc.constantFrom(...folders),
  n: fc.integer({ min: 0, max: 50 }),
  marker: fc.constantFrom(null, "GOH", "false"),
  guest: fc.boolean(),
});
const showArb = fc.record({ folder: fc.constantFrom(...folders, "/Shows/GOH/", "Shows\\GOH"), accepted: fc.boolean(), configured: fc.boolean() });

describe("the rule against the classifier", () => {
  it("propose ⇒ every episode found is inside a show folder or marked; each one named outside is lost", () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 12 }), fc.array(showArb, { maxLength: 3 }), fc.boolean(), (specs, shows, on) => {
        const files = new Map<string, string>();
        for (const s of specs) {
          const path = `${s.folder.replace(/\/$/, "")}${s.folder === "" ? "" : "/"}Note ${s.n}.md`.replace(/^\//, "");
          const front = s.marker === null ? "" : `---\noffice-hours: ${s.marker}\n---\n`;
          files.set(path, `${front}# T\n\n${s.guest ? "Guest:: Ann\n" : ""}\n- [ ] Task\n`);
        }
        const configured = shows.filter((s) => s.configured).map((s, i) => ({ ...defaultShow("UTC"), id: `c${i}`, code: `C${i}`, name: `C${i}`, folder: s.folder }));
        const settings: OfficeHoursSettings = { ...empty, shows: configured, episodesOnlyInShowFolders: on };
        const index = new EpisodeIndex(createClassifier(settings));
        for (const [path, text] of files) index.update(path, text, lazyFrontmatter(text));
        const accepted = shows
          .filter((s) => !s.configured && s.accepted)
          .map((s, i) => proposal(`p${i}`, s.folder, [...files.keys()].filter((p) => p.startsWith(s.folder.replace(/^\/|\/$/g, "")))));
        const found = foundEpisodes(index);
        const scope = scopeProposal(settings, accepted, found);
        expect(scope.on).toBe(scope.propose || on);
        const after = createClassifier(mergeProposals(settings, accepted, true).settings);
        const stillEpisode = (path: string) => after.classify(path, files.get(path) ?? "", lazyFrontmatter(files.get(path) ?? "")).kind === "episode";
        const all = new Set([...found.map((e) => e.path), ...accepted.flatMap((p) => p.episodes)]);
        if (scope.propose) {
          for (const path of all) if (files.has(path) && index.has(path)) expect(stillEpisode(path)).toBe(true);
          expect(after.settings.shows.some((s) => s.folder.replace(/[\\/]/g, "") !== "")).toBe(true);
        }
        for (const path of scope.outside) {
          expect(all.has(path)).toBe(true);
          expect(stillEpisode(path)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("accepting it with the shows", () => {
  it("stores the setting as accepted and says when it changed", () => {
    const merged = mergeProposals(empty, [proposal("goh", "Shows/GOH", [])], true);
    expect(merged.settings.episodesOnlyInShowFolders).toBe(true);
    expect(merged.onlyShowFolders).toBe(true);
    expect(empty.episodesOnlyInShowFolders).toBe(false);
    const kept = mergeProposals({ ...empty, episodesOnlyInShowFolders: true }, [], true);
    expect(kept.onlyShowFolders).toBeNull();
    // Omitted, the setting is left as it is.
    expect(mergeProposals({ ...empty, episodesOnlyInShowFolders: true }, []).settings.episodesOnlyInShowFolders).toBe(true);
  });
});
