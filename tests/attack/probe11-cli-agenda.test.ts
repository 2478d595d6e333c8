// probe11: `office-hours agenda` on vaults made by hand, and deadlines relative to the show.
// Promises (README, "Deadlines, rescheduling and the agenda"; "The vault report"): the same
// list as the plugin's Agenda, items due N days before or after the show by `📅 -14d`-style
// offsets, each show's day in its own zone; (project rule) bad input gets a clear message.
//
// An earlier probe saw `agenda` find no episodes on a hand-made vault with a minimal
// data.json and did not look why. What I found: a minimal data.json works (name and folder
// are enough, no version or id needed: the first test). Nothing is found when the notes are no
// episodes by the README's rules (no guest field, outside every show folder) or when the
// show's folder is written in a way the vault does not have ("./Shows", "shows" for "Shows").
// Both are the user's mistake, and in both the tool stayed silent: `agenda` printed "Nothing
// open." (as if the work were done) and nothing on stderr. Two it.fails below, fixed by cli1:
// agenda (status and guests alike) says "No episodes found in N notes." and points to
// `detect`; each show folder not in the vault is named on stderr (src/cli/show-folders.ts).
//
// Run in process, as tests/cli/agenda.test.ts does, with the clock and the machine's zone injected.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { AgendaJson } from "../../src/core/deadlines/agenda-report";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATA = ".obsidian/plugins/office-hours/data.json";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "probe11-agenda-"));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function cli(now: string, machineZone: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (t) => out.push(t), error: (t) => err.push(t), now: () => new Date(now), timeZone: machineZone, cwd: tmpdir(), projectRoot: REPO });
  return { code, out: out.join("\n"), err };
}

function items(json: string): string[] {
  const parsed = JSON.parse(json) as AgendaJson;
  return parsed.groups.flatMap((g) => g.items.map((i) => `${g.name} ${i.due ?? "-"} ${i.episode}: ${i.text}`));
}

/** A note with no guest field: an episode only inside a show folder (README, "Which notes are episodes"). */
const NO_GUEST = ["---", "date: 2026-12-10", "---", "## Prep", "- [ ] Invite the guest 📅 -14d", "- [ ] Book the studio 📅 2026-12-01", ""].join("\n");

describe("a hand-made vault with a minimal data.json", () => {
  it("a show with only a name and a folder (no version, no id) finds the folder's notes and lists their items (held)", () => {
    const root = vault({ [DATA]: JSON.stringify({ shows: [{ name: "Office Hours", folder: "Shows" }] }), "Shows/Tracing deep dive.md": NO_GUEST });
    const result = cli("2026-12-05T12:00:00Z", "UTC", "agenda", root, "--json");
    expect(result.err).toEqual([]);
    expect(items(result.out)).toEqual(["overdue 2026-12-01 Tracing deep dive: Book the studio", "overdue 2026-11-26 Tracing deep dive: Invite the guest"]);
  });

  // Was a DEFECT (src/cli/agenda-command.ts, emptyAgendaReason: it said nothing when the agenda
  // had no entries at all); fixed in cli1 (src/cli/no-episodes.ts). With no note read as an episode, "Nothing open." reads as "all
  // done"; `status` on the same vault at least says "No episodes found." Rule I would choose:
  // with no episode in the vault, say so and how many notes were read, and point to `detect`
  // (as status's hints do), never "Nothing open.".
  it("says it found no episodes when no note is one, rather than “Nothing open.”", () => {
    const root = vault({ "Notes/Tracing deep dive.md": NO_GUEST });
    const result = cli("2026-12-05T12:00:00Z", "UTC", "agenda", root);
    expect(result.code).toBe(0);
    expect(`${result.out}\n${result.err.join("\n")}`).toMatch(/no episodes/i);
  });

  // Was a DEFECT (src/cli/vault-config.ts, readVaultConfig: a show's folder was never checked
  // against the vault); fixed in cli1 (src/cli/show-folders.ts). The plugin's settings page says "There is no folder … in this vault"
  // (path-picker.ts); the command line, which reads data.json written by hand or by another
  // version, says nothing, and the folder's notes silently drop out of the agenda. Rule I would
  // choose: name on stderr each show whose folder is not in the vault (and the folder that
  // differs only by case or a leading "./", when there is one), then report as now.
  it("names a show folder that is not in the vault (“./Shows”, “shows” for Shows/)", () => {
    for (const folder of ["./Shows", "shows"]) {
      const root = vault({ [DATA]: JSON.stringify({ shows: [{ name: "Office Hours", folder }] }), "Shows/Tracing deep dive.md": NO_GUEST });
      const result = cli("2026-12-05T12:00:00Z", "UTC", "agenda", root);
      expect(result.err.join("\n"), folder).toContain(folder);
    }
  });

  it("the same vault no longer says “Nothing open.”: it says no episode was found, and which folder is wrong", () => {
    const root = vault({ [DATA]: JSON.stringify({ shows: [{ name: "Office Hours", folder: "shows" }] }), "Shows/Tracing deep dive.md": NO_GUEST });
    const result = cli("2026-12-05T12:00:00Z", "UTC", "agenda", root);
    expect(result.code).toBe(0);
    expect(result.err.join("\n")).toContain('The vault has "Shows"');
    expect(result.out).not.toContain("Nothing open.");
    expect(result.out).toContain("No episodes found in 1 note.");
    expect(result.out).toContain(`detect ${root}`);
  });
});

const OH = { id: "oh", name: "Office Hours", code: "OH", folder: "Shows", schedule: { weekday: 4, time: "18:00", timeZone: "UTC", durationMinutes: 60 } };

function episode(date: string, n: number): string {
  return ["---", `date: ${date}`, "---", "Guest:: Ann Lee", "## Prep", `- [ ] Invite ${n} 📅 -14d`, "## After the show", `- [ ] Thanks ${n} 📅 +1d`, ""].join("\n");
}

describe("an offset item's episode date written in many ways", () => {
  const ways = ["2026-12-10", '"2026-12-10"', "'2026-12-10'", "2026-12-10T18:00:00Z", "2026-12-10 18:00", "2026-12-10T18:00"];
  const unread = ["10/12/2026", "December 10, 2026", "20261210"];

  it("every way YAML and Obsidian's date properties write it gives the same deadlines (held)", () => {
    const files: Record<string, string> = { [DATA]: JSON.stringify({ version: 1, shows: [OH] }) };
    ways.forEach((date, i) => (files[`Shows/OH ${10 + i} - Way.md`] = episode(date, i)));
    const got = items(cli("2026-12-01T12:00:00Z", "UTC", "agenda", root(files), "--json").out);
    expect(got).toEqual([
      ...ways.map((_, i) => `overdue 2026-11-26 OH ${10 + i} · Way: Invite ${i}`),
      ...ways.map((_, i) => `later 2026-12-11 OH ${10 + i} · Way: Thanks ${i}`),
    ]);
  });

  it("a date that cannot be read puts its offset items under No date and the note's warnings say why (held)", () => {
    const files: Record<string, string> = { [DATA]: JSON.stringify({ version: 1, shows: [OH] }) };
    unread.forEach((date, i) => (files[`Shows/OH ${20 + i} - Odd.md`] = episode(date, i)));
    const at = root(files);
    const got = items(cli("2026-12-01T12:00:00Z", "UTC", "agenda", at, "--json").out);
    expect(got.every((line) => line.startsWith("undated - "))).toBe(true);
    expect(got).toHaveLength(unread.length * 2);
    const status = JSON.parse(cli("2026-12-01T12:00:00Z", "UTC", "status", at, "--json").out) as { episodes: { warnings: string[] }[] };
    expect(status.episodes.map((e) => e.warnings.join(" "))).toEqual(unread.map((d) => `The frontmatter date "${d}" is not a date like 2024-01-05.`));
  });

  function root(files: Record<string, string>): string {
    return vault(files);
  }
});

describe("a show whose day is another day than the machine's", () => {
  // Kia Ora airs Thursdays 09:00 in Auckland: 20:00 UTC on Wednesday. At 12:00 UTC on
  // Wednesday 9 December it is already Thursday 10 December 01:00 there.
  const KO = { id: "ko", name: "Kia Ora", code: "KO", folder: "Shows", schedule: { weekday: 4, time: "09:00", timeZone: "Pacific/Auckland", durationMinutes: 60 } };
  const text = ["---", "date: 2026-12-10", "---", "Guest:: Ann Lee", "## Prep", "- [ ] Same day 📅 0d", "- [ ] Day before 📅 -1d", "- [ ] Eight hours 📅 -8h", "## After the show", "- [ ] Thanks 📅 +1d", ""].join("\n");

  it("counts the show's days in the show's zone, whatever the machine's zone (held)", () => {
    const at = vault({ [DATA]: JSON.stringify({ version: 1, shows: [KO] }), "Shows/KO 01 - One.md": text });
    const expected = ["overdue 2026-12-09 KO 01 · One: Day before", "today 2026-12-10 KO 01 · One: Same day", "today 2026-12-10 KO 01 · One: Eight hours", "week 2026-12-11 KO 01 · One: Thanks"];
    for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      expect(items(cli("2026-12-09T12:00:00Z", zone, "agenda", at, "--json").out), zone).toEqual(expected);
    }
  });
});

describe("29 February", () => {
  const LEAP = { ...OH, schedule: { weekday: 2, time: "18:00", timeZone: "Europe/Berlin", durationMinutes: 60 } };
  it("offsets landing on it, a hand date on it, and one on a 29 February that does not exist (held)", () => {
    const at = vault({
      [DATA]: JSON.stringify({ version: 1, shows: [LEAP] }),
      "Shows/OH 01 - Leap.md": ["---", "date: 2028-03-07", "---", "Guest:: Ann", "## Prep", "- [ ] Week 📅 -1w", "- [ ] Hand 📅 2028-02-29", "- [ ] Bad 📅 2027-02-29", ""].join("\n"),
      "Shows/OH 02 - On leap day.md": ["---", "date: 2028-02-29", "---", "Guest:: Bo", "## Prep", "- [ ] Thirty hours 📅 -30h", "## After the show", "- [ ] Next year 📅 +52w", ""].join("\n"),
    });
    expect(items(cli("2028-02-28T12:00:00Z", "UTC", "agenda", at, "--json").out)).toEqual([
      "today 2028-02-28 OH 02 · On leap day: Thirty hours",
      "week 2028-02-29 OH 01 · Leap: Week",
      "week 2028-02-29 OH 01 · Leap: Hand",
      // Not a date: named in the warnings, due by its phase (prep 2 days before by default).
      "week 2028-03-05 OH 01 · Leap: Bad 📅 2027-02-29",
      "later 2029-02-27 OH 02 · On leap day: Next year",
    ]);
  });
});

describe("two shows with the same item text", () => {
  it("lists each under its own episode and show, with its own path and line (held)", () => {
    const ES = { id: "es", name: "Café con Grafana", code: "CCG", folder: "Café", schedule: { weekday: 4, time: "18:00", timeZone: "America/Mexico_City", durationMinutes: 60 } };
    const same = (guest: string) => ["---", "date: 2026-12-10", "---", `Guest:: ${guest}`, "## Prep", "- [ ] Send the calendar invite 📅 -14d", ""].join("\n");
    const at = vault({ [DATA]: JSON.stringify({ version: 1, shows: [OH, ES] }), "Shows/OH 01 - One.md": same("Ann"), "Café/CCG 01 - Uno.md": same("Bo") });
    const json = JSON.parse(cli("2026-12-01T12:00:00Z", "UTC", "agenda", at, "--json").out) as AgendaJson;
    const rows = json.groups.flatMap((g) => g.items.map((i) => [i.path, i.show, i.line, i.text]));
    expect(rows).toEqual(
      expect.arrayContaining([
        ["Shows/OH 01 - One.md", "Office Hours", 6, "Send the calendar invite"],
        ["Café/CCG 01 - Uno.md", "Café con Grafana", 6, "Send the calendar invite"],
      ]),
    );
    expect(rows).toHaveLength(2);
  });
});
