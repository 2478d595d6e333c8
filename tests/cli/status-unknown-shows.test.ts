// The vault report says when notes look like episodes of a show that is not set up (with no
// settings, CCG's notes in the five-show vault were left out without a word).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../support/cli-status";


const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], cwd = REPO) => runCli(args, "2025-06-02T10:00:00Z", cwd);

function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-pointers-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}


describe("notes of a show that is not set up", () => {
  it("on the five-show vault without settings: CCG's three notes are named, with the detect command", () => {
    const { out } = cli(["status", "tests/fixtures/five-shows"]);
    expect(out).not.toContain("CCG 012");
    const lines = out.split("\n");
    const at = lines.findIndex((line) => line.includes("not set up"));
    expect(lines.slice(at, at + 2)).toEqual(["3 notes look like episodes of CCG, a show not set up: not in this report.", "To propose the show: npx office-hours detect tests/fixtures/five-shows"]);
    expect(lines.filter((line) => line.includes("not set up") || line.includes("office-hours detect"))).toHaveLength(2);
  });

  it("no line when every numbered note is an episode, or its show is set up", () => {
    const episode = "---\ndate: 2024-01-05\n---\nGuest:: Ann\n\n- [ ] Invite\n";
    const all = vault({ "Shows/XYZ 01 - One.md": episode, "Shows/XYZ 02 - Two.md": episode, "Notes/Ideas.md": "- [ ] later\n" });
    expect(cli(["status", all]).out).not.toContain("not set up");
    // XYZ 03 is no episode (no guest field) but XYZ is a series the report has.
    const one = vault({ "Shows/XYZ 01 - One.md": episode, "Shows/XYZ 03 - Idea.md": "Just an idea\n" });
    expect(cli(["status", one]).out).not.toContain("not set up");
  });

  it("a series with no episode found is named, even one note", () => {
    const root = vault({ "Pods/PDX 07 - Seven.md": "---\ndate: 2024-01-05\n---\nInvitado:: Ann\n\n- [ ] Invite\n" });
    const { out } = cli(["status", root]);
    expect(out).toContain(`1 note looks like an episode of PDX, a show not set up: not in this report.\nTo propose the show: npx office-hours detect ${root}\n`);
  });
});
