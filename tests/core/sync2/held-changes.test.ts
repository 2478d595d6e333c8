// The three-way merge of settings changed here while data.json could not be read
// (src/core/settings/held-changes.ts): nothing either side changed is lost unless both
// changed the same value, and then the change made here wins.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeHeldChanges, sameValue } from "../../../src/core/settings/held-changes";
import { defaultSettings } from "../../../src/core/settings/settings";

const json = fc.jsonValue({ maxDepth: 3 });
const record = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), json, { maxKeys: 5 });

describe("mergeHeldChanges", () => {
  it("one side unchanged: the other side's settings, whole", () => {
    fc.assert(
      fc.property(json, json, (base, other) => {
        expect(sameValue(mergeHeldChanges(base, base, other), other)).toBe(true);
        expect(sameValue(mergeHeldChanges(base, other, base), other)).toBe(true);
      }),
    );
  });

  it("changes to different keys are both kept; the same key changed on both sides takes the change made here", () => {
    fc.assert(
      fc.property(record, record, record, (base, mineChanges, theirChanges) => {
        const mine = { ...base, ...mineChanges };
        const theirs = { ...base, ...theirChanges };
        const merged = mergeHeldChanges<Record<string, unknown>>(base, mine, theirs);
        for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
          const mineChanged = !sameValue(mine[key], base[key]);
          const expected = mineChanged ? mine[key] : theirs[key];
          // A changed record may merge deeper; a leaf or list is taken whole.
          if (typeof expected !== "object" || expected === null || Array.isArray(expected) || !mineChanged || sameValue(theirs[key], base[key]))
            expect(sameValue(merged[key], expected)).toBe(true);
        }
      }),
    );
  });

  it("the real settings: a show the other laptop added and its change to another show survive a sidebar setting changed here", () => {
    const base = defaultSettings("Europe/Berlin");
    const first = base.shows[0];
    if (!first) throw new Error("no default show");
    const mine = structuredClone(base);
    mine.groupByShow = !base.groupByShow;
    const theirs = structuredClone(base);
    theirs.shows = [{ ...first, name: "Two Hosts Live" }, { ...first, id: "thl-2", name: "After Hours" }];
    const merged = mergeHeldChanges(base, mine, theirs);
    expect(merged.groupByShow).toBe(!base.groupByShow);
    expect(merged.shows.map((s) => s.name)).toEqual(["Two Hosts Live", "After Hours"]);
  });

  it("a show deleted on one side and changed on the other is kept; deleted and unchanged, it goes", () => {
    const show = (id: string, name: string) => ({ id, name });
    const base = { shows: [show("a", "A"), show("b", "B")] };
    expect(mergeHeldChanges(base, { shows: [show("a", "A2")] }, { shows: [show("a", "A"), show("b", "B2")] })).toEqual({ shows: [show("a", "A2"), show("b", "B2")] });
    expect(mergeHeldChanges(base, { shows: [show("a", "A2")] }, base)).toEqual({ shows: [show("a", "A2")] });
    expect(mergeHeldChanges(base, { shows: [show("a", "A2"), show("b", "B")] }, { shows: [show("a", "A")] })).toEqual({ shows: [show("a", "A2")] });
  });
});
