// `office-hours demo <folder>` (what `npm start` runs): the demo vault it makes, what
// "Detect shows" then says about it, and the folders it refuses to write into.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { DEMO_PLUGIN_FILES } from "../../src/cli/demo-vault";

const NOW = "2024-01-02T09:30:00Z";
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "office-hours-demo-"));
  made.push(dir);
  return dir;
}

/** A stand-in repository with the built plugin's files, or without them (not built yet). */
function projectRoot(built: boolean): string {
  const root = tempFolder();
  if (built) for (const file of DEMO_PLUGIN_FILES) writeFileSync(join(root, file), `/* ${file} */\n`);
  return root;
}

function cli(args: string[], root: string): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = run(args, { out: (t) => out.push(t), error: (t) => err.push(t), now: () => new Date(NOW), timeZone: "UTC", cwd: tmpdir(), projectRoot: root });
  } catch (error) {
    // bin.ts turns a thrown error into one line and exit 1; the message is what a user reads.
    err.push(error instanceof Error ? error.message : String(error));
    code = 1;
  }
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Every path under `dir`, relative, sorted: what a run left behind. */
function tree(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${prefix}${entry.name}`;
      return entry.isDirectory() ? [`${path}/`, ...tree(join(dir, entry.name), `${path}/`)] : [path];
    })
    .sort();
}

describe("office-hours demo", () => {
  it("makes a vault whose settings say what its notes say: Detect shows proposes nothing", () => {
    const vault = join(tempFolder(), "demo-vault");
    expect(cli(["demo", vault], projectRoot(true)).code).toBe(0);
    const detect = cli(["detect", vault], projectRoot(true));
    expect(detect.code).toBe(0);
    expect(detect.out).toContain("Already set up as the notes say: Office Hours.");
    expect(detect.out).not.toContain("corrections to the configured show");
    // The outreach text has the show's subject, not a blank for the user to fill.
    const oh04 = readFileSync(join(vault, "Office Hours/OH 04 - Logs at scale, with Kenji Sato.md"), "utf8");
    expect(oh04).not.toContain("==[what the show covers]==");
  });

  it("run again, keeps every note and setting the user changed", () => {
    const vault = join(tempFolder(), "demo-vault");
    const root = projectRoot(true);
    cli(["demo", vault], root);
    const note = join(vault, "Office Hours/OH 06 - Community Q&A.md");
    writeFileSync(note, "my own text\n");
    const again = cli(["demo", vault], root);
    expect(again.code).toBe(0);
    expect(again.out).toContain("0 files written, 8 kept as they were");
    expect(readFileSync(note, "utf8")).toBe("my own text\n");
  });

  it("counts one file written as one file (walk9 saw “1 files written”)", () => {
    const vault = join(tempFolder(), "demo-vault");
    const root = projectRoot(true);
    cli(["demo", vault], root);
    rmSync(join(vault, "Office Hours/OH 06 - Community Q&A.md"));
    const again = cli(["demo", vault], root);
    expect(again.out).toContain("  1 file written, 7 kept as they were");
  });

  it("refuses a folder that holds other files, and writes nothing there", () => {
    const vault = tempFolder();
    mkdirSync(join(vault, "Journal"));
    writeFileSync(join(vault, "Journal/2024-01-01.md"), "a real note\n");
    writeFileSync(join(vault, "Welcome.md"), "# Welcome to my vault\n");
    const before = tree(vault);
    const result = cli(["demo", vault], projectRoot(true));
    expect(result.code).toBe(1);
    expect(result.err).toContain("already holds files and is not a demo vault");
    expect(tree(vault)).toEqual(before);
  });

  it("takes an empty folder", () => {
    const vault = tempFolder();
    expect(cli(["demo", vault], projectRoot(true)).code).toBe(0);
    expect(tree(vault)).toContain("Welcome.md");
  });

  it("without a built plugin, says to build it and leaves no half-made vault", () => {
    const vault = join(tempFolder(), "demo-vault");
    const result = cli(["demo", vault], projectRoot(false));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/main\.js is missing; build the plugin first \(npm run build\)/);
    expect(existsSync(vault)).toBe(false);
  });

  // Defect in detection (src/core/detect, not this file's): the demo's notes say "13:00 UTC
  // (14:00 CET, 08:00 EST)", one instant in three zones, and the settings say 13:00 UTC. When
  // the show is offered as a correction for another reason (here its language, cleared), the
  // two conversions are listed as times the notes give "instead".
  it("does not call the times a note gives in other zones for the same instant a disagreement", () => {
    const vault = join(tempFolder(), "demo-vault");
    cli(["demo", vault], projectRoot(true));
    const settingsPath = join(vault, ".obsidian/plugins/office-hours/data.json");
    const settings = JSON.parse(readFileSync(settingsPath, "utf8")) as { shows: { language: string }[] };
    for (const show of settings.shows) show.language = "";
    writeFileSync(settingsPath, JSON.stringify(settings));
    const detect = cli(["detect", vault], projectRoot(true));
    expect(detect.out).toContain("corrections to the configured show");
    expect(detect.out).not.toMatch(/say (14:00 CET|08:00 EST) instead/);
  });
});
