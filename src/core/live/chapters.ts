// Reading an episode's chapters: the lines of its Timestamps section, in every form
// the notes use (`00:04:04 Title`, `0:00 Title`, `- 00:12 Title`, `[00:12:34] Title`,
// inside a callout too). A pure function of the note's lines and its headings, so the
// reader calls it with what it has already scanned; every line it cannot read becomes
// a problem naming that line, never a silent guess.
import { normalizeHeading } from "../note/phases";
import { indentLength } from "../text/lines";
import { parseTimecode, formatTimecode, type TimeStyle } from "./timecode";
import { hiddenLineTester, type LineRange } from "../note/comments";

/** Heading names of a Timestamps section, in the languages the real notes use. */
export const DEFAULT_TIMESTAMP_HEADINGS: readonly string[] = ["Timestamps", "Chapters", "Marcas de tiempo", "Capítulos"];

/** One chapter as the episode keeps it: small plain data. */
export interface Chapter {
  /** `HH:MM:SS`, whatever form the line used. */
  at: string;
  seconds: number;
  title: string;
  /** 0-based line in the note. */
  line: number;
}

export interface ChapterProblem {
  /** 0-based line the problem is on, null when it is about the whole list. */
  line: number | null;
  message: string;
}

/** A chapter line with what an edit needs to change its time and nothing else. */
export interface ChapterLine extends Chapter {
  /** Where the time's digits start and end on the line (brackets excluded). */
  timeFrom: number;
  timeTo: number;
  style: TimeStyle;
  /** Everything before the time: quote markers, indentation, list marker, `[`. */
  prefix: string;
  /** `]` after the time. */
  bracket: boolean;
}

export interface TimestampSection {
  /** 0-based line of the heading. */
  heading: number;
  level: number;
  /** `> ` when the heading sits in a callout or quote; new lines get it too. */
  quote: string;
  /** First line after the section (the next heading, the end of the quote or of the note). */
  end: number;
  chapters: ChapterLine[];
}

export interface ChapterReading {
  section: TimestampSection | null;
  /** Problems with reading the lines (a bad time, a line without one, a second section). */
  problems: ChapterProblem[];
}

export interface HeadingLine {
  line: number;
  level: number;
  text: string;
  /** The text without its comments, when it holds one (see scan.ts): what names the section. */
  shown?: string;
}

/** Tells a Timestamps heading from others, like the phase headings: whole words, accents ignored. */
export function timestampHeadingMatcher(names: readonly string[] = DEFAULT_TIMESTAMP_HEADINGS): (heading: string) => boolean {
  const phrases = names.map((n) => ` ${normalizeHeading(n)} `).filter((p) => p.trim() !== "");
  return (heading) => {
    const text = ` ${normalizeHeading(heading)} `;
    return phrases.some((p) => text.includes(p));
  };
}

/** `>`-markers at the start of a line: the text up to the content, and the depth. */
export function quotePrefix(line: string): { text: string; depth: number } {
  let depth = 0;
  let i = 0;
  for (;;) {
    const j = i + indentLength(line, i);
    if (line.charCodeAt(j) !== 62) break;
    depth++;
    i = j + 1;
    if (line.charCodeAt(i) === 32) i++;
  }
  return { text: depth === 0 ? "" : line.slice(0, i), depth };
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** A time-looking token: digits and colons, starting with a digit. */
const TIME_TOKEN = /^\d[\d:]*/;

type LineReading = { kind: "skip" } | { kind: "chapter"; chapter: ChapterLine } | { kind: "problem"; message: string };

/** What one line of the section says; `sectionQuoteDepth` is the depth of the callout the section sits in (0: none). */
export function readChapterLine(raw: string, line: number, sectionQuoteDepth: number): LineReading {
  const quote = quotePrefix(raw);
  let at = quote.text.length;
  at += indentLength(raw, at);
  const rest = raw.slice(at);
  if (rest === "" || rest.startsWith("%%") || rest.startsWith("<!--") || rest.startsWith("[!")) return { kind: "skip" };
  const marker = LIST_MARKER.exec(rest);
  if (marker) at += marker[0].length;
  let bracket = false;
  if (raw.charCodeAt(at) === 91) {
    bracket = true;
    at++;
  }
  const token = TIME_TOKEN.exec(raw.slice(at))?.[0] ?? "";
  // A quoted line in a section that is not itself quoted is commentary ("> Add the
  // chapters after the show"), unless it holds a chapter.
  const commentary = quote.depth > sectionQuoteDepth;
  if (token === "" || !token.includes(":")) {
    if (commentary) return { kind: "skip" };
    return { kind: "problem", message: `“${plain(raw)}” has no time at the start; a chapter line looks like 00:04:04 Title.` };
  }
  const timeTo = at + token.length;
  const parsed = parseTimecode(token);
  if (!parsed.ok) return { kind: "problem", message: `${parsed.reason}.` };
  let titleAt = timeTo;
  if (bracket) {
    if (raw.charCodeAt(titleAt) !== 93) return { kind: "problem", message: `“${plain(raw)}” opens a [ before the time but does not close it after.` };
    titleAt++;
  }
  const after = raw.charCodeAt(titleAt);
  if (!(Number.isNaN(after) || after === 32 || after === 9)) {
    return { kind: "problem", message: `“${plain(raw)}” needs a space between the time and the title.` };
  }
  const title = raw
    .slice(titleAt)
    .trim()
    .replace(/^[-–—:|]\s*/, "")
    .trim();
  if (title === "") return { kind: "problem", message: `${token} has no title after it.` };
  return {
    kind: "chapter",
    chapter: {
      at: formatTimecode(parsed.seconds),
      seconds: parsed.seconds,
      title,
      line,
      timeFrom: timeTo - token.length,
      timeTo,
      style: parsed.style,
      prefix: raw.slice(0, timeTo - token.length),
      bracket,
    },
  };
}

function plain(line: string): string {
  const text = line.trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function isFenceLine(content: string): string | null {
  const m = /^(`{3,}|~{3,})/.exec(content);
  return m ? (m[1] ?? null) : null;
}

/**
 * The first Timestamps section and its chapter lines. `headings` are the note's
 * headings as the reader found them (none inside code blocks). Lines in a code block
 * inside the section are not read (code is code, as for tasks); a time found there is
 * pointed out.
 */
/** `hidden`: the lines the reader found inside comments (scan.ts), never chapters. */
export function readChapters(
  lines: readonly string[],
  headings: readonly HeadingLine[],
  isTimestampHeading: (text: string) => boolean,
  hidden: readonly LineRange[] = [],
): ChapterReading {
  const isHidden = hiddenLineTester(hidden);
  const problems: ChapterProblem[] = [];
  const found = headings.filter((h) => isTimestampHeading(h.shown ?? h.text));
  const first = found[0];
  if (!first) return { section: null, problems };
  for (const other of found.slice(1)) {
    problems.push({
      line: other.line,
      message: `Line ${other.line + 1} is a second Timestamps heading; only the section on line ${first.line + 1} is read. Keep one.`,
    });
  }
  const quote = quotePrefix(lines[first.line] ?? "");
  const next = headings.find((h) => h.line > first.line && h.level <= first.level);
  let end = next ? next.line : lines.length;
  const chapters: ChapterLine[] = [];
  let fence: string | null = null;
  for (let n = first.line + 1; n < end; n++) {
    if (isHidden(n)) continue;
    const raw = lines[n] ?? "";
    const lineQuote = quotePrefix(raw);
    // A section in a callout ends with the callout.
    if (quote.depth > 0 && lineQuote.depth < quote.depth) {
      end = n;
      break;
    }
    const content = raw.slice(lineQuote.text.length).trimStart();
    const fenceMark = isFenceLine(content);
    if (fence !== null) {
      if (fenceMark !== null && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else if (readChapterLine(raw, n, quote.depth).kind === "chapter") {
        problems.push({ line: n, message: `Line ${n + 1} is inside a code block, so it is not read as a chapter.` });
      }
      continue;
    }
    if (fenceMark !== null) {
      fence = fenceMark;
      continue;
    }
    const reading = readChapterLine(raw, n, quote.depth);
    if (reading.kind === "chapter") chapters.push(reading.chapter);
    else if (reading.kind === "problem") problems.push({ line: n, message: `Line ${n + 1}: ${reading.message}` });
  }
  return { section: { heading: first.line, level: first.level, quote: quote.text, end, chapters }, problems };
}

/** The small plain data the episode keeps. */
export function plainChapters(section: TimestampSection | null): Chapter[] {
  return (section?.chapters ?? []).map(({ at, seconds, title, line }) => ({ at, seconds, title, line }));
}
