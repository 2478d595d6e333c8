// Which placeholders of a snippet or template sit inside a Markdown link the text writes
// around them: `[Watch {{topic}}]({{url}})` or `<{{url}}>`. Their values are made safe
// for that place (markdown-link.ts); a value elsewhere only has what it opens without
// closing escaped, so it cannot reach over a link next to it.
import { markdownInlineValue, markdownLinkText, markdownLinkUrl } from "./markdown-link";
import { destinationReader, nextIndex } from "./link-destination";

export type LinkRole = "text" | "url";

/**
 * The role of each `{{…}}` (by the index of its `{{`) that is inside the text or the
 * destination of a link. One pass: brackets are matched with a stack, and a `]` followed
 * by `(` and a destination that closes makes a link. Wiki links (`[[{{title}}]]`) are not
 * Markdown text, so what is inside them gets no role.
 */
export function placeholderLinkRoles(template: string): ReadonlyMap<number, LinkRole> {
  // The same few snippet texts are filled over and over (every preview in the picker).
  const known = rolesByTemplate.get(template);
  if (known) return known;
  const roles = scanRoles(template);
  if (rolesByTemplate.size >= ROLE_CACHE_SIZE) rolesByTemplate.clear();
  rolesByTemplate.set(template, roles);
  return roles;
}

const ROLE_CACHE_SIZE = 200;
const rolesByTemplate = new Map<string, ReadonlyMap<number, LinkRole>>();

function scanRoles(template: string): Map<number, LinkRole> {
  const roles = new Map<number, LinkRole>();
  // No bracket and no autolink around a placeholder: no roles, without a scan.
  if (!template.includes("[") && !template.includes("<{{")) return roles;
  const open: number[][] = [];
  // Every search for a closer is remembered, so unclosed brackets cost one pass in all.
  const destination = destinationReader(template);
  const nextClose = nextIndex(template, "}}");
  const nextWikiEnd = nextIndex(template, "]]");
  const nextLine = nextIndex(template, "\n");
  let i = 0;
  while (i < template.length) {
    const c = template.charAt(i);
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (template.startsWith("{{", i)) {
      const close = nextClose(i + 2);
      // The fill step stops at an unclosed `{{` as well.
      if (close < 0) break;
      if (template.charAt(i - 1) === "<" && template.charAt(close + 2) === ">") roles.set(i, "url");
      else open[open.length - 1]?.push(i);
      i = close + 2;
      continue;
    }
    if (template.startsWith("[[", i)) {
      const close = nextWikiEnd(i + 2);
      const line = nextLine(i + 2);
      if (close >= 0 && (line < 0 || line > close)) {
        i = close + 2;
        continue;
      }
    }
    if (c === "[") open.push([]);
    else if (c === "]" && open.length > 0) {
      const inside = open.pop() ?? [];
      const target = template.charAt(i + 1) === "(" ? destination(i + 2) : null;
      if (target) {
        for (const at of inside) roles.set(at, "text");
        for (const at of target.placeholders) roles.set(at, "url");
        i = target.end;
        continue;
      }
      open[open.length - 1]?.push(...inside);
    } else if (c === "\n" && /^[ \t]*(\r?\n|$)/.test(template.slice(i + 1, i + 80))) {
      // A blank line ends the paragraph, and with it every open bracket.
      open.length = 0;
    }
    i++;
  }
  return roles;
}

/** `value` made safe for where its placeholder sits: in a link's text, its destination, or plain text around links. */
export function valueForLinkRole(role: LinkRole | undefined, value: string): string {
  if (role === "text") return markdownLinkText(value);
  if (role === "url") return markdownLinkUrl(value);
  return markdownInlineValue(value);
}
