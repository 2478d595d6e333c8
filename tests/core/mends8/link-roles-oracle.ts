// The link-role scan as it was before mends8 (src/core/text/link-placeholders.ts at
// integrate 984c390), kept unchanged as the oracle for the linear rewrite: the same roles
// for every text. It is quadratic on unclosed brackets; use it on small texts only.
type LinkRole = "text" | "url";

export function oldScanRoles(template: string): Map<number, LinkRole> {
  const roles = new Map<number, LinkRole>();
  // No bracket and no autolink around a placeholder: no roles, without a scan.
  if (!template.includes("[") && !template.includes("<{{")) return roles;
  const open: number[][] = [];
  let i = 0;
  while (i < template.length) {
    const c = template.charAt(i);
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (template.startsWith("{{", i)) {
      const close = template.indexOf("}}", i + 2);
      // The fill step stops at an unclosed `{{` as well.
      if (close < 0) break;
      if (template.charAt(i - 1) === "<" && template.charAt(close + 2) === ">") roles.set(i, "url");
      else open[open.length - 1]?.push(i);
      i = close + 2;
      continue;
    }
    if (template.startsWith("[[", i)) {
      const close = template.indexOf("]]", i + 2);
      if (close >= 0 && !template.slice(i + 2, close).includes("\n")) {
        i = close + 2;
        continue;
      }
    }
    if (c === "[") open.push([]);
    else if (c === "]" && open.length > 0) {
      const inside = open.pop() ?? [];
      const target = template.charAt(i + 1) === "(" ? destination(template, i + 2) : null;
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

/** The destination starting at `start` (after `](`): where the link ends and the placeholders in it; null when it never closes. */
function destination(template: string, start: number): { end: number; placeholders: number[] } | null {
  const placeholders: number[] = [];
  if (template.charAt(start) === "<") {
    const close = template.indexOf(">", start);
    const paren = close < 0 ? -1 : template.indexOf(")", close);
    if (paren < 0) return null;
    for (let at = template.indexOf("{{", start); at >= 0 && at < close; at = template.indexOf("{{", at + 2)) placeholders.push(at);
    return { end: paren + 1, placeholders };
  }
  let depth = 0;
  for (let j = start; j < template.length; ) {
    if (template.startsWith("{{", j)) {
      const close = template.indexOf("}}", j + 2);
      if (close < 0) return null;
      placeholders.push(j);
      j = close + 2;
      continue;
    }
    const c = template.charAt(j);
    if (c === ")" && depth === 0) return { end: j + 1, placeholders };
    if (/\s/.test(c)) {
      // A title may follow (`[a](url "title")`); the link closes at the next `)`.
      const paren = template.indexOf(")", j);
      return paren < 0 ? null : { end: paren + 1, placeholders };
    }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    j += c === "\\" ? 2 : 1;
  }
  return null;
}

