// `status --json`'s `url` is the note's url only when it is a web page (http or https with a
// host), the rule every other use of `url:` follows (webLink): a report read by a script or
// a CI job that posts links must not hand on `javascript:` or a bare `youtu.be/x` as a link.
// WAS A DEFECT: the value was reported exactly as written in the note.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statusOf } from "../support/cli-status";

const FIVE_SHOWS = join(import.meta.dirname, "../fixtures/five-shows");

interface Row {
  path: string;
  url: string | null;
}

const episodes = (root: string) => (JSON.parse(statusOf(root, "--json").out) as { episodes: Row[] }).episodes;

describe("status --json url", () => {
  const root = mkdtempSync(join(tmpdir(), "oh-json-url-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is an http(s) link or null, for notes with every kind of url", () => {
    mkdirSync(join(root, "Shows"));
    const cases: [string, string, string | null][] = [
      ["01", "https://www.youtube.com/watch?v=abc", "https://www.youtube.com/watch?v=abc"],
      ["02", "HTTP://example.com/live", "HTTP://example.com/live"],
      ["03", '"  https://youtu.be/x  "', "https://youtu.be/x"],
      ["04", "javascript:alert(1)", null],
      ["05", "youtu.be/x", null],
      ["06", "mailto:host@example.com", null],
      ["07", "https://", null],
      ["08", "data:text/html,hi", null],
      ["09", '""', null],
    ];
    for (const [n, url] of cases) {
      writeFileSync(join(root, "Shows", `XY ${n} - Topic.md`), `---\ndate: 2024-02-02\nurl: ${url}\n---\nGuest:: Ann\n\n## Checklist\n\n- [ ] Book\n`);
    }
    const byNumber = new Map(episodes(root).map((e) => [e.path.slice("Shows/XY ".length, "Shows/XY ".length + 2), e.url]));
    for (const [n, written, reported] of cases) expect(byNumber.get(n), `url: ${written}`).toBe(reported);
  });

  it("on the five-show vault: every url reported is http(s), and the notes' video links are still there", () => {
    const rows = episodes(FIVE_SHOWS);
    const urls = rows.map((e) => e.url).filter((u) => u !== null);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^/\s]+/i);
  });
});
