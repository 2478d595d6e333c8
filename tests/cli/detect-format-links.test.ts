// `office-hours detect --write` sets a show's format and links, the only way the command
// line has to set them (it takes its settings from data.json): on a copy of the podcast
// vault, a recorded podcast with its feed and studio; on a copy of the five-show vault,
// the links its templates name, and the vault report before and after is the same.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import type { ShowSettings } from "../../src/core/settings/settings";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATA = ".obsidian/plugins/office-hours/data.json";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-detect-format-"));
  made.push(root);
  cpSync(join(REPO, "tests/fixtures", fixture), root, { recursive: true });
  return root;
}

function runCli(args: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    error: (text) => err.push(text),
    now: () => new Date("2026-01-15T12:00:00Z"),
    timeZone: "UTC",
    cwd: tmpdir(),
    projectRoot: REPO,
  };
  return { code: run(args, io), out: out.join("\n"), err };
}

function stored(root: string): ShowSettings[] {
  return (JSON.parse(readFileSync(join(root, DATA), "utf8")) as { shows: ShowSettings[] }).shows;
}

describe("office-hours detect: format and links", () => {
  it("the podcast vault: prints the format with why, and --write stores format \"podcast\" with its feed and studio", () => {
    const root = copyOf("podcast-vault");
    const shown = runCli(["detect", root]);
    expect(shown.out).toContain("Format                 Recorded podcast");
    expect(shown.out).toContain("Podcast feed link      https://www.buzzsprout.com/2187213");
    expect(runCli(["detect", root, "--write"]).code).toBe(0);
    const [bb] = stored(root);
    expect(bb?.format).toBe("podcast");
    expect(bb?.links).toEqual({ channel: "https://www.buzzsprout.com/2187213", playlist: "", meetup: "", studio: "https://riverside.fm/studio/berlin-bytes" });
    const status = runCli(["status", root]);
    expect(status.out).toContain("4 episodes in 7 notes.");
    // Run again: the notes and the settings agree, nothing is proposed.
    expect(runCli(["detect", root]).out).toContain("Already set up as the notes say: Berlin Bytes.");
  });

  it("the five-show vault: --write stores the links and no format; the report still counts 12 episodes in 24 notes", () => {
    const root = copyOf("five-shows");
    expect(runCli(["status", root]).out).toContain("9 episodes in 24 notes.");
    runCli(["detect", root, "--write"]);
    const shows = stored(root);
    for (const show of shows) expect(show).not.toHaveProperty("format");
    expect(Object.fromEntries(shows.map((s) => [s.name, s.links.channel]))).toEqual({
      "Adobo and Avocados": "https://www.youtube.com/@adoboandavocados",
      "Cafe con Grafana": "https://www.youtube.com/@grafana",
      "Grafana Office Hours": "https://www.youtube.com/@grafana",
      "Grafana OTel Community Call": "",
      "Loki Community Calls": "",
    });
    expect(runCli(["status", root]).out).toContain("12 episodes in 24 notes.");
  });
});
