// @vitest-environment happy-dom
import * as fs from "node:fs";
import * as path from "node:path";
import type { CachedMetadata, TFile } from "obsidian";
import { afterEach, describe, expect, test } from "vitest";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt } from "./test-support";

let host: TestHost;
afterEach(() => host.dispose());

const EPISODE = [
  "---",
  "url: https://youtube.com/live/x",
  "date: 2024-01-05",
  "tags: [show, live]",
  "---",
  "# [[GOH 25]]",
  "",
  "Guest:: [[Nikola]]",
  "",
  "## Checklist",
  "",
  "- [x] Contact the guest",
  "\t> quoted outreach text",
  "- [ ] Choose a date",
  "\t- [ ] Nested task",
  "\t- plain child",
  "- [/] In progress #todo",
  "",
  "```",
  "- [ ] not a task, inside a fence",
  "# not a heading",
  "```",
  "",
].join("\n");

describe("the cache Obsidian's indexer produces", () => {
  test("frontmatter, its position, headings, sections, links, tags", async () => {
    host = await createTestHost({ files: { "GOH 25.md": EPISODE, "Nikola.md": "" } });
    const cache = host.app.metadataCache.getFileCache(fileAt(host, "GOH 25.md"));
    expect(cache?.frontmatter).toEqual({ url: "https://youtube.com/live/x", date: "2024-01-05", tags: ["show", "live"] });
    expect(cache?.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 4, col: 3, offset: EPISODE.indexOf("\n# ") } });
    expect(cache?.headings?.map((h) => [h.level, h.heading, h.position.start.line])).toEqual([
      [1, "[[GOH 25]]", 5],
      [2, "Checklist", 9],
    ]);
    expect(cache?.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "heading", "list", "code"]);
    expect(cache?.links?.map((l) => l.link)).toEqual(["GOH 25", "Nikola"]);
    expect(cache?.tags?.map((t) => t.tag)).toEqual(["#todo"]);
    expect(host.app.metadataCache.resolvedLinks["GOH 25.md"]).toEqual({ "GOH 25.md": 1, "Nikola.md": 1 });
  });

  test("list items carry the task character and the parent line", async () => {
    host = await createTestHost({ files: { "e.md": EPISODE } });
    const items = host.app.metadataCache.getFileCache(fileAt(host, "e.md"))?.listItems ?? [];
    expect(items.map((item) => [item.position.start.line, item.task, item.parent])).toEqual([
      [11, "x", -11],
      [13, " ", -11],
      [14, " ", 13],
      [15, undefined, 13],
      [16, "/", -11],
    ]);
    expect(items[0]?.position.end.line).toBe(12);
    expect(items[2]?.position.start.col).toBe(1);
  });

  test("broken YAML leaves frontmatter unset but keeps its position", async () => {
    host = await createTestHost({ files: { "b.md": "---\ntitle: [unclosed\n---\nbody\n" } });
    const cache = host.app.metadataCache.getFileCache(fileAt(host, "b.md"));
    expect(cache?.frontmatter).toBeUndefined();
    expect(cache?.frontmatterPosition?.end.line).toBe(2);
  });

  test("every real note indexes without surprises", async () => {
    const dir = path.join(import.meta.dirname, "../fixtures/real-notes");
    const files = Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".md") && name !== "SOURCE.md")
        .map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]),
    );
    host = await createTestHost({ files });
    const govable = host.app.metadataCache.getFileCache(fileAt(host, "GOH 12 - Govable.md"));
    expect(govable?.frontmatter).toEqual({ url: "https://youtube.com/live/fodMyzisa6s", date: "2023-09-22" });
    const checklist = (govable?.listItems ?? []).filter((item) => item.position.start.line < 29 && item.task !== undefined);
    expect(checklist.filter((item) => item.task === "x")).toHaveLength(9);
    expect(checklist.filter((item) => item.task === " ")).toHaveLength(4);
    const template = host.app.metadataCache.getFileCache(fileAt(host, "GOH checklist (template).md"));
    expect(template?.frontmatter).toEqual({ url: null, date: null });
  });
});

describe("when the cache changes", () => {
  test("'changed' fires after the vault's 'modify', asynchronously, with the new data", async () => {
    host = await createTestHost({ files: { "n.md": "# Old\n" } });
    const file = fileAt(host, "n.md");
    const order: string[] = [];
    let received: { data: string; cache: CachedMetadata } | undefined;
    host.app.vault.on("modify", () => order.push("modify"));
    host.app.metadataCache.on("changed", (changed: TFile, data: string, cache: CachedMetadata) => {
      order.push(`changed ${changed.path}`);
      received = { data, cache };
    });
    await host.app.vault.modify(file, "# New\n");
    expect(order).toEqual(["modify"]);
    expect(host.app.metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe("Old");
    await host.flush();
    expect(order).toEqual(["modify", "changed n.md"]);
    expect(received?.data).toBe("# New\n");
    expect(received?.cache.headings?.[0]?.heading).toBe("New");
    expect(host.app.metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe("New");
  });

  test("it also fires on its own timer, without flush()", async () => {
    host = await createTestHost({ files: { "n.md": "a" } });
    const fired = new Promise<string>((resolve) => host.app.metadataCache.on("changed", (_file: TFile, data: string) => resolve(data)));
    await host.app.vault.modify(fileAt(host, "n.md"), "b");
    await expect(fired).resolves.toBe("b");
  });

  test("new files are indexed; deletes report the previous cache; renames move the cache silently", async () => {
    host = await createTestHost({ files: { "a.md": "# A\n" } });
    const events: string[] = [];
    host.app.metadataCache.on("changed", (file: TFile) => events.push(`changed ${file.path}`));
    host.app.metadataCache.on("deleted", (file: TFile, prev: CachedMetadata | null) => events.push(`deleted ${file.path} ${prev?.headings?.[0]?.heading ?? "-"}`));
    host.app.metadataCache.on("resolved", () => events.push("resolved"));
    const created = await host.app.vault.create("b.md", "# B\n");
    await host.flush();
    await host.app.vault.rename(created, "c.md");
    await host.flush();
    expect(host.app.metadataCache.getFileCache(created)?.headings?.[0]?.heading).toBe("B");
    await host.app.fileManager.trashFile(fileAt(host, "a.md"));
    await host.flush();
    expect(events).toEqual(["changed b.md", "resolved", "deleted a.md A", "resolved"]);
  });

  test("the load-time 'create' events do not re-index notes the cache already holds", async () => {
    host = await createTestHost({ files: { "a.md": "# A\n" } });
    const events: string[] = [];
    host.app.vault.on("create", (file) => events.push(`create ${file.path}`));
    host.app.metadataCache.on("changed", (file: TFile) => events.push(`changed ${file.path}`));
    host.app.metadataCache.on("resolved", () => events.push("resolved"));
    await host.layoutReady();
    expect(events).toEqual(["create a.md", "resolved"]);
  });

  test("a burst of writes to one file is indexed once, with the last content", async () => {
    host = await createTestHost({ files: { "n.md": "0" } });
    const seen: string[] = [];
    host.app.metadataCache.on("changed", (_file: TFile, data: string) => seen.push(data));
    const file = fileAt(host, "n.md");
    await host.app.vault.modify(file, "1");
    await host.app.vault.modify(file, "2");
    await host.flush();
    expect(seen).toEqual(["2"]);
  });
});

describe("link resolution", () => {
  test("getFirstLinkpathDest matches names case-insensitively, prefers the source folder, then the shortest path", async () => {
    host = await createTestHost({ files: { "People/Nikola.md": "", "Archive/Old/Nikola.md": "", "Shows/GOH 1.md": "", "Nikola.md": "" } });
    const cache = host.app.metadataCache;
    expect(cache.getFirstLinkpathDest("nikola", "People/Guest list.md")?.path).toBe("People/Nikola.md");
    expect(cache.getFirstLinkpathDest("Nikola", "Shows/GOH 1.md")?.path).toBe("Nikola.md");
    expect(cache.getFirstLinkpathDest("Old/Nikola#Intro", "Root.md")?.path).toBe("Archive/Old/Nikola.md");
    expect(cache.getFirstLinkpathDest("People/Nikola.md", "x.md")?.path).toBe("People/Nikola.md");
    expect(cache.getFirstLinkpathDest("Nobody", "x.md")).toBeNull();
  });
});
