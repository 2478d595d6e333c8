// A fenced code block of any content, for properties that insert one into a real note:
// it opens with ``` or ~~~ (3 to 5 long, an info string maybe) and no line of its content
// closes it. The closing rule is written here from CommonMark's text, not taken from the
// reader: the same character, at least as long, then only spaces.
import fc from "fast-check";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CONTENT = fc.oneof(
  fc.constantFrom(
    "```",
    "~~~",
    "````",
    "~~~~~",
    "``` not a closer",
    "## Talking points",
    "### Just before the show",
    "# Title",
    "- [ ] Commented task",
    "- A point",
    "  - A child",
    "Guest:: Zed Roe",
    "Speaker: Zed",
    "el los las y del con para por una",
    "the and with you your this that",
    "%% not a comment",
    "<!-- nor this",
    "We stream on Thursdays at 09:00 EST.",
    "",
  ),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, " ")),
);

function closes(line: string, char: string, length: number): boolean {
  const trimmed = line.replace(/^[ \t]*/, "").replace(/[ \t]*$/, "");
  return trimmed.length >= length && [...trimmed].every((c) => c === char);
}

export const fencedBlock: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom("`", "~"), fc.integer({ min: 3, max: 5 }), fc.constantFrom("", "js", "dataview", "md ~~~"), fc.array(CONTENT, { maxLength: 6 }))
  .map(([char, length, info, content]) => {
    const fence = char.repeat(length);
    const body = content.filter((line) => !closes(line, char, length));
    return [fence + info, ...body, fence];
  });

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** The real notes (copied unchanged from a public repository), as path and lines. */
export const REAL_NOTES: { path: string; lines: string[] }[] = [...markdownUnder(`${FIXTURES}real-notes`), ...markdownUnder(`${FIXTURES}five-shows/projects`)]
  .sort()
  .map((path) => ({ path, lines: readFileSync(path, "utf8").split(/\r?\n/) }));

/** Blank body lines of a note that no code block or comment holds (the real notes have neither). */
export function blankLines(lines: readonly string[]): number[] {
  if (lines.some((l) => /```|~~~|%%|<!--/.test(l))) throw new Error("a real note with code or a comment: choose the insertion points by hand");
  const body = lines[0] === "---" ? lines.indexOf("---", 1) + 1 : 0;
  return lines.flatMap((l, n) => (l.trim() === "" && n > body ? [n] : []));
}

/** The real notes with a blank body line to insert a block after. */
export const SPACED_NOTES = REAL_NOTES.filter((note) => blankLines(note.lines).length > 0);
