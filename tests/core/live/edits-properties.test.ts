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
        const logged: { line: number; lineText: string; replaced?: { lineText: string } }[] = [];
        for (const o of ops) {
          const view = viewNote(text, isHeading);
          if (o.kind === "log") {
            const plan = planLog(view, o, NAMES);
            expect(plan.ok).toBe(true);
            if (!plan.ok) return;
            text = applyEdits(text, plan.edits);
            logged.push({ line: plan.line, lineText: plan.lineText, ...(plan.replaced ? { replaced: plan.replaced } : {}) });
            // A log under 10 s after the chapter before it takes that line over: no line more.
            if (!plan.replaced) count++;
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
            if (!last.replaced) count--;
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

describe("applying edits", () => {
  // The reference: each edit applied on its own, from the end of the note back, as the plans
  // are written to be read (positions in the text before any edit).
  const oneByOne = (text: string, edits: { from: number; to: number; text: string }[]) => {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
    return out;
  };
  const toPosition = (text: string, at: number) => {
    const before = text.slice(0, at);
    const line = before.split("\n").length - 1;
    return { line, ch: at - (before.lastIndexOf("\n") + 1) };
  };
  it("gives the text the edits give one by one, for any edits that do not overlap", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "bc", "", "Guest:: Ann", "- [ ] x"), { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom("", "X", "📅 2026-01-02", "yz")), { maxLength: 8 }), (lines, raw) => {
        const text = lines.join("\n");
        // Cut points in the note, sorted and made disjoint: each edit replaces [from, to) between two cuts.
        const cuts = raw.map(([n, len, t]) => ({ from: n % (text.length + 1), len, t })).sort((a, b) => a.from - b.from);
        const edits: { from: number; to: number; text: string }[] = [];
        let floor = 0;
        for (const c of cuts) {
          const from = Math.max(c.from, floor);
          // Stay within the line: positions are line and column.
          const lineEnd = text.indexOf("\n", from) < 0 ? text.length : text.indexOf("\n", from);
          if (from > text.length) break;
          const to = Math.min(from + c.len, lineEnd);
          // Two insertions at one place are fine (the later given comes first); a replacement
          // starting where something is inserted overlaps it (one by one, it ate the insertion).
          if (to > from && edits.some((e) => e.from === from && e.to === from)) continue;
          edits.push({ from, to, text: c.t });
          floor = to === from ? from : to;
        }
        const planned = edits.map((e) => ({ from: toPosition(text, e.from), to: toPosition(text, e.to), text: e.text }));
        expect(applyEdits(text, planned)).toBe(oneByOne(text, edits));
      }),
      { numRuns: 1000 },
    );
  });

  it("takes time in proportion to the note and the edits, not their product", () => {
    const cost = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `- [ ] Item ${i} 📅 2026-01-01`).join("\n");
      const edits = Array.from({ length: n }, (_, i) => ({ from: { line: i, ch: 18 }, to: { line: i, ch: 28 }, text: "2026-01-08" }));
      const start = process.cpuUsage();
      for (let r = 0; r < 3; r++) applyEdits(text, edits);
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    cost(2000);
    // Four times the lines and edits: about four times the work, never sixteen.
    const ratio = Math.min(...[0, 1, 2].map(() => cost(8000) / Math.max(cost(2000), 1)));
    expect(ratio).toBeLessThan(9);
  });
});
