// The properties the core reads, from the platform: Obsidian's metadata cache for notes
// the index reads, Obsidian's own YAML parser for a text at hand (the editor's, which
// the cache may not have caught up with yet). The core never parses YAML.
import { getFrontMatterInfo, parseYaml, type CachedMetadata } from "obsidian";
import type { FrontmatterInput } from "../../core/note/frontmatter";

/** What the metadata cache holds: `frontmatter` (unset when the YAML is broken) and where the block ends. */
export function cachedFrontmatter(cache: CachedMetadata | null | undefined): FrontmatterInput {
  const position = cache?.frontmatterPosition;
  return { data: cache?.frontmatter ?? null, bodyStart: position ? position.end.line + 1 : undefined };
}

/** The frontmatter of `text` as Obsidian parses it (parseYaml throws on broken YAML). */
export function textFrontmatter(text: string): FrontmatterInput {
  const info = getFrontMatterInfo(text);
  if (!info.exists) return {};
  try {
    return { data: parseYaml(info.frontmatter) as unknown };
  } catch (error) {
    return { data: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The cache lists a task item. */
export function cacheHasTask(cache: CachedMetadata): boolean {
  return (cache.listItems ?? []).some((item) => item.task !== undefined);
}

/**
 * The note has a quote or callout: the reader finds tasks inside them, and the cache need
 * not list their items, so such a note is read rather than ruled out.
 */
export function cacheMayHideTasks(cache: CachedMetadata): boolean {
  return (cache.sections ?? []).some((section) => section.type === "blockquote" || section.type === "callout");
}
