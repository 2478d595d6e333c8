import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIcs, sequenceFor, type IcsEvent } from "../../../src/core/calendar/ics-writer";
import { inviteWindow } from "../../../src/core/calendar/invite-window";
import { stableUid } from "../../../src/core/calendar/stable-uid";
import { checkPhysicalLines, expectedText, instantOf, parseIcs, propertyNames, textOf } from "./ics-oracle";
import { anyCodePoint, loneSurrogate } from "./arbitraries";

const PROD_ID = "-//Office Hours//Obsidian plugin//EN";
const STAMP = new Date("2024-01-02T09:30:00Z");
// GOH 25: Friday 5 January 2024, 13:00 UTC, one hour, invite from 12:45 to 14:15.
const SHOW = inviteWindow(new Date("2024-01-05T13:00:00Z"), 60);

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: stableUid("Grafana Office Hours #25"),
    stamp: STAMP,
    start: SHOW.start,
    end: SHOW.end,
    summary: "Grafana Office Hours #25 with Nikola Grcevski",
    description: "Introduction to eBPF with Grafana Beyla.\nTech check 15 minutes before, debrief after.",
    location: "https://streamyard.com/abc123",
    url: "https://youtube.com/live/ZEUzucqXUnQ",
    ...overrides,
  };
}

const EVENT_PROPERTIES = ["uid", "dtstamp", "dtstart", "dtend", "sequence", "summary", "description", "location", "url"];

describe("buildIcs: a whole calendar", () => {
  const ics = buildIcs({ prodId: PROD_ID, events: [event()] });
  const { calendar, events } = parseIcs(ics);

  it("has the calendar properties", () => {
    expect(calendar.name).toBe("vcalendar");
    expect(propertyNames(calendar)).toEqual(["version", "prodid", "calscale", "method"]);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe(PROD_ID);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
  });

  it("has one event with every field as given", () => {
    expect(events).toHaveLength(1);
    const vevent = events[0];
    if (!vevent) throw new Error("no VEVENT");
    expect(propertyNames(vevent)).toEqual(EVENT_PROPERTIES);
    expect(textOf(vevent, "uid")).toBe(stableUid("Grafana Office Hours #25"));
    expect(instantOf(vevent, "dtstamp")).toBe("2024-01-02T09:30:00.000Z");
    expect(instantOf(vevent, "dtstart")).toBe("2024-01-05T12:45:00.000Z");
    expect(instantOf(vevent, "dtend")).toBe("2024-01-05T14:15:00.000Z");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(sequenceFor(STAMP));
    expect(textOf(vevent, "summary")).toBe("Grafana Office Hours #25 with Nikola Grcevski");
    expect(textOf(vevent, "description")).toBe("Introduction to eBPF with Grafana Beyla.\nTech check 15 minutes before, debrief after.");
    expect(textOf(vevent, "location")).toBe("https://streamyard.com/abc123");
    expect(textOf(vevent, "url")).toBe("https://youtube.com/live/ZEUzucqXUnQ");
  });

  it("writes times in UTC with Z, and CRLF line ends only", () => {
    expect(ics).toContain("\r\nDTSTART:20240105T124500Z\r\n");
    expect(ics).toContain("\r\nDTEND:20240105T141500Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20240102T093000Z\r\n");
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    checkPhysicalLines(ics);
  });

  it("is the same text when exported again with the same stamp", () => {
    expect(buildIcs({ prodId: PROD_ID, events: [event()] })).toBe(ics);
  });
});

describe("buildIcs: optional fields", () => {
  it("leaves out empty description, location and URL", () => {
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ description: "", location: undefined, url: "" })] }));
    expect(events[0] && propertyNames(events[0])).toEqual(["uid", "dtstamp", "dtstart", "dtend", "sequence", "summary"]);
  });

  it("leaves out a field that is empty once control characters are dropped", () => {
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ summary: "\u0000\u0007", description: "\u001b", url: "\u0000" })] }));
    expect(events[0] && propertyNames(events[0])).toEqual(["uid", "dtstamp", "dtstart", "dtend", "sequence", "location"]);
  });

  it("keeps a description of just a line break", () => {
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ description: "\r\n" })] }));
    expect(events[0] && textOf(events[0], "description")).toBe("\n");
  });

  it("leaves out DTEND for an event that ends as it starts", () => {
    const at = new Date("2024-01-05T13:00:00Z");
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ start: at, end: at })] }));
    expect(events[0] && propertyNames(events[0])).not.toContain("dtend");
  });

  it("writes several events in order", () => {
    const second = event({ uid: stableUid("Grafana Office Hours #26"), summary: "Grafana Office Hours #26" });
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event(), second] }));
    expect(events.map((e) => textOf(e, "summary"))).toEqual(["Grafana Office Hours #25 with Nikola Grcevski", "Grafana Office Hours #26"]);
    expect(new Set(events.map((e) => textOf(e, "uid"))).size).toBe(2);
  });

  it("writes an empty calendar", () => {
    const { calendar, events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [] }));
    expect(events).toHaveLength(0);
    expect(propertyNames(calendar)).toEqual(["version", "prodid", "calscale", "method"]);
  });
});

describe("buildIcs: SEQUENCE", () => {
  it("grows with the export time, so a later export replaces the event", () => {
    expect(sequenceFor(new Date("2024-01-01T00:00:00Z"))).toBe(0);
    expect(sequenceFor(new Date("2024-01-01T00:01:59Z"))).toBe(1);
    expect(sequenceFor(new Date("2023-06-01T00:00:00Z"))).toBe(0);
    expect(sequenceFor(new Date("2024-01-02T09:30:00Z"))).toBe(33 * 60 + 30);
    expect(sequenceFor(new Date("2026-11-25T08:00:00Z"))).toBeGreaterThan(sequenceFor(new Date("2026-11-25T07:59:00Z")));
    expect(sequenceFor(new Date("6000-01-01T00:00:00Z"))).toBeLessThan(2 ** 31);
  });

  it("takes an explicit sequence", () => {
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ sequence: 3 })] }));
    expect(events[0]?.getFirstPropertyValue("sequence")).toBe(3);
  });
});

describe("buildIcs: programming errors", () => {
  it("throws RangeError for invalid dates, an end before the start or a bad sequence", () => {
    expect(() => buildIcs({ prodId: PROD_ID, events: [event({ start: new Date(NaN) })] })).toThrow(RangeError);
    expect(() => buildIcs({ prodId: PROD_ID, events: [event({ stamp: new Date("+010000-01-01T00:00:00Z") })] })).toThrow(RangeError);
    expect(() => buildIcs({ prodId: PROD_ID, events: [event({ start: SHOW.end, end: SHOW.start })] })).toThrow(RangeError);
    expect(() => buildIcs({ prodId: PROD_ID, events: [event({ sequence: -1 })] })).toThrow(RangeError);
    expect(() => buildIcs({ prodId: PROD_ID, events: [event({ sequence: 1.5 })] })).toThrow(RangeError);
  });
});

describe("buildIcs: hostile text", () => {
  const guest = `Nikola\r\nATTENDEE:mailto:x\r\nEND:VEVENT\nBEGIN:VEVENT\rUID:evil;ROLE=CHAIR,x\\n\\${"😀".repeat(300)}\\`;

  it("cannot add a property or an event, and round-trips exactly but for newlines", () => {
    const summary = `Grafana Office Hours #25 with ${guest}`;
    const ics = buildIcs({ prodId: PROD_ID, events: [event({ summary, description: guest, location: guest, url: `https://x.test/?a=1\r\nATTENDEE:mailto:y` })] });
    checkPhysicalLines(ics);
    const { events } = parseIcs(ics);
    expect(events).toHaveLength(1);
    const vevent = events[0];
    if (!vevent) throw new Error("no VEVENT");
    expect(propertyNames(vevent)).toEqual(EVENT_PROPERTIES);
    expect(textOf(vevent, "uid")).toBe(stableUid("Grafana Office Hours #25"));
    const normalised = guest.replace(/\r\n|\r/g, "\n");
    expect(textOf(vevent, "summary")).toBe(`Grafana Office Hours #25 with ${normalised}`);
    expect(textOf(vevent, "description")).toBe(normalised);
    expect(textOf(vevent, "location")).toBe(normalised);
    expect(textOf(vevent, "url")).toBe("https://x.test/?a=1ATTENDEE:mailto:y");
    // No physical line starts a property of the guest's making.
    expect(ics).not.toMatch(/\r\n(ATTENDEE|UID:evil|BEGIN:VEVENT\r\nBEGIN)/);
  });

  it("escapes backslash, semicolon, comma and newline as RFC 5545 says", () => {
    const ics = buildIcs({ prodId: PROD_ID, events: [event({ summary: "a\\b;c,d\ne\r\nf\rg\th" })] });
    expect(ics).toContain("\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\th\r\n");
  });

  it("escapes the PRODID and UID too", () => {
    const { calendar, events } = parseIcs(buildIcs({ prodId: "-//A, B; C//EN\r\nX-EVIL:1", events: [event({ uid: "a,b;c\nd" })] }));
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//A, B; C//EN\nX-EVIL:1");
    expect(propertyNames(calendar)).toEqual(["version", "prodid", "calscale", "method"]);
    expect(events[0] && textOf(events[0], "uid")).toBe("a,b;c\nd");
  });

  it("drops control characters other than TAB and turns lone surrogates into U+FFFD", () => {
    const { events } = parseIcs(buildIcs({ prodId: PROD_ID, events: [event({ summary: "a\u0000b\u0008c\u001bd\u007fe\tf\ud800g\udc00" })] }));
    expect(events[0] && textOf(events[0], "summary")).toBe("abcde\tf\ufffdg\ufffd");
  });
});

describe("buildIcs: any text", () => {
  // Mostly the characters that matter to the format, plus any code point and lone surrogates.
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("\r", "\n", "\r\n", "\\", ";", ",", ":", '"', "\t", "\u0000", "\u007f", " ", "é", "€", "😀", "\u200d") },
    { weight: 5, arbitrary: anyCodePoint },
    { weight: 1, arbitrary: loneSurrogate },
  );
  const text = fc.string({ unit, maxLength: 120 });

  it("parses, has exactly the expected properties, keeps lines within 75 octets and round-trips the text", () => {
    fc.assert(
      fc.property(text, text, text, (summary, description, location) => {
        const ics = buildIcs({ prodId: PROD_ID, events: [event({ summary, description, location, url: undefined })] });
        checkPhysicalLines(ics);
        const { calendar, events } = parseIcs(ics);
        expect(propertyNames(calendar)).toEqual(["version", "prodid", "calscale", "method"]);
        expect(events).toHaveLength(1);
        const vevent = events[0];
        if (!vevent) return;
        const fields = { summary, description, location };
        const expected = ["uid", "dtstamp", "dtstart", "dtend", "sequence", ...Object.entries(fields).filter(([, v]) => expectedText(v) !== "").map(([k]) => k)];
        expect(propertyNames(vevent)).toEqual(expected);
        for (const [name, value] of Object.entries(fields)) {
          const want = expectedText(value);
          expect(textOf(vevent, name)).toBe(want === "" ? null : want);
        }
        expect(instantOf(vevent, "dtstart")).toBe("2024-01-05T12:45:00.000Z");
      }),
      { numRuns: 100 },
    );
  });
});
