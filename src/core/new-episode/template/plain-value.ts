// A template line whose value is plain YAML text with tags in it (`summary: Episode {{topic}}`,
// `- {{guest}} on {{topic}} # who`): the tags are filled as they are, then the value as a
// whole is quoted when YAML would not read it back as that text. A topic holding ": " made
// the line a nested map (not valid YAML), and one holding " #" cut the value at a comment.
// One tag that is the whole value with nothing after it keeps the older rule (render.ts).

/** The parts of a line: up to the value, the value as the template wrote it, and its comment. */
export interface PlainValueLine {
  prefix: string;
  value: string;
  /** Spaces and the template's own ` # comment` after the value, or "". */
  tail: string;
}

// `key: ` (plain key) or list items' `- `, at any indent, then the value.
const PREFIX = /^[ \t]*(?:-[ \t]+)*(?:[\p{L}\p{N}_][\p{L}\p{N}_ -]*:[ \t]+)?/u;

/**
 * The line split around a plain value that holds a tag, or null: no `key: ` or `- ` before it,
 * no tag in it, or a value the template quoted or started as a list, map, block, anchor or tag.
 */
export function plainValueLine(line: string): PlainValueLine | null {
  const prefix = PREFIX.exec(line)?.[0] ?? "";
  if (!/[:-][ \t]+$/.test(prefix)) return null;
  const rest = line.slice(prefix.length);
  const starts = rest.startsWith("{{") || rest.startsWith("<%");
  if (!starts && /^["'[{|>&*!%@`#]/.test(rest)) return null;
  const end = valueEnd(rest);
  const value = rest.slice(0, trimmedEnd(rest, end));
  if (!value.includes("{{") && !value.includes("<%")) return null;
  // The template's own `a: b` makes a map (`- {{guest}}: {{role}}`): not one text to quote.
  if (/:(?:[ \t]|$)/.test(withoutTags(value))) return null;
  return { prefix, value, tail: rest.slice(value.length) };
}

/**
 * Where `text` up to `end` ends without its spaces, tabs and CR. A loop from the end, not
 * /[ \t\r]+$/: that regex tried the run of spaces inside a value (`a   …   x`) from each of
 * its spaces to the end, quadratic time on a long run (every line of a template's head).
 */
function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /[ \t\r]/.test(text.charAt(at - 1))) at--;
  return at;
}

/** The template's own text of a value, each tag as an `x`. */
function withoutTags(value: string): string {
  let out = "";
  // A closer not found after one position is found after no later one: remembered, so a
  // value of many unclosed openers ("{{{{…") is read once, not searched again at each.
  let noCurly = false;
  let noPercent = false;
  for (let i = 0; i < value.length; i++) {
    const two = value.slice(i, i + 2);
    let close = -1;
    if (two === "{{" && !noCurly) noCurly = (close = value.indexOf("}}", i + 2)) < 0;
    else if (two === "<%" && !noPercent) noPercent = (close = value.indexOf("%>", i + 2)) < 0;
    if (close < 0) out += value.charAt(i);
    else {
      out += "x";
      i = close + 1;
    }
  }
  return out;
}

/** One tag and nothing else: the older whole-value rule applies (render.ts). */
export function isOneTag(value: string): boolean {
  const close = value.startsWith("{{") ? "}}" : value.startsWith("<%") ? "%>" : null;
  return close !== null && value.indexOf(close, 2) === value.length - 2;
}

/** Where the template's own comment (a `#` after a space, outside tags) starts, else the line's end. */
function valueEnd(rest: string): number {
  for (let i = 0; i < rest.length; i++) {
    const two = rest.slice(i, i + 2);
    if (two === "{{" || two === "<%") {
      const close = rest.indexOf(two === "{{" ? "}}" : "%>", i + 2);
      if (close < 0) return rest.length;
      i = close + 1;
    } else if (rest.charAt(i) === "#" && i > 0 && /[ \t]/.test(rest.charAt(i - 1))) return i;
  }
  return rest.length;
}

/** A block scalar's header (`key: |`, `- >-`): the lines indented under it are its text, not YAML. */
export function opensBlockScalar(line: string): boolean {
  return /(?:^|[:-])[ \t]*[|>][+-]?\d?[+-]?[ \t]*(?:#.*)?\r?$/.test(line) && /^[ \t]*(?:-[ \t]|[^#]*:[ \t])/.test(line);
}

export function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

/** Plain scalars YAML 1.1 or 1.2 reads as null or a boolean. */
export const NOT_TEXT = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;

/**
 * The filled value, written so YAML reads it back as this text: as it is when it is plain
 * text already (numbers stay numbers, as in a whole-value tag), else double-quoted (JSON's
 * escapes are YAML's, and a line break stays a line break).
 */
export function plainOrQuoted(value: string): string {
  if (value === "") return "";
  const plain =
    value === value.trim() &&
    !/[^\P{Cc}\t]/u.test(value) &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/:(?:[ \t]|$)/.test(value) &&
    !/[ \t]#/.test(value) &&
    !NOT_TEXT.test(value);
  return plain ? value : JSON.stringify(value);
}
