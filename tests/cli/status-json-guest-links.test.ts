// `status --json`'s `guestLinks[].target` is a link a script may follow or post, so it is
// reported only when it is one the plugin itself follows: a web page (webLink, the rule of
// `url`) or a link to a note (no scheme, the reader's rule in guests/mention.ts). A
// `javascript:`, `data:` or `mailto:` target, an empty one or a protocol-relative `//host`
// is null; the guest's name is still reported.
// WAS A DEFECT: the target was reported exactly as written in the note.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statusOf } from "../support/cli-status";

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");

interface Row {
  path: string;
  guestLinks: { name: string; target: string | null; affiliation: string | null }[];
}

const episodes = (root: string) => (JSON.parse(statusOf(root, "--json").out) as { episodes: Row[] }).episodes;

describe("status --json guestLinks", () => {
  const root = mkdtempSync(join(tmpdir(), "oh-json-guest-links-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("keeps web pages and note links, and drops every other target", () => {
    mkdirSync(join(root, "Shows"));
    const cases: [string, string, string, string | null][] = [
      ["01", "[Ann](https://www.linkedin.com/in/ann)", "Ann", "https://www.linkedin.com/in/ann"],
      ["02", "[[People/Bo Lee]]", "Bo Lee", "People/Bo Lee"],
      ["03", "[Cy](People/Cy%20Ng.md)", "Cy", "People/Cy%20Ng.md"],
      ["04", "[Di](javascript:alert(1))", "Di", null],
      ["05", "[Ed](  JAVASCRIPT:alert(1))", "Ed", null],
      ["06", "[[javascript:alert(1)|Fay]]", "Fay", null],
      ["07", "[Gus](data:text/html,hi)", "Gus", null],
      ["08", "[Hal](mailto:hal@example.com)", "Hal", null],
      ["09", "[Ivy](https://)", "Ivy", null],
      ["10", "[Jo]()", "Jo", null],
      ["11", "[Kim](//evil.example/x)", "Kim", null],
      ["12", "[Lu](<https://example.com/a b>)", "Lu", "https://example.com/a b"],
      ["13", "Mo Plain", "Mo Plain", null],
    ];
    for (const [n, guest] of cases) {
      writeFileSync(join(root, "Shows", `XY ${n} - Topic.md`), `---\ndate: 2024-02-02\n---\nGuest:: ${guest}\n\n## Checklist\n\n- [ ] Book\n`);
    }
    const byNumber = new Map(episodes(root).map((e) => [e.path.slice("Shows/XY ".length, "Shows/XY ".length + 2), e.guestLinks]));
    for (const [n, written, name, target] of cases) expect(byNumber.get(n), `Guest:: ${written}`).toEqual([{ name, target, affiliation: null }]);
  });

  it("on the five-show vault: the notes' guest links are still reported", () => {
    const targets = episodes(FIVE_SHOWS)
      .flatMap((e) => e.guestLinks.map((g) => g.target))
      .filter((t) => t !== null);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(target).not.toMatch(/^(?!https?:)[a-z][a-z0-9+.-]*:/i);
  });
});
