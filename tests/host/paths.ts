// Vault path helpers. Vault paths are relative to the vault root, use "/" and
// never start or end with a slash; the root folder itself is "/" (Obsidian's
// own convention for TFolder.path of the root).

/**
 * Obsidian's documented normalizePath (Plugin guidelines, "Use normalizePath()"):
 * runs of "/" or "\" become one "/", leading and trailing slashes go, U+00A0
 * becomes a plain space, and the result is Unicode-normalised (NFC). An empty
 * result is the root, "/".
 */
export function normalizePath(path: string): string {
  const cleaned = path
    .replace(/[\\/]+/g, "/")
    .replace(/\u00A0/g, " ")
    .replace(/^\/+|\/+$/g, "")
    .normalize();
  return cleaned === "" ? "/" : cleaned;
}

export function isRootPath(path: string): boolean {
  return path === "/" || path === "";
}

/** Parent folder path, "/" for top-level entries. */
export function parentPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "/" : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function joinPath(folder: string, name: string): string {
  return isRootPath(folder) ? name : `${folder}/${name}`;
}

/** Obsidian hides dot-files and dot-folders (the config folder, .trash) from the Vault API. */
export function isHiddenPath(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith("."));
}

/**
 * The stand-in is stricter than the app here on purpose: the plugin guidelines
 * require normalizePath() on every constructed or user-supplied path, so a
 * path that normalizePath would change is rejected instead of silently fixed.
 */
export function assertNormalized(path: string): void {
  if (path === "" || normalizePath(path) !== path) {
    throw new Error(`Stand-in host: "${path}" is not a normalized vault path; pass it through normalizePath() first.`);
  }
}
