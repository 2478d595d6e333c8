// The stand-in metadata cache and the command-line tool must hand the core the same
// properties, and both what Obsidian's cache holds: dates stay text, `yes`/`no` stay text,
// an empty value is null, a duplicate key or broken YAML leaves `frontmatter` unset (its
// position kept). Checked on every fixture note and on the cases that differ between
// YAML parsers.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCache } from "./markdown-parse";
import { frontmatterOfText } from "../support/notes";

const FIXTURES = join(import.meta.dirname, "../fixtures");

function notes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? notes(full) : name.endsWith(".md") ? [full] : [];
  });
}

const cli = (text: string) => {
  const parsed = frontmatterOfText(text);
  return parsed.error === undefined ? (parsed.data ?? undefined) : undefined;
};

// The alias fixtures are left out: there the cache hands over the shared or looping value as
// Obsidian's does, the CLI's parser the same, and the core refuses both alike
// (tests/core/frontmatter-aliases.test.ts); comparing a bomb's values whole would take forever.
const compared = notes(FIXTURES).filter((f) => !f.includes(`${join("fixtures", "aliases")}`));

describe("the host's cache and the CLI's parser agree", () => {
  it.each(compared.map((f) => [f.slice(FIXTURES.length + 1), f]))("%s", (_name, full) => {
    const text = readFileSync(full, "utf8");
    expect(computeCache(text).frontmatter).toEqual(cli(text));
  });

  const cases: [string, string, unknown][] = [
    ["a date stays text", "date: 2024-01-05\ntime: 13:00\nlive: 2026-12-04T13:02:11Z", { date: "2024-01-05", time: "13:00", live: "2026-12-04T13:02:11Z" }],
    ["yes/no/on stay text, true/false are booleans", "a: yes\nb: no\nc: on\nd: true\ne: False", { a: "yes", b: "no", c: "on", d: true, e: false }],
    ["an empty value is null", "url:\nguest: ~", { url: null, guest: null }],
    ["a duplicate key: no properties", "date: 2024-01-01\ndate: 2024-01-02", undefined],
    ["broken YAML: no properties", "url: a\n  date: b", undefined],
    ["an unquoted wiki link is a list in a list", "guest: [[Ann]]", { guest: [["Ann"]] }],
    ["numbers", "n: 12\nf: 1.5\nx: 0x1f", { n: 12, f: 1.5, x: 31 }],
    ["`__proto__` and `constructor` are keys", "__proto__: a\nconstructor: b", JSON.parse('{"__proto__": "a", "constructor": "b"}')],
  ];
  it.each(cases)("%s", (_name, yaml, expected) => {
    const text = `---\n${yaml}\n---\n- [ ] body\n`;
    const cache = computeCache(text);
    expect(cache.frontmatter).toEqual(expected);
    expect(cli(text)).toEqual(expected);
    // Broken or not, the block's position is known: the body starts after it.
    expect(cache.frontmatterPosition?.end.line).toBe(yaml.split("\n").length + 1);
  });
});
