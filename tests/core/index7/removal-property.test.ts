// For any block with names the user wrote and names the plugin wrote (the record says
// which) on an episode's line, among lines of the user's: taking a guest off the episode
// takes the name out only when the plugin wrote it (its "with" too, once no name is
// left), and every other character of the block stays as it was (the record aside).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../src/core/index-note/index-note";
import type { IndexEntry } from "../../../src/core/index-note/merge-lists";
import { guestsLine } from "../../../src/core/index-note/own-guests";

const BASENAME = "GOH 12 - Grafana Faro";
const LINK = `[[${BASENAME}]]`;
const GUESTS = ["Ann Lee", "Bo Chen", "Isabel Díaz", "Dr. Cy Diaz, PhD", "Manuel de la Pena"];
/** Names the user writes that are no guest: a company, a co-host, a guest since replaced. */
const OTHERS = ["Zoe Park", "Golioth", "Grafana Labs", "Ward"];

const entry = (guests: readonly string[]): IndexEntry => ({ basename: BASENAME, link: LINK, date: "2023-09-22", number: 12, guests, list: "past" });

/** The plugin's join, so that a list rewritten without a name differs from it only by that name. */
const join = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`);

const userLine = fc.constantFrom("", "- 21/07: Break", "- [[GOH 13 - Loki]] with Zoe Park", "Some notes of mine.", "  - nested under the line above", "- 15/09: [[GOH 11 - Tempo]] with Ann Lee", "%% a comment %%", "- ");

const scenario = fc
  .record({
    // Each guest on the line, by the plugin (true) or the user (false); and others the user wrote.
    guests: fc.uniqueArray(fc.record({ name: fc.constantFrom(...GUESTS), plugin: fc.boolean() }), { selector: (g) => g.name, minLength: 1, maxLength: 4 }),
    others: fc.uniqueArray(fc.constantFrom(...OTHERS), { maxLength: 2 }),
    order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    before: fc.array(userLine, { maxLength: 4 }),
    after: fc.array(userLine, { maxLength: 4 }),
    words: fc.constantFrom("", " — great demo", " (postponed)"),
    taken: fc.nat(),
  })
  .map((s) => {
    const names = [...s.guests, ...s.others.map((name) => ({ name, plugin: false }))]
      .map((n, i) => ({ n, key: s.order[i] ?? 0 }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.n);
    return { ...s, names, off: s.guests[s.taken % s.guests.length] ?? { name: "", plugin: false } };
  });

describe("for any block of user-written and plugin-written names", () => {
  it("taking a guest off removes only a plugin-written name, and nothing else of the block changes", () => {
    fc.assert(
      fc.property(scenario, ({ guests, names, before, after, words, off }) => {
        const line = (list: typeof names) => `- 22/09: ${LINK}${list.length > 0 ? ` with ${join(list.map((n) => n.name))}` : ""}${words}`;
        const record = guestsLine(new Map([[BASENAME, names.filter((n) => n.plugin).map((n) => n.name)]]));
        const body = ["### Past", "", ...before, line(names), ...after, "### Upcoming", ""];
        const block = record === null ? body : [record, ...body];
        const all = guests.map((g) => g.name);
        // The block as the plugin would keep it with every guest on: the start of the test.
        expect(blockLines(block, [entry(all)]).filter((l) => !l.startsWith("%% office-hours:episode-list wrote"))).toEqual(blockLines(body, [entry(all)]));
        const out = blockLines(block, [entry(all.filter((g) => g !== off.name))]);
        const left = off.plugin ? names.filter((n) => n.name !== off.name) : names;
        // The block as written, character for character, but for the line's list (and the blank lines the merge always trims at the end).
        const expected = body.slice(0, -1).map((l) => (l === line(names) ? line(left) : l));
        expect(out.filter((l) => !l.startsWith("%% office-hours:episode-list wrote"))).toEqual(expected);
        // Ran again, nothing changes.
        expect(blockLines(out, [entry(all.filter((g) => g !== off.name))])).toEqual(out);
      }),
      { numRuns: 1500 },
    );
  });
});
