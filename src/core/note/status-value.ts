// The `status` an episode note gives itself, as text: the frontmatter's `status` in any
// case (a list gives its first entry), else an inline `status::` field. The lifecycle
// (core/status/lifecycle.ts) reads a state from it.
import type { YamlValue } from "../types";

function firstText(value: YamlValue | undefined): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(firstText).find((v) => v !== null) ?? null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // A nested map names no state.
  return null;
}

export function statusValue(frontmatter: Readonly<Record<string, YamlValue>>, fields: Readonly<Record<string, string[]>>): string | null {
  let raw: string | null = null;
  for (const key of Object.keys(frontmatter)) {
    if (key.trim().toLowerCase() === "status") raw = firstText(frontmatter[key]);
  }
  raw ??= Object.prototype.hasOwnProperty.call(fields, "status") ? (fields.status?.[0] ?? null) : null;
  const trimmed = raw?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
