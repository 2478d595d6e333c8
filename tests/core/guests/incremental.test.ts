// The guests index is kept up to date one note at a time; whatever the order of changes,
// it must say exactly what an index built from scratch from the final notes says.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GuestDirectory } from "../../../src/core/guests/directory";
import { guestNoteFrom, type GuestNote } from "../../../src/core/guests/guest-note";
import { defaultStatusNames } from "../../../src/core/guests/statuses";
import type { EpisodeGuests } from "../../../src/core/guests/mention";
import type { Guest } from "../../../src/core/types";

const TODAY = "2025-06-02";
const NAMES = ["Ed Welch", "ed welch", "Edward Welch", "Ann Lee", "Ann", "Bo Ray", "Éd Welch"];
const NOTE_PATHS = ["Guests/Ed Welch.md", "Guests/Ann Lee.md", "Guests/Other.md", "Guests/Bo.md"];

const guest = fc.record({
  name: fc.constantFrom(...NAMES),
  // Web addresses too: the person keeps them in a list whose order must not depend on the edits.
  link: fc.constantFrom<string | null>(null, "Ed Welch", "Guests/Ann Lee", "Gone", "https://ed.example", "https://ann.example"),
});
const episodeOp = fc.record({
  kind: fc.constant("episode" as const),
  path: fc.constantFrom("e1.md", "e2.md", "e3.md"),
  date: fc.constantFrom<string | null>(null, "2024-01-05", "2026-01-01"),
  guests: fc.option(fc.array(guest, { maxLength: 4 }), { nil: null }),
});
const noteOp = fc.record({
  kind: fc.constant("note" as const),
  path: fc.constantFrom(...NOTE_PATHS),
  aliases: fc.option(fc.array(fc.constantFrom(...NAMES, "Ed"), { maxLength: 3 }), { nil: null }),
  timezone: fc.constantFrom<string | null>(null, "Europe/Belgrade"),
});
type Op = typeof episodeOp extends fc.Arbitrary<infer E> ? E | (typeof noteOp extends fc.Arbitrary<infer N> ? N : never) : never;

function episodeOf(op: Extract<Op, { kind: "episode" }>): EpisodeGuests | null {
  if (op.guests === null) return null;
  const guests: Guest[] = op.guests.map((g) => ({ name: g.name, target: g.link, affiliation: null }));
  return { path: op.path, title: op.path, show: null, date: op.date, guests };
}

function noteOf(op: Extract<Op, { kind: "note" }>): GuestNote | null {
  if (op.aliases === null) return null;
  return guestNoteFrom(op.path, { aliases: op.aliases, timezone: op.timezone }, [], defaultStatusNames());
}

/** What people() says, in a form two directories can be compared by. */
function snapshot(directory: GuestDirectory): unknown {
  return directory.people(TODAY).map((p) => ({ ...p, key: p.key, episodes: p.episodes }));
}

describe("the guests index, changed one note at a time", () => {
  it("says what a fresh index of the final notes says, after any sequence of changes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(episodeOp, noteOp), { maxLength: 25 }), fc.integer({ min: 0, max: 25 }), (ops, peekAt) => {
        const live = new GuestDirectory();
        const finalEpisodes = new Map<string, EpisodeGuests | null>();
        const finalNotes = new Map<string, GuestNote | null>();
        ops.forEach((op, i) => {
          if (op.kind === "episode") {
            live.setEpisode(op.path, episodeOf(op));
            finalEpisodes.set(op.path, episodeOf(op));
          } else {
            live.setNote(op.path, noteOf(op));
            finalNotes.set(op.path, noteOf(op));
          }
          // Reading in between must not leave stale summaries behind.
          if (i === peekAt) live.people(TODAY);
        });
        const fresh = new GuestDirectory();
        for (const [path, n] of finalNotes) fresh.setNote(path, n);
        for (const [path, e] of finalEpisodes) fresh.setEpisode(path, e);
        expect(snapshot(live)).toEqual(snapshot(fresh));
        expect(live.conflicts()).toEqual(fresh.conflicts());
      }),
      { numRuns: 400 },
    );
  });

  it("re-summarises only the people a change touched", () => {
    const d = new GuestDirectory();
    for (let i = 0; i < 50; i++) d.setEpisode(`e${i}.md`, { path: `e${i}.md`, title: "", show: null, date: "2024-01-01", guests: [{ name: `Person ${i}`, target: null, affiliation: null }] });
    const before = d.people(TODAY);
    d.setEpisode("e7.md", { path: "e7.md", title: "", show: null, date: "2026-01-01", guests: [{ name: "Person 7", target: null, affiliation: null }] });
    const after = d.people(TODAY);
    const changed = after.filter((p, i) => p !== before[i]).map((p) => p.name);
    expect(changed).toEqual(["Person 7"]);
    expect(after.find((p) => p.name === "Person 7")?.status).toBe("confirmed");
  });
});
