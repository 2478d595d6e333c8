// A value put into a snippet must not change how the snippet's own words around it are
// shown. A guest name holding U+202E (RIGHT-TO-LEFT OVERRIDE) and nothing to end it showed
// the rest of the line after it backwards: "In this episode of ‮Ann Lee, Host talks…" in
// the editor, the description and the calendar. So every embedding, override or isolate a
// value opens and does not close is closed at the end of its line (Unicode's bidi
// algorithm ends them at a line break itself, so a later line needs nothing). The marks
// that only say a direction (U+200E, U+200F, U+061C) open nothing and stay as written.

/** LRE, RLE, LRO, RLO (ended by PDF) and LRI, RLI, FSI (ended by PDI), with PDF and PDI. */
const ANY_BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const PDF = "\u202c";
const PDI = "\u2069";

/** `value` with what it leaves open closed at the end of each line; the same string when it opens nothing. */
export function closeBidi(value: string): string {
  if (!ANY_BIDI_CONTROL.test(value)) return value;
  let out = "";
  let lineStart = 0;
  // What is open on the current line, innermost last: true for an isolate, false for an embedding.
  const open: boolean[] = [];
  let isolates = 0;
  const closeLine = (end: number) => {
    out += value.slice(lineStart, end);
    for (let k = open.length - 1; k >= 0; k--) out += open[k] ? PDI : PDF;
    open.length = 0;
    isolates = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2029 || code === 0x85 || (code >= 0x1c && code <= 0x1e)) {
      closeLine(i);
      lineStart = i;
    } else if ((code >= 0x202a && code <= 0x202b) || (code >= 0x202d && code <= 0x202e)) open.push(false);
    else if (code >= 0x2066 && code <= 0x2068) {
      open.push(true);
      isolates++;
    }
    // PDF ends the innermost embedding, never one outside an isolate (UAX #9, X7).
    else if (code === 0x202c && open.length > 0 && open[open.length - 1] === false) open.pop();
    // PDI ends the innermost isolate and every embedding opened inside it (X6a); with none open it does nothing.
    else if (code === 0x2069 && isolates > 0) {
      while (open.pop() === false);
      isolates--;
    }
  }
  closeLine(value.length);
  return out;
}
