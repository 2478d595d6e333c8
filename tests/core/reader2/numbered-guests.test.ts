// Guests numbered one field each (`Guest 1:: Ann`, `Guest #2:: Bo`) are guest fields; a
// co-host or host is not a guest (guest-keys.ts). The reader, the vault's shortcuts and the
// name linker take the same keys.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNote, lazyFrontmatter } from "../../support/notes";
import { unnumberedKey } from "../../../src/core/note/guest-keys";
import { createClassifier } from "../../../src/core/vault/classify";
import { defaultSettings } from "../../../src/core/settings/settings";
import { guestFieldValues } from "../../../src/core/guests/link-names";

const guestsOf = (text: string) => readNote("n.md", text).guests.map((g) => g.name);

describe("numbered guest fields", () => {
  it("reads `Guest 1::` and `Guest 2::` as two guests", () => {
    expect(guestsOf("Guest 1:: Ann Lee\nGuest 2:: Bo Chen\n- [ ] a\n")).toEqual(["Ann Lee", "Bo Chen"]);
  });

  it("reads `Guest1::`, `**Guest 2**::`, `[guest_3:: …]` and `Guests 4::`", () => {
    expect(guestsOf("Guest1:: Bo\n**Guest 2**:: Cy\n- [ ] call [guest_3:: Dee]\nGuests 4:: Eve\n")).toEqual(["Bo", "Cy", "Dee", "Eve"]);
  });

  it("takes `Guest #1::` for no field, as Dataview does (`#` is no key character)", () => {
    const e = readNote("n.md", "Guest #1:: Ann\n- [ ] a\n");
    expect([e.hasGuestField, e.guests, Object.keys(e.fields)]).toEqual([false, [], []]);
  });

  it("reads numbered frontmatter properties (`guest1:`, `guest_2:`)", () => {
    expect(guestsOf("---\nguest1: Ann\nguest_2: Bo\n---\n- [ ] a\n")).toEqual(["Ann", "Bo"]);
  });

  it("takes no co-host, host or moderator, and no year after the name", () => {
    const e = readNote("n.md", "Co-host:: Dee\nHost:: Max\nModerator:: Kim\nGuest 2024:: Lou\n- [ ] a\n");
    expect([e.hasGuestField, e.guests]).toEqual([false, []]);
  });

  it("makes a note with a task an episode outside every show folder, by text and by bytes", () => {
    const classifier = createClassifier(defaultSettings());
    const text = "- [ ] Book the studio\nGuest 1:: Ann\n";
    expect(classifier.classify("Notes/a.md", text, lazyFrontmatter(text)).kind).toBe("episode");
    const bytes = new TextEncoder().encode(text);
    expect(classifier.ruledOutByBytes("Notes/a.md", bytes, (b) => new TextDecoder().decode(b))).toBe(false);
  });
});

describe("unnumberedKey", () => {
  it("drops a number of one or two digits and its joiner, nothing else", () => {
    fc.assert(
      fc.property(fc.constantFrom("guest", "guests", "gast", "invitado"), fc.integer({ min: 0, max: 99 }), fc.constantFrom("", "-", "_"), (key, n, joiner) => {
        expect(unnumberedKey(`${key}${joiner}${n}`)).toBe(key);
      }),
    );
    expect(["guest", "guest-2024", "1", "co-host", "guest-"].map(unnumberedKey)).toEqual(["guest", "guest-2024", "1", "co-host", "guest-"]);
  });
});

describe("the name linker", () => {
  it("finds the names of numbered guest fields, as the reader reads them", () => {
    const text = "Guest 1:: Ann Lee\nGuest 2:: Bo Chen\nCo-host:: Sam\n- [ ] a\n";
    const values = guestFieldValues(text, { guestFields: ["Guest", "Guests"], andWords: ["and"] });
    expect(values.map((v) => v.line)).toEqual([0, 1]);
  });
});
