// A show's declined proposals in the stored settings (detect4): absent unless there are
// some, kept as stored (a field this version does not propose, a key a newer version
// added), and a list that is not one, or entries that are not a field and a value,
// repaired with a message naming them and a copy of the file kept first.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { planSettingsLoad } from "../../src/core/settings/settings-repair";
import { declineKey, withDeclined, withoutDeclined } from "../../src/core/settings/declined";

function stored(declined: unknown): { shows: Record<string, unknown>[] } {
  const data = JSON.parse(JSON.stringify(defaultSettings("UTC"))) as { shows: Record<string, unknown>[] };
  if (declined !== undefined && data.shows[0]) data.shows[0].declined = declined;
  return data;
}

function load(raw: unknown) {
  const migration = migrateSettings(raw, "UTC");
  return { migration, plan: planSettingsLoad(raw, migration), show: migration.settings.shows[0] };
}

describe("stored declined proposals", () => {
  it("settings without any load without the key and need no save: every older file stays as it is", () => {
    const { show, plan, migration } = load(stored(undefined));
    expect(show && "declined" in show).toBe(false);
    expect(plan).toEqual({ save: false, backup: false, lost: [] });
    expect(migration.notes).toEqual([]);
  });

  it("a valid list is kept as stored, a newer version's fields and keys included", () => {
    const declined = [
      { field: "channel", value: "https://www.youtube.com/@grafana" },
      { field: "guestFields", value: "Host" },
      { field: "someNewField", value: "x", at: "2026-01-01" },
    ];
    const { show, plan } = load(stored(declined));
    expect(show?.declined).toEqual(declined);
    expect(plan.save).toBe(false);
  });

  it("a list that is not one is emptied, with a message, and the file is copied first", () => {
    const { show, plan, migration } = load(stored({ channel: "https://x.example" }));
    expect(show && "declined" in show).toBe(false);
    expect(migration.notes).toEqual(["show 1 declined proposals was not a list; it is emptied, so Detect may propose those values again."]);
    expect(plan).toMatchObject({ save: true, backup: true, lost: ["shows[0].declined"] });
  });

  it("entries that are not a field and a value are dropped and counted; the others stay", () => {
    const { show, plan, migration } = load(stored([{ field: "channel", value: "https://a.example" }, "channel", { field: "time" }, { field: "", value: "x" }, null]));
    expect(show?.declined).toEqual([{ field: "channel", value: "https://a.example" }]);
    expect(migration.notes).toEqual(["show 1 declined proposals: 4 entries were not a field and a value and were dropped."]);
    expect(plan.backup).toBe(true);
  });

  it("for any stored value, loading never throws, keeps only valid entries, keeps every valid one, and a second load changes nothing", () => {
    const entry = fc.record({ field: fc.string({ minLength: 1 }), value: fc.string({ minLength: 1 }) });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(entry, fc.anything()))), (value) => {
        const first = migrateSettings(stored(value), "UTC").settings;
        const kept = first.shows[0]?.declined ?? [];
        for (const d of kept) {
          expect(typeof d.field).toBe("string");
          expect(d.value.trim()).not.toBe("");
        }
        if (Array.isArray(value)) {
          const valid = value.filter((v) => typeof v === "object" && v !== null && typeof (v as { field?: unknown }).field === "string" && typeof (v as { value?: unknown }).value === "string" && (v as { field: string }).field.trim() !== "" && (v as { value: string }).value.trim() !== "");
          expect(kept).toHaveLength(valid.length);
        }
        const again = migrateSettings(JSON.parse(JSON.stringify(first)), "UTC");
        expect(again.notes).toEqual([]);
        expect(again.settings).toEqual(JSON.parse(JSON.stringify(first)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("adding and taking back", () => {
  it("a value is declined once, however it is written; taken back, it is gone", () => {
    const once = withDeclined(undefined, [{ field: "channel", value: "https://a.example/" }]);
    expect(once).toEqual([{ field: "channel", value: "https://a.example/" }]);
    expect(withDeclined(once ?? [], [{ field: "channel", value: " HTTPS://a.example " }])).toBeNull();
    expect(withDeclined(once ?? [], [{ field: "playlist", value: "https://a.example" }])).toHaveLength(2);
    expect(withoutDeclined(once ?? [], [{ field: "channel", value: "https://A.example" }])).toEqual([]);
    expect(withoutDeclined(once ?? [], [{ field: "channel", value: "https://b.example" }])).toBeNull();
    expect(declineKey("time", "13:00")).not.toBe(declineKey("time", "14:00"));
  });
});
