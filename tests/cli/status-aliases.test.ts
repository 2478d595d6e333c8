// The command-line report on notes whose YAML aliases loop or explode
// (tests/fixtures/aliases/): each is an episode like any other, its guests and tasks read,
// with the alias warning in the JSON as broken YAML's warning is; nothing is "unreadable".
// Before the guard, `status: &s [open, *s]` made the note "could not be read: Maximum call
// stack size exceeded".
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { statusOf } from "../support/cli-status";
import { parseFrontmatterYaml } from "../../src/cli/frontmatter-yaml";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const ALIASES = join(REPO, "tests/fixtures/aliases");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-aliases-"));
  made.push(root);
  for (const name of readdirSync(ALIASES)) if (name.endsWith(".md") && name !== "README.md") copyFileSync(join(ALIASES, name), join(root, name));
  return root;
}

const status = statusOf;

interface Reported {
  path: string;
  guests: string[] | { name: string }[];
  warnings: string[];
  nextUp: string | null;
}

describe("office-hours status on notes whose aliases loop or explode", () => {
  it("reports every note, with the alias warning and its line, and no note unreadable", () => {
    const result = status(vault(), "--json");
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { episodes: Reported[]; errors: unknown[] };
    expect(json.errors).toEqual([]);
    const byPath = new Map(json.episodes.map((e) => [e.path, e]));
    expect([...byPath.keys()].sort()).toEqual(["bomb.md", "loop-list.md", "loop-map.md", "loop-mutual.md", "shared.md"]);
    const loop = "The properties refer to themselves (a YAML alias loop)";
    expect(byPath.get("loop-list.md")?.warnings).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(byPath.get("loop-map.md")?.warnings).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(byPath.get("loop-mutual.md")?.warnings).toEqual([`${loop}, line 3, so none of the properties were read.`]);
    expect(byPath.get("bomb.md")?.warnings).toEqual([`The properties repeat aliased values more than 10,000 times (a YAML "alias bomb"), line 6, so none of the properties were read.`]);
    expect(byPath.get("shared.md")?.warnings).toEqual([]);
    for (const episode of json.episodes) {
      expect(JSON.stringify(episode.guests)).toContain("Ann Lee");
      expect(episode.nextUp).toBe("Send the invite");
    }
  });

  it("the table lists all five episodes", () => {
    const result = status(vault());
    expect(result.err).toEqual([]);
    expect(result.out.split("\n").at(-1)).toBe("5 episodes in 5 notes.");
  });
});

describe("the command-line parser, like Obsidian's js-yaml, sets no alias limit of its own", () => {
  it("thirty levels of ten aliases parse at once into shared values (the core's guard refuses them)", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
    const parsed = parseFrontmatterYaml(lines.join("\n") + "\n");
    expect(parsed.error).toBeUndefined();
    const data = parsed.data as Record<string, unknown[]>;
    expect(data.a29?.[0]).toBe(data.a29?.[9]);
    expect(data.a29?.[0]).toBe(data.a28);
  });

  it("an alias used 101 times is plain data, as in Obsidian (the yaml package's default limit is 100)", () => {
    const parsed = parseFrontmatterYaml(`one: &o x\nmany: [${Array.from({ length: 101 }, () => "*o").join(", ")}]\n`);
    expect(parsed.error).toBeUndefined();
    expect((parsed.data as { many: string[] }).many).toHaveLength(101);
  });
});
