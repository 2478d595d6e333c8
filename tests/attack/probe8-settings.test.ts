// @vitest-environment happy-dom
// probe8: settings with prototype-named keys. Promise (README, "What the plugin writes"):
// nothing the user stored is lost: a repair that drops or changes a stored value first keeps
// data.backup-<date>.json. probe7 excluded a `__proto__` key from that check ("dropped,
// unbacked"); here each stored value must either still be in the saved data.json, at the
// same place, or the stored text must be kept whole in a backup. Keys named `__proto__`,
// `constructor`, `toString`, `hasOwnProperty` are put at every level of the settings.
import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestHost } from "../host/test-host";
import { defaultSettings, defaultShow, migrateSettings } from "../../src/core/settings/settings";
import { planSettingsLoad } from "../../src/core/settings/settings-repair";
import { GOH25, PLUGIN_DIR, finish, realNote, settle, start } from "../plugin/harness";

let host: TestHost | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  finish(host);
  host = undefined;
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every value of `stored` is in `saved` at the same place (keys only added are fine). */
function holds(stored: Json, saved: Json | undefined): boolean {
  if (Array.isArray(stored)) return Array.isArray(saved) && saved.length === stored.length && stored.every((v, i) => holds(v, saved[i]));
  if (stored !== null && typeof stored === "object") {
    if (saved === null || saved === undefined || typeof saved !== "object" || Array.isArray(saved)) return false;
    return Object.keys(stored).every((key) => Object.prototype.hasOwnProperty.call(saved, key) && holds(stored[key] ?? null, saved[key]));
  }
  return Object.is(stored, saved) || (stored === 0 && saved === 0);
}

const PROTO_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"];
const show = { ...defaultShow("UTC", "Grafana Office Hours"), id: "goh", code: "GOH", folder: "" };
const base = { ...defaultSettings("UTC"), shows: [show] };

/** The settings as text with `extra` (JSON text) under each prototype-named key at the named levels. */
function withKeys(levels: readonly string[], extra: string): string {
  const add = (json: string) => `{${PROTO_KEYS.map((k) => `"${k}": ${extra}`).join(", ")}, ${json.slice(1)}`;
  const s = JSON.parse(JSON.stringify(base)) as Record<string, Json> & { shows: Record<string, Json>[] };
  const first = s.shows[0] ?? {};
  // Built as text: an object literal cannot hold an own "__proto__".
  const groups: Record<string, string> = {};
  for (const group of ["schedule", "links", "deadlines", "phaseHeadings"]) groups[group] = levels.includes(group) ? add(JSON.stringify(first[group])) : JSON.stringify(first[group]);
  const showText = `{${Object.keys(first)
    .map((k) => `"${k}": ${groups[k] ?? JSON.stringify(first[k])}`)
    .join(", ")}}`;
  const shows = `[${levels.includes("show") ? add(showText) : showText}]`;
  const top = Object.keys(s)
    .map((k) => `"${k}": ${k === "shows" ? shows : k === "guestStatusNames" && levels.includes("guestStatusNames") ? add(JSON.stringify(s[k])) : JSON.stringify(s[k])}`)
    .join(", ");
  return levels.includes("top") ? add(`{${top}}`) : `{${top}}`;
}

function folderTexts(h: TestHost): Map<string, string> {
  if (h.vaultDir === null) throw new Error("needs the disk store");
  const dir = join(h.vaultDir, ...PLUGIN_DIR.split("/"));
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

const LEVELS = ["top", "show", "schedule", "links", "deadlines", "phaseHeadings", "guestStatusNames"];

describe("prototype-named keys in data.json: every stored value kept, or the file backed up", () => {
  for (const extra of ['{"polluted": true}', "5", "null", '"text"', '["a"]']) {
    it(`keys holding ${extra}, at every level`, async () => {
      const text = withKeys(LEVELS, extra);
      const stored = JSON.parse(text) as Json;
      expect(Object.keys(stored as object)).toContain("__proto__");
      ({ host } = await start({ data: text, files: { [GOH25]: realNote(GOH25) } }));
      await settle(host);
      expect(await host.runCommand("office-hours:open-sidebar")).toBe(true);
      await settle(host);
      const files = folderTexts(host);
      const saved = JSON.parse(files.get("data.json") ?? "null") as Json;
      const backedUp = [...files.entries()].some(([name, content]) => name !== "data.json" && content === text);
      expect(holds(stored, saved) || backedUp).toBe(true);
      expect(Object.prototype).not.toHaveProperty("polluted");
    }, 60_000);
  }

  // probe7's case, excluded there: it has no `version`, so the load saves `version: 1` (a value
  // only missing, filled without a copy, as the README says) and the bytes change; nothing is dropped.
  it("probe7's __proto__ case: every value still in data.json", async () => {
    const text = `{"__proto__": {"polluted": true}, "shows": [${JSON.stringify({ ...show, constructor: { prototype: { x: 1 } } })}]}`;
    ({ host } = await start({ data: text, files: { [GOH25]: realNote(GOH25) } }));
    await settle(host);
    const saved = JSON.parse(folderTexts(host).get("data.json") ?? "null") as Json;
    expect(holds(JSON.parse(text) as Json, saved)).toBe(true);
    expect(saved).toHaveProperty("version", 1);
  }, 60_000);

  it("any stored value at any key (property, through the pure load plan)", () => {
    const key = fc.oneof(fc.constantFrom(...PROTO_KEYS, ...Object.keys(base), ...Object.keys(show), "schedule"), fc.string({ maxLength: 6 }));
    const value = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...LEVELS), key, value), { maxLength: 4 }), (edits) => {
        const stored = JSON.parse(JSON.stringify(base)) as { [k: string]: Json } & { shows: ({ [k: string]: Json } | undefined)[] };
        for (const [level, k, v] of edits) {
          const target: unknown =
            level === "top" ? stored : level === "show" ? stored.shows[0] : level === "guestStatusNames" ? stored.guestStatusNames : stored.shows[0]?.[level];
          // An earlier edit may have put a list or a number where the group was.
          if (typeof target !== "object" || target === null || Array.isArray(target)) continue;
          Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
        // As data.json holds it: through JSON text and back, so "__proto__" is an own key.
        const raw = JSON.parse(JSON.stringify(stored)) as Json;
        const migration = migrateSettings(raw, "UTC");
        const plan = planSettingsLoad(raw, migration);
        if (!plan.backup) expect(holds(raw, JSON.parse(JSON.stringify(migration.settings)) as Json)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
