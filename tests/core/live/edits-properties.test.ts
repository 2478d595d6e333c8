// Properties of the live-show edits for any note and any sequence of logs, shifts and
// undos: the Timestamps section stays sorted and readable, the chapters counted are the
// ones logged minus the ones taken back, every line outside the section (but live:) is
// the same, and the note's line ends stay its own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, planLog, planShift, planUndo, viewNote } from "../../../src/core/live/edits";
import { DEFAULT_TIMESTAMP_HEADINGS, timestampHeadingMatcher } from "../../../src/core/live/chapters";
import { formatTimecode } from "../../../src/core/live/timecode";
import { splitLines } from "../../../src/core/text/lines";

const isHeading = timestampHeadingMatcher();
const NAMES = DEFAULT_TIMESTAMP_HEADINGS;

const otherLine = fc.constantFrom("Guest:: Ann Lee", "", "- [ ] Invite the guest", "Some text about 12:30 lunch.", "- Point", "\t- Sub-point", "> A quote", "**Bold** text", "| a | b |");
const form = fc.constantFrom(
  (s: number, t: string) => `${formatTimecode(s)} ${t}`,
  (s: number, t: string) => `- ${formatTimecode(s, { fields: 2, padded: true })} ${t}`,
  (s: number, t: string) => `[${formatTimecode(s)}] ${t}`,
  (s: number, t: string) => `* ${formatTimecode(s, { fields: 2, padded: false })} - ${t}`,
);
const title = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ?]{0,20}[A-Za-z?]$/);

const note = fc.record({
  frontmatter: fc.boolean(),
  prefix: fc.array(otherLine, { maxLength: 6 }),
  blankAfterHeading: fc.boolean(),
  chapters: fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), title, form), { maxLength: 6 }),
  suffix: fc.option(fc.array(otherLine, { maxLength: 5 }), { nil: null }),
  crlf: fc.boolean(),
});

const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("log" as const), seconds: fc.integer({ min: 0, max: 7200 }), title }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("shift" as const), delta: fc.integer({ min: -600, max: 600 }).filter((d) => d !== 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const) }) },
);

const LIVE = "2026-12-04T13:02:11Z";

type Note = typeof note extends fc.Arbitrary<infer T> ? T : never;

function build(n: Note): { text: string; before: string[]; after: string[] } {
  const before = [...(n.frontmatter ? ["---", `live: ${LIVE}`, "url:", "---"] : []), "# Episode", ...n.prefix];
  const sorted = [...n.chapters].sort((a, b) => a[0] - b[0]);
  const section = ["## Timestamps", ...(n.blankAfterHeading ? [""] : []), ...sorted.map(([s, t, f]) => f(s, t))];
  const after = n.suffix === null ? [] : ["## After the show", ...n.suffix];
  const eol = n.crlf ? "\r\n" : "\n";
  return { text: [...before, ...section, ...after].join(eol) + eol, before, after };
}

describe("any sequence of logs, shifts and undos", () => {
  it("keeps the section sorted and readable, counts right, and leaves every other line alone", () => {
    fc.assert(
      fc.property(note, fc.array(op, { maxLength: 12 }), (n, ops) => {
        const built = build(n);
        let text = built.text;
        let live = LIVE;
        let count = n.chapters.length;
        const logged: { line: number; lineText: string }[] = [];
        for (const o of ops) {
          const view = viewNote(text, isHeading);
          if (o.kind === "log") {
            const plan = planLog(view, o, NAMES);
            expect(plan.ok).toBe(true);
            if (!plan.ok) return;
            text = applyEdits(text, plan.edits);
            logged.push({ line: plan.line, lineText: plan.lineText });
            count++;
          } else if (o.kind === "shift") {
            const plan = planShift(view, o.delta, n.frontmatter ? { value: live, timeZone: "UTC" } : null);
            if (!plan.ok) continue;
            text = applyEdits(text, plan.edits);
            if (n.frontmatter) live = new Date(Date.parse(live) + o.delta * 1000).toISOString().replace(".000Z", "Z");
          } else {
            const last = logged.pop();
            if (!last) continue;
            const plan = planUndo(view, last);
            if (!plan.ok) continue;
            text = applyEdits(text, plan.edits);
            count--;
          }
          const after = viewNote(text, isHeading);
          const chapters = after.reading.section?.chapters ?? [];
          expect(after.reading.problems).toEqual([]);
          expect(chapters).toHaveLength(count);
          for (let i = 1; i < chapters.length; i++) expect(chapters[i]?.seconds).toBeGreaterThanOrEqual(chapters[i - 1]?.seconds ?? 0);
          const lines = splitLines(text);
          const expectedBefore = built.before.map((l) => (l.startsWith("live: ") ? `live: ${live}` : l));
          expect(lines.slice(0, built.before.length)).toEqual(expectedBefore);
          expect(lines.slice(lines.length - built.after.length)).toEqual(built.after);
          const breaks = text.match(/\r?\n/g) ?? [];
          expect(breaks.every((b) => b === (n.crlf ? "\r\n" : "\n"))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("creates a missing section as a block that, taken out again, gives the note back", () => {
    fc.assert(
      fc.property(fc.array(otherLine, { maxLength: 8 }), fc.boolean(), fc.integer({ min: 0, max: 7200 }), title, (body, titled, seconds, t) => {
        const text = `${titled ? "# Episode\n" : ""}${body.join("\n")}\n`;
        const plan = planLog(viewNote(text, isHeading), { seconds, title: t }, NAMES);
        if (!plan.ok) throw new Error(plan.reason);
        const result = applyEdits(text, plan.edits);
        const chapters = viewNote(result, isHeading).reading.section?.chapters ?? [];
        // A title is written on one line, its spaces collapsed.
        expect(chapters.map((c) => c.title)).toEqual([t.replace(/\s+/g, " ")]);
        const inserted = plan.edits[0]?.text ?? "";
        expect(result.replace(inserted, "")).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
