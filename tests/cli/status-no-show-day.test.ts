// `office-hours status`: an episode of no show (a note in a folder two shows share, with no
// clue to which) is placed by what the shows agree on (core/vault/no-show.ts), as the
// sidebar and the agenda place it: its day is the shows' shared zone's day. The CLI read
// "today" for it on the machine's clock, so on a machine in UTC an episode dated on the
// shows' today (Kiritimati, UTC+14) read "tomorrow".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATA = ".obsidian/plugins/office-hours/data.json";
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(zones: [string, string]): string {
  const root = mkdtempSync(join(tmpdir(), "office-hours-no-show-day-"));
  made.push(root);
  mkdirSync(join(root, "Shared"));
  mkdirSync(dirname(join(root, DATA)), { recursive: true });
  const show = (id: string, code: string, timeZone: string) => ({ id, name: `${code} show`, code, folder: "Shared", schedule: { weekday: 6, time: "10:00", timeZone } });
  writeFileSync(join(root, DATA), JSON.stringify({ version: 1, shows: [show("aa", "AA", zones[0]), show("bb", "BB", zones[1])] }));
  writeFileSync(join(root, "Shared/2026-11-21 Tracing.md"), ["---", "date: 2026-11-21", "---", "Guest:: Ann Lee", "## Checklist", "- [ ] Invite the guest"].join("\n"));
  writeFileSync(join(root, "Shared/AA 01 - Logs.md"), ["---", "date: 2026-11-21", "---", "Guest:: Bo Chen", "## Checklist", "- [ ] Invite the guest"].join("\n"));
  return root;
}

/** The table's rows: the When column of each note, by its title. */
function whenByTitle(root: string): Record<string, string> {
  const out: string[] = [];
  // 12:00 UTC on the 20th is 02:00 on the 21st in Kiritimati (UTC+14).
  run(["status", root, "--width", "120"], { out: (t) => out.push(t), error: () => undefined, now: () => new Date("2026-11-20T12:00:00Z"), timeZone: "UTC", cwd: tmpdir(), projectRoot: REPO });
  const lines = out.join("\n").split("\n");
  const header = lines[0] ?? "";
  const at = header.indexOf("When");
  const end = header.indexOf("Title");
  const rows = lines.slice(2, lines.findIndex((l, i) => i > 1 && l.trim() === ""));
  return Object.fromEntries(rows.map((r) => [r.slice(end).split(/\s{2,}/)[0] ?? "", r.slice(at, end).trim()]));
}

describe("status: the day of an episode of no show", () => {
  it("is the day in the zone the shows share, as for the episode of a show beside it", () => {
    const when = whenByTitle(vault(["Pacific/Kiritimati", "Pacific/Kiritimati"]));
    expect(when["Logs"]).toBe("today");
    expect(when["Tracing"]).toBe("today");
  });

  it("is the machine's day when the shows' zones differ (no zone to agree on)", () => {
    expect(whenByTitle(vault(["Pacific/Kiritimati", "America/Los_Angeles"]))["Tracing"]).toBe("tomorrow");
  });
});
