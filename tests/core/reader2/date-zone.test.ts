// A `date:` naming its own zone (`2026-03-04T18:00:00Z`, `+01:00`) is the instant it names,
// shown on the show's clock everywhere (the reader's date and time feed the sidebar, the
// report, the snippets, the .ics and the deadlines). Oracle: Intl's wall clock, not date-fns.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNote, lazyFrontmatter } from "../../support/notes";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings, defaultShow } from "../../../src/core/settings/settings";

const dated = (date: string) => `---\ndate: ${date}\n---\nGuest:: Ann\n- [ ] Book\n`;
const when = (date: string, timeZone?: string) => {
  const e = readNote("n.md", dated(date), timeZone ? { timeZone } : {});
  return [e.date, e.time];
};

/** The wall clock of `instant` in `timeZone`, by Intl. */
function intlWall(instant: Date, timeZone: string): [string, string] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

describe("a date naming its zone", () => {
  it("is read on the show's clock: Z, +01:00 and +0100, winter and summer", () => {
    expect(when("2026-03-04T18:00:00Z", "Europe/Madrid")).toEqual(["2026-03-04", "19:00"]);
    expect(when("2026-03-04T18:00:00+01:00", "Europe/Madrid")).toEqual(["2026-03-04", "18:00"]);
    expect(when("2026-03-04 18:00+0100", "America/New_York")).toEqual(["2026-03-04", "12:00"]);
    expect(when("2026-07-01T18:00:00Z", "Europe/Madrid")).toEqual(["2026-07-01", "20:00"]);
  });

  it("midnight UTC is the day it names, with no time, as tools that write toISOString mean", () => {
    expect(when("2026-03-04T00:00:00.000Z", "America/New_York")).toEqual(["2026-03-04", null]);
    expect(when("2026-03-04T00:00:00+00:00", "Asia/Tokyo")).toEqual(["2026-03-04", null]);
    expect(when("2026-03-04T00:00+0000", "Europe/Madrid")).toEqual(["2026-03-04", null]);
    // Midnight at another offset, and a minute past midnight UTC, are instants.
    expect(when("2026-03-04T00:00:00+01:00", "America/New_York")).toEqual(["2026-03-03", "18:00"]);
    expect(when("2026-03-04T00:01:00Z", "America/New_York")).toEqual(["2026-03-03", "19:01"]);
  });

  it("moves the day when the instant falls on another day there", () => {
    expect(when("2026-03-04T23:30:00Z", "Europe/Madrid")).toEqual(["2026-03-05", "00:30"]);
    expect(when("2026-03-05T03:00:00Z", "America/Los_Angeles")).toEqual(["2026-03-04", "19:00"]);
  });

  it("keeps a date without a zone, and a zone with no show zone to read it in, as written", () => {
    expect(when("2026-03-04T18:00", "Europe/Madrid")).toEqual(["2026-03-04", "18:00"]);
    expect(when("2026-03-04", "Europe/Madrid")).toEqual(["2026-03-04", null]);
    expect(when("2026-03-04T18:00:00Z")).toEqual(["2026-03-04", "18:00"]);
    expect(when("2026-03-04T18:00:00Z", "Mars/Olympus")).toEqual(["2026-03-04", "18:00"]);
  });

  it("gives Intl's wall clock of the instant, for any instant and zone", () => {
    const zones = ["UTC", "Europe/Madrid", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2037, 11, 31) / 60_000 }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        fc.constantFrom(...zones),
        (minutes, quarters, zone) => {
          const offset = quarters * 15;
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const suffix = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
          // The value as written: the instant's clock at that offset, with the offset.
          const local = new Date(minutes * 60_000 + offset * 60_000).toISOString().slice(0, 16);
          // Midnight UTC is a day, not an instant (tested below).
          fc.pre(!(offset === 0 && local.endsWith("T00:00")));
          expect(when(`${local}${suffix}`, zone)).toEqual(intlWall(new Date(minutes * 60_000), zone));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("through the vault's classifier", () => {
  it("reads a show's note on that show's clock, and a note of no show as written when the shows' zones differ", () => {
    const settings = defaultSettings();
    const madrid = { ...defaultShow("Europe/Madrid", "Madrid Live"), id: "m", code: "ML", folder: "Madrid" };
    const tokyo = { ...defaultShow("Asia/Tokyo", "Tokyo Live"), id: "t", code: "TL", folder: "Tokyo" };
    const classifier = createClassifier({ ...settings, shows: [madrid, tokyo] });
    const read = (path: string) => {
      const text = dated("2026-03-04T18:00:00Z");
      const result = classifier.classify(path, text, lazyFrontmatter(text));
      return [result.kind, result.episode?.date, result.episode?.time];
    };
    expect(read("Madrid/ML 1 - A.md")).toEqual(["episode", "2026-03-04", "19:00"]);
    expect(read("Tokyo/TL 1 - A.md")).toEqual(["episode", "2026-03-05", "03:00"]);
    // Not the first show's clock (Madrid's 19:00): no show's zone is more right than another's.
    expect(read("Notes/a.md")).toEqual(["episode", "2026-03-04", "18:00"]);
  });
});
