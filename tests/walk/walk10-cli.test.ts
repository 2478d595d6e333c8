// walk10 from the outside: the command-line tool on the power user's vault
// (tests/fixtures/walk10-vault, generated into a temporary folder), before anything is set
// up, as the README's "First steps" tell a user to try it: status, detect, guests, agenda.
// Monday 3 March 2025: PH 150 airs tomorrow, PH 151 next week, PH 152 is an idea.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli-status";
import type { AgendaJson } from "../../src/core/deadlines/agenda-report";
import { walk10Vault } from "../fixtures/walk10-vault/generate.mjs";

const root = mkdtempSync(join(tmpdir(), "office-hours-walk10-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [path, text] of Object.entries(walk10Vault())) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const NOW = "2025-03-03T09:00:00Z";
const cli = (...args: string[]) => runCli([...args, root], NOW);

interface EpisodeJson {
  path: string;
  number: number | null;
  date: string | null;
  state: string;
  guests: string[];
  warnings: string[];
  overdue: number;
}

function status(): { episodes: EpisodeJson[]; templates: string[] } {
  const result = cli("status", "--json", "--today", "2025-03-03");
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as { episodes: EpisodeJson[]; templates: string[] };
}

const byPath = (episodes: EpisodeJson[], path: string): EpisodeJson => {
  const found = episodes.find((e) => e.path === path);
  if (!found) throw new Error(`No episode ${path}`);
  return found;
};

describe("status on a three-year vault", () => {
  it("finds every PH episode once, in the archive and the year folders, and no template or hub note", () => {
    const { episodes, templates } = status();
    const numbers = episodes.filter((e) => /\/PH \d+ /.test(e.path)).map((e) => e.number).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 152 }, (_, i) => i + 1));
    expect(episodes.filter((e) => e.path.startsWith("Archive/2022/")).length).toBe(40);
    expect(templates).toEqual(["Templates/Daily.md", "Templates/Platform Hour episode.md"]);
    expect(episodes.map((e) => e.path)).not.toContain("Shows/Platform Hour.md");
  });

  it("reads the Tasks plugin's dates: PH 150's two overdue prep items, its talking points due today", () => {
    const ph150 = byPath(status().episodes, "Shows/2025/PH 150 - Platform teams and golden paths.md");
    expect([ph150.date, ph150.state, ph150.guests, ph150.overdue]).toEqual(["2025-03-04", "scheduled", ["Ann Lee"], 2]);
  });

  it("names the YAML reason on each note whose properties are broken, and still reads its guest", () => {
    const { episodes } = status();
    const broken = episodes.filter((e) => e.warnings.some((w) => w.startsWith("The frontmatter is not valid YAML")));
    expect(broken.map((e) => [e.number, e.guests[0], e.warnings[0]?.replace(/^The frontmatter is not valid YAML \((.*), line \d+\).*$/, "$1")])).toEqual([
      [60, "Tomás García", "Map keys must be unique"],
      [120, "Marta Kowalska", "Nested mappings are not allowed in compact mappings"],
      [135, "Jon Eriksen", "Tabs are not allowed as indentation"],
    ]);
  });

  // As the README's rule says (a task and a guest field make an episode, anywhere): the daily
  // note of a pre-call, `[guest:: [[Priya Nair]]]` in a sentence and two tasks, is an episode
  // until the shows are set up. Recorded so a change to the rule is seen.
  it("reads the daily note with a [guest:: …] pre-call as an episode, as the README's zero-configuration rule says", () => {
    const daily = byPath(status().episodes, "Daily/2025-02-27.md");
    expect([daily.date, daily.guests]).toEqual(["2025-02-27", ["Priya Nair"]]);
  });

  // The first year's notes have no properties; they carry their date as a Dataview field
  // (`date:: 2022-03-15`, or `(date:: 2022-03-29)` in a sentence), as Dataview reads them and
  // as the plugin already reads `Guest::` and `status::`. They read "date unknown" (sorted at
  // the end of Past, listed undated in the Guests view) until the reader took the note's own
  // `date::` field (src/core/note/inline-date.ts): it dates a note that has no frontmatter
  // `date` (the property wins when both are there); a checklist item's field is the item's.
  it("dates the 2022 notes by their Dataview `date::` field", () => {
    const { episodes } = status();
    expect(byPath(episodes, "Archive/2022/PH 001 - SLOs that people read.md").date).toBe("2022-03-15");
    expect(byPath(episodes, "Archive/2022/PH 003 - Platform teams and golden paths.md").date).toBe("2022-03-29");
  });

  // Defect (src/core/status/report-table.ts, whose "Late / next" column shows the alerts, and
  // src/core/status/alerts.ts leaves items late by their own 📅 date to the sidebar's
  // "N overdue"): PH 151's invite was due 25 February, six days ago, and the table says only
  // "1 prep item due in 3 days"; PH 149's podcast upload, four days late, shows as "next: …".
  // The README promises the column shows "what is late".
  it("the table's last column says PH 151 and PH 149 have items late by their own date", () => {
    const table = cli("status", "--today", "2025-03-03", "--width", "120").out;
    const row = (n: number) => table.split("\n").find((l) => new RegExp(`^PH +${n} `).test(l)) ?? "";
    expect(row(151)).toMatch(/late|overdue/);
    expect(row(149)).toMatch(/late|overdue/);
  });
});

describe("detect, guests and agenda", () => {
  it("detect proposes Platform Hour from the year folders: Shows, Tuesdays, the Templater template, the hub note", () => {
    const out = cli("detect").out;
    expect(out).toMatch(/Platform Hour \(PH\): new show\n {2}112 episodes in Shows/);
    expect(out).toContain("Tuesday: 108 of 108 dated episodes");
    expect(out).toMatch(/ Template +Templates\/Platform Hour episode\.md/);
    expect(out).toMatch(/ Index note +Shows\/Platform Hour\.md/);
  });

  // Was a defect (src/core/detect/series.ts): the same code, the same name pattern, the same
  // template and one run of numbers (PH 001–040 in Archive/2022, PH 041–152 in Shows/20xx)
  // were proposed as two shows, "Archive (PH)" named after Archive/README.md, and
  // "Platform Hour (PH)". Accepted, every guest was "across shows", the palette had "New
  // Archive episode", and two shows claimed the code PH. The rule now
  // (src/core/detect/earlier-folders.ts): one code with one name pattern, numbers that do
  // not repeat and no second template is one show; its folder is where its newest episode
  // is, and an older folder of it (an archive) is named in the proposal, not made a show.
  it("detect proposes one PH show, not an “Archive” show beside it", () => {
    const out = cli("detect").out;
    expect(out).toMatch(/^1 proposal/);
    expect(out).not.toContain("Archive (PH)");
  });

  it("guests: the thirteen people, Ann Lee next on 4 March and Bo Chan on 11 March", () => {
    const out = cli("guests", "--today", "2025-03-03", "--width", "120").out;
    const rows = out.split("\n").filter((l) => /appeared/.test(l));
    expect(rows.length).toBe(13);
    expect(rows.find((l) => l.startsWith("Ann Lee"))).toContain("2025-03-04");
    expect(rows.find((l) => l.startsWith("Bo Chan"))).toContain("2025-03-11");
  });

  it("agenda: the four late items by their Tasks dates, nothing from the archive, the hub note or the daily notes", () => {
    const result = cli("agenda", "--json", "--today", "2025-03-03");
    const { groups } = JSON.parse(result.out) as AgendaJson;
    const overdue = groups.find((g) => g.name === "overdue")?.items ?? [];
    expect(overdue.map((i) => `${i.due} ${i.episode} | ${i.text}`)).toEqual([
      "2025-03-01 PH 150 · Platform teams and golden paths | Schedule the stream and post the link",
      "2025-02-27 PH 149 · Kubernetes cost reports | Upload to the podcast feed",
      "2025-02-27 PH 150 · Platform teams and golden paths | Thumbnail",
      "2025-02-25 PH 151 · Policy as code | Send the calendar invite",
    ]);
    const out = groups.flatMap((g) => g.items.map((i) => `${i.path} ${i.text}`)).join("\n");
    expect(out).not.toMatch(/Archive\/|Daily\/|Shows\/Platform Hour\.md|newsletter|Dentist/);
  });
});
