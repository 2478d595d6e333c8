// Where a note link leads, by Obsidian's own rules, for the command-line tool (the plugin
// asks the metadata cache, metadataCache.getFirstLinkpathDest, which follows the same
// rules). Pure: fed the vault's note paths once, then asked per link.
//   1. Links are case-insensitive, ".md" may be left out; a heading, block or alias after
//      the name (`Ann Lee#Bio`, `Ann Lee|Ann`) is not part of the path. Links come
//      decoded (`Ann%20Lee.md` is `Ann Lee.md` by then: mention.ts).
//   2. A name that one note in the vault carries leads to that note.
//   3. `./x` and `../x` are read from the linking note's folder, and must match exactly.
//   4. A path from the vault's top that matches a note exactly leads to it; a link that
//      starts with `/` leads nowhere else.
//   5. Otherwise every note whose path ends with the link (at a folder boundary) is a
//      candidate: those under the linking note's folder first, then the shortest path,
//      then the alphabetically first.
import { linkParts } from "./link-parts";
import { folderOf } from "../vault/vault-path";

export class NotePaths {
  /** Lower-cased file name ("ann lee.md") → the paths of the notes carrying it. */
  private readonly byName = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      const name = fileName(path.toLowerCase());
      const list = this.byName.get(name);
      if (list) list.push(path);
      else this.byName.set(name, [path]);
    }
  }

  /** The note `link` leads to from the note at `sourcePath`, or null when none does. */
  dest(link: string, sourcePath: string): string | null {
    const written = linkPath(link);
    if (written === "") return null;
    let wanted = written.toLowerCase();
    if (!wanted.endsWith(".md")) wanted += ".md";
    const candidates = this.byName.get(fileName(wanted));
    if (!candidates) return null;
    if (!wanted.includes("/") && candidates.length === 1) return candidates[0] ?? null;
    let folder = folderOf(sourcePath).toLowerCase();
    if (wanted.startsWith("./") || wanted.startsWith("../")) {
      // Each "../" one folder up; counted in place, not sliced off one at a time (a link
      // of thousands of them would copy the rest of the link each time).
      let at = wanted.startsWith("./") ? 2 : 0;
      for (; wanted.startsWith("../", at); at += 3) folder = folderOf(folder);
      const rest = wanted.slice(at);
      const full = folder === "" ? rest : `${folder}/${rest}`;
      return candidates.find((p) => p.toLowerCase() === full) ?? null;
    }
    const absolute = wanted.replace(/^\/+/, "");
    const exact = candidates.find((p) => p.toLowerCase() === absolute);
    if (exact !== undefined) return exact;
    if (wanted.startsWith("/")) return null;
    const under = folder === "" ? "" : `${folder}/`;
    let best: string | null = null;
    let bestNear = false;
    for (const path of candidates) {
      const lower = path.toLowerCase();
      if (!lower.endsWith(`/${absolute}`)) continue;
      const near = lower.startsWith(under);
      if (best === null || (near && !bestNear) || (near === bestNear && shorter(path, best))) {
        best = path;
        bestNear = near;
      }
    }
    return best;
  }
}

/** The path part of a link (decoded already): no heading, block or alias, trimmed; what getFirstLinkpathDest takes. */
export function linkPath(link: string): string {
  const cut = link.search(/[#^|]/);
  return (cut < 0 ? link : link.slice(0, cut)).trim();
}

function shorter(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The note name a link names (`People/Ann Lee#Bio` → "ann lee"), lower-cased: the key a vault change is matched to links by. */
export function linkNameKey(link: string): string {
  return linkParts(link).name.toLowerCase();
}
