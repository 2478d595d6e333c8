// sync3: Detect counts a show's episodes as status does, by the one rule for sync conflict
// copies (src/core/vault/sync-copies.ts): a copy of an episode beside it is none; a copy
// whose original is gone (deleted on one side) is the episode.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";
import { detectShows } from "../../../src/core/detect/detect";
import { defaultSettings } from "../../../src/core/settings/defaults";
import { noteText } from "../../support/notes";

const VAULT = join(import.meta.dirname, "../../fixtures/walk11-vault");
const NOW = "2025-03-03T09:00:00Z";

function counts(folder: string): { detect: string | undefined; status: number } {
  const detect = runCli(["detect", folder], NOW).out.match(/(\d+) episodes in Shows\/THL/)?.[1];
  const status = (JSON.parse(runCli(["status", folder, "--json", "--today", "2025-03-03"], NOW).out) as { episodes: unknown[] }).episodes.length;
  return { detect, status };
}

describe("detect and status count the same episodes", () => {
  const copy = mkdtempSync(join(tmpdir(), "office-hours-sync3-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("the walk11 vault: 8 and 8, THL 42's two conflict copies left out", () => {
    expect(counts(VAULT)).toEqual({ detect: "8", status: 8 });
  });

  it("THL 42 deleted on one side: both its copies are episodes again, for detect as for status (9 and 9)", () => {
    cpSync(VAULT, copy, { recursive: true, filter: (src) => !src.endsWith("THL 42 - Tempo.md") });
    expect(counts(copy)).toEqual({ detect: "9", status: 9 });
  });

  it("detectShows on its own (the plugin's Detect too): two conflict copies beside THL 2 leave 2 episodes", () => {
    const text = (n: number) => `---\ndate: 2025-03-${String(n).padStart(2, "0")}\n---\nGuest:: Ann Lee\n\n## Pre-show\n- [ ] Book the guest\n`;
    const notes = [
      { path: "THL/THL 1 - One.md", text: text(6) },
      { path: "THL/THL 2 - Two.md", text: text(13) },
      { path: "THL/THL 2 - Two (conflicted copy 2025-03-10).md", text: text(13) },
      { path: "THL/THL 2 - Two.sync-conflict-20250310-101500-ABCD123.md", text: text(13) },
    ].map(noteText);
    const result = detectShows({ notes, templateFolders: [], settings: defaultSettings("UTC"), timeZone: "UTC" });
    expect(result.shows.map((p) => p.episodes)).toEqual([["THL/THL 1 - One.md", "THL/THL 2 - Two.md"]]);
  });
});
