// Builds the CachedMetadata Obsidian's indexer produces for a note: frontmatter
// and its position, sections, headings, list items with their task character
// and parent line, links, embeds, tags and block ids. Line-based and
// CommonMark-flavoured; it covers ordinary notes, not every Markdown corner
// (no setext headings, no HTML blocks but comments, no nested block quotes in lists).
import type {
  BlockCache,
  CachedMetadata,
  EmbedCache,
  FrontMatterInfo,
  FrontmatterLinkCache,
  HeadingCache,
  LinkCache,
  ListItemCache,
  Loc,
  Pos,
  SectionCache,
  TagCache,
} from "obsidian";
import { parseYaml } from "./yaml";
import { maskComments } from "./markdown-comments";

interface SourceLine {
  text: string;
  offset: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK = /^\[(.)\](?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)$/;

export function computeCache(content: string): CachedMetadata {
  const lines = splitLines(content);
  const cache: CachedMetadata = {};
  const sections: SectionCache[] = [];
  const start = readFrontmatter(lines, cache, sections);
  // Commented text is blanked: nothing inside a comment is listed.
  const comments = maskComments(lines, start);
  const fenced = new Set<number>();
  let i = start;
  while (i < lines.length) {
    const text = lines[i]?.text ?? "";
    if (text.trim() === "") {
      i++;
      continue;
    }
    const end = blockEnd(lines, i, fenced);
    const type = blockType(text);
    sections.push({ type, position: span(lines, i, end) });
    if (type === "heading") pushHeading(cache, lines, i);
    if (type === "list") readListItems(cache, lines, i, end);
    i = end + 1;
  }
  for (const comment of comments) sections.push({ type: comment.type, position: span(lines, comment.from, comment.to) });
  sections.sort((a, b) => a.position.start.line - b.position.start.line);
  cache.sections = sections;
  readInline(cache, lines, start, fenced);
  readBlockIds(cache, lines, sections);
  return cache;
}

/** Obsidian's getFrontMatterInfo: where the frontmatter block is, without parsing it. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const lines = splitLines(content);
  const close = frontmatterClose(lines);
  if (close < 0) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const from = lines[1]?.offset ?? 0;
  const closing = lines[close];
  const to = closing ? closing.offset : from;
  const after = lines[close + 1];
  return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: after ? after.offset : content.length };
}

function splitLines(content: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of content.split("\n")) {
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
    offset += raw.length + 1;
  }
  return lines;
}

function loc(lines: SourceLine[], line: number, col: number): Loc {
  return { line, col, offset: (lines[line]?.offset ?? 0) + col };
}

function span(lines: SourceLine[], from: number, to: number): Pos {
  return { start: loc(lines, from, 0), end: loc(lines, to, lines[to]?.text.length ?? 0) };
}

function frontmatterClose(lines: SourceLine[]): number {
  // A byte order mark (Windows editors write one) does not hide the frontmatter.
  if (lines[0]?.text.replace(/^\ufeff/, "") !== "---") return -1;
  for (let i = 1; i < lines.length; i++) if (lines[i]?.text.trimEnd() === "---") return i;
  return -1;
}

/** Returns the first body line. Invalid YAML leaves `frontmatter` unset but keeps its position, as the app does. */
function readFrontmatter(lines: SourceLine[], cache: CachedMetadata, sections: SectionCache[]): number {
  const close = frontmatterClose(lines);
  if (close < 0) return 0;
  const position = { start: loc(lines, 0, 0), end: loc(lines, close, 3) };
  cache.frontmatterPosition = position;
  sections.push({ type: "yaml", position });
  try {
    const data = parseYaml(
      lines
        .slice(1, close)
        .map((line) => line.text)
        .join("\n"),
    );
    if (data !== null && typeof data === "object" && !Array.isArray(data)) {
      cache.frontmatter = data;
      const links = frontmatterLinks(data as Record<string, unknown>);
      if (links.length > 0) cache.frontmatterLinks = links;
    }
  } catch {
    // Obsidian indexes the note without frontmatter values when the YAML is broken.
  }
  return close + 1;
}

function frontmatterLinks(data: Record<string, unknown>): FrontmatterLinkCache[] {
  const found: FrontmatterLinkCache[] = [];
  // The parser hands an alias the anchor's own list (js-yaml does too), so a list can
  // contain itself or be reached 10^10 times through ten levels of ten aliases: each list
  // is looked through once, at the first key that reaches it.
  const seen = new Set<unknown[]>();
  const visit = (key: string, value: unknown): void => {
    if (typeof value === "string") {
      for (const match of value.matchAll(/\[\[([^\]]+)\]\]/g)) found.push({ key, ...wikiTarget(match[0], match[1] ?? "") });
    } else if (Array.isArray(value) && !seen.has(value)) {
      seen.add(value);
      value.forEach((item, index) => visit(`${key}.${index}`, item));
    }
  };
  for (const [key, value] of Object.entries(data)) visit(key, value);
  return found;
}

function blockType(text: string): string {
  if (FENCE.test(text)) return "code";
  if (HEADING.test(text)) return "heading";
  if (THEMATIC_BREAK.test(text)) return "thematicBreak";
  if (LIST_ITEM.test(text)) return "list";
  if (QUOTE.test(text)) return /^ {0,3}>\s*\[!/.test(text) ? "callout" : "blockquote";
  if (text.trimStart().startsWith("|")) return "table";
  return "paragraph";
}

/** Last line of the block starting at `from`; records fenced lines so inline scanning skips them. */
function blockEnd(lines: SourceLine[], from: number, fenced: Set<number>): number {
  const first = lines[from]?.text ?? "";
  const type = blockType(first);
  if (type === "code") {
    const fence = FENCE.exec(first)?.[1] ?? "```";
    fenced.add(from);
    for (let i = from + 1; i < lines.length; i++) {
      fenced.add(i);
      const close = FENCE.exec(lines[i]?.text ?? "")?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length && (lines[i]?.text.trim() ?? "") === close) return i;
    }
    return lines.length - 1;
  }
  if (type === "heading" || type === "thematicBreak") return from;
  let end = from;
  for (let i = from + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (text.trim() === "") {
      if (type !== "list") break;
      const next = nextContentLine(lines, i);
      const nextText = next < 0 ? "" : (lines[next]?.text ?? "");
      if (next < 0 || !(LIST_ITEM.test(nextText) || /^[ \t]+\S/.test(nextText))) break;
      continue;
    }
    if (FENCE.test(text) && !(type === "list" && /^[ \t]{2,}/.test(text))) break;
    if (HEADING.test(text) || THEMATIC_BREAK.test(text)) break;
    if (type !== "list" && LIST_ITEM.test(text)) break;
    if (type !== "blockquote" && type !== "callout" && QUOTE.test(text) && !/^[ \t]/.test(text)) break;
    if ((type === "blockquote" || type === "callout") && !QUOTE.test(text)) break;
    if (type === "list" && FENCE.test(text)) markIndentedFence(lines, i, fenced);
    end = i;
  }
  return end;
}

function markIndentedFence(lines: SourceLine[], from: number, fenced: Set<number>): void {
  fenced.add(from);
  for (let i = from + 1; i < lines.length && !FENCE.test(lines[i]?.text ?? ""); i++) fenced.add(i);
}

function nextContentLine(lines: SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i]?.text.trim() ?? "") !== "") return i;
  return -1;
}

function pushHeading(cache: CachedMetadata, lines: SourceLine[], line: number): void {
  const match = HEADING.exec(lines[line]?.text ?? "");
  if (!match) return;
  const heading: HeadingCache = { heading: (match[2] ?? "").trim(), level: match[1]?.length ?? 1, position: span(lines, line, line) };
  (cache.headings ??= []).push(heading);
}

/** Visual indentation, a tab counting to the next multiple of four. */
function indentWidth(whitespace: string): number {
  let width = 0;
  for (const ch of whitespace) width = ch === "\t" ? width + 4 - (width % 4) : width + 1;
  return width;
}

function readListItems(cache: CachedMetadata, lines: SourceLine[], from: number, to: number): void {
  const stack: { indent: number; line: number }[] = [];
  let firstLine = -1;
  for (let i = from; i <= to; i++) {
    const text = lines[i]?.text ?? "";
    const match = LIST_ITEM.exec(text);
    if (!match) continue;
    const whitespace = match[1] ?? "";
    const indent = indentWidth(whitespace);
    if (firstLine < 0) firstLine = i;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    const parentItem = stack[stack.length - 1];
    const after = text.slice(match[0].length);
    const task = TASK.exec(after)?.[1];
    let last = i;
    while (last + 1 <= to && isContinuation(lines[last + 1]?.text ?? "")) last++;
    const item: ListItemCache = {
      parent: parentItem ? parentItem.line : -firstLine,
      position: { start: loc(lines, i, whitespace.length), end: loc(lines, last, lines[last]?.text.length ?? 0) },
    };
    if (task !== undefined) item.task = task;
    const id = BLOCK_ID.exec(lines[last]?.text ?? "")?.[1];
    if (id) item.id = id;
    (cache.listItems ??= []).push(item);
    stack.push({ indent, line: i });
  }
}

/** A wrapped line of the same list item: not blank, not a new item, not a fence. */
function isContinuation(text: string): boolean {
  return text.trim() !== "" && !LIST_ITEM.test(text) && !FENCE.test(text);
}

function readInline(cache: CachedMetadata, lines: SourceLine[], start: number, fenced: Set<number>): void {
  for (let i = start; i < lines.length; i++) {
    if (fenced.has(i)) continue;
    const text = (lines[i]?.text ?? "").replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    const at = (col: number, length: number): Pos => ({ start: loc(lines, i, col), end: loc(lines, i, col + length) });
    for (const match of text.matchAll(/(!?)\[\[([^\]]+)\]\]/g)) {
      const ref = { ...wikiTarget(match[0].slice(match[1]?.length ?? 0), match[2] ?? ""), position: at(match.index, match[0].length) };
      if (match[1]) (cache.embeds ??= []).push({ ...ref, original: match[0] } satisfies EmbedCache);
      else (cache.links ??= []).push(ref satisfies LinkCache);
    }
    for (const match of text.matchAll(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g)) {
      const target = match[3] ?? "";
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const ref = { link: safeDecode(target), original: match[0], displayText: match[2] ?? "", position: at(match.index, match[0].length) };
      if (match[1]) (cache.embeds ??= []).push(ref);
      else (cache.links ??= []).push(ref);
    }
    for (const match of text.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)) {
      const tag = match[2] ?? "";
      // Obsidian needs at least one non-digit: "#123" is not a tag.
      if (/^#[\d/-]+$/.test(tag)) continue;
      const col = match.index + (match[1]?.length ?? 0);
      (cache.tags ??= []).push({ tag, position: at(col, tag.length) } satisfies TagCache);
    }
  }
}

function wikiTarget(original: string, inner: string): { link: string; original: string; displayText: string } {
  const bar = inner.indexOf("|");
  const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
  return { link, original, displayText: bar >= 0 ? inner.slice(bar + 1) : link };
}

function safeDecode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

function readBlockIds(cache: CachedMetadata, lines: SourceLine[], sections: SectionCache[]): void {
  const blocks: Record<string, BlockCache> = {};
  for (const item of cache.listItems ?? []) if (item.id) blocks[item.id.toLowerCase()] = { id: item.id, position: item.position };
  for (const section of sections) {
    if (section.type === "list" || section.type === "code" || section.type === "yaml") continue;
    const id = BLOCK_ID.exec(lines[section.position.end.line]?.text ?? "")?.[1];
    if (!id) continue;
    section.id = id;
    blocks[id.toLowerCase()] = { id, position: section.position };
  }
  if (Object.keys(blocks).length > 0) cache.blocks = blocks;
}
