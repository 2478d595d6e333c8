// The vault report on the real five-show vault (tests/fixtures/five-shows, copied into a
// temporary folder with the five shows' settings written by hand): the lifecycle state of
// every episode, the alerts (red only for what is late and still worth doing), what comes
// next, and a table that fits 80 columns.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { fiveShowNotes } from "../support/five-shows";
import { fiveShowData, FIVE_SHOWS_TODAY } from "../support/five-show-settings";

const root = mkdtempSync(join(tmpdir(), "office-hours-five-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [path, text] of Object.entries({ ...fiveShowNotes(), ".obsidian/plugins/office-hours/data.json": JSON.stringify(fiveShowData()) })) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function cli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (t) => out.push(t), error: (t) => err.push(t), now: () => new Date("2024-01-15T10:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: root });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Out {
  path: string;
  state: string;
  archived: boolean;
  nextUp: string | null;
  alerts: { severity: string; message: string }[];
}

const json = JSON.parse(cli(["status", root, "--json", "--today", FIVE_SHOWS_TODAY]).out) as { episodes: Out[] };
const byName = (name: string) => {
  const found = json.episodes.find((e) => e.path.endsWith(`/${name}.md`));
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe("the five-show vault on Monday 15 January 2024", () => {
  it("gives every episode its state", () => {
    const states = Object.fromEntries(json.episodes.map((e): [string, string] => [e.path.split("/").pop()?.replace(/\.md$/, "") ?? "", e.state]));
    expect(states).toEqual({
      // Aired 2023-11-28 with a video link, after-show items open.
      "A&A 22 - Navigating through unemployment with Renata Andrade": "published",
      "A&A 37 - Observability for testers with Abby Bangser": "scheduled",
      // All four after-show items ticked.
      "CCG 000 - 231019 - LanzandoCafeConGrafana": "done",
      "CCG 005 - 231130 - RepasemosElGStack": "published",
      // Dated 2024-01-18, but its title is "TBD".
      "CCG 012 - 240215 - TBD": "idea",
      "GOH 12 - Govable": "published",
      // No date, but 18 chapters and a video link: it aired.
      "GOH 16 - Grafana Agent with Paschalis Tsilias": "published",
      "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski": "published",
      // No date, nothing ticked, but a link to its video: it aired (as the issue says).
      "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope": "published",
      "03 - Logging Best Practices": "scheduled",
      "2025-03-25-loki-cache": "scheduled",
      "2025-06-24-road-to-4-0": "scheduled",
    });
  });

  it("archives what aired more than four weeks ago, or on a day the note does not give", () => {
    expect(json.episodes.filter((e) => e.archived).map((e) => e.path.split("/").pop()).sort()).toEqual([
      "A&A 22 - Navigating through unemployment with Renata Andrade.md",
      "CCG 000 - 231019 - LanzandoCafeConGrafana.md",
      "CCG 005 - 231130 - RepasemosElGStack.md",
      "GOH 12 - Govable.md",
      "GOH 16 - Grafana Agent with Paschalis Tsilias.md",
      "GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md",
    ]);
  });

  it("alerts only about GOH 25, aired ten days ago with its after-show items three days overdue", () => {
    const alerting = json.episodes.filter((e) => e.alerts.length > 0);
    expect(alerting.map((e) => [e.path.split("/").pop(), e.alerts])).toEqual([
      [
        "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md",
        [
          { severity: "late", message: "3 after-show items open, due 3 days ago" },
          { severity: "soon", message: "No chapters yet" },
        ],
      ],
    ]);
  });

  it("proposes next only what matters in the state: after-show items after the show, prep before it", () => {
    expect(byName("GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski").nextUp).toBe("Add timestamps to the video (at least four).");
    expect(byName("A&A 37 - Observability for testers with Abby Bangser").nextUp).toBe("Contact the guest and tell them about Adobo and Avocados.");
    // Its prep is all done; the just-before items wait for show day.
    expect(byName("03 - Logging Best Practices").nextUp).toBeNull();
    // Archived: nothing is proposed.
    expect(byName("A&A 22 - Navigating through unemployment with Renata Andrade").nextUp).toBeNull();
  });

  it("prints a table of 80 columns that says the state, when, and what is late", () => {
    const { code, out, err } = cli(["status", root, "--today", FIVE_SHOWS_TODAY]);
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe("Show  #    State      When          Title           Guests    Late / next");
    const goh25 = lines.findIndex((l) => l.startsWith("GOH   25"));
    // What is late wraps under its column rather than being cut.
    expect(lines.slice(goh25, goh25 + 3).map((l) => l.slice(62).trim())).toEqual(["3 after-show items", "open, due 3 days", "ago; No chapters …"]);
    expect(lines[goh25]).toMatch(/^GOH {3}25 {3}published {2}10 days ago {3}Introduction …/);
    expect(lines.find((l) => l.startsWith("GOCC  03"))).toMatch(/scheduled {2}next year/);
    expect(lines.find((l) => l.startsWith("CCG   012"))).toMatch(/idea {7}in 3 days/);
    expect(lines.find((l) => l.startsWith("GOH   16"))).toMatch(/published {2}date unknown .* archived, 3 open$/);
  });

  it("takes another width, and refuses one too narrow for the table", () => {
    const wide = cli(["status", root, "--today", FIVE_SHOWS_TODAY, "--width", "120"]).out.split("\n");
    expect(Math.max(...wide.map((l) => [...l].length))).toBeLessThanOrEqual(120);
    expect(wide.find((l) => l.startsWith("GOH   25"))).toContain("3 after-show items open, due 3 days ago;");
    for (const bad of ["30", "wide", "-1"]) {
      const result = cli(["status", root, "--width", bad]);
      expect([result.code, result.err]).toEqual([2, `office-hours: --width needs a number of columns from 40, not "${bad}"`]);
    }
  });
});
