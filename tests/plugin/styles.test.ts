// styles.css is loaded as one sheet: a rule left without its closing brace swallows every
// rule after it (the browser reads them as nested selectors that never match), so whole
// views lose their styles with no error anywhere.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Lines where a rule opens while another is still open (no nesting is meant), and the depth at the end. */
function unclosed(css: string): { nestedAt: number[]; depthAtEnd: number } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const nestedAt: number[] = [];
  let depth = 0;
  let line = 1;
  for (const ch of text) {
    if (ch === "\n") line++;
    else if (ch === "{") {
      if (depth > 0 && !nestedAt.includes(line)) nestedAt.push(line);
      depth++;
    } else if (ch === "}") depth--;
  }
  return { nestedAt, depthAtEnd: depth };
}

describe("styles.css", () => {
  it("closes every rule before the next one opens", () => {
    const css = readFileSync(join(import.meta.dirname, "..", "..", "styles.css"), "utf8");
    const at = unclosed(css);
    // @media blocks would nest; the sheet has none, so any nesting is a missing brace.
    expect(css).not.toMatch(/@media|@supports|@container/);
    expect(at).toEqual({ nestedAt: [], depthAtEnd: 0 });
  });

  it("finds a rule left open", () => {
    expect(unclosed(".a {\n  color: red;\n/* next */\n.b {\n  color: blue;\n}\n")).toEqual({ nestedAt: [4], depthAtEnd: 1 });
  });
});
