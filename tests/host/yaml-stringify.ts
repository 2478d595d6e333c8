// The YAML writer behind stringifyYaml and processFrontMatter.
import { plainScalar } from "./yaml";

/**
 * Block style with two-space indentation, the layout Obsidian writes when it
 * saves frontmatter: lists become "- item" lines under their key.
 */
export function stringifyYaml(obj: unknown): string {
  if (isPlainObject(obj)) return writeMapping(obj, 0);
  if (Array.isArray(obj)) return writeSequence(obj, 0);
  return `${scalar(obj)}\n`;
}

function writeMapping(obj: Record<string, unknown>, indent: number): string {
  const pad = " ".repeat(indent);
  let out = "";
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const name = needsQuotes(key) || /[:#]/.test(key) ? JSON.stringify(key) : key;
    if (Array.isArray(value) && value.length > 0) out += `${pad}${name}:\n${writeSequence(value, indent + 2)}`;
    else if (isPlainObject(value) && Object.keys(value).length > 0) out += `${pad}${name}:\n${writeMapping(value, indent + 2)}`;
    else if (value === null) out += `${pad}${name}:\n`;
    else out += `${pad}${name}: ${scalar(value)}\n`;
  }
  return out;
}

function writeSequence(items: unknown[], indent: number): string {
  const pad = " ".repeat(indent);
  let out = "";
  for (const item of items) {
    if (isPlainObject(item) && Object.keys(item).length > 0) {
      const nested = writeMapping(item, indent + 2);
      out += `${pad}- ${nested.slice(indent + 2)}`;
    } else if (Array.isArray(item) && item.length > 0) {
      out += `${pad}-\n${writeSequence(item, indent + 2)}`;
    } else {
      out += `${pad}- ${scalar(item)}\n`;
    }
  }
  return out;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return "[]";
  if (isPlainObject(value)) return "{}";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return needsQuotes(text) ? JSON.stringify(text) : text;
}

function needsQuotes(text: string): boolean {
  if (text === "" || text !== text.trim()) return true;
  if (/^[-?:,[\]{}#&*!|>'"%@`~]/.test(text)) return true;
  if (/: |:$| #|[\n\r\t]/.test(text)) return true;
  return typeof plainScalar(text) !== "string";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
