// walk13 from the outside: the command-line tool on the recorded podcast's vault
// (tests/fixtures/walk13-vault, read in place; `detect --write` on a copy), as the README's
// "First steps" tell a new user to try it before installing. Monday 3 March 2025.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli-status";

const VAULT = join(import.meta.dirname, "../fixtures/walk13-vault");
const NOW = "2025-03-03T09:00:00Z";
const cli = (...args: string[]) => runCli(args[0] === "detect" ? args : [...args, "--today", "2025-03-03"], NOW);

interface EpisodeJson {
  path: string;
  state: string;
  date: string | null;
  guests: string[];
  sections: { heading: string; phase: string }[];
}

function status(folder: string): EpisodeJson[] {
  const result = cli("status", folder, "--json");
  expect(result.code).toBe(0);
  return (JSON.parse(result.out) as { episodes: EpisodeJson[] }).episodes;
}

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** A copy of the vault after `detect --write`, as the README's first step suggests. */
function detected(): string {
  const copy = mkdtempSync(join(tmpdir(), "walk13-"));
  copies.push(copy);
  cpSync(VAULT, copy, { recursive: true });
  rmSync(join(copy, "README.md")); // the fixture's description, not the team's
  const result = runCli(["detect", copy, "--write"], NOW);
  expect(result.code).toBe(0);
  return copy;
}

describe("detect on the podcast's vault", () => {
  it("proposes one show across both season folders: a recorded podcast named S{{season}}E{{number}}, its Riverside studio", () => {
    const result = cli("detect", VAULT);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Small Batch (SB): new show");
    expect(result.out).toContain("11 episodes in Small Batch");
    expect(result.out).toMatch(/File name pattern +S\{\{season\}\}E\{\{number\}\} - \{\{topic\}\}/);
    expect(result.out).toMatch(/Format +Recorded podcast/);
    expect(result.out).toMatch(/Recording studio link +https:\/\/riverside\.fm\/studio\/small-batch/);
    // Part 2 a week after Part 1 is one of two short gaps: still every other Thursday.
    expect(result.out).toMatch(/Weekday +every other Thursday/);
  });

  // Defect (src/core/detect/show-about.ts and the host reader beside it): the index note says
  // "…, hosted by Lena Ortiz and produced by Sam Reyes." No host is found (the list after
  // "hosted by" is not all names, since "produced by Sam Reyes" runs on), and "what the show
  // covers" swallows the credits, so the outreach text would say "talk about people who build
  // small … businesses, hosted by Lena Ortiz and produced by Sam Reyes". Rule I would choose:
  // the covered phrase ends where a credit clause starts (", hosted by", ", presented by",
  // ", produced by" …), and the host list ends at the next credit verb ("and produced by"):
  // Lena Ortiz is the host; the producer is not a host.
  it.fails("reads Lena as the host and keeps the credits out of what the show covers", () => {
    const result = cli("detect", VAULT);
    expect(result.out).toMatch(/Host +Lena Ortiz/);
    expect(result.out).toMatch(/What the show covers +people who build small software and hardware businesses\n/);
  });
});

describe("status before and after detect --write", () => {
  it("reads the team's own status words: dropped is cancelled, published stays published", () => {
    const byName = new Map(status(detected()).map((e) => [e.path.split("/").pop() ?? "", e]));
    expect(byName.get("S02E11 - Hiring your first contractor.md")?.state).toBe("cancelled");
    expect(byName.get("S03E04 - Leaving big tech, Part 1.md")?.state).toBe("published");
    expect(byName.get("S03E02 - Maintainers roundtable.md")?.guests).toEqual(["Ade Okafor", "Jun Park", "Priya Raman"]);
    // A solo episode's `Guests:: none (Lena and Sam)` names nobody.
    expect(byName.get("S03E03 - Listener questions.md")?.guests).toEqual([]);
  });

  it("after detect --write: one show, SB, for both seasons; Marta's two appearances in one show", () => {
    const copy = detected();
    const table = cli("status", copy, "--width", "140").out;
    expect(table).toContain("11 episodes in 17 notes.");
    expect(table).toMatch(/^SB +S03E07 +scheduled/m);
    expect(cli("guests", copy).out).toContain("9 guests named in episodes, 2 in more than one episode (0 across shows).");
  });

  // Defect (src/core/status/report-table.ts, and the guests count in src/core/guests/show-labels.ts):
  // before any setup, `status` (the README's first step, "lists the episodes the plugin finds")
  // files the episodes under their season folders' initials, "S2" and "S3", as two shows, and
  // `guests` counts Marta Kowalczyk (S02E09, S03E07) as a guest "across shows". Detect already
  // knows season folders are one show (README, "Seasons"). Rule: with no show set up, a note
  // in a season folder (`Season 2`, `S02`, the names Detect reads as seasons) is listed under
  // the folder above it, the way Detect groups it.
  // Fixed by reader8 (status/show-folder.ts: Detect's period-folder rule, detect/series.ts).
  it("before setup, status files both seasons under one show, not S2 and S3", () => {
    const table = cli("status", VAULT, "--width", "140").out;
    expect(table).not.toMatch(/^S[23] +S0/m);
    expect(cli("guests", VAULT).out).toContain("(0 across shows)");
  });

  // Fixed by phases1 (src/core/note/phase-place.ts, the rule in the README under Phases);
  // the defect was:
  // (src/core/note/phase-defaults.ts): "Before recording" is a default phrase of the
  // "just before the show" phase, next to "Recording day", so a podcast's list of what to do
  // before the recording session (invite the guest, send the calendar invite, send the
  // questions) is read as the minutes before it: no prep at all, nothing "next" until the
  // recording day. The README counts "Before recording" among the production headings of a
  // podcast note. Rule (not tuned to this heading): a note's first "before …" list is its prep
  // when no prep list comes before it (no "Checklist", "Pre-production", "Prep"): the live
  // template's "Checklist" + "Just before the show" keep their reading, and a note whose only
  // list before the show is "Before recording" (or "Before the show") gets a prep phase.
  // "Recording day" and the "minutes before" phrases always name the day itself.
  it("reads the “Before recording” checklist as prep, not as the minutes before the recording", () => {
    const episode = status(detected()).find((e) => e.path.endsWith("S03E07 - Accessibility audits.md"));
    expect(episode?.sections.find((s) => s.heading === "Before recording")?.phase).toBe("prep");
  });
});
