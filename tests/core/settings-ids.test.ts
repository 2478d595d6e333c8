// Shows that share an id: each repeat gets a free suffix, in linear time, and a note says
// so, so the store saves the repair instead of redoing it at every load (1,000 / 4,000 /
// 8,000 shows with one id took 0.3 / 1.9 / 7.6 s to load, and nothing was saved).
import { describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/core/settings/settings";
import { bestGrowth } from "../support/growth";

const stored = (ids: string[]) => ({ version: 1, shows: ids.map((id) => ({ id, name: "Show" })) });

describe("duplicate show ids", () => {
  it("get the first free suffix, and a note lists the first few", () => {
    const { settings, notes } = migrateSettings(stored(["x", "x", "x-2", "x", "y", "x"]));
    expect(settings.shows.map((s) => s.id)).toEqual(["x", "x-2", "x-2-2", "x-3", "y", "x-4"]);
    expect(notes).toEqual([
      "4 shows had the id of an earlier show and got a new one (show 2 “x” is now “x-2”, show 3 “x-2” is now “x-2-2”, show 4 “x” is now “x-3” and 1 more).",
    ]);
  });

  it("one repeat is one short note", () => {
    expect(migrateSettings(stored(["goh", "goh"])).notes).toEqual([
      "A show had the id of an earlier show and got a new one (show 2 “goh” is now “goh-2”).",
    ]);
  });

  it("are saved once: the repaired settings migrate again without notes and keep their ids", () => {
    const once = migrateSettings(stored(Array.from({ length: 50 }, () => "same")));
    expect(once.notes).toHaveLength(1);
    const again = migrateSettings(JSON.parse(JSON.stringify(once.settings)));
    expect(again).toEqual({ settings: once.settings, notes: [] });
  });

  it("ids made from the names (none stored) are no repair: nothing to save, the same ids every load", () => {
    const { settings, notes } = migrateSettings({ version: 1, shows: [{ name: "Show" }, { name: "Show" }] });
    expect([settings.shows.map((s) => s.id), notes]).toEqual([["show", "show-2"], []]);
  });

  it("thousands of shows with one id migrate in linear time", () => {
    // n against 4n shows (tests/support/growth.ts); counting every suffix up from 2 again
    // for each repeat made this quadratic (16 and more). Bound 10, not 8: each show is a
    // full settings object kept until the end, and at a few thousand of them the garbage
    // collector's promotions alone made linear code read 8.3 on a clean clone.
    const make = (n: number, copies: number) => stored(Array.from({ length: n * copies }, () => "x"));
    expect(bestGrowth((raw) => migrateSettings(raw), make, 1000, 10)).toBeLessThan(10);
  });

  it("and in linear time when the suffixed ids are taken too", () => {
    const make = (n: number, copies: number) => {
      const count = n * copies;
      return stored([...Array.from({ length: count }, (_, i) => `x-${i + 2}`), ...Array.from({ length: count }, () => "x")]);
    };
    expect(bestGrowth((raw) => migrateSettings(raw), make, 500, 10)).toBeLessThan(10);
  });
});
