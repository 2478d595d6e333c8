// Matching a file name against a show's compiled name pattern in linear time. The pattern
// used to be one regular expression, `^(GOH)\s+(\d{1,6})\s+-\s+(.+?),\s+with\s+(.+?)$`;
// with several `(.+?)` groups a name that almost fits made the engine try every way to
// split it (polynomial in the name's length: an 800-character name took 1.3 s with four
// groups).
//
// Here the pattern is a list of parts, each matching from a position in a few ways tried
// in the regular expression's order (a lazy group shortest first, `\s+` longest first).
// One pass from the end works out, for every part and position, where the part ends when
// the rest of the pattern can match after it; then the walk from the start follows those
// ends. That is exactly the match the regular expression finds (no part depends on what
// an earlier one captured), in time proportional to the parts times the name's length.

export type NamePart =
  /**
   * Text matched as is, letters in any case: a global `iu` regex of the escaped text, and
   * the text itself when it has no letter (then case cannot matter and indexOf finds it).
   */
  | { kind: "text"; regex: RegExp; exact: string | null; capture: boolean }
  /** `\s+`: a run of white space, longest first. */
  | { kind: "space" }
  /** `(.+?)`: one or more characters other than line breaks, shortest first. */
  | { kind: "any" }
  /** `(\d{1,6})`: up to six digits, longest first. */
  | { kind: "digits" }
  /** `([\p{L}][\p{L}\p{N}&+]*)`: a letter, then letters, digits, & and +, longest first. */
  | { kind: "code" };

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;
const CODE_CHAR = /[\p{L}\p{N}&+]/u;

/** A character class, answered from a table for ASCII (nearly every character of a name). */
class CharClass {
  private readonly ascii = new Uint8Array(128);
  constructor(private readonly regex: RegExp) {
    for (let c = 0; c < 128; c++) this.ascii[c] = regex.test(String.fromCharCode(c)) ? 1 : 0;
  }
  /** The code point starting at p (a well-formed pair is one code point). */
  has(text: string, p: number): boolean {
    const code = text.charCodeAt(p);
    if (code < 128) return this.ascii[code] === 1;
    return this.regex.test(String.fromCodePoint(text.codePointAt(p) ?? 0));
  }
}

const CLASSES = { lineBreak: new CharClass(LINE_BREAK), space: new CharClass(SPACE), letter: new CharClass(LETTER), code: new CharClass(CODE_CHAR) };

/** A part that captures what it matched into the parser's groups. */
export function captures(part: NamePart): boolean {
  return part.kind !== "space" && (part.kind !== "text" || part.capture);
}

/**
 * One buffer for every table of a match, reused from call to call (matching never
 * re-enters itself): allocating a dozen small typed arrays per name cost ten times the
 * matching itself. The tables are rows of `width` = name length + 1.
 */
let scratch = new Int32Array(1024);

/** Captured texts in order, or null when the whole `name` does not fit the parts. */
export function matchName(parts: readonly NamePart[], name: string): string[] | null {
  const width = name.length + 1;
  const k = parts.length;
  // Rows 0…k-1: where part i ends from each start (-1: nowhere), row k: the end of the
  // name, row k+1: a work row, rows k+2…k+4: runs of spaces, code characters, non-breaks.
  const size = (k + 5) * width;
  if (scratch.length < size) scratch = new Int32Array(2 * size);
  const table = new Table(scratch, name, width, k + 2);
  scratch.fill(-1, 0, (k + 1) * width);
  scratch[k * width + name.length] = name.length;
  for (let i = k - 1; i >= 0; i--) {
    const part = parts[i];
    // A part that can end nowhere with the rest fitting after it: no match (most names of
    // other notes stop here, at the last literal of the pattern).
    if (!part || !fillEnds(part, table, i * width, (i + 1) * width, (k + 1) * width)) return null;
  }
  const groups: string[] = [];
  let p = 0;
  for (let i = 0; i < k; i++) {
    const part = parts[i];
    const q = scratch[i * width + p] ?? -1;
    if (!part || q < 0) return null;
    if (captures(part)) groups.push(name.slice(p, q));
    p = q;
  }
  return p === name.length ? groups : null;
}

/** The name and what every part needs to know about it, worked out once per name. */
class Table {
  /** No surrogate pair: every position is a code point boundary (almost every name). */
  private readonly plain: boolean;
  private readonly runsDone = [false, false, false];

  constructor(
    readonly rows: Int32Array,
    readonly name: string,
    readonly width: number,
    private readonly runsRow: number,
  ) {
    this.plain = !/[\ud800-\udbff][\udc00-\udfff]/.test(name);
  }

  /** A part may start or end at p: not inside a surrogate pair (the `u` flag). */
  boundary(p: number): boolean {
    return this.plain || !isPairHead(this.name, p - 1);
  }

  /** Code units of the code point at p. */
  step(p: number): number {
    return this.plain || !isPairHead(this.name, p) ? 1 : 2;
  }

  /**
   * Offset of a row giving, for each position, where the run of code points that starts
   * there ends: those that are in `chars` (`inRun`) or not in it (`!inRun`).
   */
  runs(which: 0 | 1 | 2, chars: CharClass, inRun: boolean): number {
    const { rows, name, width } = this;
    const at = (this.runsRow + which) * width;
    if (this.runsDone[which]) return at;
    this.runsDone[which] = true;
    const end = name.length;
    rows[at + end] = end;
    for (let p = end - 1; p >= 0; p--) {
      if (!this.boundary(p)) {
        rows[at + p] = p;
        continue;
      }
      const next = p + this.step(p);
      rows[at + p] = chars.has(name, p) === inRun ? (rows[at + next] ?? next) : p;
    }
    return at;
  }
}

/**
 * Row `out`: where the part ends from each start when the rest fits after it, given row
 * `after` for the parts that follow (>= 0: they match from there). `work` is a free row.
 * False when the part ends nowhere.
 */
function fillEnds(part: NamePart, table: Table, out: number, after: number, work: number): boolean {
  const { rows, name } = table;
  const end = name.length;
  const fits = (q: number) => (rows[after + q] ?? -1) >= 0;
  let found = false;
  const set = (p: number, q: number) => {
    rows[out + p] = q;
    found = true;
  };
  switch (part.kind) {
    case "text": {
      // Every place the text occurs (overlaps included).
      const exact = part.exact;
      if (exact !== null) {
        for (let at = name.indexOf(exact); at >= 0; at = name.indexOf(exact, at + 1)) {
          if (table.boundary(at) && fits(at + exact.length)) set(at, at + exact.length);
        }
        return found;
      }
      const regex = part.regex;
      regex.lastIndex = 0;
      for (let m = regex.exec(name); m; m = regex.exec(name)) {
        const q = m.index + m[0].length;
        if (table.boundary(m.index) && fits(q)) set(m.index, q);
        regex.lastIndex = m.index + table.step(m.index);
      }
      return found;
    }
    case "digits":
      for (let p = 0; p < end; p++) {
        let q = p;
        while (q < end && q - p < 6 && isDigit(name.charCodeAt(q))) q++;
        for (; q > p; q--) {
          if (fits(q)) {
            set(p, q);
            break;
          }
        }
      }
      return found;
    case "space":
    case "code": {
      // Longest first: the last place up to the end of the run where the rest fits.
      const run = part.kind === "space" ? table.runs(0, CLASSES.space, true) : table.runs(1, CLASSES.code, true);
      let seen = -1;
      for (let q = 0; q <= end; q++) {
        if (fits(q) && table.boundary(q)) seen = q;
        rows[work + q] = seen;
      }
      for (let p = 0; p < end; p++) {
        if (!table.boundary(p) || (part.kind === "code" && !CLASSES.letter.has(name, p))) continue;
        const q = rows[work + (rows[run + p] ?? p)] ?? -1;
        if (q >= p + table.step(p)) set(p, q);
      }
      return found;
    }
    case "any": {
      // Shortest first: the first place after one character, within the run of non-breaks.
      const run = table.runs(2, CLASSES.lineBreak, false);
      let earliest = -1;
      for (let p = end; p >= 0; p--) {
        const from = p + table.step(p);
        if (from <= end && fits(from) && table.boundary(from)) earliest = from;
        if (p < end && table.boundary(p) && earliest >= 0 && earliest <= (rows[run + p] ?? p)) set(p, earliest);
      }
      return found;
    }
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isPairHead(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const d = text.charCodeAt(p + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
