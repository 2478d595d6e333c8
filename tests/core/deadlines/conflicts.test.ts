// Schedule conflicts: invites (tech check to debrief, per show) that overlap across shows
// and zones, and episodes on a show's break (dates and ranges, Café con Grafana's
// Calendario.md rows pasted as they are).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { busySlotsFor, findConflicts, scheduleWarnings, slotAt, slotWarnings, upcomingWarnings, windowsOverlap, type ShowSlot } from "../../../src/core/deadlines/conflicts";
import { breakOn, parseBreak, parseBreaks } from "../../../src/core/deadlines/breaks";
import { defaultShow, type ShowSettings } from "../../../src/core/settings/settings";
import { suggestDraft } from "../../../src/core/new-episode/new-episode";

function show(name: string, zone: string, time: string, extra: Partial<ShowSettings> = {}): ShowSettings {
  const base = defaultShow(zone, name);
  return { ...base, code: name.slice(0, 3).toUpperCase(), schedule: { ...base.schedule, time, durationMinutes: 60 }, ...extra };
}

const slot = (s: ShowSettings, date: string, time: string, path: string): ShowSlot => {
  const made = slotAt(s, date, time, path, path.replace(/\.md$/, ""));
  if (!made) throw new Error("no slot");
  return made;
};

describe("breaks", () => {
  it("reads a date, a range and Calendario.md's compact dates, with what the break is for", () => {
    expect(parseBreak("20240201 Equipo en Fosdem")).toEqual({ ok: true, value: { from: "2024-02-01", to: "2024-02-01", label: "Equipo en Fosdem" } });
    expect(parseBreak("20240215 VKO ocurriendo al mismo tiempo")).toMatchObject({ ok: true, value: { from: "2024-02-15", label: "VKO ocurriendo al mismo tiempo" } });
    expect(parseBreak("2024-12-20..2025-01-06 Holidays")).toEqual({ ok: true, value: { from: "2024-12-20", to: "2025-01-06", label: "Holidays" } });
    expect(parseBreak("2024-12-20 to 2025-01-06")).toEqual({ ok: true, value: { from: "2024-12-20", to: "2025-01-06", label: "" } });
  });

  it("refuses what is not a date or a range, and a range that ends first, saying why", () => {
    expect(parseBreak("next week")).toMatchObject({ ok: false });
    expect(parseBreak("2024-02-30 Leap")).toEqual({ ok: false, problem: "“2024-02-30” is not a date." });
    expect(parseBreak("2025-01-06..2024-12-20")).toEqual({ ok: false, problem: "The break “2025-01-06..2024-12-20” ends before it starts." });
    expect(parseBreaks(["2024-02-01 Fosdem", "", "soon"])).toMatchObject({ ok: false });
    expect(parseBreaks(["2024-02-01 Fosdem", "  "])).toMatchObject({ ok: true, breaks: [{ from: "2024-02-01" }] });
  });

  it("finds the break a date falls in, ends included", () => {
    const breaks = [{ from: "2024-12-20", to: "2025-01-06", label: "Holidays" }];
    expect(breakOn("2024-12-20", breaks)?.label).toBe("Holidays");
    expect(breakOn("2025-01-06", breaks)?.label).toBe("Holidays");
    expect(breakOn("2025-01-07", breaks)).toBeNull();
  });
});

describe("overlapping invites", () => {
  const goh = show("Grafana Office Hours", "Europe/Madrid", "17:00");
  const ccg = show("Café con Grafana", "America/Mexico_City", "10:00");

  it("compares shows in different zones as instants", () => {
    // 17:00 in Madrid (CET, UTC+1) is 10:00 in Mexico City (UTC-6): the same hour.
    const a = slot(goh, "2024-02-08", "17:00", "GOH 30.md");
    const b = slot(ccg, "2024-02-08", "10:00", "CCG 011.md");
    expect(windowsOverlap(a.window, b.window)).toBe(true);
    expect(slotWarnings(a, [b])).toEqual(["Overlaps “CCG 011” (Thu 8 Feb 17:00 CET)"]);
    // 75 minutes later the margins still overlap (GOH's invite ends 17:15 UTC, this one's starts 17:00);
    // 90 minutes later they only meet.
    expect(windowsOverlap(a.window, slot(ccg, "2024-02-08", "11:15", "x.md").window)).toBe(true);
    expect(windowsOverlap(a.window, slot(ccg, "2024-02-08", "11:30", "x.md").window)).toBe(false);
  });

  it("lets back-to-back invites be (one debrief ends as the next tech check starts)", () => {
    // 60 minutes plus 15 after ends at 18:15; the next one's tech check starts 15 minutes before 18:30.
    const a = slot(goh, "2024-02-08", "17:00", "a.md");
    const b = slot(goh, "2024-02-08", "18:30", "b.md");
    expect(windowsOverlap(a.window, b.window)).toBe(false);
    expect(findConflicts([a, b])).toEqual([]);
  });

  it("skips the slot being moved, and names a break on the new date", () => {
    const off = show("Café con Grafana", "America/Mexico_City", "10:00", { breaks: ["20240201 Equipo en Fosdem"] });
    const moving = slot(off, "2024-02-01", "10:00", "CCG 010.md");
    expect(slotWarnings(moving, [moving])).toEqual(["On Equipo en Fosdem (2024-02-01)"]);
  });

  it("warns both episodes of a pair, and only upcoming ones", () => {
    const a = { episode: { path: "GOH 30.md", basename: "GOH 30", date: "2024-02-08", time: null }, show: goh };
    const b = { episode: { path: "CCG 011.md", basename: "CCG 011", date: "2024-02-08", time: null }, show: ccg };
    const all = upcomingWarnings([a, b], goh, () => true);
    expect([...all.keys()].sort()).toEqual(["CCG 011.md", "GOH 30.md"]);
    expect(all.get("CCG 011.md")).toEqual(["Overlaps “GOH 30” (Thu 8 Feb 10:00 CST)"]);
    expect(upcomingWarnings([a, b], goh, (e) => e === a).size).toBe(0);
  });

  it("finds the same pairs as comparing every two slots (property)", () => {
    const times = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 47 })), { maxLength: 20 });
    fc.assert(
      fc.property(times, (list) => {
        const slots = list.map(([day, half], i) =>
          slot(goh, `2024-03-0${day + 4}`, `${String(Math.floor(half / 2)).padStart(2, "0")}:${half % 2 ? "30" : "00"}`, `${i}.md`),
        );
        const key = (x: ShowSlot, y: ShowSlot) => [x.path, y.path].sort().join("|");
        const swept = findConflicts(slots).map((c) => key(c.a, c.b)).sort();
        const pairs: string[] = [];
        slots.forEach((x, i) => slots.slice(i + 1).forEach((y) => windowsOverlap(x.window, y.window) && pairs.push(key(x, y))));
        expect(swept).toEqual(pairs.sort());
        expect(scheduleWarnings(slots).size).toBe(new Set(pairs.flatMap((p) => p.split("|"))).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the next free slot", () => {
  const CREATED = new Date("2024-01-02T09:30:00Z");
  const studio = (s: ShowSettings, link: string): ShowSettings => ({ ...s, links: { ...s.links, studio: link } });
  // Fridays at 13:00 in Berlin; the first one after CREATED is 5 January.
  const goh = studio({ ...show("Grafana Office Hours", "Europe/Berlin", "13:00"), id: "goh", breaks: ["2024-01-05 Holidays"] }, "https://studio/1");
  const other = (link: string) => studio({ ...show("Café con Grafana", "Europe/Berlin", "12:30"), id: "ccg" }, link);
  const episode = (date: string, s: ShowSettings) => ({ episode: { path: `${s.id} ${date}.md`, basename: `${s.id} ${date}`, date, time: null }, show: s });

  it("skips the show's breaks and the slots a show sharing its studio has taken", () => {
    const shared = other("https://studio/1");
    const busy = busySlotsFor(goh, [episode("2024-01-12", shared)], "2024-01-02");
    expect(suggestDraft(goh, [], CREATED, [], busy).date).toBe("2024-01-19");
    expect(suggestDraft(goh, [], CREATED, [], busySlotsFor(goh, [], "2024-01-02")).date).toBe("2024-01-12");
  });

  it("ignores other studios, past episodes, and shows without a studio link", () => {
    expect(busySlotsFor(goh, [episode("2024-01-12", other("https://studio/2"))], "2024-01-02").windows).toEqual([]);
    expect(busySlotsFor(goh, [episode("2023-12-29", other("https://studio/1"))], "2024-01-02").windows).toEqual([]);
    expect(busySlotsFor(studio(goh, ""), [episode("2024-01-12", other(""))], "2024-01-02").windows).toEqual([]);
  });
});
