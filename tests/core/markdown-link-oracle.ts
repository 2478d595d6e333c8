// An independent reader for the links in produced Markdown: markdown-it (CommonMark, with
// raw HTML on, as Obsidian renders it) says which links a text holds, with their text
// and destination, so the tests never judge our encoder with our own code.
import MarkdownIt, { type Token } from "markdown-it";

const md = new MarkdownIt({ html: true });

export interface ParsedLink {
  text: string;
  href: string;
}

/** Every link markdown-it finds in `markdown` (inline links and autolinks), in order. */
export function linksIn(markdown: string): ParsedLink[] {
  const links: ParsedLink[] = [];
  const walk = (tokens: readonly Token[]) => {
    let current: ParsedLink | null = null;
    for (const token of tokens) {
      if (token.children) walk(token.children);
      if (token.type === "link_open") {
        const link: ParsedLink = { text: "", href: String(token.attrGet("href") ?? "") };
        links.push(link);
        current = link;
      } else if (token.type === "link_close") current = null;
      else if (current && (token.type === "text" || token.type === "code_inline" || token.type === "html_inline")) current.text += token.content;
      else if (current && (token.type === "softbreak" || token.type === "hardbreak")) current.text += "\n";
    }
  };
  walk(md.parse(markdown, {}));
  return links;
}

/**
 * `%XX` escapes that form whole UTF-8 characters decoded, others left as written; so a
 * destination and the URL it was made from compare equal whatever was escaped.
 */
export function decodePercent(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const lead = text.charAt(i) === "%" ? parseInt(text.slice(i + 1, i + 3), 16) : NaN;
    const length = Number.isNaN(lead) || !/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3)) ? 0 : lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    const chunk = text.slice(i, i + 3 * length);
    if (length > 0 && /^(%[0-9A-Fa-f]{2})+$/.test(chunk)) {
      try {
        out += decodeURIComponent(chunk);
        i += chunk.length;
        continue;
      } catch {
        // Not a valid UTF-8 character: left as written.
      }
    }
    out += text.charAt(i);
    i++;
  }
  return out;
}

/** Lone surrogates as U+FFFD, as any UTF-8 writer stores them. */
export function wellFormed(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
