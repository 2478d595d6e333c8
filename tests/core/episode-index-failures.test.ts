// The index records a note whose reading throws (for whatever reason) as a failure with
// its message, counts it as no episode, and goes on with the others; feeding the note
// again, removing it or resetting the index clears the failure.
import { describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../../src/core/vault/classify";
import { EpisodeIndex } from "../../src/core/vault/episode-index";
import { defaultSettings } from "../../src/core/settings/settings";
import { lazyFrontmatter } from "../support/notes";

const EPISODE = "Guest:: Ann\n- [ ] prepare\n";

/** The real classifier, except that reading notes whose text says "boom" throws. */
function explosive(): Classifier {
  const real = createClassifier(defaultSettings());
  return {
    ...real,
    classify: (path, text) => {
      if (text.includes("boom")) throw new RangeError(`Maximum call stack size exceeded (${path})`);
      return real.classify(path, text, lazyFrontmatter(text));
    },
  };
}

describe("a note whose reading throws", () => {
  it("is recorded with its message, is no episode, and the notes after it are read", () => {
    const index = new EpisodeIndex(explosive());
    index.update("a.md", EPISODE, lazyFrontmatter(EPISODE));
    expect(index.update("b.md", EPISODE + "boom", lazyFrontmatter(EPISODE + "boom"))).toEqual({ kind: "other", episode: null, show: null });
    index.update("c.md", EPISODE, lazyFrontmatter(EPISODE));
    expect(index.all().map((e) => e.episode.path)).toEqual(["a.md", "c.md"]);
    expect(index.errors()).toEqual([{ path: "b.md", message: "Maximum call stack size exceeded (b.md)" }]);
    expect([index.failed("b.md"), index.has("b.md"), index.failed("a.md")]).toEqual([true, false, false]);
  });

  it("an episode that starts to fail loses its entry; read again without failing, it is back", () => {
    const index = new EpisodeIndex(explosive());
    index.update("a.md", EPISODE, lazyFrontmatter(EPISODE));
    const revision = index.revision;
    index.update("a.md", EPISODE + "boom", lazyFrontmatter(EPISODE + "boom"));
    expect([index.has("a.md"), index.failed("a.md"), index.revision > revision]).toEqual([false, true, true]);
    index.update("a.md", EPISODE, lazyFrontmatter(EPISODE));
    expect([index.has("a.md"), index.errors()]).toEqual([true, []]);
  });

  it("removing the note or resetting the index clears its failure", () => {
    const index = new EpisodeIndex(explosive());
    index.update("b.md", "boom", lazyFrontmatter("boom"));
    expect(index.remove("b.md")).toBe(true);
    expect(index.errors()).toEqual([]);
    index.update("b.md", "boom", lazyFrontmatter("boom"));
    index.reset(explosive());
    expect(index.errors()).toEqual([]);
  });

  it("lists failures by path, whatever the order they came in", () => {
    const index = new EpisodeIndex(explosive());
    for (const path of ["z.md", "a/b.md", "m.md"]) index.update(path, "boom", lazyFrontmatter("boom"));
    expect(index.errors().map((e) => e.path)).toEqual(["a/b.md", "m.md", "z.md"]);
  });
});
