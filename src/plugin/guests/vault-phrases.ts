// What "Import guests" gives the core as the vault's own words for its products
// (core/guests/product-phrases.ts): every note's name, headings and links, from the
// metadata cache Obsidian already keeps, so the import reads no note for them.
import type { App } from "obsidian";

/** Every note's name, headings and links (target, and text when it differs). */
export function vaultPhrases(app: App): string[] {
  const out: string[] = [];
  for (const file of app.vault.getMarkdownFiles()) {
    out.push(file.basename);
    const cache = app.metadataCache.getFileCache(file);
    for (const heading of cache?.headings ?? []) out.push(heading.heading);
    for (const link of cache?.links ?? []) {
      out.push(link.link);
      if (link.displayText !== undefined && link.displayText !== link.link) out.push(link.displayText);
    }
  }
  return out;
}
