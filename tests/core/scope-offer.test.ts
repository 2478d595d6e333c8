// The settings page's offer to look for episodes only in the show folders (scope-offer.ts):
// made with shows set up by hand and episodes outside their folders, never otherwise.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultSettings, defaultShow, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { scopeOffer } from "../../src/core/settings/scope-offer";
import { isUnder } from "../../src/core/vault/classify";

function handSet(overrides: Partial<OfficeHoursSettings> = {}): OfficeHoursSettings {
  const settings = defaultSettings("UTC");
  settings.shows = [{ ...defaultShow("UTC", "Tech Talk"), id: "tech-talk", code: "TT", folder: "Podcasts/Tech Talk" }];
  return { ...settings, ...overrides };
}

const EPISODES = [
  { path: "Podcasts/Tech Talk/TT 01 - Pilot.md", marked: false },
  { path: "Dinner party.md", marked: false },
  { path: "Inbox/Standup.md", marked: false },
  { path: "Notes/Kept on purpose.md", marked: true },
];

describe("scopeOffer", () => {
  it("names the unmarked episodes outside the show folders", () => {
    expect(scopeOffer(handSet(), EPISODES)).toEqual({
      outside: ["Dinner party.md", "Inbox/Standup.md"],
      line: "2 notes outside the show folders are read as episodes (a task and a guest field): Dinner party, Inbox/Standup. Turn this on if they are not episodes.",
    });
    const many = Array.from({ length: 5 }, (_, i) => ({ path: `Party ${i + 1}.md`, marked: false }));
    expect(scopeOffer(handSet(), many)?.line).toBe(
      "5 notes outside the show folders are read as episodes (a task and a guest field): Party 1, Party 2, Party 3 and 2 more. Turn this on if they are not episodes.",
    );
    expect(scopeOffer(handSet(), [EPISODES[1] ?? { path: "", marked: false }])?.line).toMatch(/^1 note outside the show folders is read as an episode /);
  });

  it("is not made when the setting is on, the index is not ready, the show is the untouched default, or nothing lies outside", () => {
    expect(scopeOffer(handSet({ episodesOnlyInShowFolders: true }), EPISODES)).toBeNull();
    expect(scopeOffer(handSet(), null)).toBeNull();
    expect(scopeOffer(defaultSettings("UTC"), EPISODES)).toBeNull();
    expect(scopeOffer(handSet(), [EPISODES[0] ?? { path: "", marked: false }, EPISODES[3] ?? { path: "", marked: false }])).toBeNull();
    const noFolder = handSet();
    noFolder.shows = noFolder.shows.map((s) => ({ ...s, folder: "" }));
    expect(scopeOffer(noFolder, EPISODES)).toBeNull();
  });

  it("for any episodes: offers exactly the unmarked ones outside every show folder", () => {
    const path = fc.tuple(fc.constantFrom("", "Podcasts/", "Podcasts/Tech Talk/", "Podcasts/Tech Talk Extra/", "Inbox/"), fc.stringMatching(/^[A-Za-z ]{1,8}$/)).map(([dir, name]) => `${dir}${name}.md`);
    fc.assert(
      fc.property(fc.array(fc.record({ path, marked: fc.boolean() }), { maxLength: 12 }), (episodes) => {
        const expected = [...new Set(episodes.filter((e) => !episodes.some((o) => o.path === e.path && o.marked) && !isUnder(e.path, "Podcasts/Tech Talk")).map((e) => e.path))].sort();
        const offer = scopeOffer(handSet(), episodes);
        expect(offer?.outside ?? []).toEqual(expected);
        expect(offer === null).toBe(expected.length === 0);
      }),
    );
  });
});
