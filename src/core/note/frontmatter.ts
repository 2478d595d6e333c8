// Frontmatter: YAML between `---` lines at the very top of a note, as Obsidian reads it.
import type { YamlValue } from "../types";
import { parseYaml } from "./yaml";
import { emptyRecord } from "../records";

export interface Frontmatter {
  data: Record<string, YamlValue>;
  /** Index of the first body line (0 when there is no frontmatter). */
  bodyStart: number;
  warnings: string[];
}

function isFence(line: string | undefined): boolean {
  return line !== undefined && line.trimEnd() === "---";
}

/** Find and parse the frontmatter of a note given as lines. */
export function readFrontmatter(lines: readonly string[]): Frontmatter {
  if (!isFence(lines[0])) return { data: emptyRecord(), bodyStart: 0, warnings: [] };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (isFence(line) || line?.trimEnd() === "...") {
      close = i;
      break;
    }
  }
  if (close < 0) {
    // Obsidian shows such a note without properties; the body is read from line 1.
    return {
      data: emptyRecord(),
      bodyStart: 0,
      warnings: ["The frontmatter starts with --- but is never closed by another --- line, so it was read as text."],
    };
  }
  const parsed = parseYaml(lines.slice(1, close), 2);
  const warnings = parsed.errors.map((e) => `Frontmatter is not valid YAML (${e}); the keys that could be read were kept.`);
  return { data: parsed.data, bodyStart: close + 1, warnings };
}

/** A frontmatter value as a single trimmed string, or null when empty or not text. */
export function frontmatterText(value: YamlValue | undefined): string | null {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number") return String(value);
  return null;
}
