// The guest hint, whose keys are now made one at a time (nearSingleColonKey), finds what
// making them all first found, and names a one-colon line by the rule readEpisode had.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanBody } from "../../src/core/note/scan";
import { nearSingleColonKey, singleColonKey } from "../../src/core/note/scan-inline";
import { canonicalKey } from "../../src/core/note/fields";
import { readNote } from "../support/notes";

describe("the guest hint", () => {
  // How readEpisode asked before: every key made, then the first near one.
  const before = (lines: string[], near: (key: string) => boolean) =>
    scanBody(lines, 0)
      .singleColonKeys.map((k) => ({ line: k.line, key: singleColonKey(k) }))
      .find((k) => k.key !== "" && near(k.key)) ?? null;

  it("finds the line and key that making every key first found", () => {
    const keyLine = fc.tuple(
      fc.constantFrom("", "- ", "1. ", "> ", "  "),
      fc.constantFrom("Guest", "guests", "**Guest**", "Invitado(s)", "INVITADO(S)", "Topic", "_", "**", "Host name"),
      fc.constantFrom(": Ann", ":: Ann", ":Ann", ": "),
    );
    const guestKeys = new Set(["guest", "invitado"]);
    const nearGuest = (key: string) => guestKeys.has(canonicalKey(key)) || guestKeys.has(canonicalKey(key.replace(/\(s\)$/i, "")));
    // One that would take an empty key: the hint must still skip a key of emphasis only.
    const short = (key: string) => canonicalKey(key).length < 6;
    fc.assert(
      fc.property(fc.array(keyLine.map((parts) => parts.join("")), { maxLength: 12 }), fc.constantFrom(nearGuest, short), (lines, near) => {
        expect(nearSingleColonKey(scanBody(lines, 0), near)).toEqual(before(lines, near));
      }),
      { numRuns: 1000 },
    );
  });

  it("names a one-colon line exactly when its key, or the key without `(s)`, is a guest field's", () => {
    const key = fc.constantFrom("Guest", "Guests", "Guest(s)", "GUEST(S)", "Invitado(s)", "Invitados", "Invitado", "Topic(s)", "(s)", "Guest (s)");
    const fields = fc.constantFrom(["Guest"], ["Guests"], ["Invitado"], ["Invitado(s)"], ["Topic", "Guest"]);
    fc.assert(
      fc.property(key, fields, fc.constantFrom("", "- "), (written, guestFields, marker) => {
        const guestKeys = new Set(guestFields.map(canonicalKey));
        // The rule as readEpisode wrote it before it skipped the second look for keys without `(s)`.
        const expected = guestKeys.has(canonicalKey(written)) || guestKeys.has(canonicalKey(written.replace(/\(s\)$/i, "")));
        const warnings = readNote("n.md", `Intro\n\n${marker}${written}: Ann\n`, { guestFields }).warnings.join(" ");
        expect(warnings.includes(`Line 3 says "${written}:" with one colon`)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
