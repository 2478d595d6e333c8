// sync3: a tick on an item inside git's conflict markers is refused (src/core/tick/merge-refusal.ts,
// the notice from refusals.ts). The lists leave such items out (episode.ts), so the tick
// meets one only when the list was drawn before the merge reached the note: THL 43 as
// it was on Maya's laptop, then the note with Tom's side merged in by git.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tickInText } from "../../../src/core/tick/toggle";
import { refusalNotice } from "../../../src/core/tick/refusals";
import { refAt, refsOf } from "../tick-refs";

const MERGED = readFileSync(join(import.meta.dirname, "../../fixtures/walk11-vault/Shows/THL/THL 43 - OpenTelemetry Collector.md"), "utf8");
// Maya's side alone, as the list was drawn before the pull.
const BEFORE = MERGED.replace(/<<<<<<< HEAD\n([\s\S]*?)=======\n[\s\S]*?>>>>>>> origin\/main\n/, "$1");
const lineOf = (text: string, raw: string) => text.split("\n").indexOf(raw);

describe("ticks in a note with an unresolved merge", () => {
  it("an item inside the conflict, drawn before the merge arrived: refused, the note unchanged, the notice says why and what to do", () => {
    const ref = refAt(BEFORE, lineOf(BEFORE, "- [ ] Send the calendar invite"));
    const result = tickInText(MERGED, ref, "done");
    expect(result).toEqual({ ok: false, kind: "mergeConflict" });
    expect(refusalNotice(ref, "mergeConflict")).toBe(
      "It stands inside an unresolved merge conflict (git's <<<<<<< and >>>>>>> lines), a copy of it on each side, so the note was not changed. Open the note to tick the one you mean.",
    );
  });

  it("an item the merge left alone (“Thumbnail”, below the conflict) is ticked, and only its line changes", () => {
    const ref = refAt(MERGED, lineOf(MERGED, "- [ ] Thumbnail"));
    const result = tickInText(MERGED, ref, "done");
    expect(result).toEqual({ ok: true, line: 18, text: MERGED.replace("- [ ] Thumbnail", "- [x] Thumbnail") });
  });

  it("the lists drawn from the merged note offer none of the conflict's items to tick", () => {
    const texts = refsOf(MERGED).map((r) => r.raw);
    expect(texts).not.toContain("- [ ] Book the guest");
    expect(texts).not.toContain("- [ ] Send the calendar invite");
    expect(texts).toContain("- [ ] Thumbnail");
  });

  it("an item the user typed inside the conflict while resolving it by hand is refused too, until the markers go", () => {
    const typed = MERGED.replace("- [x] Send the calendar invite\n", "- [x] Send the calendar invite\n- [ ] Tell Kenji the time\n");
    const resolved = typed.replace(/<<<<<<< HEAD\n[\s\S]*?=======\n([\s\S]*?)>>>>>>> origin\/main\n/, "$1");
    const ref = refAt(resolved, lineOf(resolved, "- [ ] Tell Kenji the time"));
    expect(tickInText(typed, ref, "done")).toEqual({ ok: false, kind: "mergeConflict" });
    expect(tickInText(resolved, ref, "done").ok).toBe(true);
  });
});
