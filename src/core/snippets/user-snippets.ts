// Snippets the user keeps as notes in the snippets folder, editable like any note:
//   ---
//   name: Meetup event          (shown in the picker; the note's name when missing)
//   show: GOH                   (optional: only for this show, by name or code)
//   id: meetup                  (optional: replace the built-in snippet with this id)
//   description: …              (optional)
//   language: en                (optional: the language it is written in, for its dates;
//                                the show's language when missing)
//   ---
//   Text with {{placeholders}}.
import type { Snippet } from "./catalog";
import { nameKey } from "./catalog";
import { readFrontmatter, frontmatterText, type FrontmatterInput } from "../note/frontmatter";
import { splitLines, stripBom } from "../text/lines";
import { basenameOf } from "../note/episode";
import { ownValue } from "../records";
import { noteLanguage } from "./snippet-language";

/** `frontmatter`: the note's properties as the shell parsed them. */
export function readSnippetNote(path: string, text: string, frontmatter: FrontmatterInput): Snippet {
  const lines = splitLines(stripBom(text));
  const { data, bodyStart } = readFrontmatter(lines, frontmatter);
  const name = frontmatterText(ownValue(data, "name")) ?? basenameOf(path);
  // Empty lines around the text are dropped by finding its first and last line: shifting
  // them off one by one moved the whole array each time (a note of 10,000 empty lines: 16 to 45 for n against 4n).
  let first = bodyStart;
  let end = lines.length;
  while (first < end && lines[first]?.trim() === "") first++;
  while (end > first && lines[end - 1]?.trim() === "") end--;
  const body = lines.slice(first, end);
  const language = noteLanguage(ownValue(data, "language"));
  return {
    id: frontmatterText(ownValue(data, "id")) ?? nameKey(name),
    name,
    description: frontmatterText(ownValue(data, "description")) ?? `From ${path}`,
    text: body.join("\n"),
    source: path,
    show: frontmatterText(ownValue(data, "show")),
    ...(language.tag === null ? {} : { language: language.tag }),
    ...(language.problem === null ? {} : { warnings: [language.problem] }),
  };
}
