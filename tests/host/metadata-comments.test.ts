// @vitest-environment happy-dom
// The stand-in cache and comments: Obsidian's metadata cache lists no list item, heading,
// link or tag inside `%% … %%` or `<!-- … -->` (Tasks, which reads `listItems`, never
// sees a commented checkbox). The reader must agree on which checkboxes exist.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { createTestHost, type TestHost } from "./test-host";
import { fileAt } from "./test-support";
import { readNote } from "../support/notes";

let host: TestHost;
afterEach(() => host.dispose());

const NOTE = [
  "# Title", // 0
  "%% How to use: [[Guide]] #howto", // 1
  "- [ ] Hidden item", // 2
  "## Hidden heading", // 3
  "%%", // 4
  "- [ ] Visible %% with a remark [[Remark]] %% and [[Shown]]", // 5
  "<!--", // 6
  "- [x] Hidden in HTML", // 7
  "-->", // 8
  "- [ ] Code `%%` opens nothing", // 9
  "```", // 10
  "%%", // 11
  "```", // 12
  "- [ ] After the fence", // 13
  "%% never closed", // 14
  "- [ ] Hidden to the end", // 15
].join("\n");

describe("comments in the cache", () => {
  test("list no item, heading, link or tag inside them, and are sections of their own", async () => {
    host = await createTestHost({ files: { "n.md": NOTE } });
    const cache = host.app.metadataCache.getFileCache(fileAt(host, "n.md"));
    expect(cache?.listItems?.map((i) => [i.position.start.line, i.task])).toEqual([
      [5, " "],
      [9, " "],
      [13, " "],
    ]);
    expect(cache?.headings?.map((h) => h.heading)).toEqual(["Title"]);
    expect(cache?.links?.map((l) => l.link)).toEqual(["Shown"]);
    expect(cache?.tags).toBeUndefined();
    expect(cache?.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
      ["heading", 0, 0],
      ["comment", 1, 4],
      ["list", 5, 9],
      ["html", 6, 8],
      ["code", 10, 12],
      ["list", 13, 13],
      ["comment", 14, 15],
    ]);
  });

  test("agree with the reader on which checkboxes exist, in every comments fixture", async () => {
    const dir = join(import.meta.dirname, "../fixtures/comments");
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir)) if (name.endsWith(".md")) files[name] = readFileSync(join(dir, name), "utf8");
    files["n.md"] = NOTE;
    host = await createTestHost({ files });
    for (const [name, text] of Object.entries(files)) {
      const cached = host.app.metadataCache.getFileCache(fileAt(host, name))?.listItems?.filter((i) => i.task !== undefined) ?? [];
      // Quoted items are the reader's alone (the cache lists none in quotes).
      const read = readNote(name, text).tasks.filter((t) => !t.raw.trimStart().startsWith(">"));
      expect([name, cached.map((i) => i.position.start.line)]).toEqual([name, read.map((t) => t.line)]);
    }
  });
});
