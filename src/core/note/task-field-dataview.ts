// The Tasks plugin's fields in Dataview's form (`[scheduled:: 2026-11-20]`, `(repeat:: every
// week)`), matched backwards from where they end (task-fields.ts peels them).
import { isIdChar, isLetter, isRuleChar, isSpace, skipBack } from "./task-field-chars";
import { isIdList } from "./task-field-emoji";

/** Dataview-form keys of Tasks' fields (due:: is readLineDue's), with the kind of value each takes. */
const FIELD_KEYS: Record<string, "date" | "reminder" | "priority" | "rule" | "id" | "ids" | "word"> = {
  scheduled: "date",
  start: "date",
  created: "date",
  completion: "date",
  cancelled: "date",
  reminder: "reminder",
  priority: "priority",
  repeat: "rule",
  id: "id",
  dependson: "ids",
  oncompletion: "word",
};
const PRIORITY_WORDS = new Set(["highest", "high", "medium", "low", "lowest"]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function isValue(kind: (typeof FIELD_KEYS)[string], value: string): boolean {
  switch (kind) {
    case "date":
      return DATE.test(value);
    case "reminder":
      return DATE.test(value) || (DATE.test(value.slice(0, 10)) && value.charCodeAt(10) === 32 && TIME.test(value.slice(11)));
    case "priority":
      return PRIORITY_WORDS.has(value);
    case "rule":
      return value !== "" && [...value].every((ch) => isRuleChar(ch.charCodeAt(0)));
    case "id":
      return value !== "" && [...value].every((ch) => isIdChar(ch.charCodeAt(0)));
    case "ids":
      return isIdList(value);
    case "word":
      return value !== "" && [...value].every((ch) => isLetter(ch.charCodeAt(0)));
  }
}

/** `[scheduled:: 2026-11-20]` or `(repeat:: every week)`, a comma after it allowed as Tasks allows it. */
export function dataviewField(text: string, end: number): number {
  let close = end;
  if (text.charCodeAt(close - 1) === 44) close = skipBack(text, close - 1, isSpace);
  const closer = text.charCodeAt(close - 1);
  if (closer !== 93 && closer !== 41) return -1;
  // Back to the nearest bracket of any kind: the values these keys take hold none.
  const open = skipBack(text, close - 1, (c) => c !== 91 && c !== 93 && c !== 40 && c !== 41) - 1;
  if (open < 0 || text.charCodeAt(open) !== (closer === 93 ? 91 : 40)) return -1;
  const inner = text.slice(open + 1, close - 1);
  const colons = inner.indexOf("::");
  if (colons < 0) return -1;
  const kind = FIELD_KEYS[inner.slice(0, colons).trim().toLowerCase()];
  return kind !== undefined && isValue(kind, inner.slice(colons + 2).trim()) ? open : -1;
}

