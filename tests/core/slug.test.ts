// Titles as slugs ("Road to 4.0" → "road-to-4-0"), for shows whose names are written so,
// and the New episode form's refusal of a topic a slug would empty.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSlug, slugify } from "../../src/core/note/slug";
import { renderName } from "../../src/core/note/name-pattern";
import { safeFileName } from "../../src/core/new-episode/naming";
import { planEpisode, validateDraft } from "../../src/core/new-episode/new-episode";
import { defaultShow } from "../../src/core/settings/settings";

const loki = { ...defaultShow("UTC", "Loki Community Calls"), code: "", folder: "Loki", fileNamePattern: "{{date}}-{{topic:slug}}" };
const draft = (topic: string) => ({ topic, guests: [], date: "2024-01-16", time: "16:00", number: null });

describe("slugs of titles", () => {
  it.each([
    ["Tracing with Tempo", "tracing-with-tempo"],
    ["Road to 4.0", "road-to-4-0"],
    // Accents go, as in URL slugs; letters of other scripts stay (an empty slug is no name).
    ["Dashboardeando en español", "dashboardeando-en-espanol"],
    ["Überwachung für Anfänger", "uberwachung-fur-anfanger"],
    ["Привет, Loki", "привет-loki"],
    ["ログの基本", "ログの基本"],
    ["नमस्ते Grafana", "नमस्ते-grafana"],
    // "&", emoji and what no file name may hold separate words; apostrophes join them.
    ["Q&A: Pyroscope & Ryan Perry", "q-a-pyroscope-ryan-perry"],
    ["🎉 Launch party 🎉️", "launch-party"],
    ["LogQL Do's & Don'ts", "logql-dos-donts"],
    ['a/b\\c:d*e?f"g<h>i|j#k^l[m]n', "a-b-c-d-e-f-g-h-i-j-k-l-m-n"],
    ["  -- already-a-slug --  ", "already-a-slug"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("a title without letters or digits has no slug", () => {
    for (const title of ["", "🎉🎉", " & ? ", "…", "\u{FE0F}\u{200D}"]) expect(slugify(title)).toBe("");
  });

  it("tells slugs from titles as typed", () => {
    expect(["loki-cache", "road-to-4-0", "привет-loki"].map(isSlug)).toEqual([true, true, true]);
    expect(["LogQL-Does-Don'ts", "Alerting", "loki", "All About Metrics", "loki--cache", "-loki"].map(isSlug)).toEqual([false, false, false, false, false, false]);
  });

  it("for any title: empty exactly when it has no letter or digit; otherwise a lowercase slug a file name keeps as it is", () => {
    const title = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: fc.constantFrom("a", "É", " ", "-", "&", ".", "'", "/", ":", "#", "🎉", "\u0301", "\u{FE0F}", "ß", "İ", "ǅ", "ー", "1"), maxLength: 30 }));
    fc.assert(
      fc.property(title, (text) => {
        const slug = slugify(text);
        const hasWord = /[\p{L}\p{N}]/u.test(text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
        expect(slug === "").toBe(!hasWord);
        if (slug === "") return;
        // Words of letters, marks and digits joined by single hyphens: nothing a file system or link refuses.
        expect(slug).toMatch(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u);
        expect(slug).toBe(slug.toLowerCase());
        expect(slugify(slug)).toBe(slug);
        // The name New episode makes from it is kept as it is by the file-name rules.
        const name = `2024-01-16-${slug}`;
        // (Past 200 bytes any name is cut short, slug or not: naming.test.ts covers that.)
        if (new TextEncoder().encode(name).length <= 200) expect(safeFileName(name)).toBe(name);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a pattern with {{topic:slug}}", () => {
  it("writes the topic as a slug, and nothing else changes", () => {
    const fields = { show: "Loki", code: "", number: "", topic: "Tracing with Tempo", guests: "Ann Lee", date: "2024-01-16" };
    expect(renderName("{{date}}-{{topic:slug}}", fields)).toBe("2024-01-16-tracing-with-tempo");
    expect(renderName("{{date}}-{{topic}}", fields)).toBe("2024-01-16-Tracing with Tempo");
    expect(renderName("{{date}}-{{topic:slug}}-{{guests:slug}}", fields)).toBe("2024-01-16-tracing-with-tempo-ann-lee");
  });

  it("New episode names the note in the team's style", () => {
    expect(planEpisode(draft("Tracing with Tempo"), loki, null, new Date("2024-01-01T00:00:00Z")).path).toBe("Loki/2024-01-16-tracing-with-tempo.md");
  });

  it("refuses a topic with no letter or digit, saying why, only when the show writes slugs", () => {
    expect(validateDraft(draft("🎉 & ?"), [], loki.fileNamePattern).topic).toContain("at least one letter or digit");
    expect(validateDraft(draft("🎉 & ?"), [], "{{date}}-{{topic}}").topic).toBeUndefined();
    expect(validateDraft(draft("Tracing with Tempo"), [], loki.fileNamePattern).topic).toBeUndefined();
  });
});
