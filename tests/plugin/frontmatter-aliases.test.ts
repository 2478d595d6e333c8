// @vitest-environment happy-dom
// Notes whose YAML aliases loop or explode (tests/fixtures/aliases/), in the plugin: the
// stand-in metadata cache hands the properties over as Obsidian's js-yaml does (an alias
// is the anchor's very object, loops included, no alias limit), the core's guard refuses
// them with the warning broken YAML gets (kept on the episode's record), and the sidebar
// still shows each note's guests and progress.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestHost } from "../host/test-host";
import { userClick } from "../host/interactions";
import { fileAt, finish, start } from "./harness";
import { fakeTimers, openSidebar, readRow, rowEl, rowPaths, viewButton } from "./sidebar-dom";

const DIR = join(import.meta.dirname, "../fixtures/aliases");
const FILES = Object.fromEntries(
  readdirSync(DIR)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => [`Aliases/${name}`, readFileSync(join(DIR, name), "utf8")]),
);

let host: TestHost | undefined;
beforeEach(() => fakeTimers());
afterEach(() => {
  vi.useRealTimers();
  finish(host);
  host = undefined;
});

interface Indexer {
  index: { get(path: string): { episode: { warnings: readonly string[]; done: number; total: number } } | undefined };
}

describe("properties whose aliases loop or explode, in the plugin", () => {
  it("the stand-in cache hands over loops and shared values as js-yaml does, with no alias limit", async () => {
    ({ host } = await start({ files: FILES }));
    const started = host;
    const cache = (path: string): Record<string, unknown[]> => {
      const frontmatter: unknown = started.app.metadataCache.getFileCache(fileAt(started, path))?.frontmatter;
      expect(frontmatter).toBeTypeOf("object");
      return frontmatter as Record<string, unknown[]>;
    };
    const loop = cache("Aliases/loop-list.md");
    expect(loop.status).toHaveLength(2);
    expect(loop.status?.[1]).toBe(loop.status);
    const shared = cache("Aliases/shared.md");
    expect(shared.also).toBe(shared.tags);
    const bomb = cache("Aliases/bomb.md");
    expect(bomb.a9).toHaveLength(10);
    expect(bomb.a9?.[0]).toBe(bomb.a8);
  });

  it("each note is indexed with the alias warning and its line; the sidebar shows its guest and progress", async () => {
    let plugin;
    ({ host, plugin } = await start({ files: FILES }));
    const indexer = (plugin as unknown as { indexer: Indexer }).indexer;
    const loop = "The properties refer to themselves (a YAML alias loop)";
    const warnings = (name: string) => indexer.index.get(`Aliases/${name}`)?.episode.warnings;
    expect(warnings("loop-list.md")).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(warnings("loop-map.md")).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(warnings("loop-mutual.md")).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(warnings("bomb.md")).toEqual([`The properties repeat aliased values more than 10,000 times (a YAML "alias bomb"), line 6, so none of the properties were read.`]);
    expect(warnings("shared.md")).toEqual([]);

    const view = await openSidebar(host);
    userClick(viewButton(view, "All"));
    expect(rowPaths(view).sort()).toEqual(Object.keys(FILES).sort());
    for (const path of Object.keys(FILES)) {
      const row = readRow(rowEl(view, path));
      expect(row.guests).toContain("Ann Lee");
      expect(row.progress).toContain("1/2");
    }
  });
});
