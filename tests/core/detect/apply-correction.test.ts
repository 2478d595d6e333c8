// A correction applied onto the show as it is now (apply-correction.ts, merge.ts): only
// what the review changed is applied; what changed meanwhile stays, and a single-value
// field changed both ways is a conflict, not an overwrite.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyCorrection, mergeList } from "../../../src/core/detect/apply-correction";
import { mergeProposals } from "../../../src/core/detect/merge";
import { notApplied } from "../../../src/core/detect/merge-report";
import { defaultSettings, defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import type { ProposedShow } from "../../../src/core/detect/types";

function show(edit: (s: ShowSettings) => void = () => {}): ShowSettings {
  const s = defaultShow("UTC", "GOH live");
  s.id = "goh";
  s.folder = "GOH";
  edit(s);
  return s;
}

function correctionOf(before: ShowSettings, after: ShowSettings): ProposedShow {
  return { show: after, before, evidence: {}, summary: "", episodes: [], correctionOf: before.id, changes: [], warnings: [], held: [] };
}

describe("applyCorrection", () => {
  it("applies the review's changes, keeps every other field as it is now", () => {
    const before = show();
    const after = show((s) => {
      s.template = "templates/GOH.md";
      s.schedule.time = "15:30";
      s.links.channel = "https://youtube.com/@goh";
    });
    const current = show((s) => {
      s.hostName = "Robin";
      s.schedule.durationMinutes = 90;
    });
    const { show: out, applied, conflicts } = applyCorrection(current, before, after);
    expect(out).toMatchObject({ hostName: "Robin", template: "templates/GOH.md", links: { channel: "https://youtube.com/@goh" } });
    expect(out.schedule).toMatchObject({ time: "15:30", durationMinutes: 90 });
    expect(applied).toEqual(["template", "time", "channel"]);
    expect(conflicts).toEqual([]);
  });

  it("a field changed meanwhile to another value is a conflict and keeps the value it has now", () => {
    const before = show();
    const after = show((s) => (s.schedule.timeZone = "Europe/Berlin"));
    const current = show((s) => (s.schedule.timeZone = "Asia/Tokyo"));
    const result = applyCorrection(current, before, after);
    expect(result.show.schedule.timeZone).toBe("Asia/Tokyo");
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([{ show: "GOH live", field: "timeZone", kept: "Asia/Tokyo", proposed: "Europe/Berlin" }]);
    expect(notApplied({ conflicts: result.conflicts, dropped: [], alreadySetUp: [] })).toEqual([
      "GOH live: time zone kept as Asia/Tokyo, changed since Detect ran (it proposed Europe/Berlin).",
    ]);
  });

  it("a field changed meanwhile to the same value is no conflict", () => {
    const after = show((s) => (s.schedule.time = "13:00"));
    const result = applyCorrection(after, show(), after);
    expect(result.conflicts).toEqual([]);
    expect(result.applied).toEqual([]);
  });

  it("lists: the review's additions join what the user added or removed meanwhile", () => {
    const before = show((s) => (s.guestFields = ["Guest", "Host"]));
    const after = show((s) => (s.guestFields = ["Guest", "Host", "Invitado"]));
    const current = show((s) => (s.guestFields = ["Guest", "Speaker"]));
    const result = applyCorrection(current, before, after);
    expect(result.show.guestFields).toEqual(["Guest", "Speaker", "Invitado"]);
    expect(result.conflicts).toEqual([]);
  });

  it("declines: what the review declined joins the declines made meanwhile", () => {
    const before = show();
    const after = show((s) => (s.declined = [{ field: "channel", value: "https://a" }]));
    const current = show((s) => (s.declined = [{ field: "studio", value: "https://b" }]));
    expect(applyCorrection(current, before, after).show.declined).toEqual([
      { field: "studio", value: "https://b" },
      { field: "channel", value: "https://a" },
    ]);
  });
});

describe("mergeProposals against settings newer than Detect's", () => {
  it("a correction to a show deleted meanwhile is dropped and named", () => {
    const before = show();
    const settings = defaultSettings("UTC");
    settings.shows = [show((s) => ((s.id = "other"), (s.folder = "Other")))];
    const merged = mergeProposals(settings, [correctionOf(before, show((s) => (s.template = "t.md")))]);
    expect(merged.settings.shows.map((s) => s.id)).toEqual(["other"]);
    expect(merged.dropped).toEqual(["GOH live"]);
    expect(merged.corrected).toEqual([]);
  });

  it("finds the show by its id wherever it moved in the list", () => {
    const before = show();
    const settings = defaultSettings("UTC");
    settings.shows = [show((s) => ((s.id = "first"), (s.folder = "First"))), show((s) => (s.name = "Renamed"))];
    const merged = mergeProposals(settings, [correctionOf(before, show((s) => (s.template = "t.md")))]);
    expect(merged.settings.shows.map((s) => [s.id, s.name, s.template])).toEqual([
      ["first", "GOH live", ""],
      ["goh", "Renamed", "t.md"],
    ]);
    expect(merged.corrected).toEqual(["Renamed"]);
  });
});

// The rule for every input: a field the user left alone gets the review's value; a field the
// user changed keeps the user's value; fields Detect does not propose are never touched.
const times = fc.constantFrom("10:00", "13:00", "17:30");
const zones = fc.constantFrom("UTC", "Europe/Berlin", "Asia/Tokyo");
const fields = fc.subarray(["Guest", "Host", "Speaker", "Invitado"]);
describe("for all before, after and now", () => {
  it("nothing the user changed meanwhile is lost, and every untouched field follows the review", () => {
    fc.assert(
      fc.property(fc.tuple(times, zones, fields), fc.tuple(times, zones, fields), fc.tuple(times, zones, fields, fc.string()), (b, a, c) => {
        const make = ([time, zone, guests]: readonly [string, string, string[], ...unknown[]]) =>
          show((s) => {
            s.schedule.time = time;
            s.schedule.timeZone = zone;
            s.guestFields = [...guests];
          });
        const before = make(b);
        const after = make(a);
        const current = make(c);
        current.hostName = c[3];
        const { show: out, conflicts } = applyCorrection(current, before, after);
        expect(out.hostName).toBe(c[3]);
        for (const [key, get] of [
          ["time", (s: ShowSettings) => s.schedule.time],
          ["timeZone", (s: ShowSettings) => s.schedule.timeZone],
        ] as const) {
          const expected = get(current) === get(before) ? get(after) : get(current);
          expect(get(out)).toBe(expected);
          const conflict = get(current) !== get(before) && get(after) !== get(before) && get(current) !== get(after);
          expect(conflicts.some((x) => x.field === key)).toBe(conflict);
        }
        // Guest fields the user added meanwhile stay; those the user removed meanwhile stay removed.
        for (const f of c[2]) if (!b[2].includes(f)) expect(out.guestFields).toContain(f);
        for (const f of b[2]) if (!c[2].includes(f)) expect(out.guestFields).not.toContain(f);
        // What the review added is there unless the user had it already; what it removed is gone.
        for (const f of a[2]) if (!b[2].includes(f)) expect(out.guestFields).toContain(f);
        for (const f of b[2]) if (!a[2].includes(f)) expect(out.guestFields).not.toContain(f);
        expect(new Set(out.guestFields).size).toBe(out.guestFields.length);
      }),
    );
  });

  it("mergeList with nothing changed meanwhile gives the review's list back", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), fc.uniqueArray(fc.string()), (before, after) => {
        expect(new Set(mergeList(before, after, before))).toEqual(new Set(after));
      }),
    );
  });
});
