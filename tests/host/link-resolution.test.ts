// @vitest-environment happy-dom
// getFirstLinkpathDest and fileToLinktext answer from the vault's name and path indexes
// (file-index.ts). Their answers must equal a scan of getFiles() with the rules the
// MetadataCache documents, for any vault, also after files are renamed, moved and
// deleted (the indexes change with the vault). The reference below is that scan.
import fc from "fast-check";
import type { TFile } from "obsidian";
import { describe, expect, test } from "vitest";
import { createHost, type Host } from "./host";
import { parseLinktext } from "./link-helpers";
import { parentPath } from "./paths";

function scanFirstLinkpathDest(host: Host, linkpath: string, sourcePath: string): TFile | null {
  const path = parseLinktext(linkpath).path.trim();
  if (path === "") return host.app.vault.getFileByPath(sourcePath);
  const wanted = path.toLowerCase();
  const files = host.app.vault.getFiles();
  const sourceFolder = parentPath(sourcePath);
  const byPath = (file: TFile, candidate: string): boolean => {
    const lower = file.path.toLowerCase();
    return lower === candidate || (file.extension === "md" && lower === `${candidate}.md`);
  };
  const best = (found: TFile[]): TFile | null =>
    found.sort(
      (a, b) =>
        Number(parentPath(b.path) === sourceFolder) - Number(parentPath(a.path) === sourceFolder) ||
        a.path.length - b.path.length ||
        a.path.localeCompare(b.path),
    )[0] ?? null;
  if (!wanted.includes("/")) return best(files.filter((file) => file.name.toLowerCase() === wanted || (file.extension === "md" && file.basename.toLowerCase() === wanted)));
  const relative = sourceFolder === "/" ? wanted : `${sourceFolder.toLowerCase()}/${wanted}`;
  const bySuffix = (file: TFile): boolean => {
    const lower = file.path.toLowerCase();
    return lower.endsWith(`/${wanted}`) || (file.extension === "md" && lower.endsWith(`/${wanted}.md`));
  };
  return files.find((file) => byPath(file, wanted)) ?? files.find((file) => byPath(file, relative)) ?? best(files.filter(bySuffix));
}

function scanLinktext(host: Host, file: TFile): string {
  const clash = host.app.vault.getFiles().some((other) => other !== file && other.name.toLowerCase() === file.name.toLowerCase());
  const name = clash ? file.path : file.name;
  return file.extension === "md" ? name.slice(0, -3) : name;
}

// Few names, folders and cases, so clashes, case variants and "x.md.md" happen often.
const segment = fc.constantFrom("a", "A", "b", "Note", "note", "a.md", "x y");
const extension = fc.constantFrom(".md", ".md", ".MD", ".png", "");
const filePath = fc.tuple(fc.array(fc.constantFrom("f", "F", "g", "f/g"), { maxLength: 2 }), segment, extension).map(([folders, name, ext]) => [...folders, name + ext].join("/"));
const linkpath = fc.tuple(fc.array(fc.constantFrom("f", "F", "g", "..", "h"), { maxLength: 2 }), segment, fc.constantFrom("", ".md", ".png", "#h", "|x")).map(([folders, name, tail]) => [...folders, name].join("/") + tail);

/** Moves (or, with null, deletes) some files after loading: the indexes must follow. */
const changes = fc.array(fc.tuple(fc.nat(), fc.option(filePath, { nil: null })), { maxLength: 4 });

async function applyChanges(host: Host, list: [number, string | null][]): Promise<void> {
  for (const [pick, target] of list) {
    const files = host.app.vault.getFiles();
    const file = files[pick % Math.max(files.length, 1)];
    if (!file) return;
    if (target === null) await host.app.fileManager.trashFile(file);
    else if (!host.app.vault.getAbstractFileByPath(target) && host.app.vault.getFolderByPath(parentPath(target))) await host.app.vault.rename(file, target);
  }
}

describe("link resolution from the vault's indexes", () => {
  test("finds what a scan of every file finds, after renames and deletes too", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(filePath, { minLength: 1, maxLength: 12 }), changes, fc.array(linkpath, { minLength: 1, maxLength: 8 }), async (paths, moves, links) => {
        const files = Object.fromEntries(paths.map((path) => [path, ""]));
        const host = await createHost({ files });
        try {
          await applyChanges(host, moves);
          const cache = host.app.metadataCache;
          for (const source of host.app.vault.getFiles()) {
            for (const link of links) expect(cache.getFirstLinkpathDest(link, source.path)?.path, `${link} from ${source.path}`).toBe(scanFirstLinkpathDest(host, link, source.path)?.path);
            expect(cache.fileToLinktext(source, "")).toBe(scanLinktext(host, source));
          }
        } finally {
          host.dispose();
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
