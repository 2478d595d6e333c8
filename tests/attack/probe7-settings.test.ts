// @vitest-environment happy-dom
// probe7: corrupt settings. Promise (README, "What the plugin writes"; "Nothing lost"):
// an unreadable data.json is copied to data.corrupt.json and said so; a repair that
// changes what was stored first keeps data.backup-<date>.json; the plugin still loads
// and its commands still run. Here: every kind of damage at once, and the stored bytes
// must survive somewhere in the plugin's folder.
import { afterEach, describe, expect, it, vi } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestHost } from "../host/test-host";
import { defaultSettings, defaultShow } from "../../src/core/settings/settings";
import { GOH25, PLUGIN_DIR, finish, realNote, settle, start } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

function folderTexts(h: TestHost): string[] {
  if (h.vaultDir === null) throw new Error("needs the disk store");
  const dir = join(h.vaultDir, ...PLUGIN_DIR.split("/"));
  return readdirSync(dir).map((name) => readFileSync(join(dir, name), "utf8"));
}

const settings = { ...defaultSettings("UTC"), shows: [{ ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "" }] };
const good = JSON.stringify(settings, null, 2);
const show = settings.shows[0] ?? defaultShow("UTC");
const cases: [string, string][] = [
  ["truncated", good.slice(0, Math.floor(good.length / 2))],
  ["empty file", ""],
  ["only spaces", "   \n"],
  ["null", "null"],
  ["an array", "[1,2,3]"],
  ["a string", '"hello"'],
  ["a number", "42"],
  ["BOM then JSON", `\ufeff${good}`],
  ["NUL bytes", "\u0000".repeat(64)],
  ["shows is a string", JSON.stringify({ ...settings, shows: "GOH" })],
  ["shows holds null and numbers", JSON.stringify({ ...settings, shows: [null, 3, "x", show] })],
  ["schedule wrong types", JSON.stringify({ ...settings, shows: [{ ...show, schedule: { weekday: "Friday", time: 1300, timeZone: 5, durationMinutes: "long" } }] })],
  ["huge numbers", JSON.stringify({ ...settings, archiveAfterWeeks: 1e308, shows: [{ ...show, schedule: { ...show.schedule, durationMinutes: 1e12, weekday: 99 } }] })],
  ["negative and NaN-ish", JSON.stringify({ ...settings, archiveAfterWeeks: -5, shows: [{ ...show, schedule: { ...show.schedule, durationMinutes: -60 } }] })],
  ["a 1 MB show name", JSON.stringify({ ...settings, shows: [{ ...show, name: "x".repeat(1_000_000) }] })],
  ["2,000 shows", JSON.stringify({ ...settings, shows: Array.from({ length: 2_000 }, (_, i) => ({ ...show, id: `s${i}`, code: `S${i}` })) })],
  // With the settings' `version`, as the plugin writes them. Without it the file is older
  // settings brought up to date: saved with the defaults added, nothing it held dropped
  // (planSettingsLoad: lost = []), so no backup is due and the bytes rightly go; the
  // "__proto__" key is not dropped either. No exclusion is needed for this case.
  ["__proto__ keys", `{"__proto__": {"polluted": true}, ${JSON.stringify({ ...settings, shows: [{ ...show, constructor: { prototype: { x: 1 } } }] }).slice(1)}`],
  ["deeply nested", `${"[".repeat(5000)}${"]".repeat(5000)}`],
  ["inviteSequences wrong", JSON.stringify({ ...settings, inviteSequences: { a: "x", b: -1, c: 1e20, d: null } })],
  ["breaks wrong", JSON.stringify({ ...settings, shows: [{ ...show, breaks: 7 }] })],
];

describe("corrupt data.json: the plugin loads, says so, keeps the bytes", () => {
  for (const [name, text] of cases) {
    it(name, async () => {
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      ({ host } = await start({ data: text, files: { [GOH25]: realNote(GOH25) } }));
      await settle(host);
      // The plugin still works: the sidebar opens and lists the episode.
      expect(await host.runCommand("office-hours:open-sidebar")).toBe(true);
      await settle(host);
      // The stored text is still in the plugin's folder, byte for byte (data.json,
      // data.corrupt.json or a backup), unless it was JSON that needed no change.
      if (text.trim() !== "") expect(folderTexts(host)).toContain(text);
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    }, 60_000);
  }
});
