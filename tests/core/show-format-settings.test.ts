// The show's format in stored settings: "podcast" is kept, a live stream is stored without
// the key (so a data.json from before the setting loads with nothing to save or repair),
// and anything else is dropped with a note, the file kept aside first as for any repair.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { planSettingsLoad } from "../../src/core/settings/settings-repair";
import { showFormat } from "../../src/core/settings/show-format";

const stored = (show: Record<string, unknown>) => JSON.parse(JSON.stringify({ ...defaultSettings("UTC"), shows: [{ ...defaultSettings("UTC").shows[0], ...show }] })) as Record<string, unknown>;

describe("a show's stored format", () => {
  it("an older data.json (no format) is a live stream, with nothing to save or keep aside", () => {
    const old = stored({});
    const migration = migrateSettings(old, "UTC");
    expect(migration.notes).toEqual([]);
    expect("format" in (migration.settings.shows[0] ?? {})).toBe(false);
    expect(showFormat(migration.settings.shows[0] ?? { format: "podcast" })).toBe("livestream");
    expect(planSettingsLoad(old, migration)).toEqual({ save: false, backup: false, lost: [] });
  });

  it("a podcast is kept, and stored again as it was", () => {
    const data = stored({ format: "podcast" });
    const migration = migrateSettings(data, "UTC");
    expect([migration.notes, migration.settings.shows[0]?.format]).toEqual([[], "podcast"]);
    expect(planSettingsLoad(data, migration).save).toBe(false);
  });

  it("any other value is dropped with a note naming it, and the file is kept aside first", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())), (value) => {
        fc.pre(value !== "podcast" && value !== "livestream");
        const data = stored({ format: value });
        const migration = migrateSettings(data, "UTC");
        expect(migration.settings.shows[0]?.format).toBeUndefined();
        expect(migration.notes).toEqual([`show 1 format ${JSON.stringify(value)} is not "livestream" or "podcast"; the show is a live stream.`]);
        const plan = planSettingsLoad(data, migration);
        expect([plan.save, plan.backup]).toEqual([true, true]);
        // Repaired once, it needs nothing more.
        expect(migrateSettings(JSON.parse(JSON.stringify(migration.settings)), "UTC").notes).toEqual([]);
      }),
    );
  });
});
