// Every refusal's notice (src/core/tick/refusals.ts), as the plugin shows it after
// "Office Hours did not tick “…”:": what changed, that nothing was written, and what to
// do, in one of three plain sentences; short enough for a notice.
import { describe, expect, it } from "vitest";
import { ADVICE, refusalNotice, refusals, type RefusalKind } from "../../src/core/tick/refusals";
import { tickInText, toggleTaskInText } from "../../src/core/tick/toggle";
import { refsOf } from "./tick-refs";

const TEXT = "## After the show\n- [ ] Post on LinkedIn\nNotes\n## Links\n- [ ] Tweet\n";
const REF = refsOf(TEXT)[0]!;
const KINDS = Object.keys(refusals(REF)) as RefusalKind[];
const SENTENCES = ["Tick it again once the list has redrawn.", "Open the note to tick the one you mean.", "Open the note to see it, or tick it again once the list has redrawn."];

describe("refusal notices", () => {
  it.each(KINDS)("%s: says the note was not changed, then what to do", (kind) => {
    const notice = refusalNotice(REF, kind);
    expect(notice).toBe(`${refusals(REF)[kind]} ${ADVICE[kind]}`);
    expect(refusals(REF)[kind]).toMatch(/the note was not changed\.$/);
    expect(SENTENCES).toContain(ADVICE[kind]);
    // A notice is read at a glance: two sentences, none of them a paragraph.
    expect(notice.length).toBeLessThanOrEqual(240);
  });

  it("several identical items that cannot be told apart send the user to the note; a note changed all around, to the redrawn list", () => {
    expect(ADVICE.twinAdded).toBe("Open the note to tick the one you mean.");
    expect(ADVICE.moved).toBe("Tick it again once the list has redrawn.");
    expect(ADVICE.gone).toBe("Open the note to see it, or tick it again once the list has redrawn.");
  });

  it("“an identical item was added elsewhere” only when one line added cannot explain the note", () => {
    const copy = "- [ ] Post on LinkedIn";
    // The copy alone: the note is the old one with one line added, ticked (one-added.ts).
    expect(tickInText(`${TEXT}${copy}\n`, REF, "done")).toMatchObject({ ok: true, line: 1 });
    // With another line changed too: that refusal, and the result's kind words it.
    const changed = `${TEXT.replace("Notes", "Notes typed")}${copy}\n`;
    expect(tickInText(changed, REF, "done")).toEqual({ ok: false, kind: "copiesAdded" });
    expect(toggleTaskInText(changed, REF, "done")).toEqual({ ok: false, reason: refusals(REF).copiesAdded });
  });
});
