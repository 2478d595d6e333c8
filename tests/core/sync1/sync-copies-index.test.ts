// The index and a sync tool's conflict copies (src/core/vault/sync-copies.ts): a copy
// whose original episode is there is no episode (no row, no item, no number), and the
// original names it; without its original it is the episode. Real notes: the walk11
// vault's THL 42 and its Dropbox and Syncthing copies (tests/fixtures/walk11-vault).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../../src/core/vault/classify";
import { EpisodeIndex } from "../../../src/core/vault/episode-index";
import { defaultSettings } from "../../../src/core/settings/settings";
import { lazyFrontmatter } from "../../support/notes";
import { bestGrowth } from "../../support/growth";

const THL = join(import.meta.dirname, "../../fixtures/walk11-vault/Shows/THL");
const TEMPO = readFileSync(join(THL, "THL 42 - Tempo.md"), "utf8");
const DROPBOX_TEXT = readFileSync(join(THL, "THL 42 - Tempo (conflicted copy 2025-03-01).md"), "utf8");
const SYNCTHING_TEXT = readFileSync(join(THL, "THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123.md"), "utf8");

const F = "Shows/THL";
const ORIGINAL = `${F}/THL 42 - Tempo.md`;
const DROPBOX = `${F}/THL 42 - Tempo (conflicted copy 2025-03-01).md`;
const SYNCTHING = `${F}/THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123.md`;

function indexOf(notes: Record<string, string>): EpisodeIndex {
  const index = new EpisodeIndex(createClassifier(defaultSettings()));
  for (const [path, text] of Object.entries(notes)) index.update(path, text, lazyFrontmatter(text));
  return index;
}
const paths = (index: EpisodeIndex) => index.all().map((e) => e.episode.path).sort();
const today = () => "2025-03-03";

describe("a sync tool's conflict copy in the index", () => {
  it("is no episode while its original is there, whichever is read first; the original names both copies", () => {
    for (const order of [[ORIGINAL, DROPBOX, SYNCTHING], [SYNCTHING, DROPBOX, ORIGINAL]]) {
      const texts: Record<string, string> = { [ORIGINAL]: TEMPO, [DROPBOX]: DROPBOX_TEXT, [SYNCTHING]: SYNCTHING_TEXT };
      const index = indexOf(Object.fromEntries(order.map((p) => [p, texts[p] ?? ""])));
      expect(paths(index)).toEqual([ORIGINAL]);
      expect(index.get(DROPBOX)).toBeUndefined();
      expect(index.size).toBe(1);
      expect(index.syncCopiesOf(ORIGINAL)).toEqual([DROPBOX, SYNCTHING]);
      const alerts = index.items(today).flatMap((i) => i.status.alerts.map((a) => `${a.severity}: ${a.message}`));
      expect(alerts).toContain(
        "soon: Sync conflict copies: “THL 42 - Tempo (conflicted copy 2025-03-01)”, “THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123”. Compare them with this note, keep what you need here, delete the copies.",
      );
    }
  });

  it("is the episode once its original is deleted or renamed, and hidden again when it comes back", () => {
    const index = indexOf({ [ORIGINAL]: TEMPO, [DROPBOX]: DROPBOX_TEXT });
    const before = index.revision;
    index.remove(ORIGINAL);
    expect(paths(index)).toEqual([DROPBOX]);
    expect(index.revision).toBeGreaterThan(before);
    expect(index.syncCopiesOf(ORIGINAL)).toEqual([]);
    index.update(`${F}/THL 42 - Tempo and traces.md`, TEMPO, lazyFrontmatter(TEMPO));
    expect(paths(index)).toEqual([DROPBOX, `${F}/THL 42 - Tempo and traces.md`]);
    index.update(ORIGINAL, TEMPO, lazyFrontmatter(TEMPO));
    expect(paths(index)).toEqual([`${F}/THL 42 - Tempo and traces.md`, ORIGINAL]);
  });

  it("a copy of a copy (Syncthing marks twice) names the note without any mark when it is there, else the nearer copy", () => {
    const twice = `${F}/THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123.sync-conflict-20250302-080000-EFGH456.md`;
    const index = indexOf({ [SYNCTHING]: SYNCTHING_TEXT, [twice]: SYNCTHING_TEXT });
    expect(paths(index)).toEqual([SYNCTHING]);
    expect(index.originalOf(twice)).toBe(SYNCTHING);
    index.update(ORIGINAL, TEMPO, lazyFrontmatter(TEMPO));
    expect(paths(index)).toEqual([ORIGINAL]);
    expect(index.syncCopiesOf(ORIGINAL)).toEqual([SYNCTHING, twice]);
  });

  it("in another folder than the note of that name, is an episode", () => {
    const elsewhere = "Archive/THL 42 - Tempo (conflicted copy 2025-03-01).md";
    const index = indexOf({ [ORIGINAL]: TEMPO, [elsewhere]: DROPBOX_TEXT });
    expect(paths(index)).toEqual([elsewhere, ORIGINAL]);
  });

  it("whose original is no episode (nothing would show it), is an episode", () => {
    const index = indexOf({ [ORIGINAL]: "# Tempo\n\nJust a note.\n", [DROPBOX]: DROPBOX_TEXT });
    expect(paths(index)).toEqual([DROPBOX]);
  });

  it("an episode whose topic holds the words, with no note of the name without them, is an episode", () => {
    const topic = `${F}/THL 45 - Sync tools (conflicted copy 2025-03-01).md`;
    const index = indexOf({ [ORIGINAL]: TEMPO, [topic]: TEMPO, [`${F}/THL 46 - What a conflicted copy is.md`]: TEMPO });
    expect(paths(index)).toEqual([ORIGINAL, topic, `${F}/THL 46 - What a conflicted copy is.md`]);
  });

  it("“ (1)” and “ 1” notes stay episodes", () => {
    const index = indexOf({ [ORIGINAL]: TEMPO, [`${F}/THL 42 - Tempo (1).md`]: TEMPO, [`${F}/THL 42 - Tempo 1.md`]: TEMPO });
    expect(paths(index)).toHaveLength(3);
  });

  it("a cold index of n episodes, each with a copy, takes about 4 times as long for 4n", () => {
    const make = (n: number, copies: number) => {
      const notes: [string, string][] = [];
      for (let i = 0; i < n * copies; i++) {
        notes.push([`${F}/E${i}.md`, TEMPO]);
        notes.push([`${F}/E${i} (conflicted copy 2025-03-01).md`, TEMPO]);
      }
      return notes;
    };
    const fm = lazyFrontmatter(TEMPO);
    const run = (notes: [string, string][]) => {
      const index = new EpisodeIndex(createClassifier(defaultSettings()), "report");
      for (const [path, text] of notes) index.update(path, text, fm);
      return index.items(today).length;
    };
    expect(bestGrowth(run, make, 50, 8)).toBeLessThan(8);
  });
});
