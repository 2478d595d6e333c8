// Detect against a show already set up, whose notes' schedule statement is written from
// another zone's side: the stored time and zone stand when they are one of the statement's
// times (its main time or a zone written beside it, on that zone's clock, on some day of
// the year), and a zone guessed from an abbreviation (CET: Europe/Berlin) is no correction
// of a stored zone on the same clock (Europe/Paris). The walk11 vault (tests/fixtures/
// walk11-vault), its template's schedule line replaced, its settings' schedule varied.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detect, FIXTURES, fixtureNotes } from "../detect/fixture-vault";
import { noteText } from "../../support/notes";
import { migrateSettings } from "../../../src/core/settings/settings";
import { sameClock, storedClockStands } from "../../../src/core/detect/stored-schedule";

const TEMPLATE = "Templates/THL episode.md";
const STORED = JSON.parse(readFileSync(join(FIXTURES, "walk11-vault/.obsidian/plugins/office-hours/data.json"), "utf8")) as unknown;

/** Detect on the vault with `line` as the template's schedule line and the show stored at `time` in `zone`. */
function correctionWith(line: string, time: string, zone: string, displayTimeZones: string[] = []) {
  const written = "Thursdays 16:00 Europe/Berlin (15:00 UTC in winter)";
  // A dot folder (Syncthing's .stversions) is not in the vault to Obsidian, nor to the command-line tool.
  const notes = fixtureNotes("walk11-vault").filter((n) => !n.path.startsWith(".")).map((n) => {
    if (n.path === TEMPLATE) expect(n.text).toContain(written);
    // The episodes made from the template carry its line too: all say the same.
    return n.text.includes(written) ? noteText({ path: n.path, text: n.text.replace(written, line) }) : n;
  });
  const settings = migrateSettings(STORED, "UTC").settings;
  const show = settings.shows[0];
  if (!show) throw new Error("walk11's settings hold its show");
  show.schedule.time = time;
  show.schedule.timeZone = zone;
  show.displayTimeZones = displayTimeZones;
  const result = detect(notes, { settings });
  const proposal = result.shows.find((p) => p.correctionOf === show.id);
  return { changes: proposal?.changes ?? [], show: proposal?.show ?? show, unchanged: result.unchanged };
}

describe("a stored time and zone that the statement gives stand", () => {
  it("UTC first, the stored Berlin beside it at the stored time: nothing corrected, Berlin not added beside itself", () => {
    const found = correctionWith("Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)", "16:00", "Europe/Berlin");
    expect(found.changes).not.toContain("time");
    expect(found.changes).not.toContain("timeZone");
    expect(found.show.displayTimeZones).not.toContain("Europe/Berlin");
    expect(found.show.schedule).toMatchObject({ time: "16:00", timeZone: "Europe/Berlin" });
  });

  it("the summer conversion beside it (17:00 Berlin) still names the stored Berlin at 16:00 on winter days", () => {
    const found = correctionWith("Thursdays 15:00 UTC (17:00 CEST)", "16:00", "Europe/Berlin");
    expect(found.changes).not.toContain("timeZone");
  });

  it("an abbreviation beside it names every zone on its clock: CET beside UTC with the show stored in Paris", () => {
    const found = correctionWith("Thursdays 15:00 UTC (16:00 CET)", "16:00", "Europe/Paris");
    expect(found.changes).not.toContain("time");
    expect(found.changes).not.toContain("timeZone");
    expect(found.show.displayTimeZones).toEqual([]);
  });

  it("the main zone an abbreviation, the stored zone another on its clock: PST with the show stored in Vancouver", () => {
    const found = correctionWith("Thursdays 7:00 AM PST (15:00 UTC)", "07:00", "America/Vancouver");
    expect(found.changes).not.toContain("timeZone");
    expect(found.changes).not.toContain("time");
    expect(found.show.displayTimeZones).toEqual(["UTC"]);
  });
});

describe("and corrections that still are corrections", () => {
  it("a stored zone the statement does not name is corrected to the statement's", () => {
    const found = correctionWith("Thursdays 15:00 UTC", "16:00", "Europe/Berlin");
    expect(found.changes).toEqual(expect.arrayContaining(["time", "timeZone"]));
    expect(found.show.schedule).toMatchObject({ time: "15:00", timeZone: "UTC" });
  });

  it("the stored zone named beside it, but at a time that is never the statement's instant: corrected", () => {
    const found = correctionWith("Thursdays 15:00 UTC (16:00 Europe/Berlin in winter)", "19:00", "Europe/Berlin");
    expect(found.changes).toEqual(expect.arrayContaining(["time", "timeZone"]));
    // Once the show is in UTC, Berlin is a zone to show beside it.
    expect(found.show.displayTimeZones).toContain("Europe/Berlin");
  });

  it("a zone written out on the stored zone's clock at the stored time is no correction; at another time, the time is", () => {
    const same = correctionWith("Thursdays 16:00 Europe/Paris", "16:00", "Europe/Berlin");
    expect(same.changes).not.toContain("timeZone");
    expect(same.changes).not.toContain("time");
    const later = correctionWith("Thursdays 17:00 Europe/Paris", "16:00", "Europe/Berlin");
    expect(later.changes).toEqual(expect.arrayContaining(["time", "timeZone"]));
    expect(later.show.schedule).toMatchObject({ time: "17:00", timeZone: "Europe/Paris" });
  });

  it("an abbreviation on the stored zone's clock at another time corrects the time and keeps the stored zone", () => {
    const found = correctionWith("Thursdays 17:00 CET", "16:00", "Europe/Paris");
    expect(found.changes).toContain("time");
    expect(found.changes).not.toContain("timeZone");
    expect(found.show.schedule).toMatchObject({ time: "17:00", timeZone: "Europe/Paris" });
  });
});

describe("the rule's parts", () => {
  it("same clock: the same offset in winter and summer", () => {
    expect(sameClock("Europe/Paris", "Europe/Berlin")).toBe(true);
    expect(sameClock("Asia/Calcutta", "Asia/Kolkata")).toBe(true);
    expect(sameClock("Europe/London", "UTC")).toBe(false);
    expect(sameClock("Africa/Lagos", "Europe/Berlin")).toBe(false);
    expect(sameClock("Not/AZone", "Not/AZone")).toBe(true);
    expect(sameClock("Not/AZone", "UTC")).toBe(false);
  });

  it("stands only when the zone is named and the instant is the statement's on some day", () => {
    const main = { time: "15:00", timeZone: "UTC" };
    expect(storedClockStands({ time: "16:00", timeZone: "Europe/Berlin" }, main, ["Europe/Berlin"])).toBe(true);
    expect(storedClockStands({ time: "17:00", timeZone: "Europe/Berlin" }, main, ["Europe/Berlin"])).toBe(true);
    expect(storedClockStands({ time: "18:00", timeZone: "Europe/Berlin" }, main, ["Europe/Berlin"])).toBe(false);
    // 16:00 Berlin in winter and 17:00 Berlin in summer are both 15:00 UTC, but on different days: never one show.
    expect(storedClockStands({ time: "16:00", timeZone: "Europe/Berlin" }, { time: "17:00", timeZone: "Europe/Berlin" }, [])).toBe(false);
    expect(storedClockStands({ time: "00:30", timeZone: "Europe/Berlin" }, { time: "23:30", timeZone: "UTC" }, ["Europe/Berlin"])).toBe(true);
    expect(storedClockStands({ time: "16:00", timeZone: "Europe/Berlin" }, main, [])).toBe(false);
    expect(storedClockStands({ time: "16:00", timeZone: "Africa/Lagos" }, main, ["Europe/Berlin"])).toBe(false);
  });
});
