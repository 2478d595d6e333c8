// Times into a video: read in the notes' forms, refused when malformed, written back in
// the form they were read in, and in YouTube's form for descriptions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTimecode, parseShift, parseTimecode, youtubeTimecode } from "../../../src/core/live/timecode";

describe("parseTimecode", () => {
  it.each([
    ["00:00:00", 0],
    ["00:04:04", 244],
    ["0:00", 0],
    ["4:04", 244],
    ["12:34", 754],
    ["1:02:45", 3765],
    ["01:02:45", 3765],
    ["59:59", 3599],
  ])("reads %s as %i seconds", (text, seconds) => {
    const result = parseTimecode(text);
    expect(result.ok && result.seconds).toBe(seconds);
  });

  it.each([
    ["00:99:00", "“00:99:00” has minutes or seconds above 59"],
    ["0:60", "“0:60” has minutes or seconds above 59"],
    ["1:2:3:4", "“1:2:3:4” is not a time like 00:04:04 or 4:04"],
    ["1:2:3", "“1:2:3” needs two digits after each colon"],
    ["12", "“12” is not a time like 00:04:04 or 4:04"],
    ["123:00", "“123:00” is not a time like 00:04:04 or 4:04"],
    [":30", "“:30” is not a time like 00:04:04 or 4:04"],
  ])("refuses %s", (text, reason) => {
    expect(parseTimecode(text)).toEqual({ ok: false, reason });
  });
});

describe("formatTimecode", () => {
  it("writes the notes' HH:MM:SS by default and keeps a line's own style", () => {
    expect(formatTimecode(244)).toBe("00:04:04");
    expect(formatTimecode(244, { fields: 2, padded: false })).toBe("4:04");
    expect(formatTimecode(244, { fields: 2, padded: true })).toBe("04:04");
    // A two-field time grows an hour field at the hour, as YouTube writes it.
    expect(formatTimecode(3765, { fields: 2, padded: false })).toBe("1:02:45");
    expect(formatTimecode(-5)).toBe("00:00:00");
  });

  it("writes YouTube's form", () => {
    expect([0, 59, 754, 3600, 36000].map(youtubeTimecode)).toEqual(["0:00", "0:59", "12:34", "1:00:00", "10:00:00"]);
  });

  it("reads back what it writes, in every style", () => {
    const style = fc.record({ fields: fc.constantFrom(2 as const, 3 as const), padded: fc.boolean() });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 3600 + 3599 }), style, (seconds, s) => {
        const result = parseTimecode(formatTimecode(seconds, s));
        expect(result.ok && result.seconds).toBe(seconds);
      }),
    );
  });
});

describe("parseShift", () => {
  it.each([
    ["40", 40],
    ["+40", 40],
    ["-5", -5],
    [" 40s ", 40],
    ["1:10", 70],
    ["-0:30", -30],
  ])("reads %s as %i", (text, seconds) => {
    expect(parseShift(text)).toBe(seconds);
  });

  it.each(["", "forty", "1.5", "1:99", "--4"])("refuses %s", (text) => {
    expect(parseShift(text)).toBeNull();
  });
});
