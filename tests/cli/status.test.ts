// `office-hours status <folder>` end to end, on vaults built in a temporary folder: the
// real notes copied in (the fixtures are only read), plus the broken files a real vault
// holds. Most runs are in-process through run(); one spawns the real command.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const REAL_NOTES = join(REPO, "tests/fixtures/real-notes");
const GOH25 = "GOH 25 - Introduction to eBPF with Grafana Beyla, with Nikola Grcevski.md";
const CCG = "CCG 005 - 231130 - RepasemosElGStack.md";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder under the system's temporary folder, removed after the tests. */
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "office-hours-status-"));
  made.push(dir);
  return dir;
}

function write(root: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** Copy a real note (never modified) to `path` in the vault. */
function copyReal(root: string, name: string, path = name): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  copyFileSync(join(REAL_NOTES, name), join(root, path));
}

/** Every real note, GOH notes in a subfolder to check `/` in paths. SOURCE.md is the fixtures' description, not a note. */
function realVault(): string {
  const root = tempFolder();
  for (const name of readdirSync(REAL_NOTES)) {
    if (!name.endsWith(".md") || name === "SOURCE.md") continue;
    copyReal(root, name, name.startsWith("GOH ") ? `projects/Grafana Office Hours/${name}` : name);
  }
  return root;
}

interface Run {
  code: number;
  out: string;
  err: string[];
}

function runCli(args: string[], io: Partial<CliIo> = {}): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, {
    out: (text) => out.push(text),
    error: (text) => err.push(text),
    now: () => new Date("2024-01-01T12:00:00Z"),
    timeZone: "UTC",
    cwd: tmpdir(),
    projectRoot: REPO,
    ...io,
  });
  return { code, out: out.join("\n"), err: err.flatMap((e) => e.split("\n")) };
}

interface EpisodeOut {
  path: string;
  series: string | null;
  number: number | null;
  title: string;
  guests: string[];
  date: string | null;
  url: string | null;
  when: string;
  done: number;
  total: number;
  sections: { heading: string | null; phase: string; done: number; total: number }[];
  next: string | null;
  nextLine: number | null;
  warnings: string[];
}

interface Report {
  episodes: EpisodeOut[];
  templates: string[];
  series: { series: string | null; episodes: number; numbering: { gaps: number[]; notEpisodes: string[] } }[];
  errors: { path: string; message: string }[];
}

function report(result: Run): Report {
  return JSON.parse(result.out) as Report;
}

function episode(result: Report, path: string): EpisodeOut {
  const found = result.episodes.find((e) => e.path === path);
  if (!found) throw new Error(`no episode ${path} in ${result.episodes.map((e) => e.path).join(", ")}`);
  return found;
}

/** One line, no stack trace. */
function expectOneLine(lines: string[], expected: string): void {
  expect(lines).toEqual([expected]);
  expect(lines.join("\n")).not.toMatch(/\n\s+at |Error:/);
}

describe("the real notes", () => {
  const root = realVault();
  const result = runCli(["status", root, "--json", "--today", "2024-01-01"]);
  const json = report(result);

  it("reports them with exit 0 and nothing on stderr", () => {
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
  });

  it("lists exactly the episodes, by show, number, then the rest", () => {
    expect(json.episodes.map((e) => e.path)).toEqual([
      "A&A 22 - Navigating through unemployment with Renata Andrade.md",
      "projects/Grafana Office Hours/GOH 12 - Govable.md",
      `projects/Grafana Office Hours/${GOH25}`,
      "projects/Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md",
      "03 - Logging Best Practices.md",
      "2025-03-25-loki-cache.md",
    ]);
    expect(json.templates).toEqual(["A&A checklist (template).md", "projects/Grafana Office Hours/GOH checklist (template).md"]);
    expect(json.errors).toEqual([]);
  });

  it("gives GOH 25 field by field", () => {
    const e = episode(json, `projects/Grafana Office Hours/${GOH25}`);
    expect(e.series).toBe("GOH");
    expect(e.number).toBe(25);
    expect(e.title).toBe("Introduction to eBPF with Grafana Beyla, with Nikola Grcevski");
    expect(e.guests).toEqual(["Nikola Grcevski"]);
    expect(e.date).toBe("2024-01-05");
    expect(e.url).toBe("https://youtube.com/live/ZEUzucqXUnQ");
    expect(e.when).toBe("upcoming");
    // Checklist: 11 items and 2 nested, all ticked. "### Just before the show": 10, all but
    // "What are your pronouns?" ticked. "## After the show": 3 open. The talking points have no boxes.
    expect([e.done, e.total]).toEqual([22, 26]);
    expect(e.sections).toEqual([
      { heading: "Checklist", phase: "prep", done: 13, total: 13 },
      { heading: "Just before the show", phase: "before", done: 9, total: 10 },
      { heading: "After the show", phase: "after", done: 0, total: 3 },
    ]);
    // Four days before, with the prep done: nothing is next yet (the table's rule; the
    // just-before items come on the day), though "What are your pronouns?" is still open.
    expect([e.next, e.nextLine]).toEqual([null, null]);
    expect(e.warnings).toEqual([]);
  });

  it("gives 03 - Logging Best Practices field by field", () => {
    const e = episode(json, "03 - Logging Best Practices.md");
    expect(e.series).toBeNull();
    expect(e.number).toBe(3);
    expect(e.title).toBe("Logging Best Practices");
    // `Guests:: "Jack Berg, Ed Welch"`: two guests in one quoted string.
    expect(e.guests).toEqual(["Jack Berg", "Ed Welch"]);
    expect(e.date).toBe("2025-12-17");
    expect(e.url).toBe("https://www.youtube.com/live/D-bWeY-gBWU");
    expect(e.when).toBe("upcoming");
    // Pre-show: 21 ticked (one nested with two spaces). Talking points: 29 open boxes,
    // which count (as "other") but are not prep. Just before: 10. Post-show: 7.
    expect([e.done, e.total]).toEqual([21, 67]);
    expect(e.sections).toEqual([
      { heading: "Pre-show checklist", phase: "prep", done: 21, total: 21 },
      { heading: "Talking points", phase: "other", done: 0, total: 29 },
      { heading: "Just before the show", phase: "before", done: 0, total: 10 },
      { heading: "Post-show checklist", phase: "after", done: 0, total: 7 },
    ]);
    // The first open box is a talking point, never "next" (the table's rule).
    expect([e.next, e.nextLine]).toEqual([null, null]);
    expect(e.warnings).toEqual([]);
  });

  it("takes the loki-cache date from its file name, the frontmatter date being empty", () => {
    const e = episode(json, "2025-03-25-loki-cache.md");
    expect([e.series, e.number, e.title, e.date]).toEqual([null, null, "loki-cache", "2025-03-25"]);
    expect(e.guests).toEqual(["Poyzan Taneli", "Paul Rogers"]);
  });

  it("says GOH 30 has no guest yet and no date", () => {
    const e = episode(json, "projects/Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md");
    expect([e.guests, e.date, e.when]).toEqual([[], null, "undated"]);
    expect(e.warnings).toEqual(['The guest is still the template\'s placeholder ("Name").']);
  });

  it("prints a table without --json", () => {
    const table = runCli(["status", root, "--today", "2024-01-01"]);
    expect(table.code).toBe(0);
    expect(table.err).toEqual([]);
    const lines = table.out.split("\n");
    expect(lines[0]).toMatch(/^Show\s+#\s+State\s+When\s+Title\s+Guests\s+Late \/ next$/);
    // GOH 25 on 2024-01-01 is four days ahead with its prep done: nothing late, and on
    // show day the just-before items come next, not now.
    expect(lines.filter((l) => /^GOH\s+25\s+scheduled\s+in 4 days\s/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toBe("6 episodes in 10 notes.");
    // 80 columns by default, every line.
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe("numbering", () => {
  it("a note named GOH 09 that is not an episode is no gap, and is listed as not read as one", () => {
    const root = tempFolder();
    const episode = (guest: string) => `---\ndate: 2023-08-11\n---\nGuest:: ${guest}\n\n- [x] Contact the guest\n`;
    write(root, "GOH/GOH 08 - Observing the Internet of Things.md", episode("Golioth"));
    write(root, "GOH/GOH 09 - Getting started with Grafana Loki.md", "- [x] Contact the guest\n");
    write(root, "GOH/GOH 10 - Grafana Play.md", episode("Matt Abrams"));
    const json = report(runCli(["status", root, "--json", "--today", "2024-01-01"]));
    expect(json.series).toEqual([
      { series: "GOH", episodes: 2, numbering: { highest: 10, next: 11, duplicates: [], gaps: [], notEpisodes: ["GOH/GOH 09 - Getting started with Grafana Loki.md"] } },
    ]);
  });
});

describe("--today and the clock", () => {
  const root = tempFolder();
  copyReal(root, GOH25);
  const when = (args: string[], io: Partial<CliIo> = {}) => report(runCli(["status", root, "--json", ...args], io)).episodes[0]?.when;

  it("makes an episode upcoming on its day and past the day after", () => {
    expect(when(["--today", "2024-01-04"])).toBe("upcoming");
    expect(when(["--today", "2024-01-05"])).toBe("upcoming");
    expect(when(["--today", "2024-01-06"])).toBe("past");
  });

  it("uses the clock in the user's time zone without --today", () => {
    const now = () => new Date("2024-01-05T20:00:00Z");
    expect(when([], { now, timeZone: "UTC" })).toBe("upcoming");
    // Already 6 January in Kiribati (UTC+14).
    expect(when([], { now, timeZone: "Pacific/Kiritimati" })).toBe("past");
  });

  it("refuses a --today that is not a date", () => {
    const result = runCli(["status", root, "--today", "2024-02-30"]);
    expect(result.code).toBe(2);
    expectOneLine(result.err, 'office-hours: --today needs a date like 2024-01-05, not "2024-02-30"');
    expect(result.out).toBe("");
  });
});

describe("a folder that cannot be reported", () => {
  it("missing: one line, exit 2", () => {
    const missing = join(tempFolder(), "no such vault");
    const result = runCli(["status", missing, "--json"]);
    expect(result.code).toBe(2);
    expectOneLine(result.err, `office-hours: no folder at ${missing}`);
    expect(result.out).toBe("");
  });

  it("a file given instead: one line, exit 2", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    const file = join(root, GOH25);
    const result = runCli(["status", file]);
    expect(result.code).toBe(2);
    expectOneLine(result.err, `office-hours: ${file} is a file, not a folder`);
  });

  it("resolves a relative folder from the caller's folder", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    const result = runCli(["status", basename(root), "--json"], { cwd: dirname(root) });
    expect(result.code).toBe(0);
    expect(report(result).episodes.map((e) => e.path)).toEqual([GOH25]);
  });
});

describe("files that cannot be read", () => {
  it("reports a binary .md and a dangling link in one line each and still reports the rest (exit 0)", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    write(root, "attachments/photo.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    symlinkSync(join(root, "nowhere.md"), join(root, "dangling.md"));
    const result = runCli(["status", root, "--json"]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      "office-hours: attachments/photo.md: not a text file (binary content), skipped",
      "office-hours: dangling.md: cannot read: no such file",
    ]);
    const json = report(result);
    expect(json.episodes.map((e) => e.path)).toEqual([GOH25]);
    expect(json.errors).toEqual([
      { path: "attachments/photo.md", message: "not a text file (binary content), skipped" },
      { path: "dangling.md", message: "cannot read: no such file" },
    ]);
  });

  it("reports a link to a folder and a link loop named .md", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    mkdirSync(join(root, "real-folder"));
    symlinkSync(join(root, "real-folder"), join(root, "folder.md"));
    symlinkSync(join(root, "loop.md"), join(root, "loop.md"));
    const result = runCli(["status", root]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      "office-hours: folder.md: not a regular file",
      "office-hours: loop.md: cannot read: too many symbolic links",
    ]);
    expect(result.out.split("\n").at(-1)).toBe("1 episode in 1 note, 2 unreadable.");
  });

  it.skipIf(process.getuid?.() === 0)("reports a note it has no permission to read", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    write(root, "secret.md", "- [ ] hidden\nGuest:: x\n");
    chmodSync(join(root, "secret.md"), 0o000);
    const result = runCli(["status", root]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual(["office-hours: secret.md: cannot read: permission denied"]);
  });

  it("fails the run (exit 1) when nothing at all could be read", () => {
    const root = tempFolder();
    write(root, "only.md", new Uint8Array([0x00, 0x01, 0x02]));
    const result = runCli(["status", root]);
    expect(result.code).toBe(1);
    expectOneLine(result.err, "office-hours: only.md: not a text file (binary content), skipped");
  });
});

describe("dot-folders", () => {
  it("skips .obsidian, .trash and .git, at any depth", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    copyReal(root, GOH25, `.obsidian/${GOH25}`);
    copyReal(root, GOH25, `.trash/${GOH25}`);
    copyReal(root, GOH25, `.git/${GOH25}`);
    copyReal(root, "GOH 12 - Govable.md", `Shows/.hidden/GOH 12 - Govable.md`);
    write(root, ".trash/broken.md", new Uint8Array([0]));
    const result = runCli(["status", root, "--json"]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    const json = report(result);
    expect(json.episodes.map((e) => e.path)).toEqual([GOH25]);
    expect(json.errors).toEqual([]);
  });
});

describe("the vault's settings (data.json)", () => {
  const dataPath = ".obsidian/plugins/office-hours/data.json";

  it("without settings, a note with no guest field is not an episode", () => {
    const root = tempFolder();
    copyReal(root, CCG, `Cafe con Grafana/${CCG}`);
    expect(report(runCli(["status", root, "--json"])).episodes).toEqual([]);
  });

  it("a configured show folder makes it one, read with the show's rules", () => {
    const root = tempFolder();
    copyReal(root, CCG, `Cafe con Grafana/${CCG}`);
    write(
      root,
      dataPath,
      JSON.stringify({
        version: 1,
        shows: [{ id: "ccg", name: "Café con Grafana", code: "CCG", folder: "Cafe con Grafana", guestFields: ["Invitado"] }],
      }),
    );
    const result = runCli(["status", root, "--json", "--today", "2023-12-01"]);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    const e = episode(report(result), `Cafe con Grafana/${CCG}`);
    expect([e.series, e.number, e.title, e.date, e.url, e.when]).toEqual([
      "CCG",
      5,
      "RepasemosElGStack",
      "2023-11-30",
      "https://www.youtube.com/watch?v=irUr96JV-Sg",
      "past",
    ]);
    // Checklist: 15 ticked (the ''' lines are not a fence). "### 15 minutos antes": 8 open.
    // "## Despues de la transmision": 3 open. "Puntos a hablar" has no boxes.
    expect([e.done, e.total]).toEqual([15, 26]);
    expect(e.sections).toEqual([
      { heading: "Checklist", phase: "prep", done: 15, total: 15 },
      { heading: "15 minutos antes", phase: "before", done: 0, total: 8 },
      { heading: "Despues de la transmision", phase: "after", done: 0, total: 3 },
    ]);
    // Aired (30 Nov 2023): the after-show items come next, not the unticked just-before one.
    expect(e.next).toBe("Agregar timestamps al video (minimo 4).");
    // `Invitado(s): …` has one colon, so there is no guest; the show's field name makes that worth saying.
    expect(e.guests).toEqual([]);
    expect(e.warnings).toEqual(['Line 9 says "Invitado(s):" with one colon; a guest field needs two ("Invitado(s)::"). To read it as written, add "Invitado(s):" (with its colon) to the show\'s guest fields.']);
  });

  it("a corrupt data.json: one line, defaults used, the report still made", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    // The default show's folder is "Office Hours": a note there with only a task is an episode.
    write(root, "Office Hours/Prep.md", "- [ ] book the studio\n");
    write(root, dataPath, '{"version": 1, "shows": [');
    const result = runCli(["status", root, "--json"]);
    expect(result.code).toBe(0);
    expectOneLine(result.err, `office-hours: ${join(root, dataPath)}: not valid JSON; it is ignored and defaults are used`);
    // Sorted by series: GOH before OH, the default show's code.
    expect(report(result).episodes.map((e) => e.path)).toEqual([GOH25, "Office Hours/Prep.md"]);
  });

  it("reads settings from another config folder with --config-dir", () => {
    const root = tempFolder();
    copyReal(root, CCG, `Cafe/${CCG}`);
    write(root, ".config/plugins/office-hours/data.json", JSON.stringify({ version: 1, shows: [{ name: "CCG", code: "CCG", folder: "Cafe" }] }));
    const json = report(runCli(["status", root, "--json", "--config-dir", ".config"]));
    expect(json.episodes.map((e) => e.path)).toEqual([`Cafe/${CCG}`]);
  });
});

describe("the real command", () => {
  it("runs from the package folder on the folder the user was in, printing JSON and nothing on stderr", () => {
    const root = tempFolder();
    copyReal(root, GOH25);
    copyReal(root, "03 - Logging Best Practices.md");
    const child = spawnSync(process.execPath, ["scripts/cli.mjs", "status", basename(root), "--json", "--today", "2024-01-01"], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: dirname(root) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const json = JSON.parse(child.stdout) as Report;
    expect(json.episodes.map((e) => [e.path, e.done, e.total, e.when])).toEqual([
      [GOH25, 22, 26, "upcoming"],
      ["03 - Logging Best Practices.md", 21, 67, "upcoming"],
    ]);
  });
});

describe("chapters in the report", () => {
  const FIVE_SHOWS = join(REPO, "tests/fixtures/five-shows");
  const GOH16 = "projects/Grafana Office Hours/GOH 16 - Grafana Agent with Paschalis Tsilias.md";
  const GOH30 = "projects/Grafana Office Hours/GOH 30 - Direction of Grafana Loki, Mimir, Tempo, and Pyroscope.md";
  const root = tempFolder();
  for (const path of [GOH16, GOH30]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    copyFileSync(join(FIVE_SHOWS, path), join(root, path));
  }
  copyFileSync(join(REPO, "tests/fixtures/live/duplicates.md"), join(root, "duplicates.md"));
  const json = JSON.parse(runCli(["status", root, "--json", "--today", "2024-01-01"]).out) as {
    episodes: { path: string; chapters: { at: string; seconds: number; title: string }[]; chapterProblems: { line: number | null; message: string }[]; live: string | null }[];
  };
  const find = (path: string) => json.episodes.find((e) => e.path === path);

  it("lists GOH 16's chapters with their time in seconds, and no problem", () => {
    const goh16 = find(GOH16);
    expect(goh16?.chapters).toHaveLength(18);
    expect(goh16?.chapters[1]).toEqual({ at: "00:04:04", seconds: 244, title: "What is Grafana Agent?" });
    expect([goh16?.chapterProblems, goh16?.live]).toEqual([[], null]);
  });

  it("lists the problems YouTube would refuse, with 1-based lines", () => {
    expect(find(GOH30)?.chapterProblems).toEqual([{ line: null, message: "Only 1 chapter; YouTube needs at least 3." }]);
    expect(find("duplicates.md")?.chapterProblems.map((p) => p.line)).toEqual([9, 9, 11]);
  });
});
