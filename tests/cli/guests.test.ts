// `office-hours guests <folder>` on the real five-show vault (read in place, never written)
// and on a small vault with guest notes, some of them broken.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { GuestJson } from "../../src/core/guests/report";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, {
    out: (t) => out.push(t),
    error: (t) => err.push(t),
    now: () => new Date("2025-06-02T10:00:00Z"),
    timeZone: "UTC",
    cwd: REPO,
    projectRoot: REPO,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Report {
  guests: GuestJson[];
  counts: { guests: number; withEpisodes: number; recurring: number; acrossShows: number };
  maybeSame: { a: string; b: string; reason: string }[];
  conflicts: { name: string; notes: string[] }[];
}

describe("office-hours guests on the five-show vault", () => {
  it("finds the ten guests and Ed Welch in two episodes of two shows (JSON)", () => {
    const result = cli(["guests", FIVE_SHOWS, "--json"]);
    expect([result.code, result.err]).toEqual([0, ""]);
    const report = JSON.parse(result.out) as Report;
    expect(report.counts).toEqual({ guests: 10, withEpisodes: 10, recurring: 1, acrossShows: 1 });
    const ed = report.guests.find((g) => g.name === "Ed Welch");
    expect(ed?.shows).toEqual(["Grafana OTel Community Call", "Loki Community Calls"]);
    expect(ed?.episodes.map((e) => e.title)).toEqual(["road-to-4-0", "Logging Best Practices"]);
    expect(ed?.missing).toEqual(["time zone", "pronunciation", "pronouns"]);
  });

  it("prints a table with one line per guest and the counts", () => {
    const result = cli(["guests", "tests/fixtures/five-shows", "--today", "2025-06-02", "--width", "160"]);
    const lines = result.out.split("\n");
    expect(lines[0]).toMatch(/^Guest\s+Status\s+Shows\s+Episodes\s+Last\s+Next\s+Missing$/);
    expect(lines.filter((l) => /^Ed Welch\s+confirmed\s+GOCC, LCC\s+2\s+2025-06-24\s/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe("10 guests named in episodes, 1 in more than one episode (1 across shows).");
  });

  it("at 100 columns cuts the long list of shows, not the names or what is missing", () => {
    const rows = cli(["guests", "tests/fixtures/five-shows", "--today", "2025-06-02", "--width", "100"]).out.split("\n").slice(2, 12);
    expect(rows.every((row) => [...row].length <= 100)).toBe(true);
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toContain("Paschalis Tsilias");
    // Without a guest note every fact is missing: said once, in full.
    expect(rows.every((row) => row.endsWith("  no guest note"))).toBe(true);
    expect(rows.find((row) => row.startsWith("Ed Welch"))).toMatch(/ GOCC, LCC /);
  });

  it("is named in the vault report", () => {
    const lines = cli(["status", "tests/fixtures/five-shows"]).out.split("\n");
    expect(lines.slice(-3, -1)).toEqual(["10 guests named in episodes, 1 in more than one episode (1 across shows).", "Guests in detail: npx office-hours guests tests/fixtures/five-shows"]);
  });
});

describe("office-hours guests with guest notes", () => {
  const root = mkdtempSync(join(tmpdir(), "office-hours-guests-"));
  made.push(root);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write("Shows/A 1 - One.md", "---\ndate: 2025-01-10\n---\nGuest:: [[Ed Welch]], Edward Welch\n- [ ] Invite\n");
  write("Shows/A 2 - Two.md", "---\ndate: 2025-09-10\n---\nGuest:: ed welch, Ann Lee\n- [ ] Invite\n");
  write("Office Hours/Guests/Ed Welch.md", "---\ntimezone: America/New_York\npronouns: he/him\naliases: [Edward Welch]\n---\n");
  write("Office Hours/Guests/Ann Lee.md", "---\ntimezone: Europe/Belgrad\nstatus: contacted\ncompany: [a, b]\n---\n");
  write("Office Hours/Guests/Bo Ray.md", "---\nstatus: suggested\npronouns: [unclosed\n---\n");
  write("Office Hours/Guests/Bo Lee.md", "---\naliases: [Bo]\n---\n");
  write("Office Hours/Guests/Bo Smith.md", "---\naliases: [bo]\n---\n");

  const report = JSON.parse(cli(["guests", root, "--json"]).out) as Report;
  const guest = (name: string) => report.guests.find((g) => g.name === name);

  it("makes one person of a link, a plain name and an alias", () => {
    expect(guest("Ed Welch")?.episodes.map((e) => e.path)).toEqual(["Shows/A 1 - One.md", "Shows/A 2 - Two.md"]);
    expect(guest("Ed Welch")?.status).toBe("appeared");
    expect(guest("Ed Welch")?.missing).toEqual(["pronunciation"]);
  });

  it("keeps a set status, and names each problem of a note", () => {
    expect(guest("Ann Lee")?.status).toBe("contacted");
    expect(guest("Ann Lee")?.problems).toEqual([
      "The time zone “Europe/Belgrad” is not one this device knows (use a name like Europe/Belgrade); times are given without it.",
      "“company” should be text, not a list.",
    ]);
    expect(guest("Bo Ray")?.problems[0]).toMatch(/^Its properties are not valid YAML/);
    expect(report.conflicts).toEqual([{ name: "bo", notes: ["Office Hours/Guests/Bo Lee.md", "Office Hours/Guests/Bo Smith.md"] }]);
  });

  it("never writes to the vault", () => {
    expect(cli(["guests", root]).code).toBe(0);
  });
});

describe("bad arguments", () => {
  it("refuses a missing folder and a bad date with exit 2", () => {
    expect(cli(["guests"]).code).toBe(2);
    expect(cli(["guests", join(REPO, "no-such-folder")]).code).toBe(2);
    expect(cli(["guests", FIVE_SHOWS, "--today", "June"]).code).toBe(2);
  });
});
