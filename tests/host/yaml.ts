// The host's parseYaml: js-yaml with its core schema, the parser Obsidian bundles (as
// plugin authors report) and the one the command-line tool uses (src/cli/frontmatter-yaml.ts),
// so the stand-in metadata cache and the CLI hand the core the same properties. What it
// gives, as Obsidian's cache does: dates and times stay strings, `yes`/`no`/`on` stay
// strings, an empty value is null, and broken YAML or a duplicate key throws
// YAMLParseError (processFrontMatter's documented error; the cache then leaves
// `frontmatter` unset). The writer is yaml-stringify.ts.
import { CORE_SCHEMA, load } from "js-yaml";

export class YAMLParseError extends Error {
  override name = "YAMLParseError";
}

export function parseYaml(yaml: string): unknown {
  try {
    return load(yaml, { schema: CORE_SCHEMA }) ?? null;
  } catch (error) {
    throw new YAMLParseError(error instanceof Error ? error.message : String(error));
  }
}

/** How YAML reads one plain scalar (the writer quotes a string YAML would read as something else). */
export function plainScalar(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return text;
  }
}
