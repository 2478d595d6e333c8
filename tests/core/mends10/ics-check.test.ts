// mends10: the plugin's record of what it wrote into an .ics (X-OFFICE-HOURS-CHECK), which a
// rewrite asks before writing over the file: an invite edited by hand since is the user's.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIcs, type IcsEvent } from "../../../src/core/calendar/ics-writer";
import { CHECK_PROPERTY, icsCheck, withCheck } from "../../../src/core/calendar/ics-check";
import { anyText } from "../calendar/arbitraries";
import { bestGrowth, whole } from "../../support/growth";

const AT = new Date("2024-02-15T15:00:00Z");
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({ uid: "ccg-12@office-hours", stamp: AT, start: AT, end: new Date("2024-02-15T16:30:00Z"), summary: "Café con Grafana #12", description: "Estudio: https://streamyard.com/ccg", location: "https://streamyard.com/ccg", ...over });
const written = (over: Partial<IcsEvent> = {}) => withCheck(buildIcs({ prodId: "-//Office Hours//Obsidian plugin//EN", events: [event(over)] }));

const arbitraryEvent = fc.record({ summary: anyText, description: anyText, location: anyText, sequence: fc.nat(2147483647) });

describe("X-OFFICE-HOURS-CHECK", () => {
  it("is one short line before END:VCALENDAR, and reads as unchanged", () => {
    const ics = written();
    expect(ics).toMatch(new RegExp(`\\r\\n${CHECK_PROPERTY}:[0-9A-F]{16}\\r\\nEND:VCALENDAR\\r\\n$`));
    expect(icsCheck(ics)).toBe("unchanged");
  });

  it("a file without it (an older export, another program's) is unchecked", () => {
    expect(icsCheck(buildIcs({ prodId: "-//x//EN", events: [event()] }))).toBe("unchecked");
  });

  it("holds for any text the plugin writes, however folded or with LF line ends, and written twice is the same", () => {
    fc.assert(
      fc.property(arbitraryEvent, (over) => {
        const ics = written(over);
        expect(icsCheck(ics)).toBe("unchanged");
        expect(icsCheck(ics.replace(/\r\n/g, "\n"))).toBe("unchanged");
        expect(withCheck(ics)).toBe(ics);
      }),
      { numRuns: 200 },
    );
  });

  it("any character typed into, or taken out of, a line the user means (text, times, UID, PRODID) reads as edited", () => {
    fc.assert(
      fc.property(arbitraryEvent, fc.nat(), fc.nat(), fc.constantFrom("a", " ", "\\n", ";", "é", "😀", ":"), fc.boolean(), (over, lineAt, charAt, typed, remove) => {
        const ics = written(over);
        const lines = ics.split("\r\n");
        // Any physical line but the bookkeeping (SEQUENCE, DTSTAMP), the check itself and the end's blank.
        const candidates = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "" && !/^(SEQUENCE|DTSTAMP|X-OFFICE-HOURS-CHECK)[:;]/.test(line));
        const pick = candidates[lineAt % candidates.length];
        if (pick === undefined) return;
        // Within the line, after the fold's leading space when it is a continuation.
        const from = pick.line.startsWith(" ") ? 1 : 0;
        const at = from + (charAt % (pick.line.length - from + (remove ? 0 : 1)));
        if (remove && at >= pick.line.length) return;
        lines[pick.i] = remove ? pick.line.slice(0, at) + pick.line.slice(at + 1) : pick.line.slice(0, at) + typed + pick.line.slice(at);
        expect(icsCheck(lines.join("\r\n"))).toBe("edited");
      }),
      { numRuns: 300 },
    );
  });

  it("a whole line added (an alarm) or removed reads as edited; a second check line too", () => {
    const ics = written();
    expect(icsCheck(ics.replace("END:VEVENT", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\nEND:VEVENT"))).toBe("edited");
    expect(icsCheck(ics.replace(/^LOCATION:.*\r\n/m, ""))).toBe("edited");
    const check = /^X-OFFICE-HOURS-CHECK:.*$/m.exec(ics)?.[0] ?? "";
    expect(icsCheck(ics.replace("END:VCALENDAR", `${check}\r\nEND:VCALENDAR`))).toBe("edited");
  });

  it("SEQUENCE and DTSTAMP are the plugin's bookkeeping, which another device raises and every rewrite replaces: not an edit", () => {
    const ics = written({ sequence: 5 });
    expect(icsCheck(ics.replace("SEQUENCE:5", "SEQUENCE:9999999").replace(/^DTSTAMP:.*$/m, "DTSTAMP:20250101T000000Z"))).toBe("unchanged");
    expect(icsCheck(ics.replace("SEQUENCE:5", "sequence;X-FROM=phone:99"))).toBe("unchanged");
  });

  it("costs in proportion to the file, however long a line (n against 4n)", () => {
    const make = whole((n) => written({ description: "😀;,\\\n".repeat(n) }));
    expect(bestGrowth((text: string) => icsCheck(text), make, 2_000, 8)).toBeLessThan(8);
  });
});
