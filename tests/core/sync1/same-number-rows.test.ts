// What the sidebar's rows say of a number two episodes use, and of a note's sync conflict
// copies (src/core/sidebar/same-number-text.ts, view-model.ts, sidebar-model.ts), on the
// walk11 vault's notes (tests/fixtures/walk11-vault/Shows/THL, read as the CLI reads them).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/vault/classify";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { defaultSettings } from "../../../src/core/settings/settings";
import { SidebarModel } from "../../../src/core/sidebar/sidebar-model";
import { sameNumberMessage } from "../../../src/core/sidebar/same-number-text";
import { lazyFrontmatter } from "../../support/notes";
import { bestGrowth } from "../../support/growth";

const DIR = join(import.meta.dirname, "../../fixtures/walk11-vault/Shows/THL");
const F = "Shows/THL";

function rows(): Map<string, string[]> {
  const index = new EpisodeIndex(createClassifier(defaultSettings()));
  for (const name of readdirSync(DIR)) {
    const text = readFileSync(join(DIR, name), "utf8");
    index.update(`${F}/${name}`, text, lazyFrontmatter(text));
  }
  const model = new SidebarModel();
  model.refresh({
    revision: index.revision,
    episodes: () => index.all(),
    others: () => index.namedNotes(),
    settings: index.settings,
    todayIn: () => "2025-03-03",
    nowMs: Date.parse("2025-03-03T09:00:00Z"),
    fallbackZone: "Europe/Berlin",
    syncCopiesOf: (path) => index.syncCopiesOf(path),
    locale: "en",
  });
  return new Map(model.rows.map((r) => [r.path.slice(F.length + 1), r.alerts.map((a) => `${a.severity}: ${a.message}`)]));
}

describe("rows of the walk11 vault", () => {
  const byName = rows();

  it("one row for THL 42, which names its two conflict copies in amber and says what to do", () => {
    expect([...byName.keys()].filter((n) => n.startsWith("THL 42"))).toEqual(["THL 42 - Tempo.md"]);
    expect(byName.get("THL 42 - Tempo.md")).toContain(
      "soon: Sync conflict copies: “THL 42 - Tempo (conflicted copy 2025-03-01)”, “THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123”. Compare them with this note, keep what you need here, delete the copies.",
    );
  });

  it("a “ (1)” and a “ 1” note say what they look like a copy of; their originals say the same of them", () => {
    const say = (name: string) => (byName.get(name) ?? []).filter((a) => a.includes("Number"));
    expect(say("THL 41 - Alert fatigue (1).md")).toEqual(["soon: Number 41 is also used by “THL 41 - Alert fatigue”, of which this looks like a copy (the same name with “ (1)”)."]);
    expect(say("THL 41 - Alert fatigue.md")).toEqual(["soon: Number 41 is also used by “THL 41 - Alert fatigue (1)”, which looks like a copy of this note (the same name with “ (1)”)."]);
    expect(say("THL 40 - Loki labels 1.md")).toEqual(["soon: Number 40 is also used by “THL 40 - Loki labels”, of which this looks like a copy (the same name with “ 1”)."]);
  });

  it("both hosts' THL 44 name each other", () => {
    expect(byName.get("THL 44 - Grafana Alloy.md")).toContain("soon: Number 44 is also used by “THL 44 - Profiling with Pyroscope”.");
    expect(byName.get("THL 44 - Profiling with Pyroscope.md")).toContain("soon: Number 44 is also used by “THL 44 - Grafana Alloy”.");
  });
});

describe("the duplicate-number message", () => {
  it("names every other note, by path when it is in another folder", () => {
    expect(sameNumberMessage("7", "S/A 7.md", ["S/B 7.md", "T/C 7.md"])).toBe("Number 7 is also used by “B 7” and “T/C 7”.");
    expect(sameNumberMessage("7", "S/A 7.md", ["S/B 7.md", "S/C 7.md", "S/A 7 (2).md"])).toBe(
      "Number 7 is also used by “B 7”; “C 7”; and “A 7 (2)”, which looks like a copy of this note (the same name with “ (2)”).",
    );
  });
});

describe("a number many episodes use", () => {
  it("names the first three others and counts the rest", () => {
    expect(sameNumberMessage("1", "S/A.md", ["S/B.md", "S/C.md", "S/D.md"], 5)).toBe("Number 1 is also used by “B”, “C”, “D” and 2 more.");
  });

  it("the first drawing grows with the episodes, not with their square", () => {
    const make = (n: number, copies: number) => {
      const index = new EpisodeIndex(createClassifier(defaultSettings()));
      const text = "Guest:: Ann\n\n- [ ] Invite\n";
      for (let i = 0; i < n * copies; i++) index.update(`${F}/THL 1 - Part ${i}.md`, text, lazyFrontmatter(text));
      return index;
    };
    const draw = (index: EpisodeIndex) =>
      new SidebarModel().refresh({
        revision: index.revision,
        episodes: () => index.all(),
        settings: index.settings,
        todayIn: () => "2025-03-03",
        nowMs: 0,
        fallbackZone: "UTC",
        syncCopiesOf: (path) => index.syncCopiesOf(path),
        locale: "en",
      });
    expect(bestGrowth(draw, make, 200, 8, 1)).toBeLessThan(8);
  });
});
