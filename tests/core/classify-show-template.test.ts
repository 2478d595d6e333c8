// A show's own template note is never an episode, whatever its name: kept in the show
// folder as "GOH 00 - Template" (numbered, so it sorts first) it used to be read as one,
// and a tick in the sidebar wrote into the template.
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/vault/classify";
import { migrateSettings } from "../../src/core/settings/settings";
import { lazyFrontmatter } from "../support/notes";

const TEXT = "---\ndate: 2025-06-06\n---\nGuest:: {{guests}}\n\n## Prep\n- [ ] Invite the guest\n";

function classifierWith(template: string) {
  const { settings } = migrateSettings({
    version: 1,
    shows: [
      { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "Shows/GOH", template },
      { id: "ccg", name: "Café con Grafana", code: "CCG", folder: "Shows/CCG" },
    ],
  });
  return createClassifier(settings);
}

const kindOf = (template: string, path: string) => {
  const classifier = classifierWith(template);
  return { classify: classifier.classify(path, TEXT, lazyFrontmatter(TEXT)).kind, byPath: classifier.byPath(path)?.kind ?? null };
};

describe("a show's template note", () => {
  it.each([
    ["named with .md", "Shows/GOH/GOH 00 - Template.md"],
    ["named without .md", "Shows/GOH/GOH 00 - Template"],
    ["named with a leading slash", "/Shows/GOH/GOH 00 - Template.md"],
  ])("is a template, settled by its path (%s)", (_what, setting) => {
    expect(kindOf(setting, "Shows/GOH/GOH 00 - Template.md")).toEqual({ classify: "template", byPath: "template" });
  });

  it("is a template in another show's folder too", () => {
    expect(kindOf("Shows/CCG/CCG 00 - Blank.md", "Shows/CCG/CCG 00 - Blank.md").classify).toBe("template");
  });

  it("leaves the show's episodes, and a note of the same name elsewhere, as they were", () => {
    expect(kindOf("Shows/GOH/GOH 00 - Template.md", "Shows/GOH/GOH 01 - First steps.md").classify).toBe("episode");
    expect(kindOf("Shows/GOH/GOH 00 - Template.md", "Shows/CCG/GOH 00 - Template.md").byPath).toBeNull();
    expect(kindOf("", "Shows/GOH/GOH 00 - Template.md").classify).toBe("episode");
  });
});
