// A schedule written with several zones (detect5): the show's zone is the first, the one
// its time is set in; the others are the zones its invitations show beside it. An
// abbreviation that names zones far apart (IST: India, Ireland, Israel) is read by the
// time beside it, or as its most common reading, said as a guess.
import { describe, expect, it } from "vitest";
import { timeStatements } from "../../../src/core/detect/schedule-text";
import { defaultSettings } from "../../../src/core/settings/settings";
import { byCode, detect, episode, vault } from "./fixture-vault";

function read(line: string): [string, string, string[]][] {
  return timeStatements(line).map((s) => [s.time, s.zone.zone, s.also.map((a) => `${a.time} ${a.zone.zone}`)]);
}

describe("several zones in one schedule", () => {
  it("in parentheses, separated by commas: every one", () => {
    expect(read("Thursdays 14:00 CET (08:00 EST, 18:30 IST)")).toEqual([["14:00", "Europe/Berlin", ["08:00 America/New_York", "18:30 Asia/Kolkata"]]]);
  });

  it("all inside one parenthesis, separated by a slash", () => {
    expect(read("Thursdays (14:00 CET / 08:00 EST)")).toEqual([["14:00", "Europe/Berlin", ["08:00 America/New_York"]]]);
  });

  it("one parenthesis after another, and 'and' between them", () => {
    expect(read("14:00 CET (08:00 EST) (18:30 IST)")).toEqual([["14:00", "Europe/Berlin", ["08:00 America/New_York", "18:30 Asia/Kolkata"]]]);
    expect(read("13:00 UTC (14:00 CET and 08:00 EST)")).toEqual([["13:00", "UTC", ["14:00 Europe/Berlin", "08:00 America/New_York"]]]);
  });

  it("after a bare slash, only a time naming the same instant: two days' times are two schedules", () => {
    expect(read("Tuesdays 10:00 PT / Thursdays 17:00 CET")).toEqual([
      ["10:00", "America/Los_Angeles", []],
      ["17:00", "Europe/Berlin", []],
    ]);
    expect(read("14:00 CET / 08:00 EDT")).toEqual([["14:00", "Europe/Berlin", ["08:00 America/New_York"]]]);
  });

  it("after its closing parenthesis, a time is read as after a bare separator", () => {
    expect(read("14:00 CET (08:00 EST), 15:00 PT")).toEqual([
      ["14:00", "Europe/Berlin", ["08:00 America/New_York"]],
      ["15:00", "America/Los_Angeles", []],
    ]);
  });

  it("an offset is not the zone beside it", () => {
    expect(read("14:00 CET (13:00 UTC+0)")).toEqual([["14:00", "Europe/Berlin", []]]);
  });
});

describe("IST, CST, BST: abbreviations of zones far apart", () => {
  const istOf = (line: string) => {
    const s = timeStatements(line)[0];
    const ist = s?.word === "IST" ? s : s?.also.find((a) => a.word === "IST");
    return { zone: ist?.zone.zone, note: ist?.note };
  };

  it("read by the time beside them: India, Ireland or Israel", () => {
    expect(istOf("14:00 CET (18:30 IST)").zone).toBe("Asia/Kolkata");
    expect(istOf("14:00 CEST (13:00 IST)").zone).toBe("Europe/Dublin");
    expect(istOf("13:00 UTC (15:00 IST)").zone).toBe("Asia/Jerusalem");
    expect(istOf("18:30 IST (14:00 CET)").zone).toBe("Asia/Kolkata");
    expect(istOf("14:00 CET (18:30 IST)").note).toBe("IST may be India, Ireland or Israel; 18:30 IST is India's clock (Asia/Kolkata) at the time beside it");
  });

  it("alone, IST is India's, said as a guess naming the others", () => {
    const s = timeStatements("Fridays 16:00 IST")[0];
    expect(s?.zone).toEqual({ zone: "Asia/Kolkata", exact: false });
    expect(s?.note).toBe("IST may be India, Ireland or Israel; read as India (Asia/Kolkata), nothing beside it tells which");
  });

  it("CST beside a Beijing-time conversion is China's", () => {
    expect(timeStatements("21:00 CST (13:00 UTC)")[0]?.zone.zone).toBe("Asia/Shanghai");
    expect(timeStatements("07:00 CST (13:00 UTC)")[0]?.zone.zone).toBe("America/Chicago");
  });
});

describe("what Detect proposes from them", () => {
  const files = (line: string): Record<string, string> => ({
    "Shows/Zones/ZN 01 - One.md": episode({ date: "2024-01-04", extra: line }),
    "Shows/Zones/ZN 02 - Two.md": episode({ date: "2024-01-11", extra: line }),
    "Shows/Zones/ZN 03 - Three.md": episode({ date: "2024-01-18", extra: line }),
  });

  it("a new show: the first zone is the show's, the others the zones shown beside it, with why", () => {
    const zn = byCode(detect(vault(files("Live on Thursdays 14:00 CET (08:00 EST, 18:30 IST).")), { timeZone: "UTC" }), "ZN");
    expect(zn.show.schedule).toMatchObject({ time: "14:00", timeZone: "Europe/Berlin" });
    expect(zn.show.displayTimeZones).toEqual(["America/New_York", "Asia/Kolkata"]);
    expect(zn.evidence.displayTimeZones?.confidence).toBe("guess");
    expect(zn.evidence.displayTimeZones?.reasons).toEqual([
      "08:00 EST is given next to it (America/New_York, a guess)",
      "18:30 IST is given next to it (Asia/Kolkata, a guess: IST may be India, Ireland or Israel; 18:30 IST is India's clock (Asia/Kolkata) at the time beside it)",
    ]);
  });

  it("a configured show: only the zones it does not show yet are proposed", () => {
    const settings = defaultSettings("UTC");
    const show = settings.shows[0];
    if (!show) throw new Error("no show");
    Object.assign(show, { id: "zn", name: "Zones", code: "ZN", folder: "Shows/Zones", displayTimeZones: ["America/New_York"] });
    show.schedule.timeZone = "Europe/Berlin";
    show.schedule.time = "14:00";
    const zn = detect(vault(files("(14:00 CET / 08:00 EST / 18:30 IST) on Thursdays")), { settings, timeZone: "UTC" }).shows.find((p) => p.correctionOf === "zn");
    expect(zn?.changes).toContain("displayTimeZones");
    expect(zn?.show.displayTimeZones).toEqual(["America/New_York", "Asia/Kolkata"]);
  });
});
