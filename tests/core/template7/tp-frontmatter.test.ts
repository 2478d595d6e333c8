// template7: `<% tp.frontmatter.x %>` in a user's template reads the new note's own rendered
// properties. The line-by-line reader gave a block scalar's header ("|", ">-"), "" for a
// block list, a flow list with its brackets, a single-quoted value with its quotes, a plain
// value with its comment, and a nested key (`meta:` / `  show: x`) as a top-level one. The
// rule: one-line values and lists of them are read as YAML reads them (a list joined with
// ", ", as for snippets); what it does not read (a block scalar, a map, an anchor) is left
// as written for Templater, which reads the note's real properties, and listed.
import { describe, expect, it } from "vitest";
import { renderTemplate } from "../../../src/core/new-episode/template/render";
import { readFlatFrontmatter } from "../../../src/core/new-episode/template/tp-frontmatter";
import { bestGrowth, whole } from "../../support/growth";

const VALUES = { fields: { topic: "Loki: the basics" }, start: null, now: new Date("2026-01-01T00:00:00Z"), timeZone: "UTC", locale: "en" };

function body(head: string[], keys: string[]) {
  const tags = keys.map((k) => `<% tp.frontmatter["${k}"] %>`);
  const out = renderTemplate(`---\n${head.join("\n")}\n---\n${tags.join("|")}`, VALUES);
  return { text: out.text.slice(out.text.indexOf("\n---\n") + 5), unresolved: out.unresolved };
}

describe("tp.frontmatter of a template's own properties", () => {
  it("reads lists, quoted values and commented values as YAML reads them", () => {
    const head = ["tags: [episode, 'live', \"OH\"]", "guests:", "  - Ann # first", "  - 'Bo'", "single: 'it''s'", "plain: x # the host's note", "topic: {{topic}}", "none: ~", "empty:"];
    expect(body(head, ["tags", "guests", "single", "plain", "topic", "none", "empty"]).text).toBe("episode, live, OH|Ann, Bo|it's|x|Loki: the basics||");
  });

  it("leaves a block scalar, a map, a nested key and an anchor for Templater, and lists them", () => {
    const head = ["notes: |", "  Line {{topic}}", "summary: >-", "  folded", "meta:", "  show: nested", "anchored: &a x", "mixed:", "  - a", "  - [b, c]"];
    const keys = ["notes", "summary", "meta", "show", "anchored", "mixed"];
    const out = body(head, keys);
    expect(out.text).toBe(keys.map((k) => `<% tp.frontmatter["${k}"] %>`).join("|"));
    expect(out.unresolved).toHaveLength(keys.length);
  });

  it("reads long lines in linear time (n against 4n)", () => {
    const read = (head: string) => readFlatFrontmatter(head);
    expect(bestGrowth(read, whole((n) => `key${" a".repeat(n)}\n`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(read, whole((n) => `key: '${"''".repeat(n)}\n`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(read, whole((n) => `key: "${"\\\\".repeat(n)}\n`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(read, whole((n) => `key: x${" \t".repeat(n)}y\n`), 5_000, 8)).toBeLessThan(8);
    expect(bestGrowth(read, whole((n) => `key:\n${"  - a\n".repeat(n)}`), 2_000, 8)).toBeLessThan(8);
  });
});
