// Obsidian's small link and frontmatter helpers (getLinkpath, parseLinktext,
// parseFrontMatter*, getAllTags), exported from 'obsidian'.
import type { CachedMetadata } from "obsidian";

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf("#");
  return hash < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (typeof frontmatter !== "object" || frontmatter === null) return null;
  for (const [name, value] of Object.entries(frontmatter)) {
    if (typeof key === "string" ? name === key : key.test(name)) return value as unknown;
  }
  return null;
}

/** A string or list entry as a list of strings; comma-separated strings are split, as for tags and aliases. */
export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp): string[] | null {
  const value = parseFrontMatterEntry(frontmatter, key);
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : null;
  if (!items) return null;
  const strings = items.filter((item): item is string => typeof item === "string").map((item) => item.trim()).filter((item) => item !== "");
  return strings.length > 0 ? strings : null;
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

/** Frontmatter tags with a leading "#", whether written as a list, a comma list or a space list. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const raw = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
  if (!raw) return null;
  return raw.flatMap((entry) => entry.split(/\s+/)).filter((tag) => tag !== "").map((tag) => (tag.startsWith("#") ? tag : `#${tag}`));
}

export function getAllTags(cache: CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((tag) => tag.tag)];
  return tags.length > 0 ? tags : null;
}
