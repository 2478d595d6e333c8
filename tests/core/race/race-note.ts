// The race test's model: a small note as lines that carry hidden ids, and the edits a
// user (or a sync) can make between the sidebar reading the note and the tick. The ids
// follow each line through the edits, so the test knows where the target really is:
// a tick or CRLF change keeps a line's id, a text edit or a new line gets a fresh one.
import fc from "fast-check";

export interface Line {
  id: number;
  text: string;
}

export interface RaceNote {
  lines: Line[];
  crlf: boolean;
  finalNewline: boolean;
}

const TASKS = [
  "- [ ] Post on LinkedIn",
  "- [ ] Post on LinkedIn",
  "- [x] Post on LinkedIn",
  "* [ ] Post on LinkedIn",
  "- [ ] Tweet",
  "- [ ] Tweet",
  "  - [ ] Tweet",
  "> - [ ] Tweet",
  "- [-] Tweet",
  "- [ ] Upload",
];
// Repeated on purpose: several "## Prep" and "### Social" sections in one note.
const HEADINGS = ["# Show", "## Prep", "## Prep", "## After the show", "### Social", "### Social", "## Links"];
const PROSE = ["", "", "Notes", "Post on LinkedIn", "Guest:: Ann"];
// Lines that change the structure around them: a fence, a setext underline, a rule, the
// ends of comments (%%, <!-- -->) and of a math block, a callout; and lines the editors
// and the reader may split otherwise: a tab-indented twin, a line holding a lone CR
// (the reader keeps it in the line, CodeMirror breaks it).
const RARE = ["```", "---", "===", "%%", "<!--", "-->", "\t- [ ] Tweet", "> [!todo]", "Intro\rmore", "$$"];

// Weighted by repetition, drawn by index: cheaper to generate than nested oneofs, which
// matters at 100,000 cases.
const COMMON = [...TASKS, ...TASKS, ...HEADINGS, ...PROSE];
const VOCABULARY = [...COMMON, ...COMMON, ...COMMON, ...RARE];

export const lineArb: fc.Arbitrary<string> = fc.nat(VOCABULARY.length - 1).map((i) => VOCABULARY[i] ?? "");

export const noteArb: fc.Arbitrary<RaceNote> = fc
  .record({
    // A fence or a setext underline in the base note is rarer than in the edits.
    texts: fc.array(fc.nat(VOCABULARY.length * 4 - 1), { minLength: 2, maxLength: 16 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ texts, crlf, finalNewline }) => ({
    lines: texts.map((i, id) => ({ id, text: (i < VOCABULARY.length ? VOCABULARY[i] : COMMON[i % COMMON.length]) ?? "" })),
    crlf,
    finalNewline,
  }));

export const EDIT_KINDS = [
  "insertAbove",
  "insertBelow",
  "deleteAbove",
  "deleteBelow",
  "editOther",
  "tickOther",
  "tickTwin",
  "insertTwin",
  "deleteTwin",
  "tickTarget",
  "editTarget",
  "deleteTarget",
  "duplicateTarget",
  "moveSection",
  "lineEndings",
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface Edit {
  kind: EditKind;
  at: number;
  to: number;
  line: string;
  flag: boolean;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  at: fc.nat(63),
  to: fc.nat(63),
  line: lineArb,
  flag: fc.boolean(),
});

export function noteText(note: RaceNote): string {
  const eol = note.crlf ? "\r\n" : "\n";
  return note.lines.map((l) => l.text).join(eol) + (note.finalNewline && note.lines.length > 0 ? eol : "");
}

/**
 * True when the model's last line is empty with no line break after it: it leaves the
 * same text as a line break at the end ("a" and "" joined is "a\n"), so no reader of
 * the text can see that line.
 */
export function hiddenLastLine(note: RaceNote): boolean {
  return !note.finalNewline && note.lines.length > 0 && note.lines[note.lines.length - 1]?.text === "";
}

/**
 * Which line is hidden (its id), or null: a section moved from the end of the note can
 * hide another empty line than before and show the old one (seed 841267306), which a
 * plain "is one hidden" misses.
 */
export function hiddenLineId(note: RaceNote): number | null {
  return hiddenLastLine(note) ? (note.lines[note.lines.length - 1]?.id ?? null) : null;
}

/** The note's lines as its text has them: the model's, but for a hidden last line. */
export function textLines(note: RaceNote): string[] {
  const texts = note.lines.map((l) => l.text);
  if (hiddenLastLine(note)) texts.pop();
  return texts;
}

/** A task line's text with its status character blanked (the vocabulary's tasks have one `[c]`). */
export function statusless(text: string): string {
  return text.replace(/\[.\]/, "[?]");
}

function headingLevel(text: string): number {
  const m = /^(#{1,6}) /.exec(text);
  return m?.[1]?.length ?? 0;
}

let nextId = 1_000_000;

/**
 * Applies one edit around the target (the line with id `target`, whose original text is
 * `raw`); `last` is where the target was last seen. Returns false when the edit had
 * nothing to act on (no line above, no twin to delete...), so it is not counted.
 */
export function applyEdit(note: RaceNote, edit: Edit, target: number, raw: string, last: number): boolean {
  const lines = note.lines;
  const p = lines.findIndex((l) => l.id === target);
  const here = p >= 0 ? p : Math.min(last, lines.length);
  const fresh = (text: string): Line => ({ id: nextId++, text });
  const pick = <T>(list: T[]): T | undefined => list[edit.at % Math.max(1, list.length)];
  const others = lines.map((_, i) => i).filter((i) => i !== p);
  switch (edit.kind) {
    case "insertAbove":
      lines.splice(edit.at % (here + 1), 0, fresh(edit.line));
      return true;
    case "insertBelow": {
      const from = p >= 0 ? p + 1 : here;
      lines.splice(from + (edit.at % (lines.length - from + 1)), 0, fresh(edit.line));
      return true;
    }
    case "deleteAbove":
    case "deleteBelow": {
      const side = others.filter((i) => (edit.kind === "deleteAbove" ? i < here : i >= here));
      const i = pick(side);
      if (i === undefined) return false;
      lines.splice(i, 1);
      return true;
    }
    case "editOther": {
      const i = pick(others);
      if (i === undefined || lines[i]?.text === edit.line) return false;
      lines[i] = fresh(edit.line);
      return true;
    }
    case "tickOther":
    case "tickTwin": {
      // Another item, or one of the target's twins (the same text, checkbox aside).
      const twin = (j: number) => statusless(lines[j]?.text ?? "") === statusless(raw);
      const i = pick(others.filter((j) => /\[[ x]\]/.test(lines[j]?.text ?? "") && twin(j) === (edit.kind === "tickTwin")));
      const line = i === undefined ? undefined : lines[i];
      if (!line) return false;
      line.text = line.text.includes("[ ]") ? line.text.replace("[ ]", "[x]") : line.text.replace("[x]", "[ ]");
      return true;
    }
    case "insertTwin":
      lines.splice(edit.at % (lines.length + 1), 0, fresh(edit.flag ? raw.replace("[ ]", "[x]") : raw));
      return true;
    case "deleteTwin": {
      const i = pick(others.filter((j) => statusless(lines[j]?.text ?? "") === statusless(raw)));
      if (i === undefined) return false;
      lines.splice(i, 1);
      return true;
    }
    case "tickTarget": {
      const line = lines[p];
      if (!line?.text.includes("[ ]")) return false;
      line.text = line.text.replace("[ ]", "[x]");
      return true;
    }
    case "editTarget": {
      const line = lines[p];
      if (!line) return false;
      // Another item's text, or this one's with more words: never the same line again.
      const text = edit.flag || statusless(edit.line) === statusless(line.text) ? `${line.text} today` : edit.line;
      lines[p] = fresh(text);
      return true;
    }
    case "deleteTarget":
      if (p < 0) return false;
      lines.splice(p, 1);
      return true;
    case "duplicateTarget": {
      const line = lines[p];
      if (!line) return false;
      lines.splice(edit.flag ? p + 1 : p, 0, fresh(line.text));
      return true;
    }
    case "moveSection":
      return moveSection(note, edit);
    case "lineEndings":
      note.crlf = !note.crlf;
      return true;
  }
}

/** Moves a heading with everything under it (down to the next heading of its level or higher). */
function moveSection(note: RaceNote, edit: Edit): boolean {
  const heads = note.lines.flatMap((l, i) => (headingLevel(l.text) > 0 ? [i] : []));
  const from = heads[edit.at % Math.max(1, heads.length)];
  if (from === undefined) return false;
  const level = headingLevel(note.lines[from]?.text ?? "");
  let end = from + 1;
  while (end < note.lines.length) {
    const l = headingLevel(note.lines[end]?.text ?? "");
    if (l > 0 && l <= level) break;
    end++;
  }
  const block = note.lines.splice(from, end - from);
  const spots = [...note.lines.flatMap((l, i) => (headingLevel(l.text) > 0 ? [i] : [])), note.lines.length];
  const to = spots[edit.to % spots.length] ?? note.lines.length;
  note.lines.splice(to, 0, ...block);
  return to !== from;
}
