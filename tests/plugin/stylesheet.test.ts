// styles.css is loaded by Obsidian as written. A rule left open swallows every rule after
// it (the browser reads them as nested rules that match nothing), and nothing fails loudly:
// twice a branch lost its whole agenda styling this way. This reads the sheet's structure
// (comments and strings aside) and names the rule left open.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

interface Block {
  selector: string;
  line: number;
}

/** Rules that sit inside another rule (at-rules such as @media may hold rules). */
export function nestedRules(css: string): string[] {
  const open: Block[] = [];
  const problems: string[] = [];
  let selector = "";
  let line = 1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === "\n") line++;
    if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      const stop = end < 0 ? css.length : end + 2;
      for (let j = i; j < stop; j++) if (css[j] === "\n") line++;
      i = stop - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === "\\" ? 2 : 1;
      selector += css.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === "{") {
      const name = selector.trim();
      const parent = open[open.length - 1];
      if (parent && !parent.selector.startsWith("@")) problems.push(`“${name}” (line ${line}) is inside “${parent.selector}” (line ${parent.line}), which is never closed`);
      open.push({ selector: name, line });
      selector = "";
    } else if (c === "}") {
      if (open.pop() === undefined) problems.push(`a “}” on line ${line} closes nothing`);
      selector = "";
    } else if (c === ";") selector = "";
    else selector += c;
  }
  for (const block of open) problems.push(`“${block.selector}” (line ${block.line}) is never closed`);
  return problems;
}

describe("styles.css", () => {
  it("has every rule closed: none sits inside another", () => {
    expect(nestedRules(readFileSync(join(import.meta.dirname, "../../styles.css"), "utf8"))).toEqual([]);
  });

  it("the check finds a rule left open, and one closed twice", () => {
    expect(nestedRules(".a { color: red;\n.b { color: blue; }\n")).toEqual([
      "“.b” (line 2) is inside “.a” (line 1), which is never closed",
      "“.a” (line 1) is never closed",
    ]);
    expect(nestedRules(".a { x: 1; } }")).toEqual(["a “}” on line 1 closes nothing"]);
    expect(nestedRules("@media (max-width: 1px) { .a { x: 1; } }\n/* .b { */ .c { content: \"{\"; }")).toEqual([]);
  });
});
