// A small YAML reader for frontmatter: block mappings and sequences, flow
// [..] and {..}, quoted and plain scalars, | and > blocks, comments. Like
// Obsidian's frontmatter reader, dates stay strings. Malformed input throws
// YAMLParseError, as processFrontMatter documents. The writer is yaml-stringify.ts.

export class YAMLParseError extends Error {
  override name = "YAMLParseError";
}

interface Line {
  indent: number;
  text: string;
  number: number;
}

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export function parseYaml(yaml: string): unknown {
  const lines = toLines(yaml);
  if (lines.length === 0) return null;
  const reader = new BlockReader(lines);
  const first = lines[0];
  const value = reader.block(first ? first.indent : 0);
  const rest = reader.peek();
  if (rest) throw new YAMLParseError(`Unexpected content at line ${rest.number}: "${rest.text}"`);
  return value;
}

function toLines(yaml: string): Line[] {
  const lines: Line[] = [];
  yaml.split(/\r?\n/).forEach((raw, index) => {
    const leading = /^[ \t]*/.exec(raw)?.[0] ?? "";
    if (leading.includes("\t") && raw.trim() !== "") throw new YAMLParseError(`Tab indentation at line ${index + 1}`);
    const text = stripComment(raw.slice(leading.length)).trimEnd();
    lines.push({ indent: leading.length, text, number: index + 1 });
  });
  return lines;
}

/** Drops a "# comment" that starts the line or follows whitespace, outside quotes. */
function stripComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === "#" && (i === 0 || text[i - 1] === " ")) {
      return text.slice(0, i);
    }
  }
  return text;
}

const KEY_PATTERN = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+(.*))?$/;

class BlockReader {
  private index = 0;

  constructor(private readonly lines: Line[]) {}

  /** The next line with content, skipping blank ones. */
  peek(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index]?.text === "") this.index++;
    return this.lines[this.index];
  }

  block(indent: number): Value {
    const line = this.peek();
    if (!line || line.indent < indent) return null;
    if (isSequenceItem(line.text)) return this.sequence(line.indent);
    if (startsMapping(line.text)) return this.mapping(line.indent);
    this.index++;
    return parseScalarOrFlow(this.continuePlain(line.text, line.indent), line.number);
  }

  private sequence(indent: number): Value[] {
    const items: Value[] = [];
    for (let line = this.peek(); line && line.indent === indent && isSequenceItem(line.text); line = this.peek()) {
      const content = line.text.slice(1).trimStart();
      const contentIndent = indent + line.text.length - content.length;
      this.index++;
      if (content === "") {
        items.push(this.block(indent + 1));
      } else if (startsMapping(content)) {
        // "- key: value" starts a mapping whose keys line up with "key".
        this.lines[--this.index] = { indent: contentIndent, text: content, number: line.number };
        items.push(this.mapping(contentIndent));
      } else {
        items.push(parseScalarOrFlow(this.continuePlain(content, indent), line.number));
      }
    }
    this.expectDedent(indent);
    return items;
  }

  private mapping(indent: number): { [key: string]: Value } {
    const result: { [key: string]: Value } = {};
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      const match = KEY_PATTERN.exec(line.text);
      if (!match) throw new YAMLParseError(`Expected "key: value" at line ${line.number}: "${line.text}"`);
      const key = unquoteKey(match[1] ?? "", line.number);
      if (Object.prototype.hasOwnProperty.call(result, key)) throw new YAMLParseError(`Duplicated mapping key "${key}" at line ${line.number}`);
      const rest = (match[2] ?? "").trim();
      this.index++;
      result[key] = this.mappingValue(rest, indent, line.number);
    }
    this.expectDedent(indent);
    return result;
  }

  private mappingValue(rest: string, indent: number, lineNumber: number): Value {
    if (/^[|>][+-]?$/.test(rest)) return this.blockScalar(rest, indent);
    if (rest !== "") return parseScalarOrFlow(this.continuePlain(rest, indent), lineNumber);
    const next = this.peek();
    if (!next) return null;
    // A sequence may sit at the same indentation as its key.
    if (next.indent > indent || (next.indent === indent && isSequenceItem(next.text))) return this.block(next.indent);
    return null;
  }

  private blockScalar(header: string, indent: number): string {
    const collected: Line[] = [];
    let blockIndent = -1;
    while (this.index < this.lines.length) {
      const line = this.lines[this.index];
      if (!line) break;
      if (line.text !== "" && line.indent <= indent) break;
      if (line.text !== "" && blockIndent < 0) blockIndent = line.indent;
      collected.push(line);
      this.index++;
    }
    const texts = collected.map((line) => (line.text === "" ? "" : " ".repeat(Math.max(0, line.indent - blockIndent)) + line.text));
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    const body = header.startsWith("|") ? texts.join("\n") : foldLines(texts);
    return header.endsWith("-") ? body : `${body}\n`;
  }

  /** Folds the continuation lines of a multi-line plain scalar into one line. */
  private continuePlain(text: string, indent: number): string {
    if (/^["'[{]/.test(text)) return text;
    let joined = text;
    for (let next = this.peek(); next && next.indent > indent && !KEY_PATTERN.test(next.text) && !isSequenceItem(next.text); next = this.peek()) {
      joined += ` ${next.text}`;
      this.index++;
    }
    return joined;
  }

  private expectDedent(indent: number): void {
    const next = this.peek();
    if (next && next.indent > indent) throw new YAMLParseError(`Bad indentation at line ${next.number}: "${next.text}"`);
  }
}

/** Folded (>) scalars: lines join with spaces, an empty line becomes a line break. */
function foldLines(texts: string[]): string {
  const paragraphs: string[][] = [[]];
  for (const text of texts) {
    if (text === "") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]?.push(text);
  }
  return paragraphs.map((words) => words.join(" ")).join("\n");
}

/** "key: value" (or a quoted key), but not a flow collection that happens to contain a colon. */
function startsMapping(text: string): boolean {
  return !/^[[{]/.test(text) && KEY_PATTERN.test(text);
}

function isSequenceItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function unquoteKey(raw: string, lineNumber: number): string {
  const value = /^["']/.test(raw) ? parseScalarOrFlow(raw, lineNumber) : raw.trim();
  return typeof value === "string" ? value : JSON.stringify(value);
}

function parseScalarOrFlow(text: string, lineNumber: number): Value {
  if (text.startsWith("[") || text.startsWith("{")) {
    const parser = new FlowParser(text, lineNumber);
    const value = parser.value();
    parser.end();
    return value;
  }
  if (text.startsWith('"') || text.startsWith("'")) {
    const parser = new FlowParser(text, lineNumber);
    const value = parser.quoted();
    parser.end();
    return value;
  }
  return plainScalar(text);
}

export function plainScalar(text: string): Value {
  const trimmed = text.trim();
  if (/^(~|null|Null|NULL)?$/.test(trimmed)) return null;
  if (/^(true|True|TRUE)$/.test(trimmed)) return true;
  if (/^(false|False|FALSE)$/.test(trimmed)) return false;
  if (/^[-+]?(0|[1-9]\d*)$/.test(trimmed)) return Number(trimmed);
  if (/^[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

class FlowParser {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly lineNumber: number,
  ) {}

  value(): Value {
    this.space();
    const ch = this.text[this.pos];
    if (ch === "[") return this.sequence();
    if (ch === "{") return this.mapping();
    if (ch === '"' || ch === "'") return this.quoted();
    const start = this.pos;
    while (this.pos < this.text.length && !",]}".includes(this.text[this.pos] ?? "")) this.pos++;
    return plainScalar(this.text.slice(start, this.pos));
  }

  quoted(): string {
    const quote = this.text[this.pos];
    let out = "";
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos] ?? "";
      if (quote === "'" && ch === "'" && this.text[this.pos + 1] === "'") {
        out += "'";
        this.pos++;
      } else if (ch === quote) {
        this.pos++;
        return out;
      } else if (quote === '"' && ch === "\\") {
        out += this.escape();
      } else {
        out += ch;
      }
    }
    throw this.error("Unterminated quoted string");
  }

  end(): void {
    this.space();
    if (this.pos < this.text.length) throw this.error(`Unexpected "${this.text.slice(this.pos)}"`);
  }

  private escape(): string {
    const code = this.text[++this.pos] ?? "";
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "0": "\0", '"': '"', "\\": "\\", "/": "/", " ": " " };
    if (code in simple) return simple[code] ?? "";
    if (code === "u" || code === "x") {
      const length = code === "u" ? 4 : 2;
      const hex = this.text.slice(this.pos + 1, this.pos + 1 + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw this.error("Bad escape");
      this.pos += length;
      return String.fromCharCode(parseInt(hex, 16));
    }
    throw this.error(`Unknown escape "\\${code}"`);
  }

  private sequence(): Value[] {
    const items: Value[] = [];
    this.pos++;
    for (this.space(); this.text[this.pos] !== "]"; this.space()) {
      if (this.pos >= this.text.length) throw this.error("Unterminated flow sequence");
      items.push(this.value());
      this.space();
      if (this.text[this.pos] === ",") this.pos++;
      else if (this.text[this.pos] !== "]") throw this.error("Expected , or ]");
    }
    this.pos++;
    return items;
  }

  private mapping(): { [key: string]: Value } {
    const result: { [key: string]: Value } = {};
    this.pos++;
    for (this.space(); this.text[this.pos] !== "}"; this.space()) {
      if (this.pos >= this.text.length) throw this.error("Unterminated flow mapping");
      const start = this.pos;
      const key = this.text[this.pos] === '"' || this.text[this.pos] === "'" ? this.quoted() : this.until(":").trim();
      if (this.text[this.pos] !== ":") throw this.error(`Expected : after key at ${start}`);
      this.pos++;
      result[key] = this.value();
      this.space();
      if (this.text[this.pos] === ",") this.pos++;
      else if (this.text[this.pos] !== "}") throw this.error("Expected , or }");
    }
    this.pos++;
    return result;
  }

  private until(stop: string): string {
    const start = this.pos;
    while (this.pos < this.text.length && !stop.includes(this.text[this.pos] ?? "")) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private space(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  private error(message: string): YAMLParseError {
    return new YAMLParseError(`${message} at line ${this.lineNumber}: ${this.text}`);
  }
}
