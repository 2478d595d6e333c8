// probe12: the command line on a data.json saved with a byte order mark (Windows Notepad
// before 2019 wrote UTF-8 that way). Promise (README, "Setting up your shows"): the command
// line "reads its settings from data.json"; the plugin's side is in
// probe12-settings-load.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../support/cli-status";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const SHOW = { id: "goh", name: "Grafana Office Hours", code: "GOH", folder: "GOH", schedule: { weekday: 5, time: "16:00", timeZone: "Europe/Berlin", durationMinutes: 60 } };
const EPISODE = "---\ndate: 2025-06-06\n---\n## Prep\n- [ ] Invite\n";
const BOM = "\uFEFF";

function vaultWith(data: string): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-probe12-"));
  made.push(root);
  mkdirSync(join(root, "GOH"));
  writeFileSync(join(root, "GOH", "GOH 01 - Faro.md"), EPISODE);
  mkdirSync(join(root, ".obsidian/plugins/office-hours"), { recursive: true });
  writeFileSync(join(root, ".obsidian/plugins/office-hours/data.json"), data);
  return root;
}

describe("a data.json saved with a byte order mark", () => {
  it("without the mark, the show's folder makes its note an episode (the test's own control)", () => {
    const { out } = runCli(["status", vaultWith(JSON.stringify({ version: 1, shows: [SHOW] }))], "2025-06-02T10:00:00Z", REPO);
    expect(out).toContain("1 episode in 1 note.");
  });

  // FIXED (lead, this stop: core/settings/settings-json.ts). Was: DEFECT (src/cli/vault-config.ts parses the text as read): the whole, valid settings
  // behind U+FEFF are "not valid JSON; it is ignored and defaults are used", and
  // `detect --write` refuses to write. RFC 8259 §8.1 lets a parser ignore the mark.
  // Rule: one leading U+FEFF is dropped before parsing (the plugin's loader likewise).
  it("the command line reads it: the show's folder makes its note an episode", () => {
    const root = vaultWith(BOM + JSON.stringify({ version: 1, shows: [SHOW] }));
    const { out, err } = runCli(["status", root], "2025-06-02T10:00:00Z", REPO);
    expect(err.join("\n")).not.toMatch(/not valid JSON/);
    expect(out).toContain("1 episode in 1 note.");
  });

});
