// Finding a renamed numberless episode's invite: only the plugin's own file, with one
// event starting when the note says, gives its UID; anything else is no invite of it.
import { describe, expect, it } from "vitest";
import { buildIcs } from "../../src/core/calendar/ics-writer";
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
