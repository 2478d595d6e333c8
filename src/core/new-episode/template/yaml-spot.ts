// Where a template tag stands in a line of YAML frontmatter, so the value put there keeps
// the YAML around it as the template wrote it. Templates quote their tags
// (`title: "<% tp.file.title %>"`, `aliases: ['{{title}}']`) or list them (`tags: [{{code}}]`);
// a topic like `Why "SLOs" matter` or `it's` put there unescaped closed the quotes early,
// and the new note's properties could not be read at all.
//
// Read line by line (a quoted scalar over several lines is read as ending with its line),
// and only the template's own text: values put in before are escaped for their place, so
// they cannot change where the next tag stands. One pass over each line for all its tags.

/** Inside "…", inside '…', a whole item of a [ … ] or { … } list, or anywhere else. */
export type YamlSpot = "double" | "single" | "flow-item" | "other";

export class YamlLineReader {
  private at = 0;
  private lineEnd = -1;
  private quote: '"' | "'" | null = null;
  private depth = 0;
  /** After a ` #`: the rest of the line is a comment. */
  private comment = false;
  /** The next character begins a scalar: at the line's start, or after `: `, `- `, `[`, `{` or `,`. */
  private scalarStart = true;

  constructor(private readonly text: string) {}

  /** The spot of a tag starting at `start`; tags must be asked for in text order. */
  spotAt(start: number): YamlSpot {
    if (start > this.lineEnd) this.newLine(start);
    for (; this.at < start; this.at++) this.step(this.text.charAt(this.at), this.text.charAt(this.at + 1));
    if (this.comment) return "other";
    if (this.quote === '"') return "double";
    if (this.quote === "'") return "single";
    return this.depth > 0 && this.scalarStart ? "flow-item" : "other";
  }

  /** Moves past a tag (its text is the template's, not YAML to read). */
  skipTo(end: number): void {
    this.at = Math.max(this.at, end);
    if (this.quote === null) this.scalarStart = false;
  }

  private newLine(start: number): void {
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    const next = this.text.indexOf("\n", start);
    this.lineEnd = next < 0 ? this.text.length : next;
    this.at = lineStart;
    this.quote = null;
    this.depth = 0;
    this.comment = false;
    this.scalarStart = true;
  }

  private step(ch: string, next: string): void {
    if (this.comment) return;
    if (this.quote === '"') {
      if (ch === "\\") this.at++;
      else if (ch === '"') this.quote = null;
      return;
    }
    if (this.quote === "'") {
      if (ch === "'" && next === "'") this.at++;
      else if (ch === "'") this.quote = null;
      return;
    }
    if (ch === " " || ch === "\t") return;
    const before = this.at === 0 ? "\n" : this.text.charAt(this.at - 1);
    if (ch === "#" && (before === " " || before === "\t" || before === "\n")) {
      this.comment = true;
      return;
    }
    if (this.scalarStart && (ch === '"' || ch === "'")) {
      this.quote = ch;
      this.scalarStart = false;
    } else if (this.scalarStart && (ch === "[" || ch === "{")) {
      this.depth++;
    } else if (this.depth > 0 && (ch === "]" || ch === "}")) {
      this.depth--;
      this.scalarStart = false;
    } else if (this.depth > 0 && ch === ",") {
      this.scalarStart = true;
    } else if (ch === ":" && (next === " " || next === "\t" || next === "" || next === "\n" || next === "\r")) {
      this.scalarStart = true;
    } else if (ch === "-" && this.scalarStart && (next === " " || next === "\t")) {
      this.scalarStart = true;
    } else {
      this.scalarStart = false;
    }
  }
}

/** Control characters YAML does not take in a scalar as they are (tab aside), line breaks included. */
const CONTROLS = /[^\P{Cc}\t]+/gu;

/** `value` written inside a double-quoted scalar: JSON's escapes are YAML's. */
export function inDoubleQuotes(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** `value` written inside a single-quoted scalar: a quote is doubled; line breaks and controls become a space. */
export function inSingleQuotes(value: string): string {
  return value.replace(CONTROLS, " ").replace(/'/g, "''");
}

/** `value` as a whole item of a flow list: as it is when YAML reads it back as that text, else quoted. */
export function asFlowItem(value: string, readsAsText: (value: string) => boolean): string {
  return readsAsText(value) && !/[,[\]{}]/.test(value) ? value : JSON.stringify(value);
}
