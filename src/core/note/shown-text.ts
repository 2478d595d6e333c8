// What an item's text reads as in the sidebar, the agenda, the report and the snippets: its
// description, as the Tasks plugin renders it, without the fields Tasks reads from it.
// Tasks reads its fields from the END of the line, peeling one after another in any order
// until none is left: priority (🔺⏫🔼🔽⏬), dates (🛫 start, ➕ created, ⏳/⌛ scheduled,
// 📅 due, ⏰ reminder, ✅ done, ❌ cancelled), 🔁 recurrence, 🆔 id, ⛔ dependencies,
// 🏁 on completion, and the same in Dataview's form (`[scheduled:: 2026-11-20]`); also
// ⏳/⌛/🛫 with an offset from the show (`⏳ -8d`), as an undated episode keeps its template's.
// Tags met among them stay in the description, put back at its end, as Tasks does; a
// block id (`^abc`) is hidden, as Obsidian hides it. A mark followed by plain words is
// description ("Move ⏳ 2026-11-20 to Friday"), and so is a mark inside `inline code`.
// The deadline marks this plugin reads (readLineDue: a Tasks emoji among the fields ending the line, Dataview's due:: anywhere) go wherever
// they are: the item's date is shown apart. Only what is shown changes: a tick finds its
// item by the raw line (tick/task-ref.ts), never by this text.
// Every step reads backwards from the end over the characters it takes, and each stops at
// the first character that no field can hold, so a line of any length costs linear time.
import { codeSpans } from "../text/code-spans";
import { withoutMarks } from "../deadlines/line-due";
import { blockId, fieldAt, isSpace, marksByEnd, mayHoldOtherFields, skipBack, tagAt, wordFieldsOf, type Span } from "./task-fields";

/** Tells whether positions sit inside `inline code`; asked from the end of the line backwards, so each span is passed once. */
function codeTester(text: string): (at: number) => boolean {
  let spans: Span[] | null = null;
  let k = -1;
  return (at) => {
    if (spans === null) {
      spans = codeSpans(text);
      k = spans.length - 1;
    }
    while (k >= 0 && (spans[k]?.from ?? 0) > at) k--;
    return k >= 0 && (spans[k]?.to ?? 0) > at;
  };
}

/**
 * The item's text as shown: `written` (the text after the checkbox) without the fields the
 * Tasks plugin reads from its end and without the deadline marks `dueSpans` (readLineDue's).
 */
export function shownText(written: string, dueSpans: readonly Span[]): string {
  if (!mayHoldOtherFields(written)) return withoutMarks(written, dueSpans);
  const inCode = written.indexOf("`") < 0 ? () => false : codeTester(written);
  const words = wordFieldsOf(written);
  const markAt = marksByEnd(dueSpans);
  let end = skipBack(written, written.length, isSpace);
  const id = blockId(written, end);
  if (id >= 0) end = skipBack(written, id, isSpace);
  // Tags met among the fields, last first: they stay in the description, at its end.
  const tags: string[] = [];
  let fields = id >= 0;
  for (;;) {
    let from = fieldAt(written, end, markAt, words);
    const tag = from < 0 ? tagAt(written, end) : -1;
    if (from < 0) from = tag;
    if (from < 0 || inCode(end - 1) || inCode(from)) break;
    if (tag >= 0) tags.push(written.slice(tag, end));
    else fields = true;
    end = skipBack(written, from, isSpace);
  }
  if (!fields) return withoutMarks(written, dueSpans);
  const before = dueSpans.length === 0 || dueSpans[0]!.from >= end ? written.slice(0, end) : withoutMarks(written.slice(0, end), dueSpans.filter((span) => span.to <= end));
  const kept = tags.length === 0 ? before : `${before} ${tags.reverse().join(" ")}`;
  // As withoutMarks leaves it: no run of spaces where a mark was.
  return kept.indexOf("  ") >= 0 || kept.indexOf("\t") >= 0 ? kept.replace(/[ \t]{2,}/g, " ").trim() : kept.trim();
}
