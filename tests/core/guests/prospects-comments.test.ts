// The guest prospect list read as Obsidian shows it: a name inside a `%% … %%` or
// `<!-- … -->` comment is no prospect, and commented text is no part of an item's context.
// Expected values come from reading tests/fixtures/comments/prospects.md by hand.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProspects, type Prospect } from "../../../src/core/guests/prospects";
import { FIXTURES } from "./fixture-vault";

const DIR = fileURLToPath(new URL("../../fixtures/comments/", import.meta.url));

describe("a prospect list with comments", () => {
  const prospects = parseProspects(readFileSync(DIR + "prospects.md", "utf8"));

  it("proposes the visible names only, each ticked, in note order", () => {
    expect(prospects.map((p) => [p.name, p.line, p.preselected])).toEqual([
      ["Ann Lee", 3, true],
      ["Carla Diaz", 5, true],
      ["Dan Wu", 5, true],
      ["Hugo Ray", 7, true],
      ["Ivy Moss", 11, true],
    ]);
  });

  it("keeps commented text out of the section and the context", () => {
    expect(prospects[0]?.section).toBe("Prospects");
    expect(prospects[1]?.context).toBe("Carla Diaz and Dan Wu · met at the meetup");
    expect(prospects[3]?.context).toBe("Hugo Ray, who wrote the `%%` syntax guide");
  });
});

const BASE = readFileSync(`${FIXTURES}/five-shows/projects/CafeConGrafana/Invitados.md`, "utf8").split("\n");

// Any text (less what would close its comment early), with names and list lines among it.
const words = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("Zed Roe", "- Yara Quinn", "## Prospects", "```", "[[Xavi Pons]]", "\t- Wes Tull")), {
  maxLength: 5,
});
const inline = fc.tuple(fc.boolean(), words).map(([percent, w]) => {
  const text = w.join(" ").replace(/[\r\n]/g, " ");
  return percent ? `%% ${text.replace(/%/g, "")} %%` : `<!-- ${text.replace(/-->/g, "- >")} -->`;
});
const block = fc.tuple(fc.boolean(), fc.array(words, { minLength: 1, maxLength: 4 })).map(([percent, lines]) => {
  const body = lines.map((w) => w.join(" ")).join("\n");
  return percent ? `%%\n${body.replace(/%/g, "")}\n%%` : `<!--\n${body.replace(/-->/g, "- >")}\n-->`;
});
const withoutLine = (list: Prospect[]) => list.map(({ line: _line, ...rest }) => rest);

describe("property: a comment holding any text, in Café con Grafana's real list", () => {
  const base = parseProspects(BASE.join("\n"));
  const bodyStart = BASE[0] === "---" ? BASE.indexOf("---", 1) + 1 : 0;

  it("at the end of any body line changes no prospect", () => {
    const lines = BASE.flatMap((l, n) => (n >= bodyStart && l.trim() !== "" && !l.includes("`") ? [n] : []));
    fc.assert(
      fc.property(fc.constantFrom(...lines), inline, (n, comment) => {
        const text = BASE.map((l, i) => (i === n ? `${l} ${comment}` : l)).join("\n");
        expect(parseProspects(text)).toEqual(base);
      }),
    );
  });

  it("on lines of its own after a blank line, or at the end, changes no prospect", () => {
    const places = [...BASE.flatMap((l, n) => (l.trim() === "" && n >= bodyStart ? [n + 1] : [])), BASE.length];
    fc.assert(
      fc.property(fc.constantFrom(...places), block, (n, comment) => {
        const text = [...BASE.slice(0, n), ...comment.split("\n"), ...BASE.slice(n)].join("\n");
        expect(withoutLine(parseProspects(text))).toEqual(withoutLine(base));
      }),
    );
  });
});
