// `office-hours detect <folder>` end to end on copies of the five-show vault (the fixture
// itself is only read): the readable proposal, --json in the settings' shape, and
// --write, which merges into data.json like the review screen and keeps the old file.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { migrateSettings, type ShowSettings } from "../../src/core/settings/settings";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");
const DATA = ".obsidian/plugins/office-hours/data.json";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the five-show vault (projects/, templates/, processes/) in a fresh temporary folder. */
function fiveShows(): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-detect-"));
  made.push(root);
  for (const folder of ["projects", "templates", "processes"]) cpSync(join(FIVE_SHOWS, folder), join(root, folder), { recursive: true });
  return root;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
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
  const code = run(args, io);
  return { code, out: out.join("\n"), err };
}

interface JsonOut {
  shows: ShowSettings[];
  evidence: { id: string; correctionOf: string | null; changes: string[]; fields: Record<string, { confidence: string; reasons: string[] }> }[];
  skipped: unknown[];
  unchanged: string[];
  scope: { episodesOnlyInShowFolders: boolean; proposed: boolean; alreadyOn: boolean; reason: string; outside: string[] };
}

const STANDUP = "---\ntags: [meeting]\n---\n# Standup\n\nGuest:: Ann Lee\n\n- [ ] Send notes\n";

describe("office-hours detect", () => {
  it("prints each proposal with its reasons, and writes nothing", () => {
    const root = fiveShows();
    const result = runCli(["detect", root]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    for (const name of ["Grafana Office Hours (GOH): new show", "Adobo and Avocados (A&A): new show", "Cafe con Grafana (CCG): new show", "Grafana OTel Community Call: new show", "Loki Community Calls: new show"]) {
      expect(result.out).toContain(name);
    }
    expect(result.out).toContain("Invitado(s):");
    expect(result.out).toContain("Friday: 2 of 2 dated episodes");
    expect(existsSync(join(root, ".obsidian"))).toBe(false);
  });

  it("--json gives the shows in the settings' own shape, with the evidence per show", () => {
    const result = runCli(["detect", root(), "--json"]);
    const json = JSON.parse(result.out) as JsonOut;
    expect(json.shows.map((s) => s.code)).toEqual(["A&A", "CCG", "GOH", "", ""]);
    // Stored as they are, they need no repair.
    const migrated = migrateSettings({ version: 1, shows: json.shows }, "UTC");
    expect(migrated.notes).toEqual([]);
    expect(migrated.settings.shows).toEqual(json.shows);
    expect(json.evidence.map((e) => e.id)).toEqual(json.shows.map((s) => s.id));
    expect(json.evidence[2]?.fields.weekday).toEqual({ confidence: "found", reasons: ["Friday: 2 of 2 dated episodes"] });
  });

  it("--write saves the shows into the vault's plugin settings; a second run changes nothing", () => {
    const vault = fiveShows();
    const first = runCli(["detect", vault, "--write"]);
    expect(first.code).toBe(0);
    expect(first.err.join("\n")).toContain("replaced the unchanged default show “Office Hours”");
    const stored = JSON.parse(readFileSync(join(vault, DATA), "utf8")) as unknown;
    const settings = migrateSettings(stored, "UTC");
    expect(settings.notes).toEqual([]);
    expect(settings.settings.shows.map((s) => s.name).sort()).toEqual(["Adobo and Avocados", "Cafe con Grafana", "Grafana OTel Community Call", "Grafana Office Hours", "Loki Community Calls"]);
    // Every episode is in one of their folders: looking only there is proposed and written.
    expect(settings.settings.episodesOnlyInShowFolders).toBe(true);
    expect(first.err.join("\n")).toContain("turned on “look for episodes only in the show folders”");
    // No settings were there before, so there is nothing to back up.
    expect(readdirSync(dirname(join(vault, DATA)))).toEqual(["data.json"]);

    const before = readFileSync(join(vault, DATA), "utf8");
    const second = runCli(["detect", vault, "--write"]);
    expect(second.code).toBe(0);
    expect(second.out).toContain("Already set up as the notes say");
    expect(readFileSync(join(vault, DATA), "utf8")).toBe(before);

    // The report now groups the episodes by the shows written.
    const status = JSON.parse(runCli(["status", vault, "--json"]).out) as { episodes: { path: string; show: string | null }[] };
    expect(status.episodes.find((e) => e.path.includes("CCG 005"))?.show).toBe("Cafe con Grafana");
    expect(status.episodes.find((e) => e.path.includes("2025-03-25"))?.show).toBe("Loki Community Calls");
  });

  it("--write merges with what is stored, keeps unknown parts, and backs up the old file first", () => {
    const vault = fiveShows();
    const old = JSON.stringify({
      version: 1,
      fromNewerVersion: { keep: true },
      templateFolders: ["templates"],
      shows: [{ id: "goh", name: "GOH live", code: "GOH", folder: "projects/Grafana Office Hours", template: "templates/GOH checklst.md", hostName: "Nicole", beta: 1 }],
    });
    write(vault, DATA, old);
    const result = runCli(["detect", vault, "--write"]);
    expect(result.code).toBe(0);
    const backup = join(vault, ".obsidian/plugins/office-hours/data.backup-2026-01-15.json");
    expect(readFileSync(backup, "utf8")).toBe(old);
    expect(result.err.join("\n")).toContain(backup);
    const stored = JSON.parse(readFileSync(join(vault, DATA), "utf8")) as { fromNewerVersion: unknown; shows: Record<string, unknown>[] };
    expect(stored.fromNewerVersion).toEqual({ keep: true });
    const goh = stored.shows.filter((s) => s.code === "GOH");
    expect(goh).toHaveLength(1);
    expect(goh[0]).toMatchObject({ id: "goh", name: "GOH live", hostName: "Nicole", beta: 1, template: "templates/GOH checklist.md" });
    expect(stored.shows).toHaveLength(5);
  });

  it("proposes looking only in the show folders when every episode is in one, and prints why", () => {
    const text = runCli(["detect", fiveShows()]);
    expect(text.out).toContain("Look for episodes only in the show folders: on. All 12 episodes found are in the show folders");
    const json = JSON.parse(runCli(["detect", fiveShows(), "--json"]).out) as JsonOut;
    expect(json.scope).toMatchObject({ episodesOnlyInShowFolders: true, proposed: true, alreadyOn: false, outside: [] });
  });

  it("does not when an episode lies outside them, names it, and --write leaves the setting off", () => {
    const vault = fiveShows();
    // A task and a guest field: an episode with no configuration, outside every show folder.
    write(vault, "Inbox/Standup.md", STANDUP);
    const json = JSON.parse(runCli(["detect", vault, "--json"]).out) as JsonOut;
    expect(json.scope).toMatchObject({ episodesOnlyInShowFolders: false, proposed: false, outside: ["Inbox/Standup.md"] });
    expect(json.scope.reason).toBe("1 episode lies outside the show folders and would no longer be found: Inbox/Standup.");
    expect(runCli(["detect", vault]).out).toContain("Look for episodes only in the show folders: off. 1 episode lies outside");
    const written = runCli(["detect", vault, "--write"]);
    expect(written.err.join("\n")).not.toContain("look for episodes only");
    expect(migrateSettings(JSON.parse(readFileSync(join(vault, DATA), "utf8")), "UTC").settings.episodesOnlyInShowFolders).toBe(false);
    // With the office-hours: property the note is found anywhere: then it is proposed.
    write(vault, "Inbox/Standup.md", STANDUP.replace("tags: [meeting]", "office-hours: GOH"));
    const again = runCli(["detect", vault, "--write"]);
    expect(again.err.join("\n")).toContain("turned on “look for episodes only in the show folders”");
    expect(migrateSettings(JSON.parse(readFileSync(join(vault, DATA), "utf8")), "UTC").settings.episodesOnlyInShowFolders).toBe(true);
  });

  it("run again once the shows are set up: turns it on when safe, and never off", () => {
    const vault = fiveShows();
    runCli(["detect", vault, "--write"]);
    const stored = JSON.parse(readFileSync(join(vault, DATA), "utf8")) as Record<string, unknown>;
    write(vault, DATA, JSON.stringify({ ...stored, episodesOnlyInShowFolders: false }));
    const on = runCli(["detect", vault, "--write"]);
    expect(on.out).toContain("Already set up as the notes say");
    expect(on.err.join("\n")).toContain("turned on “look for episodes only in the show folders”");
    expect((JSON.parse(readFileSync(join(vault, DATA), "utf8")) as Record<string, unknown>).episodesOnlyInShowFolders).toBe(true);
    // With it on, a note outside the folders with a task and a guest field is no episode:
    // nothing found is lost, it stays on, and nothing is written.
    write(vault, "Inbox/Other.md", STANDUP);
    const before = readFileSync(join(vault, DATA), "utf8");
    const kept = runCli(["detect", vault, "--write"]);
    expect(kept.out).toContain("Look for episodes only in the show folders: on. All 12 episodes found");
    expect(kept.err).toContain("office-hours: nothing to write; the settings were left as they are");
    expect(readFileSync(join(vault, DATA), "utf8")).toBe(before);
  });

  it("refuses to write over settings it cannot read", () => {
    const vault = fiveShows();
    write(vault, DATA, "{ not json");
    const result = runCli(["detect", vault, "--write"]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([expect.stringContaining("it is not valid JSON); nothing was written") as string]);
    expect(readFileSync(join(vault, DATA), "utf8")).toBe("{ not json");
  });

  it("takes template folders from the core Templates settings in another config folder", () => {
    const vault = mkdtempSync(join(tmpdir(), "office-hours-detect-"));
    made.push(vault);
    const note = (guest: string) => `Gast:: ${guest}\n\n## Vorbereitung\n\n- [ ] Einladen\n`;
    write(vault, "Vorlagen/Folge.md", "Gast::\n\n## Vorbereitung\n\n- [ ] Einladen\n");
    write(vault, "Podcast/Folge 1 - Start.md", note("Anna Schmidt"));
    write(vault, "Podcast/Folge 2 - Weiter.md", note("Jonas Weber"));
    write(vault, ".config/templates.json", JSON.stringify({ folder: "Vorlagen" }));
    const json = JSON.parse(runCli(["detect", vault, "--json", "--config-dir", ".config"]).out) as JsonOut;
    expect(json.shows.map((s) => s.template)).toEqual(["Vorlagen/Folge.md"]);
  });

  it("says what is wrong with the arguments", () => {
    expect(runCli(["detect"]).code).toBe(2);
    expect(runCli(["detect", root(), "--frobnicate"]).err).toEqual(["office-hours: unknown option --frobnicate for detect"]);
    expect(runCli(["detect", join(tmpdir(), "no-such-vault-here")]).code).toBe(2);
  });
});

let shared: string | null = null;
/** One read-only copy for the tests that only read. */
function root(): string {
  shared ??= fiveShows();
  return shared;
}
