// A note path the user typed into the settings (the index note) must name a note inside
// the vault: "../../x" or "/etc/x" is refused with a reason, before anything is written.

export type NotePathCheck = { ok: true; path: string } | { ok: false; reason: string };

/**
 * `input` as a vault path with ".md", or why it cannot be one: absolute paths (`/x`,
 * `C:\x`, `\\server\x`, `~/x`), `.` and `..` segments (they leave the folder, and
 * Obsidian does not resolve them), and hidden segments (`.obsidian/…`, which the Vault
 * API does not show) are refused.
 */
export function checkNotePath(input: string): NotePathCheck {
  const path = input.trim();
  if (path === "") return { ok: false, reason: "The note path is empty." };
  if (/^([\\/~]|[A-Za-z]:)/.test(path)) {
    return { ok: false, reason: `“${path}” is not a path inside the vault; write it from the vault's top folder, like “Shows/Index”.` };
  }
  const segments = path.split(/[\\/]+/);
  if (segments.some((s) => s.trim() === "." || s.trim() === "..")) {
    return { ok: false, reason: `“${path}” leaves its folder with “.” or “..”; write the path from the vault's top folder.` };
  }
  if (segments.some((s) => s.startsWith("."))) {
    return { ok: false, reason: `“${path}” is in a hidden folder (a name starting with a dot), which Obsidian does not show.` };
  }
  const joined = segments.filter((s) => s !== "").join("/");
  return { ok: true, path: /\.md$/i.test(joined) ? joined : `${joined}.md` };
}

/** The folder a vault path is in: "" for a note at the vault's top. */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf("/")));
}
