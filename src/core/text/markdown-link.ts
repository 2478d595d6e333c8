// Putting user data into Markdown links without breaking them. A guest "Ann (Grafana",
// a show "[Beta] Live" or a studio link with a space each ended or cut a `[text](url)`
// that a snippet built, so every URL and every piece of link text goes through here.
import { toWellFormed } from "../calendar/unicode";

/** ASCII kept as is in a destination: letters, digits and RFC 3986's unreserved and delimiter marks, minus the parentheses. */
const URL_SAFE_ASCII = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/;
/** Non-ASCII kept readable in a destination: letters, marks, digits, punctuation, symbols (not spaces, controls or format characters like U+202E). */
const URL_SAFE_OTHER = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
/** `&amp;`, `&#41;`: Markdown decodes entities, in a destination too. */
const ENTITY_AFTER = /^(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
/** Only characters kept as they are, whole escapes, and no `&` that reads as an entity. */
const SAFE_URL = /^(?:[A-Za-z0-9\-._~:/?#@!$'*+,;=]|%[0-9A-Fa-f]{2}|&(?!(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});))*$/;
/** An IPv6 host keeps its brackets: `https://[::1]:8080/`. */
const IPV6_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?\[[0-9A-Fa-f:.]+\]/;

/**
 * `url` made safe as the destination of `[text](url)` or inside `<url>`: every character
 * that could end the link or change what it points to is percent-encoded as UTF-8
 * (parentheses, brackets, `<` `>`, spaces and line breaks, backslash, backtick, `"`,
 * `{` `|` `}` `^`, controls, Unicode spaces and format characters such as U+202E), a `%`
 * that starts no escape becomes `%25`, and lone surrogates become U+FFFD. Where `&amp;`
 * would read as an entity, the letter or digit after `&` (or `&#`) is percent-encoded,
 * which RFC 3986 §6.2.2.2 makes the same URL. Existing escapes are kept, so encoding
 * twice changes nothing.
 */
export function markdownLinkUrl(url: string): string {
  // Already safe (as every URL this plugin builds is): returned as it is, without a scan.
  if (SAFE_URL.test(url.trim())) return url.trim();
  const text = toWellFormed(url.trim());
  const keep = IPV6_AUTHORITY.exec(text)?.[0] ?? "";
  let out = keep;
  let entityAt = -1;
  for (let i = keep.length; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
    const at = i;
    i += char.length;
    if (char === "&" && ENTITY_AFTER.test(text.slice(i, i + 40))) entityAt = text.charAt(i) === "#" ? i + 1 : i;
    if (at === entityAt) out += percent(char, true);
    else if (char === "%") out += /^[0-9A-Fa-f]{2}/.test(text.slice(i, i + 2)) ? "%" : "%25";
    else if (char.length === 1 && char.charCodeAt(0) < 0x80) out += URL_SAFE_ASCII.test(char) ? char : percent(char);
    else out += URL_SAFE_OTHER.test(char) ? char : percent(char);
  }
  return out;
}

/** UTF-8 percent escapes of `char`; `always` also for letters and digits. */
function percent(char: string, always = false): string {
  if (always && char.length === 1 && char.charCodeAt(0) < 0x80) return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  return encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Always escaped in link text: they end it, open something that binds tighter (code, HTML, autolinks, wiki links), escape, or split a table row. */
const TEXT_ESCAPED = new Set(["\\", "[", "]", "`", "<", ">", "|", "*", "_", "$"]);
/** Escaped when doubled, where Obsidian reads them (==highlight==, ~~strike~~, %%comment%%). */
const TEXT_ESCAPED_DOUBLED = new Set(["=", "~", "%"]);

/**
 * `text` made safe as the text of `[text](url)`: line breaks and other control characters
 * become spaces (a blank line would end the paragraph, a line starting with `#` or `-`
 * would start a block), lone surrogates become U+FFFD, and the characters that could end the text or swallow the
 * link are escaped with a backslash, which Markdown removes again when it shows the link.
 */
export function markdownLinkText(text: string): string {
  const flat = toWellFormed(text).replace(/\r\n/g, " ");
  let out = "";
  for (let i = 0; i < flat.length; i++) {
    const char = flat.charAt(i);
    const code = char.charCodeAt(0);
    const doubled = TEXT_ESCAPED_DOUBLED.has(char) && (flat.charAt(i - 1) === char || flat.charAt(i + 1) === char);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029) out += " ";
    else if (TEXT_ESCAPED.has(char) || doubled) out += `\\${char}`;
    else if (char === "&" && ENTITY_AFTER.test(flat.slice(i + 1, i + 41))) out += "\\&";
    else out += char;
  }
  return out;
}

/** `[text](url)`, both made safe; just the text when there is no URL. */
export function markdownLink(text: string, url: string): string {
  return url.trim() === "" ? text : `[${markdownLinkText(text)}](${markdownLinkUrl(url)})`;
}

/** What has to follow an opening `<…` inside the same value for it to close there. */
function htmlCloser(value: string, at: number): string | null {
  if (value.startsWith("<!--", at)) return "-->";
  if (value.startsWith("<![CDATA[", at)) return "]]>";
  if (value.startsWith("<?", at)) return "?>";
  return /^<[A-Za-z/!]/.test(value.slice(at, at + 2)) ? ">" : null;
}

/**
 * A value placed in Markdown text, outside any link, made self-contained: a backtick run
 * with no partner in the value, a `<` that starts a tag or comment the value does not
 * close, or an unpaired `%%` is escaped, or it paired with one in a later value and the
 * code span, HTML or comment in between swallowed a link ("Hi `Ann! … [Show](…) … about
 * `top`"). What the value opens and closes itself (inline code in a topic) is kept.
 */
export function markdownInlineValue(value: string): string {
  // Most values hold none of these: they go in untouched, without a scan.
  if (!/[`<]|%%/.test(value)) return value;
  // Backtick runs, skipping backslash escapes (`\`` is no opener, as in Markdown).
  const runs: { at: number; length: number }[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value.charAt(i) === "\\") i++;
    else if (value.charAt(i) === "`") {
      let end = i;
      while (value.charAt(end) === "`") end++;
      runs.push({ at: i, length: end - i });
      i = end - 1;
    }
  }
  // The next run of the same length, found right to left, so pairing is one pass.
  const next = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    if (!run) continue;
    next[r] = seen.get(run.length) ?? -1;
    seen.set(run.length, r);
  }
  const unpaired = new Map<number, number>();
  for (let r = 0; r < runs.length; ) {
    const partner = next[r] ?? -1;
    const run = runs[r];
    if (partner < 0 && run) unpaired.set(run.at, run.length);
    r = partner < 0 ? r + 1 : partner + 1;
  }
  const comments = value.split("%%").length - 1;
  const lastComment = comments % 2 === 1 ? value.lastIndexOf("%%") : -1;
  // Where each closer last occurs: a `<` is closed when its closer comes after it. Looking
  // for the closer after every `<` was quadratic on a value of many.
  const lastCloser = new Map<string, number>();
  const closes = (closer: string, at: number): boolean => {
    let last = lastCloser.get(closer);
    if (last === undefined) lastCloser.set(closer, (last = value.lastIndexOf(closer)));
    return last > at;
  };
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i);
    const length = unpaired.get(i);
    if (char === "\\") {
      out += value.slice(i, i + 2);
      i++;
    } else if (length !== undefined) {
      out += "\\`".repeat(length);
      i += length - 1;
    } else if (char === "<") {
      const closer = htmlCloser(value, i);
      out += closer !== null && !closes(closer, i) ? "\\<" : "<";
    } else if (i === lastComment) {
      out += "\\%\\%";
      i++;
    } else out += char;
  }
  return out;
}
