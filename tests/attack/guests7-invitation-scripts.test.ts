// guests7: guests named in scripts without capitals. The README promises that while an item
// asking someone onto the show names the guest ("Invite Ann Lee", "Confirm Ann Lee") is open,
// the guest is `suggested` (or `contacted`): "names stand for the guests they name". The item
// reader found names by their capitals (name-runs.ts), so "Invite 王小明", "Confirm 김민준",
// "Follow up with محمد علي" or "Invite @ann" named nobody, and the guest read as `confirmed`
// before anyone had asked them.
// The rule chosen: when no capitalised name stands in the object's place, an episode guest's
// own name written whole there (folded: case, accents, spaces; not inside a longer word)
// stands for that guest. Capitalised names read as before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invitationItem } from "../../src/core/guests/invitation-items";
import { personKey } from "../../src/core/guests/person-name";
import { bestGrowth, whole } from "../support/growth";

const GUESTS = ["王小明", "김민준", "محمد علي", "山田 太郎", "@ann", "Bo Chan"];

describe("an invitation names a guest in any script", () => {
  it("asks, confirms and follows up with guests whose names have no capitals", () => {
    expect(invitationItem("Invite 王小明", GUESTS)).toEqual({ step: "ask", who: ["王小明"] });
    expect(invitationItem("Invite 山田　太郎 to join", GUESTS)).toEqual({ step: "ask", who: ["山田 太郎"] });
    expect(invitationItem("Confirm 김민준", GUESTS)).toEqual({ step: "answer", who: [personKey("김민준")] });
    expect(invitationItem("Follow up with محمد علي", GUESTS)).toEqual({ step: "answer", who: ["محمد علي"] });
    expect(invitationItem("Invite @ann", GUESTS)).toEqual({ step: "ask", who: ["@ann"] });
  });

  it("asks no one whose name is only part of a word, and keeps what is no invitation out", () => {
    expect(invitationItem("Invite 王小明", ["王小"])).toBeNull();
    expect(invitationItem("Ask 王小明 about the logo", GUESTS)).toBeNull();
    expect(invitationItem("Invite them", GUESTS)).toBeNull();
    expect(invitationItem("Invite 王小明 to the calendar invite", GUESTS)).toBeNull();
    expect(invitationItem("Invite 王小明", GUESTS)).not.toBeNull();
  });

  it("for any guest named in any script, 'Invite <name>' and 'Confirm <name>' name exactly that guest", () => {
    const name = fc.constantFrom("王小明", "李华", "김민준", "محمد علي", "Иван Петров", "山田 太郎", "@ann", "Ann Lee", "Zoë Ng");
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), fc.nat(), (guests, pick) => {
        const guest = guests[pick % guests.length] ?? "";
        expect(invitationItem(`Invite ${guest}`, guests)).toEqual({ step: "ask", who: [personKey(guest)] });
        expect(invitationItem(`Confirm ${guest}`, guests)).toEqual({ step: "answer", who: [personKey(guest)] });
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on a long item of names no run reads", () => {
    expect(bestGrowth((t: string) => invitationItem(t, GUESTS), whole((n) => `Follow up with ${"王小明王".repeat(n)}`), 2000, 8)).toBeLessThan(8);
  });
});
