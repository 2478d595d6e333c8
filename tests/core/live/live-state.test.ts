// Live or not, read from the note's live:/ended: values and a "now" the caller passes:
// each kind of bad value has its own outcome.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elapsedSeconds, instantText, liveMarks, liveState, parseInstant } from "../../../src/core/live/live-state";
import { readNote } from "../../support/notes";

const START = Date.parse("2026-12-04T13:02:11Z");

function state(start: string | null, end: string | null, nowMs: number, zone = "UTC") {
  return liveState({ start, end }, nowMs, zone);
}

describe("parseInstant", () => {
  it("reads UTC, offsets and fractions", () => {
    expect(parseInstant("2026-12-04T13:02:11Z", "UTC")).toEqual({ ok: true, ms: START });
    expect(parseInstant("2026-12-04T14:02:11+01:00", "UTC")).toEqual({ ok: true, ms: START });
    expect(parseInstant("2026-12-04T08:02:11-0500", "UTC")).toEqual({ ok: true, ms: START });
    expect(parseInstant("2026-12-04T13:02:11.250Z", "UTC")).toEqual({ ok: true, ms: START + 250 });
  });

  it("reads a time without an offset in the show's zone", () => {
    expect(parseInstant("2026-12-04T14:02:11", "Europe/Berlin")).toEqual({ ok: true, ms: START });
    expect(parseInstant("2026-12-04 13:02", "UTC")).toEqual({ ok: true, ms: START - 11_000 });
  });

  it.each(["2026-12-04", "yesterday", "2026-02-30T10:00:00Z", "2026-12-04T25:00:00Z", "13:02:11"])("refuses %s", (text) => {
    expect(parseInstant(text, "UTC").ok).toBe(false);
  });

  it("reads back what it writes, to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
        expect(parseInstant(instantText(ms), "Asia/Kolkata")).toEqual({ ok: true, ms: Math.floor(ms / 1000) * 1000 });
      }),
    );
    expect(instantText(START + 999)).toBe("2026-12-04T13:02:11Z");
  });
});

describe("liveState", () => {
  it("is off without live:", () => {
    expect(state(null, null, START)).toEqual({ kind: "off" });
  });

  it("is live with the elapsed seconds", () => {
    expect(state("2026-12-04T13:02:11Z", null, START + 754_900)).toEqual({ kind: "live", startMs: START, elapsed: 754 });
  });

  it("counts a start a little ahead (another device's clock) as just started", () => {
    expect(state("2026-12-04T13:02:11Z", null, START - 60_000)).toEqual({ kind: "live", startMs: START, elapsed: 0 });
  });

  it("is ended with the show's length", () => {
    expect(state("2026-12-04T13:02:11Z", "2026-12-04T14:00:00Z", START + 1e9)).toEqual({
      kind: "ended",
      startMs: START,
      endMs: Date.parse("2026-12-04T14:00:00Z"),
      duration: 3469,
    });
  });

  it("does not count a start in the future, or days ago, as live", () => {
    expect(state("2026-12-04T13:02:11Z", null, START - 3_600_000)).toMatchObject({ kind: "future" });
    expect(state("2026-12-04T13:02:11Z", null, START + 3 * 86_400_000)).toEqual({
      kind: "stale",
      startMs: START,
      reason: "The note says the show went live 3 days ago and never ended. End it, or go live again.",
    });
  });

  it("says why a value is unusable", () => {
    expect(state("soon", null, START)).toEqual({
      kind: "invalid",
      reason: "The note's live: value is not usable: “soon” is not a date and time like 2026-12-04T13:02:11Z.",
    });
    expect(state("2026-12-04T13:02:11Z", "later", START)).toMatchObject({ kind: "invalid" });
    expect(state("2026-12-04T13:02:11Z", "2026-12-04T13:00:00Z", START)).toEqual({
      kind: "invalid",
      reason: "The note says the show ended before it went live.",
    });
    expect(state(null, "2026-12-04T13:00:00Z", START)).toMatchObject({ kind: "invalid" });
  });

  it("never gives negative elapsed time", () => {
    expect(elapsedSeconds(START, START - 5000)).toBe(0);
  });
});

describe("liveMarks from a note", () => {
  it("reads live: and ended: from the frontmatter, and a value that is not text as text", () => {
    const episode = readNote("E.md", "---\nlive: 2026-12-04T13:02:11Z\nended:\n---\n# E\n");
    expect(episode.live).toEqual({ start: "2026-12-04T13:02:11Z", end: null });
    expect(liveMarks({ live: 20261204, ended: [1] })).toEqual({ start: "20261204", end: "[1]" });
    // A YAML reader that turns timestamps into dates (js-yaml) gives the same marks.
    const fromDates = { live: new Date(START), ended: new Date(START + 60_000) } as unknown as Parameters<typeof liveMarks>[0];
    expect(liveMarks(fromDates)).toEqual({ start: "2026-12-04T13:02:11Z", end: "2026-12-04T13:03:11Z" });
    expect(liveState(liveMarks({ live: 20261204 }), START, "UTC")).toMatchObject({ kind: "invalid" });
  });
});
