// The host's parseYaml: the command-line tool's parser (src/cli/frontmatter-yaml.ts, the
// `yaml` package with YAML 1.2's core schema), so the stand-in metadata cache and the CLI
// hand the core the same properties. What it gives, as Obsidian's cache does: dates and
// times stay strings, `yes`/`no`/`on` stay strings, an empty value is null, and broken
// YAML or a duplicate key throws YAMLParseError (processFrontMatter's documented error;
// the cache then leaves `frontmatter` unset). Aliases come as js-yaml gives them: the
// anchor's very object (shared, loops included), with no alias limit. The writer is
// yaml-stringify.ts.
import { loadYaml } from "../../src/cli/frontmatter-yaml";

export class YAMLParseError extends Error {
  override name = "YAMLParseError";
}

export function parseYaml(yaml: string): unknown {
  try {
    return loadYaml(yaml) ?? null;
  } catch (error) {
    throw new YAMLParseError(error instanceof Error ? error.message : String(error));
  }
}

/** How YAML reads one plain scalar (the writer quotes a string YAML would read as something else). */
export function plainScalar(text: string): unknown {
  try {
    return loadYaml(text);
  } catch {
    return text;
  }
}
