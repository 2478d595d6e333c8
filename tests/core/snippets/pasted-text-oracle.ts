// An independent reading of the rule for pasted text in snippet values (README, "Snippets
// and placeholders"; src/core/snippets/pasted-text.ts), written per code point from
// Unicode's categories rather than the code's ranges, so the tests do not check the code
// against itself. Also used by tests/core/markdown-links.test.ts and
// tests/attack/invites-hostile-fields.test.ts for what a value reads as once filled.

const SPACES = new Set(["\u000b", "\u000c", "\u0085", "\u2028", "\u2029"]);
const KEPT_CONTROLS = new Set(["\t", "\n", "\r"]);
const OPENERS: Record<string, "e" | "i"> = { "\u202a": "e", "\u202b": "e", "\u202d": "e", "\u202e": "e", "\u2066": "i", "\u2067": "i", "\u2068": "i" };

/** What a value pasted with `value` reads as in a snippet, the .ics and the calendar link; `trim` for a value that was trimmed (a guest, a topic). */
export function expectedPasted(value: string, trim = false): string {
  // Node's UTF-8 encoder swaps lone surrogates for U+FFFD, as a file write does.
  const wellFormed = Buffer.from(value, "utf8").toString("utf8");
  let cleaned = "";
  for (const char of wellFormed) {
    if (SPACES.has(char)) cleaned += " ";
    else if ((/\p{Cc}/u.test(char) && !KEPT_CONTROLS.has(char)) || char === "\ufeff") continue;
    else cleaned += char;
  }
  return (trim ? cleaned.trim() : cleaned)
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : closeLine(part)))
    .join("");
}

/** One line with every embedding and isolate it leaves open closed at its end (UAX #9, X1–X8). */
function closeLine(line: string): string {
  const stack: ("e" | "i")[] = [];
  for (const char of line) {
    const opens = OPENERS[char];
    if (opens) stack.push(opens);
    else if (char === "\u202c" && stack.at(-1) === "e") stack.pop();
    else if (char === "\u2069" && stack.includes("i")) while (stack.pop() !== "i");
  }
  return line + stack.reverse().map((kind) => (kind === "e" ? "\u202c" : "\u2069")).join("");
}

/** What a web address pasted as `url` reads as: trimmed, and the characters expectedPasted would change (but TAB, LF, CR) and right-to-left controls percent-encoded. */
export function expectedPastedUrl(url: string): string {
  let out = "";
  for (const char of url.trim()) {
    const lone = char.length === 1 && /[\ud800-\udfff]/.test(char);
    if (lone) out += "%EF%BF%BD";
    else if (KEPT_CONTROLS.has(char)) out += char;
    else if (/\p{Cc}/u.test(char) || SPACES.has(char) || char === "\ufeff" || char in OPENERS || char === "\u202c" || char === "\u2069") out += encodeURIComponent(char);
    else out += char;
  }
  return out;
}
