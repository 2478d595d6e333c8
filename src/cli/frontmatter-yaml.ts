// The command-line tool's frontmatter parser: js-yaml, the library Obsidian itself bundles
// for frontmatter, with its core schema, which gives what Obsidian's metadata cache holds:
// dates and times stay text (`2024-01-05`, not a Date), `yes`/`no`/`on` stay text, an empty
// value is null, and broken YAML or a duplicate key throws (Obsidian then leaves
// `frontmatter` unset and so does this). Bundled into the CLI only, never into main.js.
import { CORE_SCHEMA, YAMLException, load } from "js-yaml";
import type { FrontmatterInput } from "../core/note/frontmatter";

/** Parse the YAML between the fences (the fences themselves excluded), which start on line 2 of the note. */
export function parseFrontmatterYaml(yaml: string): FrontmatterInput {
  try {
    return { data: load(yaml, { schema: CORE_SCHEMA }) };
  } catch (error) {
    // "bad indentation of a mapping entry, line 3": the note's line, not the YAML's.
    if (error instanceof YAMLException) return { data: null, error: `${error.reason}, line ${error.mark.line + 2}` };
    return { data: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The frontmatter of a note's text, parsed only when called: the classifier asks for it
 * only when the bytes could name a guest key or the marker, or the note is read in full.
 */
export function lazyFrontmatter(text: string): () => FrontmatterInput {
  return () => {
    const yaml = frontmatterYaml(text);
    return yaml === null ? {} : parseFrontmatterYaml(yaml);
  };
}

/** The YAML between the `---` fences at the very top (after a BOM), or null without a closed block. */
export function frontmatterYaml(text: string): string | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = text.indexOf("\n", start);
  if (firstEnd < 0 || text.slice(start, firstEnd).trimEnd() !== "---") return null;
  let lineStart = firstEnd + 1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line === "---" || line === "...") return text.slice(firstEnd + 1, lineStart);
    lineStart = lineEnd + 1;
  }
  return null;
}
