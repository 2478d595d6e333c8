// Markdown links read as their text: `[[People/Ann Lee|Ann]]` reads "Ann",
// `[[People/Ann Lee]]` reads "Ann Lee", `[Ann](https://…)` reads "Ann". Used for guest
// names (keeping the first link's target) and for checklist text shown in the sidebar.

/**
 * Replace `[[target|alias]]` and `[text](url)` by their display text; remember the
 * first link's target. Linear: each search below only ever moves forward.
 */
export function replaceLinks(text: string): { display: string; target: string | null } {
  const wikiClose = forwardFinder(text, "]]");
  const mdMiddle = forwardFinder(text, "](");
  // The `)` that closes each `(`, paired in one pass: a URL may hold balanced parentheses
  // (`[Ann Lee](https://en.wikipedia.org/wiki/Ann_Lee_(singer))`, as in Markdown); the first
  // `)` after `](` cut such a link short and left "Ann Lee)" as the name.
  const roundClose = closingParentheses(text);
  const square = forwardFinder(text, "[");
  let display = "";
  let target: string | null = null;
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("[[", i)) {
      const close = wikiClose(i + 2);
      if (close >= 0) {
        const inner = text.slice(i + 2, close);
        const bar = inner.indexOf("|");
        const linkTarget = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
        display += bar >= 0 ? inner.slice(bar + 1) : noteName(linkTarget);
        target ??= linkTarget;
        i = close + 2;
        continue;
      }
    }
    if (text[i] === "[") {
      const middle = mdMiddle(i + 1);
      const end = middle >= 0 ? (roundClose.get(middle + 1) ?? -1) : -1;
      const nextSquare = square(i + 1);
      if (middle >= 0 && end >= 0 && (nextSquare < 0 || nextSquare >= middle)) {
        display += text.slice(i + 1, middle);
        const url = text.slice(middle + 2, end).trim();
        target ??= url.startsWith("<") && url.endsWith(">") ? url.slice(1, -1) : url;
        i = end + 1;
        continue;
      }
    }
    display += text[i] ?? "";
    i++;
  }
  return { display, target };
}

/** Index of the matching `)` for every `(` that has one. */
function closingParentheses(text: string): Map<number, number> {
  const close = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41) {
      const at = open.pop();
      if (at !== undefined) close.set(at, i);
    }
  }
  return close;
}

/**
 * indexOf(needle, from) for calls whose `from` never decreases: the last answer is
 * reused while it is still ahead, so all calls together cost one pass over the text.
 */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from: number) => {
    if (found === -1) return -1;
    if (found < from) found = text.indexOf(needle, from);
    return found;
  };
}

/** `People/Ann Lee#Bio` → `Ann Lee`. */
function noteName(target: string): string {
  let name = target;
  const hash = name.search(/[#^]/);
  if (hash >= 0) name = name.slice(0, hash);
  const slash = name.lastIndexOf("/");
  if (slash >= 0) name = name.slice(slash + 1);
  if (name.toLowerCase().endsWith(".md")) name = name.slice(0, -3);
  return name.trim();
}

