// Detection over the open vault: the paths from the Vault API, the texts of the notes
// worth reading (cached reads), the template folders of Templates and Templater.
import type { App } from "obsidian";
import type { OfficeHoursSettings } from "../../core/settings/settings";
import { detectShows } from "../../core/detect/detect";
import { notesWorthReading } from "../../core/detect/notes-to-read";
import type { DetectResult, NoteText } from "../../core/detect/types";
import { readTemplateFolders } from "../vault/template-folders";
import { cachedFrontmatter } from "../vault/frontmatter";
import { localTimeZone } from "../clock";

/** Notes read at once; between batches Obsidian can paint. */
const BATCH = 200;

export async function detectInVault(app: App, settings: OfficeHoursSettings): Promise<DetectResult> {
  const templateFolders = await readTemplateFolders(app);
  const files = app.vault.getMarkdownFiles();
  const wanted = new Set(notesWorthReading(files.map((f) => f.path), [...templateFolders, ...settings.templateFolders]));
  const chosen = files.filter((f) => wanted.has(f.path));
  const notes: NoteText[] = [];
  for (let i = 0; i < chosen.length; i += BATCH) {
    const batch = chosen.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((f) => app.vault.cachedRead(f).catch(() => null)));
    batch.forEach((file, n) => {
      const text = texts[n];
      if (typeof text === "string") notes.push({ path: file.path, text, frontmatter: cachedFrontmatter(app.metadataCache.getFileCache(file)) });
    });
  }
  return detectShows({ notes, templateFolders, settings, timeZone: localTimeZone() });
}
