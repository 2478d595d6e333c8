// The command-line tool's frontmatter parser: the `yaml` package (YAML 1.2, core schema),
// which gives what Obsidian's metadata cache holds: dates and times stay text
// (`2024-01-05`, not a Date), `yes`/`no`/`on` stay text, an empty value is null, and broken
// YAML or a duplicate key is an error (Obsidian then leaves `frontmatter` unset, and so
// does this). Bundled into the CLI only, never into main.js. The stand-in host parses
// with the same function, and a test checks both against Obsidian's documented results.
import { parse, YAMLParseError } from "yaml";
import type { FrontmatterInput } from "../core/note/frontmatter";

/** Nesting past this is refused before parsing: the parser recurses per level (and real frontmatter nests two or three). */
export const MAX_YAML_NESTING = 100;

/**
 * Parse YAML as Obsidian's frontmatter reader does; throws on anything it rejects.
 * `firstLine` is the note's line number of the YAML's first line, for messages.
 */
export function loadYaml(yaml: string, firstLine = 1): unknown {
  const deep = tooDeep(yaml);
  if (deep >= 0) throw new Error(`nested more than ${MAX_YAML_NESTING} levels deep, line ${deep + firstLine}`);
  try {
    // No alias limit, as js-yaml in Obsidian has none: aliases come back as shared values
    // (loops included) and the core's alias guard refuses loops and bombs for both shells
    // alike, with a line. Unlimited costs nothing here: the parser hands an alias the
    // anchor's object and only counts when a limit is set.
    return parse(yaml, { logLevel: "error", maxAliasCount: -1 }) as unknown;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
      const line = error.linePos?.[0]?.line;
      throw new Error(line === undefined ? reason : `${reason}, line ${line + firstLine - 1}`, { cause: error });
    }
    throw error;
  }
}

/** Parse the YAML between the fences (the fences themselves excluded), which start on line 2 of the note. */
export function parseFrontmatterYaml(yaml: string): FrontmatterInput {
  try {
    return { data: loadYaml(yaml, 2) };
  } catch (error) {
    return { data: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The first line (0-based) nested deeper than the limit, counting indentation and open
 * brackets, or -1. One pass, so a hostile frontmatter costs linear time before the
 * parser, which recurses per level, ever sees it.
 */
function tooDeep(yaml: string): number {
  let line = 0;
  let depth = 0;
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10) {
      line++;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart && c === 32) {
      // Two spaces per level is the tightest nesting YAML writers use; one space is allowed, so count each.
      if (++indent > MAX_YAML_NESTING * 2) return line;
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) {
      if (++depth > MAX_YAML_NESTING) return line;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
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
