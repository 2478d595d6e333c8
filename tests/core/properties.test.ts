// Properties of the reader, the toggle and the classifier over generated notes, and a
// growth check that reading stays linear on inputs built to make regexes backtrack.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../../src/core/vault/classify";
import { defaultSettings, migrateSettings } from "../../src/core/settings/settings";
import { toggleTaskInText, type TaskRef, type TaskTarget } from "../../src/core/tick/toggle";
import { taskRefsOf } from "../../src/core/tick/task-ref";
import type { Episode } from "../../src/core/types";
import { bestGrowth, growth, perLine, whole } from "../support/growth";
import { readNote, lazyFrontmatter } from "../support/notes";
import { decodeNote } from "../../src/cli/read-folder";

/** A ref that names nothing (what a missing array element falls back to). */
const NO_REF: TaskRef = { raw: "", line: -1, path: [], sectionOrdinal: 0, sections: 0, sectionHash: 0, sameOrdinal: 0, sameSections: 0, offset: 0, occurrence: 0, twins: 0, twinStatuses: 0, twinOffsets: 0, neighbours: 0, above: 0, outside: 0, sectionLines: 0, lookalikes: 0, copies: 0, headings: 0, hidden: 0 };

// ---------------------------------------------------------------------------------------
// Generators

/** Pieces that mean something to the reader, so random joins hit its branches. */
const FRAGMENTS = [
  "- [",
  "]",
  "::",
  ">",
  "> ",
  "```",
  "~~~",
  "---",
  "...",
  "\n",
  "\r\n",
  "\r",
  " ",
  "\t",
  "x",
  "X",
  "-",
  "[",
  "(",
  ")",
  "#",
  "## ",
  "Guest",
  "Guests",
  ":",
  '"',
  "[[",
  "]]",
  "|",
  "<%",
  "%>",
  "{{",
  "}}",
  "\\",
  "\ufeff",
  "😀",
  "\ud83d",
  "\udc00",
  "1.",
  "2)",
  "*",
  "+",
  "=",
  "- [ ] ",
  "- [x] ",
  "- [-] ",
  "- [/] ",
  "Ann",
  " and ",
  ",",
  "&",
  "office-hours: ",
  "date: 2024-01-05",
  "url: u",
  "[guest:: ",
  "(Guest:: ",
];

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);

/** Any text at all, weighted towards Markdown that matters here. */
const anyText = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(""));

const LINE_STARTS = ["", "", "- ", "* ", "+ ", "1. ", "3) ", "> ", "> > ", ">\t", "\t", "  ", "    ", "\t\t- ", "## ", "# ", "```", "~~~", "````", "---", "==="];
const CHECKBOXES = ["", "[ ] ", "[x] ", "[X] ", "[-] ", "[/] ", "[😀] ", "[] ", "[ ]", "[>] "];
const LINE_ENDS = ["", "task", "Guest:: Ann", "[guest:: Bob]", "(Guest:: Cy (Acme))", "Guest: Ann", "Checklist", "After the show", "Talking points", "<% tp.file.title %>", "a::b", "[[x]]"];
const line = fc
  .tuple(fc.constantFrom(...LINE_STARTS), fc.constantFrom(...CHECKBOXES), fc.constantFrom(...LINE_ENDS))
  .map(([a, b, c]) => a + b + c);

const FRONTMATTER_LINES = [
  "url: https://example.com/1",
  "date: 2024-01-05",
  "date: 2024-02-30",
  "guest: Ann",
  "Guests:",
  '  - "[[Ann]]"',
  "  - [[Bob]]",
  "office-hours: true",
  "office-hours: false",
  "  bad: indent",
  'title: "unclosed',
  "tags: [a, [b]]",
  "\tx: tab",
  "key: value",
  "key: again",
];
const frontmatter = fc
  .tuple(fc.array(fc.constantFrom(...FRONTMATTER_LINES), { maxLength: 6 }), fc.constantFrom("---", "...", "--- ", null))
  .map(([lines, close]) => ["---", ...lines, ...(close === null ? [] : [close])].join("\n") + "\n");

/** A note made of lines, LF only, no CR anywhere. */
const lfNote = fc
  .tuple(fc.option(frontmatter), fc.array(line, { maxLength: 30 }), fc.boolean())
  .map(([head, lines, finalNewline]) => (head ?? "") + lines.join("\n") + (finalNewline ? "\n" : ""));

const note = fc.oneof(anyText, lfNote, lfNote.map((t) => t.replace(/\n/g, "\r\n")), lfNote.map((t) => "\ufeff" + t));

const PATHS = ["a.md", "Notes/b.md", "GOH 3 - c.md", "2024-01-05 d.md", "Templates/e.md", "f template.md", "Office Hours/g.md", "Shows/CCG/h.md"];

// ---------------------------------------------------------------------------------------
// Helpers, written from the rules rather than from the code under test

/** Offset of line `n` in `text`, lines split at "\n" only. */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return -1;
    at = next + 1;
  }
  return at;
}

/** Lines as the toggle must compare them: split at "\n", one trailing CR off, the BOM off line 0. */
function comparableLines(text: string): string[] {
  return text.split("\n").map((l, i) => {
    const noCr = l.endsWith("\r") ? l.slice(0, -1) : l;
    return i === 0 && noCr.startsWith("\ufeff") ? noCr.slice(1) : noCr;
  });
}

/** Where the status character of `ref` sits in `text` if it is on line `n`. */
function statusOffset(text: string, n: number, raw: string): number {
  const bom = n === 0 && text.startsWith("\ufeff") ? 1 : 0;
  // Nothing before a task's checkbox (quote markers, indentation, list marker) is a "[".
  return lineStart(text, n) + bom + raw.indexOf("[") + 1;
}

function statusAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}

function checkCounts(episode: Episode): void {
  const open = episode.tasks.filter((t) => t.state === "open");
  const done = episode.tasks.filter((t) => t.state === "done");
  const cancelled = episode.tasks.filter((t) => t.state === "cancelled");
  expect(episode.done).toBe(done.length);
  expect(episode.cancelled).toBe(cancelled.length);
  expect(episode.done + open.length).toBe(episode.total);
  expect(episode.sections.reduce((sum, s) => sum + s.total, 0)).toBe(episode.total);
  expect(episode.sections.reduce((sum, s) => sum + s.done, 0)).toBe(episode.done);
  expect(episode.sections.reduce((sum, s) => sum + s.cancelled, 0)).toBe(episode.cancelled);
  expect(episode.next).toBe(open[0] ?? null);
  for (const task of episode.tasks) {
    expect(["open", "done", "cancelled"]).toContain(task.state);
    expect(task.state === "done").toBe(task.status === "x" || task.status === "X");
    expect(task.state === "cancelled").toBe(task.status === "-");
    const section = episode.sections[task.section];
    expect(section).toBeDefined();
    expect(section?.line ?? Infinity).toBeLessThan(task.line);
  }
  for (let i = 1; i < episode.tasks.length; i++) {
    expect(episode.tasks[i]?.line ?? 0).toBeGreaterThan(episode.tasks[i - 1]?.line ?? 0);
  }
  for (let i = 1; i < episode.sections.length; i++) {
    expect(episode.sections[i]?.line ?? 0).toBeGreaterThan(episode.sections[i - 1]?.line ?? 0);
  }
}

// ---------------------------------------------------------------------------------------

describe("readEpisode on arbitrary text", () => {
  it("never throws, and its counts always add up", () => {
    fc.assert(
      fc.property(note, fc.constantFrom(...PATHS), (text, path) => {
        checkCounts(readNote(path, text));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the CRLF version of a note exactly as the LF one", () => {
    const lfOnly = fc.oneof(lfNote, anyText.map((t) => t.replace(/\r/g, "")));
    fc.assert(
      fc.property(lfOnly, fc.boolean(), (lf, bom) => {
        const text = (bom ? "\ufeff" : "") + lf;
        expect(readNote("n.md", text.replace(/\n/g, "\r\n"))).toEqual(readNote("n.md", text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("toggleTaskInText", () => {
  const target = fc.constantFrom<TaskTarget>("done", "open");

  it("ticks a task read from the same text by changing its status character and nothing else", () => {
    fc.assert(
      fc.property(note, target, (text, to) => {
        const episode = readNote("n.md", text);
        const refs = taskRefsOf(episode, text);
        episode.tasks.forEach((task, i) => {
          const at = statusOffset(text, task.line, task.raw);
          expect(statusAt(text, at)).toBe(task.status);
          const mark = to === "done" ? "x" : " ";
          expect(refs[i]?.line).toBe(task.line);
          expect(toggleTaskInText(text, refs[i] ?? refs[0] ?? NO_REF, to)).toEqual({
            ok: true,
            line: task.line,
            text: text.slice(0, at) + mark + text.slice(at + task.status.length),
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it("with a ref read from another text, changes one status character of a task line that reads exactly like the item, or refuses", () => {
    // Where the item really is, and whether refusing was needed, is tick-race.test.ts's
    // job; this one throws arbitrary text at the toggle.
    const editedText = fc.tuple(note, fc.array(line, { maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(editedText, target, ([original, added, prepend], to) => {
        const refs = taskRefsOf(readNote("n.md", original), original);
        const text = prepend ? added.map((l) => l + "\n").join("") + original : original + "\n" + added.join("\n");
        const lines = comparableLines(text);
        // Only lines the reader takes for tasks count: an added fence can put the item
        // in a code block, where an identical line is not a checklist item.
        const taskLines = new Set(readNote("n.md", text).tasks.map((t) => t.line));
        for (const ref of refs) {
          const result = toggleTaskInText(text, ref, to);
          if (!result.ok) {
            expect(result.reason).toMatch(/not changed/);
            continue;
          }
          expect(taskLines.has(result.line)).toBe(true);
          expect(lines[result.line]).toBe(ref.raw);
          const at = statusOffset(text, result.line, ref.raw);
          const status = statusAt(text, at);
          expect(result.text).toBe(text.slice(0, at) + (to === "done" ? "x" : " ") + text.slice(at + status.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("untoggles back to the original when the box was empty", () => {
    fc.assert(
      fc.property(note, (text) => {
        const episode = readNote("n.md", text);
        taskRefsOf(episode, text).forEach((ref, i) => {
          if (episode.tasks[i]?.status !== " ") return;
          const done = toggleTaskInText(text, ref, "done");
          if (!done.ok) throw new Error(done.reason);
          const again = taskRefsOf(readNote("n.md", done.text), done.text)[i] ?? NO_REF;
          expect(toggleTaskInText(done.text, again, "open")).toEqual({ ok: true, line: ref.line, text });
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("the classifier's shortcut", () => {
  // Outside show folders, classify skips reading a note in which no guest key comes
  // before a `::` and whose frontmatter has no guest or marker key. The reference is the
  // same classifier told to read every note in full.
  const KEYS = ["guest", "Guest", "GUESTS", "Guest Name", "**guest**", " guest", "office-hours", "Office Hours", "office_hours", "OFFICE-HOURS", "invitado", "url", "date", "title"];
  const VALUES = ["", "Ann", "true", "false", '"false"', "no", "OH", "CCG", "[Ann]", "[]", "[[Ann]]"];
  const BODY = ["- [ ] a", "- [x] b", "- [-] c", "* [/] d", "> - [ ] q", "text", "```", "~~~", "Guest: Ann", "<% tp.file.title %>", "## Checklist", "", "---", "Guest:: Ann", "Invitado:: Raul",
    // `::` that is no guest field, and guest fields in every Dataview form.
    "Status:: done", "a::b::c", "[status:: x]", "- [ ] call (Guest:: Bo)", "**Guest**:: Ann", "> Guest:: Ann", "- Guest:: Ann", "text [x:: y] guest:: z", "Guest Name:: Ann", "[[Guest]]:: Ann", "1. Guest:: x"];
  const classifyNote = fc
    .tuple(
      fc.constantFrom("---", "--- ", " ---", "", "---\t"),
      fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), { maxLength: 4 }),
      fc.constantFrom("---", "...", "---  ", "", "----"),
      fc.array(fc.constantFrom(...BODY), { maxLength: 8 }),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
    )
    .map(([open, pairs, close, body, eol, bom]) => {
      const head = open === "" ? [] : [open, ...pairs.map(([k, v]) => `${k}: ${v}`), ...(close === "" ? [] : [close])];
      return (bom ? "\ufeff" : "") + [...head, ...body].join(eol);
    });
  const { settings } = migrateSettings({
    version: 1,
    shows: [
      { id: "oh", name: "Office Hours", code: "OH", folder: "Office Hours" },
      { id: "ccg", name: "Café con Grafana", code: "CCG", folder: "Shows/CCG", guestFields: ["Invitado"] },
    ],
  });
  // The third: episodes only in the show folders, where outside them only the marker counts.
  const scoped = { ...settings, episodesOnlyInShowFolders: true };
  const classifiers: Classifier[] = [createClassifier(defaultSettings()), createClassifier(settings), createClassifier(scoped)];
  const references: Classifier[] = [
    createClassifier(defaultSettings(), [], { readEveryNote: true }),
    createClassifier(settings, [], { readEveryNote: true }),
    createClassifier(scoped, [], { readEveryNote: true }),
  ];

  it("never disagrees with reading the note in full", () => {
    const seen = { shortcutEpisodes: 0, shortcutOthers: 0 };
    fc.assert(
      fc.property(classifyNote, fc.constantFrom(...PATHS), fc.constantFrom(0, 1, 2), (text, path, which) => {
        const classifier = classifiers[which];
        const reference = references[which];
        if (!classifier || !reference) return;
        const quick = classifier.classify(path, text, lazyFrontmatter(text));
        const full = reference.classify(path, text, lazyFrontmatter(text));
        expect(quick.kind === "episode").toBe(full.kind === "episode");
        if (quick.kind === "episode" && full.kind === "episode") {
          expect(quick.episode).toEqual(full.episode);
          expect(quick.show?.id).toBe(full.show?.id);
        }
        if (classifier.showFor(path) === null) {
          if (full.kind === "episode") seen.shortcutEpisodes++;
          else seen.shortcutOthers++;
        }
      }),
      { numRuns: 900 },
    );
    // The property is only worth something if notes the shortcut may skip were generated
    // both ways: some are episodes by their frontmatter, some are not.
    expect(seen.shortcutEpisodes).toBeGreaterThan(10);
    expect(seen.shortcutOthers).toBeGreaterThan(10);
  });

  it("on the bytes (the command-line tool), never rules out a note a full reading takes for an episode", () => {
    const encoder = new TextEncoder();
    let ruledOutWithFields = 0;
    fc.assert(
      fc.property(classifyNote, fc.constantFrom(...PATHS), fc.constantFrom(0, 1, 2), (text, path, which) => {
        const classifier = classifiers[which];
        const reference = references[which];
        if (!classifier || !reference) return;
        if (!classifier.ruledOutByBytes(path, encoder.encode(text), decodeNote)) return;
        expect(reference.classify(path, text, lazyFrontmatter(text)).kind).not.toBe("episode");
        // (The third classifier reads no inline field outside the show folders at all.)
        if (which !== 2 && text.includes("::")) ruledOutWithFields++;
      }),
      { numRuns: 1500 },
    );
    // Notes with inline fields that are no guest field (`Status:: done`) are settled on their bytes too.
    expect(ruledOutWithFields).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------

describe("reading time grows linearly on adversarial input", () => {
  // Each family is measured at size n and 4n (tests/support/growth.ts): linear code takes
  // about 4 times as long, quadratic code 16 times.
  const LIMIT = 8;

  // perLine families are `copies` of a line of `n` characters. Lines stay well under
  // Dataview's 32768-character limit at 4n, so the field parser really runs on them, and
  // under about 16000 characters, where V8 moves the per-line work arrays to its
  // large-object space and every character costs a constant amount more.
  type Family = [name: string, make: (n: number, copies: number) => string, n: number];
  const families: Family[] = [
    ["[[[…::", perLine((n) => "[".repeat(n) + "::"), 2000],
    ["a::a::…", perLine((n) => "a::".repeat(n / 3)), 2000],
    ["task with [[[[…::", perLine((n) => "- [ ] " + "[[".repeat(n / 2) + "::"), 2000],
    ["(((… then a field", perLine((n) => "(".repeat(n) + "a:: b"), 2000],
    ["escapes then a field", perLine((n) => "\\".repeat(n) + "[a:: b]"), 2000],
    ["unclosed [x:: [[[…", perLine((n) => "[x:: " + "[".repeat(n)), 2000],
    ["emoji key", perLine((n) => "😀".repeat(n / 2) + ":: x"), 2000],
    ["guest [[[…", perLine((n) => "Guest:: " + "[".repeat(n)), 2000],
    ["guest [a](…", perLine((n) => "Guest:: " + "[a](".repeat(n / 4)), 2000],
    ["guest [[a|…", perLine((n) => "Guest:: " + "[[a|".repeat(n / 4)), 2000],
    ["guest ((…))", perLine((n) => "Guest:: x " + "(".repeat(n / 2) + ")".repeat(n / 2)), 2000],
    ["guest a (a (…", perLine((n) => "Guest:: " + "a (".repeat(n / 3)), 2000],
    ["guest <% %…", perLine((n) => "Guest:: <%" + " %".repeat(n / 2)), 2000],
    ["guest and and…", perLine((n) => "Guest:: " + " and".repeat(n / 4)), 2000],
    ['guest """a"""', perLine((n) => "Guest:: " + '"'.repeat(n / 2) + "a" + '"'.repeat(n / 2)), 2000],
    ["guest ***a***", perLine((n) => "Guest:: " + "*".repeat(n / 2) + "a" + "*".repeat(n / 2)), 2000],
    ["guest a, a, …", perLine((n) => "Guest:: " + "a, ".repeat(n / 3)), 2000],
    ["long line of (((", whole((n) => "(".repeat(n)), 5000],
    ["<% without closers", whole((n) => "<%".repeat(n / 2)), 5000],
    ["{{ without closers", whole((n) => "{{".repeat(n / 2)), 5000],
    ["> > > … - [ ]", whole((n) => "> ".repeat(n / 2) + "- [ ] a"), 5000],
    ["heading # # # …", whole((n) => "## a" + " #".repeat(n / 2)), 5000],
    ["digits then . [ ]", whole((n) => "1".repeat(n) + ". [ ] x"), 5000],
    ["frontmatter [[[…]]]", whole((n) => "---\ntags: " + "[".repeat(n / 2) + "]".repeat(n / 2) + "\n---\n"), 5000],
    ["frontmatter a, a, … guests", whole((n) => "---\nguest: " + "a, ".repeat(n / 3) + "\n---\n"), 5000],
    ['frontmatter "\\\\\\…', whole((n) => '---\nguest: "' + "\\".repeat(n) + "\n---\n"), 5000],
    ["frontmatter bad indentation", whole((n) => "---\nurl: a\n" + "  b: c\n".repeat(n / 7) + "---\n"), 5000],
    ["frontmatter list items", whole((n) => "---\nguests:\n" + "  - a\n".repeat(n / 6) + "---\n"), 5000],
    ["many task lines", whole((n) => "- [ ] a\n".repeat(n / 8)), 5000],
    ["many fences", whole((n) => "```\n".repeat(n / 4)), 5000],
    ["many setext headings", whole((n) => "a\n=\n".repeat(n / 4)), 5000],
    ["many nested headings", whole((n) => "# a\n## b\n### c\n".repeat(n / 18)), 5000],
    ["many one-colon keys", whole((n) => "Guest: Ann\n".repeat(n / 11)), 5000],
    // A note documenting Templater syntax: every tag in inline code was checked by counting
    // the backticks from the start of the line (0.15 s at 12 KB, 4.1 s at 94 KB).
    ["<% %> tags in inline code", perLine((n) => "`<%%>`".repeat(n / 6)), 2000],
    ["{{title}} tags in inline code", perLine((n) => "`{{title}}`".repeat(n / 11)), 2000],
  ];

  it.each(families)("%s", (_name, make, n) => {
    expect(bestGrowth((text) => readNote("x.md", text), make, n, LIMIT)).toBeLessThan(LIMIT);
  });

  it("ticking the last task of a long note", () => {
    const make = whole((n) => "- [ ] a\n".repeat(n / 8) + "- [ ] last\n");
    // Reading the note for the ref, as the index does, then ticking: both linear.
    const tick = (text: string) => {
      const refs = taskRefsOf(readNote("x.md", text), text);
      return toggleTaskInText(text, refs[refs.length - 1] ?? NO_REF, "done");
    };
    expect(bestGrowth(tick, make, 5000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("classifying a long note outside any show folder", () => {
    const classifier = createClassifier(defaultSettings());
    const make = whole((n) => "Guest:: Ann\n" + "- [ ] a [[b]] (c) <% d\n".repeat(n / 24));
    expect(bestGrowth((text) => classifier.classify("x.md", text, lazyFrontmatter(text)), make, 5000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("classifying an episode with template tags in inline code", () => {
    const classifier = createClassifier(defaultSettings());
    const tags = perLine((n) => "`<%%>`".repeat(n / 12) + "`{{title}}`".repeat(n / 22));
    const make = (n: number, copies: number) => "Guest:: Ann\n- [ ] a\n" + tags(n, copies);
    expect(bestGrowth((text) => classifier.classify("GOH 3 - Templater.md", text, lazyFrontmatter(text)), make, 2000, LIMIT)).toBeLessThan(LIMIT);
  });

  it("the check itself catches quadratic work", () => {
    // A deliberately quadratic reader must fail the bound, or the check proves nothing.
    const quadratic = (text: string) => {
      let sum = 0;
      // Each search runs to the end of the text: n/4 searches of up to n characters.
      for (let i = 0; i < text.length; i += 4) sum += text.indexOf("z", i);
      return sum;
    };
    expect(growth(quadratic, whole((n) => "a".repeat(n)), 5000)).toBeGreaterThan(LIMIT);
    // bestGrowth's retries on smaller inputs (for memory contention) cannot pass it either.
    expect(bestGrowth(quadratic, whole((n) => "a".repeat(n)), 5000, LIMIT)).toBeGreaterThan(LIMIT);
  });
});
