// The one rule for "the open items that matter now" (status.ts focusPhases): the sidebar's
// count, the items its expanded row lists first, `next` and "Due next" all come from it,
// and talking points of a note with phase checklists are never among them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeStatus, type StatusRules } from "../../src/core/status/status";
import { readNote } from "../support/notes";

const RULES: StatusRules = { deadlines: { prepDaysBefore: 2, afterDaysAfter: 7 }, warnDaysBefore: 3 };
const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/five-shows/projects/${path}`, import.meta.url)), "utf8");
const OTEL03 = "Grafana OTel Community Call/03 - Logging Best Practices.md";

describe("the open items that matter now", () => {
  it("OTel 03, scheduled with its prep done: none, whatever its 29 talking points and the show's day say", () => {
    const status = episodeStatus(readNote(OTEL03, fixture(OTEL03)), "2024-01-15", RULES);
    expect([status.state, status.openNow, status.next, status.nextDue]).toEqual(["scheduled", 0, null, null]);
    expect(status.focus).not.toContain("other");
  });

  it("on the show's day: the just-before items and the prep, never the talking points", () => {
    const status = episodeStatus(readNote(OTEL03, fixture(OTEL03)), "2025-12-17", RULES);
    expect([status.focus, status.openNow]).toEqual([["before", "prep"], 10]);
    expect(status.next?.text).toBe("How do you pronounce your name?");
  });

  it("a note with no phase checklist: its checkboxes are its work up to the show, then nothing", () => {
    const text = "---\ndate: 2024-01-10\nurl: https://youtu.be/x\n---\nGuest:: Ann\n## Notes\n- [ ] one\n- [x] two\n- [ ] three\n";
    const before = episodeStatus(readNote("OH 01 - Logging with Ann.md", text), "2024-01-05", RULES);
    expect([before.focus, before.openNow, before.next?.text, before.nextDue?.text]).toEqual([["other"], 2, "one", "one"]);
    const cancelled = episodeStatus(readNote("OH 01 - Logging with Ann.md", text.replace("date: 2024-01-10", "date: 2024-01-10\nstatus: cancelled")), "2024-01-05", RULES);
    expect([cancelled.state, cancelled.openNow, cancelled.next]).toEqual(["cancelled", 0, null]);
  });

  it("for any note and day: `next` and “Due next” are items counted now, and the count is of those phases", () => {
    const box = fc.constantFrom(" ", "x");
    fc.assert(
      fc.property(fc.array(box, { maxLength: 3 }), fc.array(box, { maxLength: 3 }), fc.array(box, { maxLength: 3 }), fc.array(box, { maxLength: 3 }), fc.integer({ min: -60, max: 60 }), (prep, talk, before, after, shift) => {
        const items = (marks: string[], name: string) => marks.map((m, i) => `- [${m}] ${name} ${i}`);
        const text = ["---", "date: 2024-03-01", "---", "Guest:: Ann", "## Checklist", ...items(prep, "prep"), "## Talking points", ...items(talk, "talk"), "## Just before the show", ...items(before, "before"), "## After the show", ...items(after, "after"), ""].join("\n");
        const episode = readNote("OH 01 - Logging with Ann.md", text);
        const day = new Date(Date.UTC(2024, 2, 1 + shift)).toISOString().slice(0, 10);
        const status = episodeStatus(episode, day, RULES);
        const phaseOf = (t: string | undefined) => t?.split(" ")[0];
        const open = episode.tasks.filter((t) => t.state === "open");
        if (prep.length + before.length + after.length > 0) expect(status.focus).not.toContain("other");
        expect(status.openNow).toBe(open.filter((t) => status.focus.includes(episode.sections[t.section]?.phase ?? "other")).length);
        if (status.next) expect(status.focus).toContain(phaseOf(status.next.text) === "talk" ? "other" : phaseOf(status.next.text));
        if (status.nextDue) expect(phaseOf(status.nextDue.text)).not.toBe("talk");
      }),
    );
  });
});
