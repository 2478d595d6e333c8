// Several shows in one folder (the real notes side by side in "Shows/", set up as Detect
// proposes them): a note goes to the show its code, marker, name or guest field points
// to; with nothing telling the shows apart it belongs to none of them, is read with every
// show's guest field, and says why. Before, it went silently to the first show sharing
// the folder: "03 - Logging Best Practices" became an A&A episode with no guest.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClassifier, type Classified } from "../../../src/core/vault/classify";
import { defaultSettings, defaultShow } from "../../../src/core/settings/settings";
import type { OfficeHoursSettings, ShowSettings } from "../../../src/core/settings/settings";
import { claimantAmong, mentions } from "../../../src/core/vault/shared-folder";
import { realNote } from "../../plugin/harness";
import { lazyFrontmatter } from "../../support/notes";
import { bestGrowth, whole } from "../../support/growth";

function show(id: string, name: string, code: string, guestFields: string[], folder = "Shows"): ShowSettings {
  return { ...defaultShow("UTC", name), id, code, folder, guestFields };
}

// The three shows as Detect proposes them for the real notes in one folder (walk9-real-notes).
const AA = show("a-a", "A&A", "A&A", ["Guest"]);
const CCG = show("ccg", "CCG", "CCG", ["Invitado(s):"]);
const GOH = show("grafana-office-hours", "Grafana Office Hours", "GOH", ["Guest"]);

function settingsWith(shows: ShowSettings[]): OfficeHoursSettings {
  return { ...defaultSettings(), shows };
}

function classify(settings: OfficeHoursSettings, path: string, text: string): Classified {
  return createClassifier(settings).classify(path, text, lazyFrontmatter(text));
}

const LOGGING = realNote("03 - Logging Best Practices.md");
const CCG005 = realNote("CCG 005 - 231130 - RepasemosElGStack.md");
const GOH12 = realNote("GOH 12 - Govable.md");
const shared = settingsWith([AA, CCG, GOH]);

describe("a note in a folder several shows share", () => {
  it("with nothing telling them apart is no show's, keeps its `Guests::` guests and says why", () => {
    const result = classify(shared, "Shows/03 - Logging Best Practices.md", LOGGING);
    expect(result.kind).toBe("episode");
    expect(result.show).toBeNull();
    expect(result.episode?.guests.map((g) => g.name)).toEqual(["Jack Berg", "Ed Welch"]);
    const warning = result.episode?.warnings.find((w) => w.startsWith("Several shows"));
    expect(warning).toContain("“Shows” (A&A, CCG, GOH)");
    expect(warning).toContain("office-hours: <code>");
  });

  it("with a show's code at the start of its name is that show's, read with its fields, and no warning", () => {
    const goh = classify(shared, "Shows/GOH 12 - Govable.md", GOH12);
    expect(goh.show?.id).toBe("grafana-office-hours");
    expect(goh.episode?.warnings.some((w) => w.startsWith("Several shows"))).toBe(false);
    const ccg = classify(shared, "Shows/CCG 005 - 231130 - RepasemosElGStack.md", CCG005);
    expect(ccg.show?.id).toBe("ccg");
    expect(ccg.episode?.guests.map((g) => g.name)).toEqual(["Raul Marin"]);
  });

  it("with the marker is the marker's show", () => {
    const text = `---\noffice-hours: GOH\n${LOGGING.slice(4)}`;
    expect(classify(shared, "Shows/03 - Logging Best Practices.md", text).show?.id).toBe("grafana-office-hours");
  });

  it("naming a show (its name or code as whole words) anywhere in its name is that show's", () => {
    expect(classify(shared, "Shows/Grafana Office Hours - Logging.md", LOGGING).show?.id).toBe("grafana-office-hours");
    expect(classify(shared, "Shows/Logging (GOH).md", LOGGING).show?.id).toBe("grafana-office-hours");
    // "goh" inside a longer word names nothing.
    expect(classify(shared, "Shows/Gohan - Logging.md", LOGGING).show).toBeNull();
  });

  it("with a guest field only one of them reads is that show's", () => {
    // CCG's note under a name with no code: only CCG reads `Invitado(s):` with one colon.
    const result = classify(shared, "Shows/Repasemos el G Stack.md", CCG005);
    expect(result.show?.id).toBe("ccg");
    expect(result.episode?.guests.map((g) => g.name)).toEqual(["Raul Marin"]);
  });

  it("a folder one show has alone still decides, whatever the name", () => {
    const alone = settingsWith([AA, { ...GOH, folder: "GOH" }]);
    expect(classify(alone, "Shows/03 - Logging Best Practices.md", LOGGING).show?.id).toBe("a-a");
  });

  it("does not depend on the order of the shows in the settings", () => {
    const names = ["03 - Logging Best Practices", "Grafana Office Hours - Logging", "GOH 12 - Govable", "A&A 22 - x", "CCG 005 - 231130 - x", "Repasemos", "Logging (A&A)", "x"];
    const texts = [LOGGING, CCG005, GOH12];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...texts), fc.shuffledSubarray([AA, CCG, GOH], { minLength: 3, maxLength: 3 }), (name, text, order) => {
        const path = `Shows/${name}.md`;
        const a = classify(shared, path, text);
        const b = classify(settingsWith(order), path, text);
        expect([b.kind, b.show?.id ?? null, b.episode?.guests.map((g) => g.name)]).toEqual([a.kind, a.show?.id ?? null, a.episode?.guests.map((g) => g.name)]);
      }),
      { numRuns: 100 },
    );
  });

  it("gives its number to the series its code names, not to the first show of the folder", () => {
    const classifier = createClassifier(shared);
    expect(classifier.numbered("Shows/GOH 12 - Govable.md")?.show?.id).toBe("grafana-office-hours");
    expect(classifier.numbered("Shows/03 - Logging Best Practices.md")?.show ?? null).toBeNull();
  });
});

describe("claimantAmong and mentions", () => {
  it("evidence that matches none of the shows narrows nothing; a tie is nobody", () => {
    expect(claimantAmong("x", [AA, GOH], () => false)).toBeNull();
    expect(claimantAmong("x", [AA, GOH], () => true)).toBeNull();
    expect(claimantAmong("x", [AA, CCG], (s) => s === CCG)).toBe(CCG);
    // Both named: the guest field decides between them.
    expect(claimantAmong("A&A vs CCG", [AA, GOH, CCG], (s) => s === CCG)).toBe(CCG);
  });

  it("reads the note once per set of guest fields: shows with the same fields cannot differ", () => {
    const asked: string[] = [];
    expect(
      claimantAmong("x", [AA, GOH, CCG], (s) => {
        asked.push(s.id);
        return s === CCG;
      }),
    ).toBe(CCG);
    expect(asked).toEqual(["a-a", "ccg"]);
  });

  it("matches whole words only", () => {
    expect(mentions("logging (goh)", "goh")).toBe(true);
    expect(mentions("gohan", "goh")).toBe(false);
    expect(mentions("a&a 22", "a&a")).toBe(true);
    expect(mentions("anything", "")).toBe(false);
  });

  it.each([
    ["a show's code repeated inside one long word", (n: number) => "goh".repeat(n / 3)],
    ["a long name of near misses", (n: number) => "goha ".repeat(n / 5)],
  ])("takes linear time: %s", (_what, make) => {
    expect(bestGrowth((name: string) => mentions(name, "goh"), whole(make), 4000, 8)).toBeLessThan(8);
    expect(bestGrowth((name: string) => classify(shared, `Shows/${name}.md`, "- [ ] a\nGuests:: Ann\n"), whole(make), 4000, 8)).toBeLessThan(8);
  });
});
