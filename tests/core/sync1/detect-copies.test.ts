// Defect left by sync1, fixed in sync3 (src/core/detect/detect.ts, with
// conflictCopiesAmong in src/core/vault/sync-copies.ts): Detect counted the sync tools'
// conflict copies as episodes of the show it proposes ("10 episodes in Shows/THL" for the
// walk11 vault, whose THL 42 has a Dropbox and a Syncthing copy; status counts 8). Detect
// now leaves them out by the index's own rule: a copy of a note beside it is no episode.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../support/cli-status";

const VAULT = join(import.meta.dirname, "../../fixtures/walk11-vault");

describe("detect on a vault with conflict copies", () => {
  it("counts THL's episodes as status does, the copies left out", () => {
    const result = runCli(["detect", VAULT], "2025-03-03T09:00:00Z");
    expect(result.out).toContain("8 episodes in Shows/THL");
  });
});
