// A note whose reading throws (injected: tests/support/failing-classifier.ts) among the
// real notes: the report names it on stderr and in the JSON `errors`, counts it as
// unreadable in the table's footer, and reports every other note.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { statusOf } from "../support/cli-status";
import { FAILURE_MESSAGE } from "../support/failing-classifier";

vi.mock("../../src/core/vault/classify", async (importOriginal) =>
  (await import("../support/failing-classifier")).failingFor(await importOriginal()),
);

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const REAL_NOTES = join(REPO, "tests/fixtures/real-notes");
const GOH25 = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const UNREADABLE = "GOH 26 - Unreadable.md";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The real notes, plus a copy of GOH 25 that cannot be read. */
function vault(withRealNotes = true): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-failures-"));
  made.push(root);
  if (withRealNotes) {
    for (const name of readdirSync(REAL_NOTES)) if (name.endsWith(".md") && name !== "SOURCE.md") copyFileSync(join(REAL_NOTES, name), join(root, name));
  }
  copyFileSync(join(REAL_NOTES, GOH25), join(root, UNREADABLE));
  return root;
}

const status = statusOf;

describe("a note that cannot be read among the real notes", () => {
  const root = vault();

  it("is named on stderr in one line, in the JSON errors, and every other episode is reported", () => {
    const result = status(root, "--json");
    expect(result.code).toBe(0);
    expect(result.err).toEqual([`office-hours: ${UNREADABLE}: could not be read: ${FAILURE_MESSAGE}`]);
    const json = JSON.parse(result.out) as { episodes: { path: string }[]; errors: { path: string; message: string }[] };
    expect(json.errors).toEqual([{ path: UNREADABLE, message: `could not be read: ${FAILURE_MESSAGE}` }]);
    expect(json.episodes.map((e) => e.path)).toEqual([
      "A&A 22 - Navigating through unemployment with Renata Andrade.md",
      "GOH 12 - Govable.md",
      GOH25,
      "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md",
      "03 - Logging Best Practices.md",
      "2025-03-25-loki-cache.md",
    ]);
  });

  it("is counted as unreadable in the table's footer", () => {
    const result = status(root);
    expect(result.code).toBe(0);
    expect(result.out.split("\n").at(-1)).toBe("6 episodes in 10 notes, 1 unreadable.");
    expect(result.out).not.toContain("Unreadable");
  });

  it("alone in the vault: nothing could be read, exit 1", () => {
    const result = status(vault(false));
    expect(result.code).toBe(1);
    expect(result.out.split("\n").at(-1)).toBe("0 episodes in 0 notes, 1 unreadable.");
  });
});
