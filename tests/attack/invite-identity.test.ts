// Finding a renamed numberless episode's invite: only the plugin's own file, with one
// event starting when the note says, gives its UID; anything else is no invite of it.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildIcs } from "../../src/core/calendar/ics-writer";
import { cleanText } from "../../src/core/calendar/ics-text";
import { anyText } from "../core/calendar/arbitraries";
import { inviteUidAt } from "../../src/core/reschedule/invite-identity";
import { PRODID } from "../../src/core/snippets/episode-invite";

const START = new Date("2024-02-22T14:45:00Z");
const event = (uid: string, start = START) => ({ uid, stamp: new Date("2024-02-01T09:00:00Z"), start, end: new Date(start.getTime() + 90 * 60_000), summary: "Loki" });

describe("the UID of a renamed episode's invite", () => {
  it("is read from the plugin's invite starting when the note says", () => {
    expect(inviteUidAt(buildIcs({ prodId: PRODID, events: [event("abc@office-hours")] }), PRODID, START)).toBe("abc@office-hours");
    // A long UID folded over two lines is read whole.
    const long = `${"x".repeat(90)}@office-hours`;
    expect(inviteUidAt(buildIcs({ prodId: PRODID, events: [event(long)] }), PRODID, START)).toBe(long);
  });

  it("is none for a file another program wrote, an event at another time, or several events", () => {
    expect(inviteUidAt(buildIcs({ prodId: "-//Me//My calendar//EN", events: [event("abc")] }), PRODID, START)).toBeNull();
    expect(inviteUidAt(buildIcs({ prodId: PRODID, events: [event("abc", new Date("2024-02-15T14:45:00Z"))] }), PRODID, START)).toBeNull();
    expect(inviteUidAt(buildIcs({ prodId: PRODID, events: [event("a"), event("b")] }), PRODID, START)).toBeNull();
    // Our PRODID quoted in a description is not our PRODID line.
    const quoted = buildIcs({ prodId: "-//Me//EN", events: [{ ...event("abc"), description: `PRODID:${PRODID}` }] });
    expect(inviteUidAt(quoted, PRODID, START)).toBeNull();
  });
});

describe("a UID with text a calendar escapes", () => {
  // WAS A DEFECT (inviteUidAt): the UID was returned as written, escapes and all, and the
  // rewrite escaped it again: `UID:a\,b` was read as `a\,b` and written `UID:a\\\,b`, another event.
  it("is read as the text it stands for, so writing it again gives the same UID line", () => {
    fc.assert(
      fc.property(anyText.filter((uid) => cleanText(uid) !== ""), (uid) => {
        const read = inviteUidAt(buildIcs({ prodId: PRODID, events: [event(uid)] }), PRODID, START);
        expect(read).toBe(cleanText(uid));
        expect(buildIcs({ prodId: PRODID, events: [event(read ?? "")] })).toBe(buildIcs({ prodId: PRODID, events: [event(uid)] }));
      }),
    );
    expect(inviteUidAt(buildIcs({ prodId: PRODID, events: [event("a,b;c\\d")] }), PRODID, START)).toBe("a,b;c\\d");
  });
});
