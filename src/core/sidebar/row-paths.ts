// Per-row choices the sidebar keeps by note path (an expanded row, "Show all" items): they
// follow the note when it or a folder above it is renamed (a reschedule renames the note),
// and are dropped when it is deleted, so a new note made later at that path starts folded.

/** `path` after `from` was renamed to `to` (a note, or a folder holding it); unchanged otherwise. */
export function renamedPath(path: string, from: string, to: string): string {
  if (path === from) return to;
  return path.startsWith(`${from}/`) ? to + path.slice(from.length) : path;
}

/** Moves the entries of `paths` for a rename of `from` to `to`, in place. */
export function followRename(paths: Set<string>, from: string, to: string): void {
  const moved = [...paths].filter((path) => renamedPath(path, from, to) !== path);
  for (const path of moved) paths.delete(path);
  for (const path of moved) paths.add(renamedPath(path, from, to));
}

/** Drops the entries of `paths` for `gone` (a note, or a folder holding notes), in place. */
export function forgetPath(paths: Set<string>, gone: string): void {
  for (const path of [...paths]) if (path === gone || path.startsWith(`${gone}/`)) paths.delete(path);
}
