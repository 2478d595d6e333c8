// Loading stored settings: what has to be saved, and when a copy must be kept first
// because the repair dropped or changed something the user stored. Also the unknown
// time zones that are reported at load.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings, defaultShow, migrateSettings, type OfficeHoursSettings } from "../../src/core/settings/settings";
import { backupFileName, isBackupFileName, lostParts, planSettingsLoad, repairMessage, sameData } from "../../src/core/settings/settings-repair";
import { isKnownTimeZone, timeZoneMessage, unknownTimeZones } from "../../src/core/settings/time-zones";

function plan(stored: unknown) {
  return planSettingsLoad(stored, migrateSettings(stored));
}

/** Every leaf of JSON data by its path, written independently of lostParts. */
function leaves(value: unknown, path = "$", out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    out.set(`${path}#length`, value.length);
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (typeof value === "object" && value !== null) {
    out.set(`${path}#object`, true);
    for (const [key, item] of Object.entries(value)) leaves(item, `${path}.${JSON.stringify(key)}`, out);
  } else out.set(path, value === 0 ? 0 : value);
  return out;
}

const current = (): OfficeHoursSettings => JSON.parse(JSON.stringify(defaultSettings("UTC"))) as OfficeHoursSettings;

describe("planSettingsLoad", () => {
  it("nothing stored: nothing to save or keep (defaults are written with the first change)", () => {
    expect(plan(null)).toEqual({ save: false, backup: false, lost: [] });
    expect(plan(undefined)).toEqual({ save: false, backup: false, lost: [] });
  });

  it("current, valid settings: nothing to do", () => {
    expect(plan(current())).toEqual({ save: false, backup: false, lost: [] });
  });

  it("keys of a newer version alone: nothing to do, they are kept", () => {
    const stored = { ...current(), version: 3, sync: { every: 5 } };
    (stored.shows[0] as unknown as Record<string, unknown>).studioName = "StreamYard";
    expect(plan(stored)).toEqual({ save: false, backup: false, lost: [] });
  });

  it("a missing value filled from the defaults is saved without a copy: nothing was lost", () => {
    const stored = current() as unknown as Record<string, unknown>;
    delete stored.warnDaysBefore;
    delete (stored.shows as Record<string, unknown>[])[0]?.inviteMinutesBefore;
    expect(plan(stored)).toEqual({ save: true, backup: false, lost: [] });
  });

  it("“shows” as an object instead of a list: a copy first, then the repair is saved", () => {
    const stored = { version: 1, shows: { "my-show": { name: "My Show" } } };
    expect(plan(stored)).toEqual({ save: true, backup: true, lost: ["shows"] });
  });

  it("names each value that was dropped or changed, and only those", () => {
    const stored = current() as unknown as { shows: Record<string, unknown>[]; futureKey: string };
    stored.futureKey = "kept";
    stored.shows[0] = { ...stored.shows[0], numberPadding: 9, guestFields: ["Guest", " "], schedule: { ...defaultShow().schedule, time: "1pm" } };
    stored.shows.push("not a show" as unknown as Record<string, unknown>);
    expect(plan(stored).lost).toEqual(["shows"]);
    stored.shows.pop();
    expect(plan(stored).lost).toEqual(["shows[0].numberPadding", "shows[0].schedule.time", "shows[0].guestFields"]);
  });

  it("a repaired duplicate show id is kept first and saved", () => {
    const stored = { ...current(), shows: [{ ...defaultShow(), id: "x" }, { ...defaultShow(), id: "x", name: "Other" }] };
    expect(plan(stored)).toEqual({ save: true, backup: true, lost: ["shows[1].id"] });
  });

  it("version 0's flat keys moved into a show: the old file is kept", () => {
    expect(plan({ showName: "GOH", folder: "GOH" })).toEqual({ save: true, backup: true, lost: ["showName", "folder"] });
  });

  it("data that is not an object at all is lost as a whole", () => {
    expect(plan([1, 2])).toEqual({ save: true, backup: true, lost: [""] });
    expect(plan("text").lost).toEqual([""]);
  });

  // Mostly valid settings with wrong or unknown values in places.
  const anyValue = fc.jsonValue({ maxDepth: 2 });
  const stored = fc
    .record({
      shows: fc.array(
        fc.record(
          { name: fc.oneof(fc.string({ maxLength: 4 }), anyValue), id: fc.constantFrom("a", "b", "a"), color: anyValue, numberPadding: fc.oneof(fc.integer({ min: 0, max: 7 }), anyValue), schedule: fc.oneof(fc.record({ timeZone: fc.constantFrom("UTC", " ", "Mars/Base"), moon: anyValue }, { requiredKeys: [] }), anyValue) },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      version: fc.constantFrom(0, 1, 2, 1.5),
      templateFolders: fc.oneof(fc.array(fc.constantFrom("T", " T", "")), anyValue),
      theme: anyValue,
    }, { requiredKeys: [] })
    .map((data) => JSON.parse(JSON.stringify(data)) as unknown);

  it("without a copy, every stored value is still there, unchanged, after the repair", () => {
    fc.assert(
      fc.property(stored, (data) => {
        const result = plan(data);
        const repaired = leaves(migrateSettings(data).settings);
        const kept = [...leaves(data)].every(([path, value]) => repaired.has(path) && repaired.get(path) === value);
        expect(result.backup).toBe(!kept);
        expect(result.backup).toBe(result.lost.length > 0);
      }),
      { numRuns: 400 },
    );
  });

  it("once saved, loading again needs no repair and no save", () => {
    fc.assert(
      fc.property(stored, (data) => {
        const saved = JSON.parse(JSON.stringify(migrateSettings(data).settings)) as unknown;
        expect(plan(saved)).toEqual({ save: false, backup: false, lost: [] });
      }),
      { numRuns: 400 },
    );
  });
});

describe("lostParts and sameData", () => {
  it("compare JSON data whatever the key order", () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData(-0, 0)).toBe(true);
    expect(lostParts({ a: 1, b: 2 }, { b: 2, a: 1, c: 3 })).toEqual([]);
    expect(lostParts({ a: [1, 2] }, { a: [1] })).toEqual(["a"]);
    expect(lostParts({ a: [1, 2] }, { a: [1, 3] })).toEqual(["a[1]"]);
  });

  it("stop at values carried over as the same object, however deep", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const stored = { version: 1, theme: deep };
    const { settings } = migrateSettings(stored);
    expect(lostParts(stored, settings)).toEqual([]);
    expect(sameData(stored, settings)).toBe(false);
  });
});

describe("backup file names", () => {
  it("one per day, numbered from the second", () => {
    expect(backupFileName("2025-06-02", 1)).toBe("data.backup-2025-06-02.json");
    expect(backupFileName("2025-06-02", 2)).toBe("data.backup-2025-06-02-2.json");
    expect(["data.backup-2025-06-02.json", "data.backup-2025-06-02-13.json", "data.json", "data.corrupt.json", "data.backup-x.json"].filter(isBackupFileName)).toEqual([
      "data.backup-2025-06-02.json",
      "data.backup-2025-06-02-13.json",
    ]);
  });

  it("the notice names the file, and what was repaired", () => {
    const stored = { version: 1, shows: { a: 1 } };
    const migration = migrateSettings(stored);
    expect(repairMessage(migration, plan(stored), ".obsidian/plugins/office-hours/data.backup-2025-06-02.json")).toBe(
      "Office Hours repaired its settings: “shows” was not a list; the default show is used. The settings as they were are kept in .obsidian/plugins/office-hours/data.backup-2025-06-02.json.",
    );
    const ids = { version: 1, shows: [{ id: "x" }, { id: "x" }] };
    expect(repairMessage(migrateSettings(ids), plan(ids), null)).toBe(
      "Office Hours repaired its settings but could not keep a copy of them, so data.json was left unchanged: A show had the id of an earlier show and got a new one (show 2 “x” is now “x-2”).",
    );
  });
});

describe("unknown time zones", () => {
  it("are told apart from the ones this device knows", () => {
    expect(["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires"].every(isKnownTimeZone)).toBe(true);
    expect(["Mars/Olympus", "", " ", "Europe/Berlin "].some(isKnownTimeZone)).toBe(false);
  });

  it("are listed per show and setting, and kept as stored", () => {
    const stored = { version: 1, shows: [{ name: "GOH", schedule: { timeZone: "Mars/Olympus" }, displayTimeZones: ["Europe/Berlin", "Moon/Base"] }] };
    const { settings, notes } = migrateSettings(stored);
    expect(notes).toEqual([]);
    expect(settings.shows[0]?.schedule.timeZone).toBe("Mars/Olympus");
    const problems = unknownTimeZones(settings);
    expect(problems).toEqual([
      { show: "GOH", zone: "Mars/Olympus", setting: "Time zone" },
      { show: "GOH", zone: "Moon/Base", setting: "Also show times in" },
    ]);
    expect(timeZoneMessage(problems)).toBe(
      "Office Hours does not know the time zone “Mars/Olympus” (GOH, time zone), “Moon/Base” (GOH, also show times in) on this device, so those times cannot be shown or exported. The setting was kept as it is; change it in the plugin's settings.",
    );
    expect(unknownTimeZones(defaultSettings("Europe/Berlin"))).toEqual([]);
  });
});
