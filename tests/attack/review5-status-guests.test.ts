// FIXED (guests9, this stop: status and guests count from one index, core/guests/shown-names.ts).
// review5: `status` ends with a guest summary and points to `guests` for the detail
// ("Guests in detail: …"); the two count the same vault by two rules. This stop taught
// `guests` to follow guest links to notes outside the guests folder (src/cli/guests-command.ts
// readLinkedNotes: NotePaths, the linked notes' aliases read) but status's line,
// guests-command.ts:100 guestsLine, still feeds the episodes with feedEpisodes alone: no
// link resolved, no linked note read. So on a vault whose guests live in People/ (the very
// vaults detect now proposes that folder for) the summary status prints disagrees with the
// report it points to: here Ann Lee, linked in one episode and named by her note's alias in
// another, is two guests to status and one guest in two episodes to guests.
// Fix: guestsLine builds its directory as vaultGuests does (one function for "the vault's
// guests index" in the CLI: guest notes, linked notes, episodes fed with link resolution),
// status passing the scan it already has.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): string {
  const out: string[] = [];
  run(args, { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2025-06-02T10:00:00Z"), timeZone: "UTC", cwd: "/", projectRoot: process.cwd() });
  return out.join("\n");
}

function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "review5-guests-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const SUMMARY = /^\d+ guests? named in episodes.*$/m;

describe("review5: status's guest summary is the one guests prints", () => {
  const root = vault({
    "Shows/PH 1 - Tracing.md": "---\ndate: 2025-05-01\n---\n# PH 1\n\nGuest:: [[People/Ann Lee]]\n\n- [ ] Prep\n",
    "Shows/PH 2 - Logs.md": "---\ndate: 2025-05-08\n---\n# PH 2\n\nGuest:: Annie Lee\n\n- [ ] Prep\n",
    "People/Ann Lee.md": "---\naliases: [Annie Lee]\n---\n# Ann Lee\n",
  });
  const summary = (command: string) => SUMMARY.exec(cli([command, root, "--today", "2025-06-02", "--width", "160"]))?.[0];

  it("guard: guests reads the linked note's alias: one guest in two episodes", () => {
    expect(summary("guests")).toBe("1 guest named in episodes, 1 in more than one episode (0 across shows).");
  });

  it("status says the same", () => {
    expect(summary("status")).toBe(summary("guests"));
  });
});
