// sync3: `agenda` names what it leaves out for a note's state (src/cli/agenda-left-out.ts):
// each sync conflict copy, under its original, and a note's unresolved merge, in the words
// status and the sidebar use. It said nothing, where status and the sidebar warned.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";

const VAULT = join(import.meta.dirname, "../../fixtures/walk11-vault");
const FIVE = join(import.meta.dirname, "../../fixtures/five-shows");
const NOW = "2025-03-03T09:00:00Z";
const DROPBOX = "THL 42 - Tempo (conflicted copy 2025-03-01)";
const SYNCTHING = "THL 42 - Tempo.sync-conflict-20250301-101500-ABCD123";

interface StatusEpisode {
  number: number | null;
  warnings: string[];
  alerts: { message: string }[];
}

describe("agenda on the shared vault", () => {
  const text = runCli(["agenda", VAULT, "--today", "2025-03-03", "--width", "400"], NOW).out;
  const lines = text.split("\n");
  const status = (JSON.parse(runCli(["status", VAULT, "--json", "--today", "2025-03-03"], NOW).out) as { episodes: StatusEpisode[] }).episodes;

  it("one line per conflict copy, under THL 42, in status's words for one copy", () => {
    for (const copy of [DROPBOX, SYNCTHING]) {
      expect(lines.filter((l) => l.includes(`“${copy}”`))).toEqual([`    Sync conflict copy: “${copy}”. Compare it with this note, keep what you need here, delete the copy.`]);
    }
    const at = lines.indexOf("  Shows/THL/THL 42 - Tempo.md");
    expect(lines[at + 1]).toContain(DROPBOX);
    expect(lines[at + 2]).toContain(SYNCTHING);
    // Status says the same of the two together.
    const thl42 = status.find((e) => e.number === 42);
    expect(thl42?.alerts.map((a) => a.message)).toContain(`Sync conflict copies: “${DROPBOX}”, “${SYNCTHING}”. Compare them with this note, keep what you need here, delete the copies.`);
  });

  it("THL 43's merge conflict, as its status warning words it", () => {
    const warning = status.find((e) => e.number === 43)?.warnings.find((w) => w.startsWith("Unresolved merge"));
    expect(warning).toBeDefined();
    expect(lines).toContain(`    ${warning ?? ""}`);
    expect(lines[lines.indexOf(`    ${warning ?? ""}`) - 1]).toBe("  Shows/THL/THL 43 - OpenTelemetry Collector.md");
  });

  it("--json lists them too", () => {
    const json = JSON.parse(runCli(["agenda", VAULT, "--json", "--today", "2025-03-03"], NOW).out) as { leftOut: { path: string; copies: string[]; messages: string[] }[] };
    expect(json.leftOut.map((l) => [l.path, l.copies.length, l.messages.length])).toEqual([
      ["Shows/THL/THL 42 - Tempo.md", 2, 2],
      ["Shows/THL/THL 43 - OpenTelemetry Collector.md", 0, 1],
    ]);
  });
});

it("a vault with neither says nothing more (the five-show vault)", () => {
  const result = runCli(["agenda", FIVE, "--today", "2025-03-03"], NOW);
  expect(result.code).toBe(0);
  expect(result.out).not.toContain("Sync copies and merge conflicts");
  expect(result.out).not.toContain("conflict copy");
});
