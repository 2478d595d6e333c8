// The last SEQUENCE issued per invite UID: what a new invite must go above even when its
// .ics is gone, and how the stored ledger stays small and survives corrupt data.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LEDGER_KEEP_MINUTES, LEDGER_LIMIT, lastIssued, readInviteSequences, withIssued, type InviteSequences } from "../../../src/core/calendar/sequence-ledger";
import { MAX_SEQUENCE } from "../../../src/core/calendar/ics-read";
import { sequenceFor } from "../../../src/core/calendar/ics-writer";
import { nextSequence } from "../../../src/core/reschedule/invite-identity";

const NOW = new Date("2026-12-07T01:00:00Z");
const minute = sequenceFor(NOW);
const sequence = fc.integer({ min: 0, max: MAX_SEQUENCE });

describe("nextSequence with the ledger", () => {
  it("is above the file's SEQUENCE, the last issued and the clock's minute, or null when none can be (for all inputs)", () => {
    fc.assert(
      fc.property(fc.option(fc.option(sequence, { nil: null }), { nil: undefined }), fc.option(sequence, { nil: null }), fc.date({ min: new Date("2020-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (file, issued, now) => {
        const replaced = file === undefined ? null : { uid: "u", sequence: file };
        const next = nextSequence(replaced, now, issued);
        const impossible = file === null || file === MAX_SEQUENCE || issued === MAX_SEQUENCE;
        if (impossible) {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        expect(next).toBeLessThanOrEqual(MAX_SEQUENCE);
        expect(next).toBeGreaterThanOrEqual(sequenceFor(now));
        if (typeof file === "number") expect(next).toBeGreaterThan(file);
        if (issued !== null) expect(next).toBeGreaterThan(issued);
        // And no higher than it needs to be: one of the three rules gives it exactly.
        expect([sequenceFor(now), typeof file === "number" ? file + 1 : -1, issued === null ? -1 : issued + 1]).toContain(next);
      }),
    );
  });

  it("a new file in the minute a calendar already took one: one above the last issued", () => {
    expect(nextSequence(null, NOW, minute)).toBe(minute + 1);
    expect(nextSequence(null, NOW, null)).toBe(minute);
  });
});

describe("withIssued", () => {
  it("never lowers a UID's entry, keeps the one issued, and stays at most LEDGER_LIMIT entries (for all histories)", () => {
    const uid = fc.constantFrom("a@office-hours", "b@office-hours", "__proto__", "constructor", "c");
    fc.assert(
      fc.property(fc.array(fc.tuple(uid, sequence, fc.integer({ min: -5000, max: 5000 })), { maxLength: 40 }), (history) => {
        let ledger: InviteSequences = {};
        const issued = new Map<string, number>();
        for (const [id, value, drift] of history) {
          const now = new Date(NOW.getTime() + drift * 60_000);
          const before = ledger;
          ledger = withIssued(ledger, id, value, now);
          expect(lastIssued(ledger, id)).toBe(Math.max(value, lastIssued(before, id) ?? 0));
          expect(Object.keys(ledger).length).toBeLessThanOrEqual(LEDGER_LIMIT);
          issued.set(id, Math.max(value, issued.get(id) ?? 0));
          // What is kept is what was issued (pruning drops entries, never changes one).
          for (const [key, kept] of Object.entries(ledger)) expect(kept).toBe(issued.get(key));
        }
        // Nothing reached Object.prototype.
        expect(({} as Record<string, unknown>).a).toBeUndefined();
      }),
    );
  });

  it("drops entries the clock passed by more than a day and keeps those ahead of it", () => {
    const ledger = { old: minute - LEDGER_KEEP_MINUTES - 1, edge: minute - LEDGER_KEEP_MINUTES, ahead: minute + 600 };
    expect(withIssued(ledger, "new", minute, NOW)).toEqual({ edge: minute - LEDGER_KEEP_MINUTES, ahead: minute + 600, new: minute });
  });

  it("when full keeps the most recent (highest) entries and always the one just issued", () => {
    const full = Object.fromEntries(Array.from({ length: LEDGER_LIMIT }, (_, i) => [`u${i}`, minute + i]));
    const next = withIssued(full, "late", minute - 10, NOW);
    expect(Object.keys(next)).toHaveLength(LEDGER_LIMIT);
    expect(lastIssued(next, "late")).toBe(minute - 10);
    expect(lastIssued(next, "u0")).toBeNull();
    expect(lastIssued(next, `u${LEDGER_LIMIT - 1}`)).toBe(minute + LEDGER_LIMIT - 1);
    // The ledger given is left as it was.
    expect(Object.keys(full)).toHaveLength(LEDGER_LIMIT);
  });
});

describe("readInviteSequences", () => {
  it("keeps whole SEQUENCE numbers, drops the rest with a note, and empties what is no object", () => {
    const notes: string[] = [];
    expect(readInviteSequences({ "a@x": 5, "b@x": "6", "c@x": -1, "d@x": MAX_SEQUENCE + 1, "": 3, "e@x": MAX_SEQUENCE }, notes)).toEqual({ "a@x": 5, "e@x": MAX_SEQUENCE });
    expect(notes).toEqual([`4 of the stored invite SEQUENCE numbers were not a whole number from 0 to ${MAX_SEQUENCE} and were dropped.`]);
    for (const junk of ["x", 3, null, [1, 2], true]) {
      const said: string[] = [];
      expect(readInviteSequences(junk, said)).toEqual({});
      expect(said).toHaveLength(1);
    }
    const none: string[] = [];
    expect(readInviteSequences(undefined, none)).toEqual({});
    expect(none).toEqual([]);
  });

  it("a stored UID `__proto__` is a plain entry, read back as stored", () => {
    const raw = JSON.parse('{"__proto__": 7}') as unknown;
    const ledger = readInviteSequences(raw, []);
    expect(lastIssued(ledger, "__proto__")).toBe(7);
    expect(lastIssued(ledger, "toString")).toBeNull();
  });
});
